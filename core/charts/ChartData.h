#pragma once

#include "ActivityScore.h"
#include "AdherenceBuckets.h"
#include "DateRange.h"
#include "DoseHistory.h"
#include "MeasureSeries.h"
#include "TimeBuckets.h"
#include "ZoneCounts.h"
#include "diary/HealthRecords.h"
#include "regimen/Regimen.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace shotbook {

// What each chart of the Charts view (and the report) draws, as plain values
// at full resolution; the chart downsamples to its width.

struct SymptomsData
{
    DateRange range;
    QList<MeasureSeries> measures; // daily values of the measures asked for
    QList<QDateTime> taken;        // injections given in the range
    QList<QDateTime> missed;       // due slots whose window closed without one
    QList<SideEffect> sideEffects; // with an onset in the range
    QList<Regimen> regimenChanges; // regimens starting in the range
};

struct ActivityData
{
    DateRange range;
    bool autoinflammatory = false; // CAPS, NOMID, DIRA: the AIDAI; otherwise RA measures
    QList<MonthActivity> months;   // AIDAI per month
    TimeBuckets::Size trendBucket = TimeBuckets::Size::Day;
    QList<MeasureSeries> trends; // pain, patient-global, stiffness-min (means per bucket)
    QList<Regimen> regimenChanges;
};

struct DoseWeightData
{
    DateRange range;
    QList<DoseStep> steps; // every change up to the range's end (the chart shows the range)
    QList<Weight> weights; // in the range
    bool weightBased = false;
};

struct SitesData
{
    DateRange range;
    QList<ZoneCount> zones;
    QStringList disabled;
};

struct AdherenceData
{
    DateRange range;
    TimeBuckets::Size bucket = TimeBuckets::Size::Week;
    QList<AdherenceBucket> buckets;
    int expected = 0;
    int taken = 0;
    int missed = 0;
    std::optional<double> percent;
    int streakDays = 0; // whole dosing days in a row, counted back from the latest
};

} // namespace shotbook
