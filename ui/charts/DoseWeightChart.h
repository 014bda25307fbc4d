#pragma once

#include "TimeChart.h"
#include "charts/ChartData.h"
#include "common/WeightUnit.h"

namespace shotbook::ui {

// "Dose and weight": the dose measured per day (mg/day, left) and per kg of
// body weight (mg/kg/day, right, with the label's 8 mg/kg/day maximum as a
// red dashed line) as steps, beside the weights taken. Shared with the
// Patients view.
class DoseWeightChart final : public TimeChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoseWeightChart)

public:
    explicit DoseWeightChart(QWidget *parent = nullptr);

    void setData(const DoseWeightData &data, const WeightUnit &unit);
    const DoseWeightData &data() const { return m_data; }
    int weightPoints() const { return m_weightPoints; }
    int dosePoints() const { return m_dosePoints; }

protected:
    void redraw() override;

private:
    void fillTable();

    DoseWeightData m_data;
    WeightUnit m_unit{false};
    int m_weightPoints = 0;
    int m_dosePoints = 0;
};

} // namespace shotbook::ui
