#pragma once

#include "TimeChart.h"
#include "charts/ChartData.h"

namespace shotbook::ui {

// "Disease activity". For CAPS, NOMID and DIRA: the monthly AIDAI as bars
// (the sum of each day's symptoms over the month), coloured by the validated
// cut-off — 9 or more is active disease, drawn as a red dashed line — and
// grey where the diary has gaps that month (the cut-off holds for a full
// month). For rheumatoid arthritis: pain and patient global (0–10) and
// morning stiffness (minutes, right axis), as daily values or weekly or
// monthly means. Regimen changes are dashed vertical lines.
class ActivityChart final : public TimeChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)

public:
    explicit ActivityChart(QWidget *parent = nullptr);

    void setData(const ActivityData &data);
    const ActivityData &data() const { return m_data; }

protected:
    void redraw() override;

private:
    void drawAidai(QChart *chart);
    void drawRheumatoid(QChart *chart);
    void drawRegimens(QChart *chart, QAbstractAxis *y, double low, double high);
    void fillTable();

    ActivityData m_data;
};

} // namespace shotbook::ui
