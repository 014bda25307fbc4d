#pragma once

#include "DateRange.h"

#include <QList>

namespace shotbook {

// Where a time axis puts its labels: on days, Mondays, month starts or year
// starts — calendar boundaries a reader recognises, not the evenly spaced
// instants QDateTimeAxis picks. The UI words them in the user's locale.
struct TimeTick
{
    enum class Unit
    {
        Day,
        Month,
        Year,
    };
    QDate day;
    Unit unit = Unit::Day;
    // The first tick, and the first tick of a new year: label it with the year.
    bool showsYear = false;

    friend bool operator==(const TimeTick &, const TimeTick &) = default;
};

class TimeTicks final
{
public:
    // The finest calendar step (1, 2 or 7 days; 1, 2, 3 or 6 months; 1, 2, 5,
    // 10 or 20 years) that gives at most maxTicks ticks inside the range.
    static QList<TimeTick> forRange(const DateRange &range, int maxTicks);
};

} // namespace shotbook
