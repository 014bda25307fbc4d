#include "TimeBuckets.h"

#include <algorithm>

namespace shotbook {

QDate TimeBuckets::startOf(const QDate &day, Size size)
{
    switch (size) {
    case Size::Day:
        return day;
    case Size::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Size::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate TimeBuckets::endOf(const QDate &day, Size size)
{
    switch (size) {
    case Size::Day:
        return day;
    case Size::Week:
        return startOf(day, size).addDays(6);
    case Size::Month:
        return startOf(day, size).addMonths(1).addDays(-1);
    }
    return day;
}

QList<TimeBuckets::Bucket> TimeBuckets::covering(const DateRange &range, Size size)
{
    QList<Bucket> buckets;
    if (!range.isValid())
        return buckets;
    for (QDate start = startOf(range.from, size); start <= range.to;) {
        const QDate end = endOf(start, size);
        buckets.append({start, end, {std::max(start, range.from), std::min(end, range.to)}});
        start = end.addDays(1);
    }
    return buckets;
}

qsizetype TimeBuckets::indexOf(const QList<Bucket> &buckets, const QDate &day)
{
    const auto it = std::upper_bound(buckets.cbegin(), buckets.cend(), day,
                                     [](const QDate &d, const Bucket &b) { return d < b.start; });
    if (it == buckets.cbegin())
        return -1;
    const auto index = std::distance(buckets.cbegin(), it) - 1;
    return buckets.at(index).covered.contains(day) ? index : -1;
}

TimeBuckets::Size TimeBuckets::fitting(const DateRange &range, int maxBuckets)
{
    if (range.days() <= maxBuckets)
        return Size::Day;
    if (range.days() / 7 + 1 <= maxBuckets)
        return Size::Week;
    return Size::Month;
}

} // namespace shotbook
