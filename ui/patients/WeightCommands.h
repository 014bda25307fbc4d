#pragma once

#include "common/DataCommand.h"
#include "patients/WeightRepository.h"

#include <QCoreApplication>

namespace shotbook::ui {

class AddWeightCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddWeightCommand)

public:
    AddWeightCommand(AppContext &context, qint64 patientId, QDate measuredOn, double kg);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_patientId;
    QDate m_measuredOn;
    double m_kg;
    qint64 m_weightId = 0;
};

} // namespace shotbook::ui
