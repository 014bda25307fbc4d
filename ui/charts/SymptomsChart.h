#pragma once

#include "TimeChart.h"
#include "charts/ChartData.h"

namespace shotbook::ui {

// "Symptoms": the diary measures chosen, day by day, on one time axis with
// the injections taken (grey dots) and missed (red diamonds) along the
// bottom, side effects as marks sized by severity along the top (red flags as
// large red triangles), and each regimen change as a dashed vertical line.
// Scales 0–10 read on the left; minutes of morning stiffness and the
// temperature are drawn on the same height with their own axes on the right.
class SymptomsChart final : public TimeChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymptomsChart)

public:
    explicit SymptomsChart(QWidget *parent = nullptr);

    void setData(const SymptomsData &data);
    const SymptomsData &data() const { return m_data; }

protected:
    void redraw() override;

private:
    void fillTable();

    SymptomsData m_data;
    TimeBuckets::Size m_lineBucket = TimeBuckets::Size::Day;
};

} // namespace shotbook::ui
