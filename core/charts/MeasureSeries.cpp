#include "MeasureSeries.h"

namespace shotbook {

MeasureSeries MeasureSeriesBuilder::daily(const QList<DiaryValue> &values, const QString &measure)
{
    MeasureSeries series{measure, {}};
    for (const DiaryValue &value : values) {
        if (value.measure == measure)
            series.points.append({chartTime::ofDay(value.day), value.value});
    }
    return series;
}

MeasureSeries MeasureSeriesBuilder::meanPer(const QList<DiaryValue> &values, const QString &measure,
                                            const DateRange &range, TimeBuckets::Size size)
{
    const QList<TimeBuckets::Bucket> buckets = TimeBuckets::covering(range, size);
    QList<double> sums(buckets.size(), 0.0);
    QList<int> counts(buckets.size(), 0);
    for (const DiaryValue &value : values) {
        if (value.measure != measure)
            continue;
        const qsizetype index = TimeBuckets::indexOf(buckets, value.day);
        if (index < 0)
            continue;
        sums[index] += value.value;
        ++counts[index];
    }
    MeasureSeries series{measure, {}};
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (counts.at(i) == 0)
            continue;
        const DateRange &covered = buckets.at(i).covered;
        const double middle = (chartTime::ofDay(covered.from) + chartTime::ofDay(covered.to)) / 2;
        series.points.append({middle, sums.at(i) / counts.at(i)});
    }
    return series;
}

BucketStats MeasureSeriesBuilder::perBucket(const QList<QPointF> &daily, double from, double to,
                                            TimeBuckets::Size size)
{
    BucketStats stats;
    const DateRange range{chartTime::dayOf(from), chartTime::dayOf(to)};
    const QList<TimeBuckets::Bucket> buckets = TimeBuckets::covering(range, size);
    QList<double> sums(buckets.size(), 0.0);
    QList<int> counts(buckets.size(), 0);
    QList<double> lows(buckets.size(), 0.0);
    QList<double> highs(buckets.size(), 0.0);
    for (const QPointF &point : daily) {
        if (point.x() < from || point.x() > to)
            continue;
        const qsizetype index = TimeBuckets::indexOf(buckets, chartTime::dayOf(point.x()));
        if (index < 0)
            continue;
        if (counts.at(index) == 0 || point.y() < lows.at(index))
            lows[index] = point.y();
        if (counts.at(index) == 0 || point.y() > highs.at(index))
            highs[index] = point.y();
        sums[index] += point.y();
        ++counts[index];
    }
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (counts.at(i) == 0)
            continue;
        const DateRange &covered = buckets.at(i).covered;
        const double middle = (chartTime::ofDay(covered.from) + chartTime::ofDay(covered.to)) / 2;
        stats.mean.append({middle, sums.at(i) / counts.at(i)});
        stats.low.append({middle, lows.at(i)});
        stats.high.append({middle, highs.at(i)});
    }
    return stats;
}

TimeBuckets::Size MeasureSeriesBuilder::sizeFor(qint64 days)
{
    if (days <= 150)
        return TimeBuckets::Size::Day;
    if (days <= 3 * 366)
        return TimeBuckets::Size::Week;
    return TimeBuckets::Size::Month;
}

} // namespace shotbook
