#include "ReportBuilder.h"

#include "charts/ActivityScore.h"
#include "charts/ChartSource.h"
#include "common/Clock.h"
#include "diary/DiaryRepository.h"
#include "diary/DiaryService.h"
#include "diary/HealthRecordService.h"
#include "diary/Labs.h"
#include "diary/MedicineCatalog.h"
#include "patients/PatientRepository.h"
#include "regimen/PatientSchedule.h"
#include "regimen/RegimenRules.h"
#include "regimen/RegimenService.h"
#include "regimen/Schedule.h"
#include "sites/SiteService.h"
#include "storage/Database.h"

#include <algorithm>

namespace shotbook {

ReportInjectionRow::Status ReportInjectionRow::classify(const QDateTime &given,
                                                        const std::optional<QDateTime> &due)
{
    if (!due)
        return Status::Extra;
    return timeliness(*due, given) == Timeliness::Late ? Status::Late : Status::Taken;
}

int ReportData::redFlagCount() const
{
    return static_cast<int>(std::count_if(sideEffects.cbegin(), sideEffects.cend(),
                                          [](const SideEffect &effect) { return effect.redFlag; }));
}

namespace {

std::optional<int> ageOn(const std::optional<QDate> &birth, const QDate &day)
{
    if (!birth || !birth->isValid() || *birth > day)
        return std::nullopt;
    int years = day.year() - birth->year();
    if (QDate(day.year(), birth->month(), 1).addDays(birth->day() - 1) > day)
        --years;
    return years;
}

// The mean of one measure's daily values in a range.
std::optional<double> meanOf(const QList<DiaryValue> &values, const QString &measure,
                             const DateRange &range, int *days)
{
    double sum = 0;
    int count = 0;
    for (const DiaryValue &value : values) {
        if (value.measure == measure && range.contains(value.day)) {
            sum += value.value;
            ++count;
        }
    }
    if (days)
        *days = count;
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

// The AIDAI of a range: the mean score of its months with a diary, counting
// the months that are complete or reach the cut-off (a month with gaps below
// it says little), or every month with a diary when none does.
std::optional<double> aidaiOf(const QList<DiaryValue> &values, const DateRange &range, int *days)
{
    QList<DiaryValue> inRange;
    for (const DiaryValue &value : values) {
        if (range.contains(value.day))
            inRange << value;
    }
    const QList<MonthActivity> months = ActivityScore::monthly(inRange, range);
    int recorded = 0;
    QList<int> telling;
    QList<int> any;
    for (const MonthActivity &month : months) {
        recorded += month.daysRecorded;
        if (month.daysRecorded == 0)
            continue;
        any << month.score;
        if (month.isComplete() || month.isActive())
            telling << month.score;
    }
    if (days)
        *days = recorded;
    const QList<int> &used = telling.isEmpty() ? any : telling;
    if (used.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (int score : used)
        sum += score;
    return sum / static_cast<double>(used.size());
}

bool overlaps(const QDate &start, const std::optional<QDate> &end, const DateRange &range)
{
    return start <= range.to && (!end || *end >= range.from);
}

} // namespace

ReportBuilder::ReportBuilder(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<ReportData> ReportBuilder::build(const ReportOptions &options) const
{
    ReportData data;
    data.options = options;
    data.madeAt = m_clock.now();
    const QDate today = m_clock.today();
    data.period =
        options.period.isValid() ? options.period : ReportOptions::lastDays(DefaultDays, today);
    data.options.period = data.period;
    const qint64 length = data.period.days();
    data.previousPeriod = {data.period.from.addDays(-length), data.period.from.addDays(-1)};
    const qint64 patientId = options.patientId;
    const bool notes = options.includeNotes;

    PatientRepository patients(m_database, m_clock);
    const auto patient = patients.get(patientId);
    if (!patient)
        return fail(patient.error());
    data.patient = *patient;
    data.ageYears = ageOn(patient->birth, data.period.to);
    const auto weight = patients.latestWeight(patientId, data.period.to);
    if (!weight)
        return fail(weight.error());
    data.latestWeight = *weight;

    // The regimen and dose in force on the period's last day.
    RegimenService regimens(m_database, m_clock);
    const auto regimen = regimens.regimenOn(patientId, data.period.to);
    if (!regimen)
        return fail(regimen.error());
    if (*regimen) {
        const auto dose = regimens.doseFor(**regimen, data.period.to);
        if (!dose)
            return fail(dose.error());
        ReportRegimen current{**regimen, *dose, std::nullopt};
        if ((*regimen)->isWeightBased())
            current.weight = *weight;
        data.regimen = current;
        data.indication = (*regimen)->indication;
    }
    data.autoinflammatory = RegimenRules::isAutoinflammatory(data.indication);

    // Adherence, missed doses and the injection log: one schedule over both
    // periods, so that the two figures come from the same matching.
    const auto schedule =
        PatientSchedule::load(m_database, patientId, data.previousPeriod.from, data.period.to);
    if (!schedule)
        return fail(schedule.error());
    const AdherenceReport adherence =
        schedule->adherence(data.period.from, data.period.to, data.madeAt);
    data.expected = adherence.expected;
    data.taken = adherence.taken;
    data.missed = adherence.missed;
    data.extra = adherence.extra;
    data.adherencePercent = adherence.percent;
    data.previousAdherencePercent =
        schedule->adherence(data.previousPeriod.from, data.previousPeriod.to, data.madeAt).percent;
    for (const Slot &slot : adherence.missedSlots)
        data.missedDoses << slot.due;

    const QList<Slot> &slots = schedule->slots();
    const QList<Injection> &injections = schedule->injections();
    const SlotMatching &matching = schedule->matching();
    auto slotNumber = [&slots](int index) {
        int number = 1;
        const QDate day = slots.at(index).due.date();
        for (int i = index - 1; i >= 0 && slots.at(i).due.date() == day; --i)
            ++number;
        return number;
    };
    QList<QDateTime> given;
    for (qsizetype i = 0; i < injections.size(); ++i) {
        const Injection &injection = injections.at(i);
        if (!data.period.contains(injection.at.toLocalTime().date()))
            continue;
        given << injection.at;
        ReportInjectionRow row;
        row.at = injection.at;
        const int slot = matching.slotOf.value(i, -1);
        if (slot >= 0) {
            row.due = slots.at(slot).due;
            row.slotNumber = slotNumber(slot);
        }
        row.doseMg = injection.doseMg;
        row.site = injection.site;
        row.lot = injection.lot.value_or(QString());
        row.givenBy = injection.givenBy;
        row.note = notes ? injection.note : QString();
        row.status = ReportInjectionRow::classify(injection.at, row.due);
        data.injections << row;
    }
    for (const Slot &slot : adherence.missedSlots) {
        ReportInjectionRow row;
        row.at = slot.due;
        row.due = slot.due;
        row.slotNumber = slotNumber(static_cast<int>(slots.indexOf(slot)));
        row.status = ReportInjectionRow::Status::Missed;
        data.injections << row;
    }
    std::stable_sort(
        data.injections.begin(), data.injections.end(),
        [](const ReportInjectionRow &a, const ReportInjectionRow &b) { return a.at < b.at; });

    // The longest time without a dose: from the first dose due in the
    // period, between the injections, and up to the last missed dose.
    QList<QDateTime> marks;
    for (const Slot &slot : slots) {
        if (data.period.contains(slot.due.date())) {
            marks << slot.due;
            break;
        }
    }
    std::sort(given.begin(), given.end());
    marks << given;
    if (!data.missedDoses.isEmpty() && (given.isEmpty() || data.missedDoses.last() > given.last()))
        marks << std::min(data.missedDoses.last().addSecs(
                              slots.isEmpty() ? 0 : slots.constFirst().halfWindowSecs),
                          data.madeAt);
    std::sort(marks.begin(), marks.end());
    for (qsizetype i = 1; i < marks.size(); ++i) {
        const qint64 gap = marks.at(i - 1).secsTo(marks.at(i));
        if (gap > data.longestGapSecs) {
            data.longestGapSecs = gap;
            data.longestGapFrom = marks.at(i - 1);
            data.longestGapTo = marks.at(i);
        }
    }

    // Disease activity, this period against the one before.
    const auto values = DiaryRepository::values(m_database.connection(), patientId,
                                                data.previousPeriod.from, data.period.to);
    if (!values)
        return fail(values.error());
    if (data.autoinflammatory) {
        ActivityFigure figure{QStringLiteral("aidai"), {}, {}, 0};
        figure.current = aidaiOf(*values, data.period, &figure.daysRecorded);
        figure.previous = aidaiOf(*values, data.previousPeriod, nullptr);
        data.activity << figure;
    } else {
        for (const QString &measure : {QStringLiteral("pain"), QStringLiteral("patient-global"),
                                       QStringLiteral("stiffness-min")}) {
            ActivityFigure figure{measure, {}, {}, 0};
            figure.current = meanOf(*values, measure, data.period, &figure.daysRecorded);
            figure.previous = meanOf(*values, measure, data.previousPeriod, nullptr);
            data.activity << figure;
        }
    }

    // Health records.
    HealthRecordService records(m_database, m_clock);
    const auto effects = records.sideEffects(patientId);
    if (!effects)
        return fail(effects.error());
    for (SideEffect effect : *effects) {
        if (!overlaps(effect.onset, effect.resolved, data.period))
            continue;
        if (!notes)
            effect.note.clear();
        data.sideEffects << effect;
    }
    std::stable_sort(data.sideEffects.begin(), data.sideEffects.end(),
                     [](const SideEffect &a, const SideEffect &b) {
                         if (a.redFlag != b.redFlag)
                             return a.redFlag;
                         return a.onset > b.onset;
                     });
    const auto infections = records.infections(patientId);
    if (!infections)
        return fail(infections.error());
    for (Infection infection : *infections) {
        if (!overlaps(infection.started, infection.ended, data.period))
            continue;
        if (!notes)
            infection.note.clear();
        data.infections << infection;
    }
    std::stable_sort(data.infections.begin(), data.infections.end(),
                     [](const Infection &a, const Infection &b) { return a.started > b.started; });

    const auto labs = records.labs(patientId); // newest first
    if (!labs)
        return fail(labs.error());
    for (const Analyte &analyte : Labs::analytes()) {
        for (LabResult lab : *labs) {
            if (lab.analyte != analyte.id || lab.takenOn > data.period.to)
                continue;
            if (!notes)
                lab.note.clear();
            data.latestLabs << ReportLab{lab, Labs::flag(lab.analyte, lab.value)};
            break;
        }
    }
    const auto due = records.nextLabDue(patientId);
    if (!due)
        return fail(due.error());
    data.nextLabDue = *due;

    const auto medicines = records.medicines(patientId);
    if (!medicines)
        return fail(medicines.error());
    for (Medicine medicine : *medicines) {
        if (!overlaps(medicine.started, medicine.stopped, data.period))
            continue;
        if (!notes)
            medicine.note.clear();
        data.medicines << ReportMedicine{medicine, MedicineCatalog::warningFor(medicine.name)};
    }
    std::stable_sort(data.medicines.begin(), data.medicines.end(),
                     [](const ReportMedicine &a, const ReportMedicine &b) {
                         return a.warning.has_value() && !b.warning.has_value();
                     });

    SiteService sites(m_database, m_clock);
    const auto reactions = sites.reactions(patientId);
    if (!reactions)
        return fail(reactions.error());
    const QDateTime periodEnd = localDateTime(data.period.to.addDays(1), QTime(0, 0));
    const QDateTime openAt = std::min(periodEnd, data.madeAt);
    for (SiteReaction reaction : *reactions) {
        if (reaction.startedAt > openAt || (reaction.resolvedAt && *reaction.resolvedAt <= openAt))
            continue;
        if (!notes)
            reaction.note.clear();
        data.openReactions << reaction;
    }

    if (data.has(ReportSection::Charts)) {
        ChartSource charts(m_database, m_clock);
        const auto measures = charts.measuresWithValues(patientId, data.period);
        if (!measures)
            return fail(measures.error());
        auto symptoms = charts.symptoms(patientId, data.period, *measures);
        if (!symptoms)
            return fail(symptoms.error());
        data.symptoms = std::move(*symptoms);
        auto activity = charts.activity(patientId, data.period);
        if (!activity)
            return fail(activity.error());
        data.activityChart = std::move(*activity);
        auto doseWeight = charts.doseWeight(patientId, data.period);
        if (!doseWeight)
            return fail(doseWeight.error());
        data.doseWeight = std::move(*doseWeight);
        auto zones = charts.sites(patientId, data.period);
        if (!zones)
            return fail(zones.error());
        data.sites = std::move(*zones);
        auto weeks = charts.adherence(patientId, data.period,
                                      data.period.days() > 400 ? TimeBuckets::Size::Month
                                                               : TimeBuckets::Size::Week);
        if (!weeks)
            return fail(weeks.error());
        data.adherenceWeeks = std::move(*weeks);
    }

    if (data.has(ReportSection::Diary)) {
        DiaryService diary(m_database, m_clock);
        const auto days = diary.allDays(patientId);
        if (!days)
            return fail(days.error());
        for (DiaryDay day : *days) {
            if (!data.period.contains(day.day))
                continue;
            if (!notes)
                day.note.clear();
            if (!day.isEmpty())
                data.diary << day;
        }
        std::sort(data.diary.begin(), data.diary.end(),
                  [](const DiaryDay &a, const DiaryDay &b) { return a.day < b.day; });
    }
    return data;
}

} // namespace shotbook
