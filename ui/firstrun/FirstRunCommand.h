#pragma once

#include "FirstRunPlan.h"
#include "common/DataCommand.h"
#include "common/Warning.h"

#include <QCoreApplication>

#include <optional>

namespace shotbook::ui {

// Everything the first-run assistant gathered, written as one undoable step
// (one transaction): the patient, the zones they do not use, the regimen and
// the first lot of syringes. Undo removes the patient (and with them the
// regimen and zone choices) and takes the syringes back out; redo puts them
// back under the same ids.
class FirstRunCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunCommand)

public:
    FirstRunCommand(AppContext &context, FirstRunPlan plan);

    std::optional<qint64> patientId() const { return m_patientId; }
    // The regimen's warnings when it was stored (e.g. above the label).
    const Warnings &warnings() const { return m_warnings; }

protected:
    Status apply() override;
    Status revert() override;

private:
    FirstRunPlan m_plan;
    std::optional<qint64> m_patientId;
    qint64 m_regimenId = 0;
    bool m_stockReceived = false;
    Warnings m_warnings;
};

} // namespace shotbook::ui
