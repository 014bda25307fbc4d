#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

namespace shotbook {

// Never double up: two doses must be at least half an interval apart (12 h
// on once a day, 6 h on twice a day, 24 h every other day), whatever slots
// they fill. The missed-dose advice and the refusal of a dose both ask this.
struct TooSoon
{
    QDateTime other;           // the dose that is too close
    qint64 minimumGapSecs = 0; // half the interval
};

// The logged dose nearest to `at` that is less than `halfIntervalSecs` from
// it (before or after), if any. A gap of exactly half an interval is allowed.
std::optional<TooSoon> doseTooClose(const QList<QDateTime> &doses, const QDateTime &at,
                                    qint64 halfIntervalSecs);

} // namespace shotbook
