#pragma once

#include "ChartPalette.h"
#include "charts/ZoneCounts.h"

#include <QHash>
#include <QRectF>
#include <QWidget>

class QSvgRenderer;

namespace shotbook::ui {

// A small body map (front and back, resources/bodymap.svg) with each zone
// shaded by its share of the injections of the period, a red badge with the
// number of site reactions, and switched-off zones hatched.
class ZoneHeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneHeatMap)

public:
    explicit ZoneHeatMap(QWidget *parent = nullptr);
    ~ZoneHeatMap() override;

    void setCounts(const QList<ZoneCount> &counts, const QStringList &disabled);
    void setColours(const ChartPalette &palette);
    // How dark a zone is drawn: its injections ÷ the busiest zone's, 0–1.
    double shade(const QString &zone) const;

    QSize sizeHint() const override { return {260, 340}; }
    QSize minimumSizeHint() const override { return {180, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF mapRect() const;
    QRectF zoneRect(const QString &zone) const;

    QSvgRenderer *m_renderer;
    QHash<QString, QRectF> m_zones; // in the drawing's coordinates
    QList<ZoneCount> m_counts;
    QStringList m_disabled;
    ChartPalette m_palette;
};

} // namespace shotbook::ui
