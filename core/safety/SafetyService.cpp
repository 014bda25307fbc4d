#include "SafetyService.h"

#include "diary/DiaryService.h"
#include "diary/HealthRecordService.h"
#include "diary/Measures.h"
#include "regimen/RegimenService.h"

namespace shotbook {

SafetyService::SafetyService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<SafetyState> SafetyService::stateOn(qint64 patientId, const QDate &day) const
{
    SafetyInputs inputs;
    HealthRecordService records(m_database, m_clock);
    auto effects = records.sideEffects(patientId);
    if (!effects)
        return fail(effects.error());
    inputs.sideEffects = std::move(*effects);
    auto infections = records.infections(patientId);
    if (!infections)
        return fail(infections.error());
    inputs.infections = std::move(*infections);
    auto labs = records.labs(patientId);
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
