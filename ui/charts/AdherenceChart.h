#pragma once

#include "TimeChart.h"
#include "charts/ChartData.h"

namespace shotbook::ui {

// "Adherence": the share of due doses taken per week or per month, as bars
// coloured green (90 % or more), amber (75–90 %) and red (below 75 %), with
// the whole period's figure and the current streak of complete days in the
// title.
class AdherenceChart final : public TimeChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdherenceChart)

public:
    static constexpr double Good = 90.0;
    static constexpr double Fair = 75.0;

    explicit AdherenceChart(QWidget *parent = nullptr);

    void setData(const AdherenceData &data);
    const AdherenceData &data() const { return m_data; }

protected:
    void redraw() override;

private:
    void fillTable();

    AdherenceData m_data;
};

} // namespace shotbook::ui
