#include "SafetyService.h"

#include "diary/DiaryService.h"
#include "diary/HealthRecordRepository.h"
#include "diary/Measures.h"
#include "regimen/RegimenService.h"
#include "storage/Database.h"

namespace shotbook {

SafetyService::SafetyService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<SafetyState> SafetyService::stateOn(qint64 patientId, const QDate &day) const
{
    SafetyInputs inputs;
    // Only what SafetyStops::evaluate() looks at on `day`: not the history.
    const QSqlDatabase db = m_database.connection();
    auto effects = HealthRecordRepository::sideEffectsOpenOn(db, patientId, day);
    if (!effects)
        return fail(effects.error());
    inputs.sideEffects = std::move(*effects);
    auto infections = HealthRecordRepository::infectionsOn(db, patientId, day);
    if (!infections)
        return fail(infections.error());
    inputs.infections = std::move(*infections);
    auto labs = HealthRecordRepository::latestLabs(
        db, patientId, {QStringLiteral("anc"), QStringLiteral("crcl")}, day);
    if (!labs)
        return fail(labs.error());
    inputs.labs = std::move(*labs);
    DiaryService diary(m_database, m_clock);
    for (const QDate &date : {day.addDays(-1), day}) {
        const auto entry = diary.day(patientId, date);
        if (!entry)
            return fail(entry.error());
        if (const auto it = entry->values.constFind(QStringLiteral("fever-c"));
            it != entry->values.constEnd())
            inputs.temperaturesC.append({date, it.value()});
        for (auto it = entry->values.constBegin(); it != entry->values.constEnd(); ++it) {
            const auto measure = Measures::find(it.key());
            if (measure && measure->kind == Measure::Kind::YesNo && it.value() >= 1)
                inputs.redFlagSigns.append({date, it.key()});
        }
    }
    RegimenService regimens(m_database, m_clock);
    const auto regimen = regimens.regimenOn(patientId, day);
    if (!regimen)
        return fail(regimen.error());
    inputs.regimen = *regimen;
    return SafetyStops::evaluate(inputs, day);
}

} // namespace shotbook
