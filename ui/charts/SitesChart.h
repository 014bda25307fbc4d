#pragma once

#include "ChartPanel.h"
#include "charts/ChartData.h"

namespace shotbook::ui {

class ZoneHeatMap;

// "Sites": injections and site reactions per zone over the period, as bars
// with their numbers, beside a small body map shaded by where the injections
// went.
class SitesChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitesChart)

public:
    explicit SitesChart(QWidget *parent = nullptr);

    void setData(const SitesData &data);
    const SitesData &data() const { return m_data; }
    ZoneHeatMap *heatMap() const { return m_heatMap; }
    // The bar heights, per zone in canonical order: injections, reactions.
    QList<std::pair<double, double>> barValues() const;

protected:
    void redraw() override;

private:
    void fillTable();

    SitesData m_data;
    ZoneHeatMap *m_heatMap;
};

} // namespace shotbook::ui
