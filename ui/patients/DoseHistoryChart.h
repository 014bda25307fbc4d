#pragma once

#include "patients/WeightRepository.h"
#include "regimen/Regimen.h"

#include <QWidget>

class QChartView;

namespace shotbook::ui {

class WeightUnit;

// A patient's weight over time beside the dose: mg/day and mg/kg/day as the
// regimens and weights gave them.
class DoseHistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoseHistoryChart)

public:
    explicit DoseHistoryChart(QWidget *parent = nullptr);

    void setData(const QList<Weight> &weights, const QList<Regimen> &regimens, const QDate &today,
                 const WeightUnit &unit);
    int weightPoints() const { return m_weightPoints; }
    int dosePoints() const { return m_dosePoints; }

private:
    QChartView *m_view;
    int m_weightPoints = 0;
    int m_dosePoints = 0;
};

} // namespace shotbook::ui
