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

} // namespace shotbook
