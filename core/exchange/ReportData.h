#pragma once

#include "charts/ChartData.h"
#include "charts/DateRange.h"
#include "common/Warning.h"
#include "diary/DiaryService.h"
#include "diary/HealthRecords.h"
#include "patients/Patient.h"
#include "patients/WeightRepository.h"
#include "regimen/DoseCalculator.h"
#include "regimen/Regimen.h"
#include "sites/SiteReaction.h"

#include <QDateTime>
#include <QFlags>
#include <QList>

#include <optional>

namespace shotbook {

// The parts of the doctor's report a user may leave out. The summary is
// page 1; the rest follows it in this order.
enum class ReportSection : unsigned
{
    Summary = 1u << 0,
    Charts = 1u << 1,
    InjectionLog = 1u << 2,
    Diary = 1u << 3,
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportSections)

struct ReportOptions
{
    qint64 patientId = 0;
    DateRange period; // both ends included; an invalid one: the last 90 days
    ReportSections sections = ReportSections(0xfu);
    bool includeNotes = true; // notes of injections, diary days and records

    // The last `days` days up to `today`, both included.
    static DateRange lastDays(int days, const QDate &today)
    {
        return {today.addDays(-(days - 1)), today};
    }
};

// The regimen in force on the period's last day and the dose it gives.
struct ReportRegimen
{
    Regimen regimen;
    DoseCalculation dose;         // with its labelled-range flags (dose.warnings)
    std::optional<Weight> weight; // the weight the dose was worked out with
};

// Disease activity over the period against the one before it, of the same
// length. For CAPS/NOMID/DIRA the AIDAI (mean monthly score of the months
// with a diary; 9 or more is active); for rheumatoid arthritis the means of
// pain, patient global (0–10) and morning stiffness (minutes).
struct ActivityFigure
{
    QString id; // "aidai", or a measure id
    std::optional<double> current;
    std::optional<double> previous;
    int daysRecorded = 0; // in the period
};

// One row of the injection log: an injection given, or a due dose missed.
struct ReportInjectionRow
{
    enum class Status
    {
        Taken, // filled its slot on time, or early (timeliness(), Schedule.h)
        Late,  // filled its slot late (timeliness())
        Extra, // filled no slot
        Missed // a due slot whose window closed without one
    };
    QDateTime at; // when given; for a missed dose, when it was due
    std::optional<QDateTime> due;
    int slotNumber = 0; // 1 or 2: which of the day's doses; 0 for an extra one
    std::optional<double> doseMg;
    QString site;
    QString lot;
    QString givenBy;
    QString note;
    Status status = Status::Taken;

    static Status classify(const QDateTime &given, const std::optional<QDateTime> &due);
};

struct ReportLab
{
    LabResult lab;
    std::optional<Warning> flag;
};

struct ReportMedicine
{
    Medicine medicine;
    std::optional<Warning> warning; // interaction, live-vaccine
};

// Everything the doctor's report shows for one patient and period, as plain
// values: the figures of page 1, the charts' series and the tables. The PDF
// (ui/reports) only lays this out.
struct ReportData
{
    ReportOptions options;
    DateRange period;
    DateRange previousPeriod; // as long as `period`, ending the day before it
    QDateTime madeAt;

    Patient patient;
    std::optional<int> ageYears; // on the period's last day
    std::optional<Weight> latestWeight;
    QString indication; // a RegimenRules id, empty when no regimen
    bool autoinflammatory = false;

    std::optional<ReportRegimen> regimen;

    // Adherence in the period (computeAdherence's counts, up to madeAt).
    int expected = 0;
    int taken = 0;
    int missed = 0;
    int extra = 0;
    std::optional<double> adherencePercent;
    std::optional<double> previousAdherencePercent;
    QList<QDateTime> missedDoses; // due times, oldest first
    // The longest time without a dose: between two injections of the period
    // (or from the period's first due dose, or up to madeAt when none came).
    qint64 longestGapSecs = 0;
    QDateTime longestGapFrom;
    QDateTime longestGapTo;

    QList<ActivityFigure> activity;

    QList<SideEffect> sideEffects;   // in the period or open at its start; red flags first
    QList<Infection> infections;     // in the period or open at its start
    QList<ReportLab> latestLabs;     // the latest of each analyte up to the period's end
    std::optional<QDate> nextLabDue; // the next neutrophil count
    QList<ReportMedicine> medicines; // taken during the period; warned ones first
    QList<SiteReaction> openReactions;

    // Charts (ReportSection::Charts).
    SymptomsData symptoms;
    ActivityData activityChart;
    DoseWeightData doseWeight;
    SitesData sites;
    AdherenceData adherenceWeeks;

    QList<ReportInjectionRow> injections; // oldest first (ReportSection::InjectionLog)
    QList<DiaryDay> diary;                // oldest first (ReportSection::Diary)

    bool has(ReportSection section) const { return options.sections.testFlag(section); }
    int redFlagCount() const;
};

} // namespace shotbook
