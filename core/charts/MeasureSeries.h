#pragma once

#include "DateRange.h"
#include "TimeBuckets.h"
#include "diary/DiaryValue.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace shotbook {

// One diary measure as a chart series: x on the time axis (chartTime), y the
// value.
struct MeasureSeries
{
    QString measure;
    QList<QPointF> points;
};

// Daily points summed up per bucket: the mean, the lowest and the highest
// day, each at the middle of the bucket's days (buckets without a point are
// left out). A long range reads as a line of means in a band that still
// holds every flare.
struct BucketStats
{
    QList<QPointF> mean;
    QList<QPointF> low;
    QList<QPointF> high;
};

class MeasureSeriesBuilder final
{
public:
    // Each day's value of the measure, at the day's noon.
    static MeasureSeries daily(const QList<DiaryValue> &values, const QString &measure);
    // The mean of the days that have a value, per bucket of the range, at the
    // middle of the part of the bucket inside the range; buckets without a
    // value are left out.
    static MeasureSeries meanPer(const QList<DiaryValue> &values, const QString &measure,
                                 const DateRange &range, TimeBuckets::Size size);
    // The same for daily points (x on the time axis) within [from, to].
    static BucketStats perBucket(const QList<QPointF> &daily, double from, double to,
                                 TimeBuckets::Size size);
    // Days for a window of this many days: daily up to 150, weekly up to
    // three years, monthly beyond.
    static TimeBuckets::Size sizeFor(qint64 days);
};

} // namespace shotbook
