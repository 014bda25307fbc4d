#pragma once

#include <QDate>
#include <QDateTime>

namespace shotbook {

// A span of calendar days, both ends included.
struct DateRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    bool contains(const QDate &day) const { return day >= from && day <= to; }

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

// Where a chart puts a day and an instant on its time axis: milliseconds since
// the epoch, a day at its local noon (so that a daily value sits in the middle
// of its day whatever the daylight-saving offset).
namespace chartTime {

double ofDay(const QDate &day);
double ofInstant(const QDateTime &instant);
// The local day an axis position falls on.
QDate dayOf(double msecs);

} // namespace chartTime

} // namespace shotbook
