#include "ChartSource.h"

#include "common/Clock.h"
#include "diary/DiaryRepository.h"
#include "diary/HealthRecordService.h"
#include "diary/Measures.h"
#include "patients/WeightRepository.h"
#include "regimen/RegimenRepository.h"
#include "regimen/RegimenRules.h"
#include "sites/SiteService.h"
#include "storage/Database.h"

namespace shotbook {

struct ChartSource::Loaded
{
    qint64 patientId = 0;
    DateRange range;
    PatientSchedule schedule;
    QList<DiaryValue> diary; // every measure, by day
};

namespace {

QList<Regimen> startingIn(const QList<Regimen> &regimens, const DateRange &range)
{
    QList<Regimen> out;
    for (const Regimen &regimen : regimens) {
        if (range.contains(regimen.start))
            out.append(regimen);
    }
    return out;
}

// The indication of the regimen in force at the end of the range, or of the
// latest one before it.
QString indicationAt(const QList<Regimen> &regimens, const QDate &day)
{
    QString indication;
    for (const Regimen &regimen : regimens) {
        if (regimen.start <= day)
            indication = regimen.indication;
    }
    return indication;
}

} // namespace

ChartSource::ChartSource(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

ChartSource::~ChartSource() = default;

void ChartSource::invalidate()
{
    m_loaded.reset();
}

Result<DateRange> ChartSource::fullRange(qint64 patientId)
{
    QSqlDatabase db = m_database.connection();
    const QDate today = m_clock.today();
    QDate first = today;
    const auto regimens = RegimenRepository::history(db, patientId);
    if (!regimens)
        return fail(regimens.error());
    for (const Regimen &regimen : *regimens)
        first = std::min(first, regimen.start);
    const auto weights = WeightRepository::all(db, patientId);
    if (!weights)
        return fail(weights.error());
    if (!weights->isEmpty())
        first = std::min(first, weights->constFirst().measuredOn);
    const auto diary = DiaryRepository::firstDay(db, patientId);
    if (!diary)
        return fail(diary.error());
    if (diary->isValid())
        first = std::min(first, *diary);
    return DateRange{first, today};
}

Result<const ChartSource::Loaded *> ChartSource::load(qint64 patientId, const DateRange &range)
{
    if (m_loaded && m_loaded->patientId == patientId && m_loaded->range == range)
        return m_loaded.get();
    auto loaded = std::make_unique<Loaded>();
    loaded->patientId = patientId;
    loaded->range = range;
    auto schedule = PatientSchedule::load(m_database, patientId, range.from, range.to);
    if (!schedule)
        return fail(schedule.error());
    loaded->schedule = std::move(*schedule);
    auto diary = DiaryRepository::values(m_database.connection(), patientId, range.from, range.to);
    if (!diary)
        return fail(diary.error());
    loaded->diary = std::move(*diary);
    m_loaded = std::move(loaded);
    return m_loaded.get();
}

Result<QStringList> ChartSource::measuresWithValues(qint64 patientId, const DateRange &range)
{
    const auto loaded = load(patientId, range);
    if (!loaded)
        return fail(loaded.error());
    QSet<QString> present;
    for (const DiaryValue &value : (*loaded)->diary)
        present.insert(value.measure);
    QStringList ids;
    for (const Measure &measure : Measures::all()) {
        if (present.contains(measure.id))
            ids << measure.id;
    }
    return ids;
}

Result<SymptomsData> ChartSource::symptoms(qint64 patientId, const DateRange &range,
                                           const QStringList &measures)
{
    const auto loaded = load(patientId, range);
    if (!loaded)
        return fail(loaded.error());
    const PatientSchedule &schedule = (*loaded)->schedule;
    SymptomsData data;
    data.range = range;
    for (const QString &measure : measures)
        data.measures.append(MeasureSeriesBuilder::daily((*loaded)->diary, measure));
    for (const Injection &injection : schedule.injections()) {
        if (range.contains(injection.at.toLocalTime().date()))
            data.taken.append(injection.at);
    }
    for (const Slot &slot :
         AdherenceBuckets::missed(schedule.slots(), schedule.matching(), range, m_clock.now()))
        data.missed.append(slot.due);
    HealthRecordService records(m_database, m_clock);
    const auto effects = records.sideEffects(patientId);
    if (!effects)
        return fail(effects.error());
    for (auto it = effects->crbegin(); it != effects->crend(); ++it) { // oldest first
        if (range.contains(it->onset))
            data.sideEffects.append(*it);
    }
    data.regimenChanges = startingIn(schedule.regimens(), range);
    return data;
}

Result<ActivityData> ChartSource::activity(qint64 patientId, const DateRange &range)
{
    const auto loaded = load(patientId, range);
    if (!loaded)
        return fail(loaded.error());
    const QList<Regimen> &regimens = (*loaded)->schedule.regimens();
    ActivityData data;
    data.range = range;
    data.autoinflammatory = RegimenRules::isAutoinflammatory(indicationAt(regimens, range.to));
    data.regimenChanges = startingIn(regimens, range);
    if (data.autoinflammatory) {
        data.months = ActivityScore::monthly((*loaded)->diary, range);
        return data;
    }
    // Daily for a month or three, weekly means up to two years, then monthly.
    data.trendBucket = range.days() <= 92    ? TimeBuckets::Size::Day
                       : range.days() <= 731 ? TimeBuckets::Size::Week
                                             : TimeBuckets::Size::Month;
    for (const QString &measure : {QStringLiteral("pain"), QStringLiteral("patient-global"),
                                   QStringLiteral("stiffness-min")})
        data.trends.append(
            MeasureSeriesBuilder::meanPer((*loaded)->diary, measure, range, data.trendBucket));
    return data;
}

Result<DoseWeightData> ChartSource::doseWeight(qint64 patientId, const DateRange &range)
{
    QSqlDatabase db = m_database.connection();
    const auto regimens = RegimenRepository::history(db, patientId);
    if (!regimens)
        return fail(regimens.error());
    const auto weights = WeightRepository::all(db, patientId);
    if (!weights)
        return fail(weights.error());
    DoseWeightData data;
    data.range = range;
    data.steps = DoseHistory::steps(*regimens, *weights, range.to);
    for (const Weight &weight : *weights) {
        if (range.contains(weight.measuredOn))
            data.weights.append(weight);
    }
    for (const Regimen &regimen : *regimens)
        data.weightBased = data.weightBased || regimen.isWeightBased();
    return data;
}

Result<SitesData> ChartSource::sites(qint64 patientId, const DateRange &range)
{
    const auto loaded = load(patientId, range);
    if (!loaded)
        return fail(loaded.error());
    SiteService sites(m_database, m_clock);
    const auto reactions = sites.reactions(patientId);
    if (!reactions)
        return fail(reactions.error());
    const auto disabled = sites.disabledZones(patientId);
    if (!disabled)
        return fail(disabled.error());
    SitesData data;
    data.range = range;
    data.zones = ZoneCounts::count((*loaded)->schedule.injections(), *reactions, range);
    data.disabled = *disabled;
    return data;
}

Result<AdherenceData> ChartSource::adherence(qint64 patientId, const DateRange &range,
                                             TimeBuckets::Size bucket)
{
    const auto loaded = load(patientId, range);
    if (!loaded)
        return fail(loaded.error());
    const PatientSchedule &schedule = (*loaded)->schedule;
    const QDateTime now = m_clock.now();
    AdherenceData data;
    data.range = range;
    data.bucket = bucket;
    data.buckets =
        AdherenceBuckets::compute(schedule.slots(), schedule.matching(), range, bucket, now);
    const AdherenceReport report = schedule.adherence(range.from, range.to, now);
    data.expected = report.expected;
    data.taken = report.taken;
    data.missed = report.missed;
    data.percent = report.percent;
    data.streakDays = report.streakDays;
    return data;
}

} // namespace shotbook
