#pragma once

#include "common/DataCommand.h"
#include "common/Warning.h"
#include "injections/Confirmations.h"
#include "injections/Injection.h"

#include <QCoreApplication>

namespace shotbook::ui {

// Logs an injection through core's InjectionLog (its rules and refusals);
// undo deletes it, redo puts it back under the same id.
class LogInjectionCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogInjectionCommand)

public:
    LogInjectionCommand(AppContext &context, qint64 patientId, InjectionInput input,
                        Confirmations confirmed);
    const Injection &injection() const { return m_injection; }
    const Warnings &warnings() const { return m_warnings; }

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_patientId;
    InjectionInput m_input;
    Confirmations m_confirmed;
    Injection m_injection;
    Warnings m_warnings;
};

class EditInjectionCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditInjectionCommand)

public:
    EditInjectionCommand(AppContext &context, Injection before, Injection after,
                         Confirmations confirmed);
    const Warnings &warnings() const { return m_warnings; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Injection m_before;
    Injection m_after;
    Confirmations m_confirmed;
    Warnings m_warnings;
};

class DeleteInjectionCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteInjectionCommand)

public:
    DeleteInjectionCommand(AppContext &context, Injection injection);

protected:
    Status apply() override;
    Status revert() override;

private:
    Injection m_injection;
};

} // namespace shotbook::ui
