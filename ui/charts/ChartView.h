#pragma once

#include <QChartView>

namespace shotbook::ui {

// A chart view that zooms and pans along time only: drag a band to zoom in,
// the wheel zooms around the pointer, drag with the middle button (or Shift
// and the left button) to pan, a right click or Home shows everything again;
// arrow keys pan and + / − zoom from the keyboard.
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    // How far the time axis may go (the data's span); none: no zooming.
    void setLimits(double from, double to);
    void resetZoom();
    void zoomBy(double factor, double anchor); // factor < 1 zooms in; anchor in axis units
    void panBy(double fraction);               // of the visible span

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool hasTimeAxis() const;
    std::pair<double, double> visible() const;
    void setVisible(double from, double to);

    double m_from = 0;
    double m_to = 0;
    bool m_panning = false;
    QPointF m_panStart;
    std::pair<double, double> m_panRange;
};

} // namespace shotbook::ui
