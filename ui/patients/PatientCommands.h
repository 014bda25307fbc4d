#pragma once

#include "common/DataCommand.h"
#include "patients/Patient.h"

#include <QCoreApplication>

#include <optional>

namespace shotbook::ui {

// Adds a patient; undo removes them again, redo puts them back under the same id.
class AddPatientCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPatientCommand)

public:
    AddPatientCommand(AppContext &context, NewPatient patient);
    std::optional<qint64> patientId() const { return m_id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    NewPatient m_patient;
    std::optional<qint64> m_id;
};

class RenamePatientCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenamePatientCommand)

public:
    RenamePatientCommand(AppContext &context, qint64 id, QString oldName, QString newName);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    QString m_oldName;
    QString m_newName;
};

// Removing a patient keeps nothing of them (freed pages zeroed, the log
// checkpointed), so it is the one edit that cannot be undone: the undo history
// is cleared, because earlier edits may refer to the removed patient.
Status removePatientForGood(AppContext &context, qint64 patientId);

} // namespace shotbook::ui
