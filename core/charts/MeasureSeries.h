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
};

} // namespace shotbook
