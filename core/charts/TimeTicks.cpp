#include "TimeTicks.h"

namespace shotbook {

namespace {

struct Step
{
    TimeTick::Unit unit;
    int count;
};

QList<TimeTick> ticksFor(const DateRange &range, Step step)
{
    QList<TimeTick> ticks;
    QDate day;
    switch (step.unit) {
    case TimeTick::Unit::Day:
        day = range.from;
        if (step.count == 7) // weeks start on Mondays
            day = day.addDays((8 - day.dayOfWeek()) % 7);
        break;
    case TimeTick::Unit::Month: {
        day = QDate(range.from.year(), range.from.month(), 1);
        if (day < range.from)
            day = day.addMonths(1);
        // On months divisible by the step (January, April, July, October for 3).
        while ((day.month() - 1) % step.count != 0)
            day = day.addMonths(1);
        break;
    }
    case TimeTick::Unit::Year:
        day = QDate(range.from.year(), 1, 1);
        if (day < range.from)
            day = day.addYears(1);
        while (day.year() % step.count != 0)
            day = day.addYears(1);
        break;
    }
    int lastYear = 0;
    for (; day.isValid() && day <= range.to;) {
        ticks.append({day, step.unit, ticks.isEmpty() || day.year() != lastYear});
        lastYear = day.year();
        switch (step.unit) {
        case TimeTick::Unit::Day:
            day = day.addDays(step.count);
            break;
        case TimeTick::Unit::Month:
            day = day.addMonths(step.count);
            break;
        case TimeTick::Unit::Year:
            day = day.addYears(step.count);
            break;
        }
    }
    return ticks;
}

} // namespace

QList<TimeTick> TimeTicks::forRange(const DateRange &range, int maxTicks)
{
    if (!range.isValid() || maxTicks < 1)
        return {};
    static const QList<Step> steps = {
        {TimeTick::Unit::Day, 1},   {TimeTick::Unit::Day, 2},   {TimeTick::Unit::Day, 7},
        {TimeTick::Unit::Month, 1}, {TimeTick::Unit::Month, 2}, {TimeTick::Unit::Month, 3},
        {TimeTick::Unit::Month, 6}, {TimeTick::Unit::Year, 1},  {TimeTick::Unit::Year, 2},
        {TimeTick::Unit::Year, 5},  {TimeTick::Unit::Year, 10}, {TimeTick::Unit::Year, 20},
    };
    for (const Step &step : steps) {
        QList<TimeTick> ticks = ticksFor(range, step);
        if (ticks.size() <= maxTicks)
            return ticks;
    }
    return ticksFor(range, steps.constLast()).mid(0, maxTicks);
}

} // namespace shotbook
