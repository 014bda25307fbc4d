#pragma once

#include "ChartData.h"
#include "common/Error.h"
#include "regimen/PatientSchedule.h"

#include <QCoreApplication>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Reads what the charts show for one patient over a range, through the
// repositories' indexed range queries, and aggregates it with the pure
// functions of core/charts. What one range needs from the database (the
// schedule with its injections, the diary) is read once and kept until the
// patient or the range changes, or invalidate() is called.
class ChartSource final
{
    Q_DECLARE_TR_FUNCTIONS(ChartSource)
    Q_DISABLE_COPY_MOVE(ChartSource)

public:
    ChartSource(Database &database, const Clock &clock);
    ~ChartSource();

    // From the first record of the patient (regimen, injection, diary day or
    // weight) to today; today alone when there is none.
    Result<DateRange> fullRange(qint64 patientId);

    Result<SymptomsData> symptoms(qint64 patientId, const DateRange &range,
                                  const QStringList &measures);
    Result<ActivityData> activity(qint64 patientId, const DateRange &range);
    Result<DoseWeightData> doseWeight(qint64 patientId, const DateRange &range);
    Result<SitesData> sites(qint64 patientId, const DateRange &range);
    Result<AdherenceData> adherence(qint64 patientId, const DateRange &range,
                                    TimeBuckets::Size bucket);

    // The measures that have values for the patient in the range, in the
    // diary's order.
    Result<QStringList> measuresWithValues(qint64 patientId, const DateRange &range);

    void invalidate();

private:
    struct Loaded;
    Result<const Loaded *> load(qint64 patientId, const DateRange &range);

    Database &m_database;
    const Clock &m_clock;
    std::unique_ptr<Loaded> m_loaded;
};

} // namespace shotbook
