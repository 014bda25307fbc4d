#pragma once

#include "common/DataCommand.h"
#include "common/Warning.h"
#include "regimen/Regimen.h"

#include <QCoreApplication>

namespace shotbook::ui {

// Starts a regimen (it replaces the current one from its start date); undo
// removes it again, redo puts it back under the same id.
class SetRegimenCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetRegimenCommand)

public:
    SetRegimenCommand(AppContext &context, Regimen regimen);
    const Regimen &regimen() const { return m_regimen; }
    const Warnings &warnings() const { return m_warnings; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Regimen m_regimen;
    Warnings m_warnings;
};

} // namespace shotbook::ui
