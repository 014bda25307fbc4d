#include "RegimenCommands.h"

#include "common/AppContext.h"
#include "regimen/RegimenService.h"

namespace shotbook::ui {

SetRegimenCommand::SetRegimenCommand(AppContext &context, Regimen regimen)
    : DataCommand(context, tr("Set regimen"), {DataKind::Regimens, regimen.patientId})
    , m_regimen(std::move(regimen))
{}

Status SetRegimenCommand::apply()
{
    RegimenService service(context().database(), context().clock());
    const auto saved = service.set(m_regimen);
    if (!saved)
        return fail(saved.error());
    m_regimen = saved->regimen; // keeps the id for redo
    m_warnings = saved->warnings;
    return {};
}

Status SetRegimenCommand::revert()
{
    RegimenService service(context().database(), context().clock());
    return service.remove(m_regimen.id);
}

} // namespace shotbook::ui
