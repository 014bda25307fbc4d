#include "PatientCommands.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "patients/PatientRepository.h"

namespace shotbook::ui {

AddPatientCommand::AddPatientCommand(AppContext &context, NewPatient patient)
    : DataCommand(context, tr("Add patient %1").arg(patient.name.simplified()),
                  {DataKind::Patients | DataKind::Weights, 0})
    , m_patient(std::move(patient))
{
    // Undo and redo must record the weight under the day it was entered.
    if (m_patient.weightKg && !m_patient.weightDate.isValid())
        m_patient.weightDate = context.clock().today();
}

Status AddPatientCommand::apply()
{
    PatientRepository repository(context().database(), context().clock());
    const auto added = repository.add(m_patient, m_id);
    if (!added)
        return fail(added.error());
    m_id = added->id;
    return {};
}

Status AddPatientCommand::revert()
{
    PatientRepository repository(context().database(), context().clock());
    return repository.remove(*m_id);
}

RenamePatientCommand::RenamePatientCommand(AppContext &context, qint64 id, QString oldName,
                                           QString newName)
    : DataCommand(context, tr("Rename %1 to %2").arg(oldName, newName), {DataKind::Patients, 0})
    , m_id(id)
    , m_oldName(std::move(oldName))
    , m_newName(std::move(newName))
{}

Status RenamePatientCommand::apply()
{
    PatientRepository repository(context().database(), context().clock());
    return repository.rename(m_id, m_newName);
}

Status RenamePatientCommand::revert()
{
    PatientRepository repository(context().database(), context().clock());
    return repository.rename(m_id, m_oldName);
}

Status removePatientForGood(AppContext &context, qint64 patientId)
{
    PatientRepository patients(context.database(), context.clock());
    if (auto removed = patients.remove(patientId); !removed)
        return removed;
    context.undoStack()->clear();
    context.notifyChanged(ChangeNotice::everything());
    return {};
}

} // namespace shotbook::ui
