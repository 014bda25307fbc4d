#include "RegimenService.h"

#include "DoseFlags.h"
#include "RegimenRepository.h"
#include "RegimenRules.h"
#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "patients/WeightRepository.h"
#include "storage/Database.h"
#include "storage/ProductSettings.h"
#include "storage/Transaction.h"

namespace shotbook {

RegimenService::RegimenService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<RegimenService::Saved> RegimenService::set(const Regimen &input)
{
    auto regimen = RegimenRules::normalize(input);
    if (!regimen)
        return fail(regimen.error());
    if (!regimen->createdAt.isValid()) {
        const QDateTime now = m_clock.now().toUTC();
        regimen->createdAt = now.addMSecs(-now.time().msec());
    }

    return Transaction::run(m_database, [&]() -> Result<RegimenService::Saved> {
        QSqlDatabase db = m_database.connection();
        PatientRepository patients(m_database, m_clock);
        if (auto patient = patients.get(regimen->patientId); !patient)
            return fail(patient.error());
        const auto id = RegimenRepository::insert(db, *regimen);
        if (!id)
            return fail(id.error());
        regimen->id = *id;

        Saved saved{*regimen, {}};
        const auto history = RegimenRepository::history(db, regimen->patientId);
        if (!history)
            return fail(history.error());
        if (const auto before = shotbook::regimenOn(*history, regimen->start.addDays(-1)))
            if (const auto step = DoseFlags::titrationStep(*before, *regimen))
                saved.warnings.append(*step);
        // The dose it gives on its first day, for the warnings (e.g. above the label).
        const auto weight =
            WeightRepository::latestOnOrBefore(db, regimen->patientId, regimen->start);
        if (!weight)
            return fail(weight.error());
        const auto dose = DoseCalculator::calculate(
            *regimen, *weight ? std::optional<double>((*weight)->kg) : std::nullopt);
        if (dose)
            saved.warnings << dose->warnings;
        else if (regimen->isWeightBased())
            saved.warnings.append({QStringLiteral("no-weight"), dose.error().message});
        return saved;
    });
}

Status RegimenService::remove(qint64 regimenId)
{
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        if (auto removed = RegimenRepository::remove(db, regimenId); !removed)
            return removed;
        return {};
    });
}

Result<QList<Regimen>> RegimenService::history(qint64 patientId) const
{
    return RegimenRepository::history(m_database.connection(), patientId);
}

Result<std::optional<Regimen>> RegimenService::regimenOn(qint64 patientId, const QDate &day) const
{
    const auto all = history(patientId);
    if (!all)
        return fail(all.error());
    return shotbook::regimenOn(*all, day);
}

Result<DoseCalculation> RegimenService::doseOn(qint64 patientId, const QDate &day) const
{
    const auto regimen = regimenOn(patientId, day);
    if (!regimen)
        return fail(regimen.error());
    if (!*regimen)
        return fail(Error::rejected(
            QStringLiteral("no-regimen"),
            tr("No regimen is in force on %1; set one first.").arg(day.toString(Qt::ISODate))));
    return doseFor(**regimen, day);
}

Result<DoseCalculation> RegimenService::doseFor(const Regimen &regimen, const QDate &day) const
{
    QSqlDatabase db = m_database.connection();
    const auto weight = WeightRepository::latestOnOrBefore(db, regimen.patientId, day);
    if (!weight)
        return fail(weight.error());
    std::optional<Weight> atStart;
    std::optional<QDate> birth;
    if (regimen.isWeightBased() && *weight) {
        PatientRepository patients(m_database, m_clock);
        const auto patient = patients.get(regimen.patientId);
        if (!patient)
            return fail(patient.error());
        birth = patient->birth;
        const auto first = WeightRepository::latestOnOrBefore(db, regimen.patientId, regimen.start);
        if (!first)
            return fail(first.error());
        atStart = *first;
    }
    return calculate(regimen, day, *weight, atStart, birth);
}

Result<DoseCalculation> RegimenService::preview(const Regimen &regimen, const QDate &day,
                                                std::optional<double> weightKg,
                                                std::optional<QDate> birth) const
{
    // The weight is the one entered with the regimen: measured on `day`, and
    // the weight at the regimen's start.
    std::optional<Weight> weight;
    if (weightKg)
        weight = Weight{0, day, *weightKg};
    return calculate(regimen, day, weight, weight, birth);
}

Result<DoseCalculation> RegimenService::calculate(const Regimen &regimen, const QDate &day,
                                                  const std::optional<Weight> &latest,
                                                  const std::optional<Weight> &atStart,
                                                  const std::optional<QDate> &birth) const
{
    const auto tolerance =
        ProductSettings::get(m_database.connection(), ProductSettings::RoundingTolerancePercent);
    if (!tolerance)
        return fail(tolerance.error());
    auto dose = DoseCalculator::calculate(
        regimen, latest ? std::optional<double>(latest->kg) : std::nullopt, *tolerance);
    if (!dose || !regimen.isWeightBased() || !latest)
        return dose;
    // The weight flags: how old the weight is, and how far it moved since the
    // regimen was set (the latest weight on or before its start).
    if (const auto stale = DoseFlags::weightStale(*latest, day, birth))
        dose->warnings.append(*stale);
    if (atStart)
        if (const auto changed = DoseFlags::weightChanged(atStart->kg, latest->kg))
            dose->warnings.append(*changed);
    return dose;
}

Result<int> RegimenService::tolerancePercent() const
{
    return ProductSettings::get(m_database.connection(), ProductSettings::RoundingTolerancePercent);
}

} // namespace shotbook
