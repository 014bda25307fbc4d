#pragma once

#include "DateRange.h"

#include <QList>

namespace shotbook {

// Calendar buckets for aggregating a chart's data: days, ISO weeks (Monday to
// Sunday) and calendar months.
class TimeBuckets final
{
public:
    enum class Size
    {
        Day,
        Week,
        Month,
    };

    struct Bucket
    {
        QDate start;       // where the calendar bucket starts (a Monday, a 1st)
        QDate end;         // its last day
        DateRange covered; // the part of it inside the range asked for
        bool isPartial() const { return covered.from != start || covered.to != end; }
    };

    static QDate startOf(const QDate &day, Size size);
    static QDate endOf(const QDate &day, Size size);
    // Every bucket that overlaps the range, in order.
    static QList<Bucket> covering(const DateRange &range, Size size);
    // The index of the bucket holding the day, or -1 (binary search).
    static qsizetype indexOf(const QList<Bucket> &buckets, const QDate &day);
    // A size that gives at most about `maxBuckets` over the range.
    static Size fitting(const DateRange &range, int maxBuckets);
};

} // namespace shotbook
