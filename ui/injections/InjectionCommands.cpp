#include "InjectionCommands.h"

#include "common/AppContext.h"
#include "injections/InjectionLog.h"
#include "sites/Zones.h"

namespace shotbook::ui {

LogInjectionCommand::LogInjectionCommand(AppContext &context, qint64 patientId,
                                         InjectionInput input, Confirmations confirmed)
    : DataCommand(context, tr("Log injection (%1)").arg(Zones::displayName(input.site)),
                  {DataKind::Injections | DataKind::Stock, patientId})
    , m_patientId(patientId)
    , m_input(std::move(input))
    , m_confirmed(std::move(confirmed))
{}

Status LogInjectionCommand::apply()
{
    InjectionLog log(context().database(), context().clock());
    if (m_injection.id > 0)
        return log.restore(m_injection); // redo
    const auto logged = log.log(m_patientId, m_input, m_confirmed);
    if (!logged)
        return fail(logged.error());
    m_injection = logged->injection;
    m_warnings = logged->warnings;
    return {};
}

Status LogInjectionCommand::revert()
{
    InjectionLog log(context().database(), context().clock());
    const auto removed = log.remove(m_injection.id);
    if (!removed)
        return fail(removed.error());
    return {};
}

EditInjectionCommand::EditInjectionCommand(AppContext &context, Injection before, Injection after,
                                           Confirmations confirmed)
    : DataCommand(context, tr("Change injection"),
                  {DataKind::Injections | DataKind::Stock, before.patientId})
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_confirmed(std::move(confirmed))
{}

Status EditInjectionCommand::apply()
{
    InjectionLog log(context().database(), context().clock());
    const auto updated = log.update(m_after, m_confirmed);
    if (!updated)
        return fail(updated.error());
    m_warnings = updated->warnings;
    m_confirmed = Confirmations::all(); // confirmed once; redo must not ask again
    return {};
}

Status EditInjectionCommand::revert()
{
    InjectionLog log(context().database(), context().clock());
    // Putting back what was there before is not a new decision to confirm.
    const auto updated = log.update(m_before, Confirmations::all());
    if (!updated)
        return fail(updated.error());
    return {};
}

DeleteInjectionCommand::DeleteInjectionCommand(AppContext &context, Injection injection)
    : DataCommand(context, tr("Delete injection"),
                  {DataKind::Injections | DataKind::Stock, injection.patientId})
    , m_injection(std::move(injection))
{}

Status DeleteInjectionCommand::apply()
{
    InjectionLog log(context().database(), context().clock());
    const auto removed = log.remove(m_injection.id);
    if (!removed)
        return fail(removed.error());
    return {};
}

Status DeleteInjectionCommand::revert()
{
    InjectionLog log(context().database(), context().clock());
    return log.restore(m_injection);
}

} // namespace shotbook::ui
