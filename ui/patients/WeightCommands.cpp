#include "WeightCommands.h"

#include "common/AppContext.h"
#include "patients/PatientRepository.h"

namespace shotbook::ui {

AddWeightCommand::AddWeightCommand(AppContext &context, qint64 patientId, QDate measuredOn,
                                   double kg)
    : DataCommand(context, tr("Record weight"), {DataKind::Weights, patientId})
    , m_patientId(patientId)
    , m_measuredOn(measuredOn)
    , m_kg(kg)
{}

Status AddWeightCommand::apply()
{
    PatientRepository patients(context().database(), context().clock());
    const auto added = patients.addWeight(m_patientId, m_measuredOn, m_kg);
    if (!added)
        return fail(added.error());
    m_weightId = added->id;
    return {};
}

Status AddWeightCommand::revert()
{
    PatientRepository patients(context().database(), context().clock());
    return patients.removeWeight(m_weightId);
}

} // namespace shotbook::ui
