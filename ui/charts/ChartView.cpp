#include "ChartView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>

namespace shotbook::ui {

namespace {

constexpr double MinSpanMs = 2.0 * 24 * 3600 * 1000;

QValueAxis *timeAxis(QChart *chart)
{
    if (!chart)
        return nullptr;
    const auto axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.constFirst());
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
}

void ChartView::setLimits(double from, double to)
{
    m_from = from;
    m_to = to;
    setRubberBand(hasTimeAxis() ? QChartView::HorizontalRubberBand : QChartView::NoRubberBand);
}

bool ChartView::hasTimeAxis() const
{
    return m_to > m_from && timeAxis(chart());
}

std::pair<double, double> ChartView::visible() const
{
    const QValueAxis *axis = timeAxis(chart());
    return axis ? std::pair{axis->min(), axis->max()} : std::pair{m_from, m_to};
}

void ChartView::setVisible(double from, double to)
{
    QValueAxis *axis = timeAxis(chart());
    if (!axis || !hasTimeAxis())
        return;
    const double span = std::clamp(to - from, std::min(MinSpanMs, m_to - m_from), m_to - m_from);
    from = std::clamp(from, m_from, m_to - span);
    axis->setRange(from, from + span);
}

void ChartView::resetZoom()
{
    setVisible(m_from, m_to);
}

void ChartView::zoomBy(double factor, double anchor)
{
    const auto [from, to] = visible();
    setVisible(anchor - (anchor - from) * factor, anchor + (to - anchor) * factor);
}

void ChartView::panBy(double fraction)
{
    const auto [from, to] = visible();
    const double shift = (to - from) * fraction;
    setVisible(from + shift, to + shift);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (!hasTimeAxis()) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPointF value =
        chart()->mapToValue(chart()->mapFromScene(mapToScene(event->position().toPoint())));
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(steps > 0 ? 0.8 : 1.25, value.x());
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    const bool pan =
        event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (pan && hasTimeAxis()) {
        m_panning = true;
        m_panStart = event->position();
        m_panRange = visible();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept(); // handled on release: show everything
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const double width = std::max(1.0, chart()->plotArea().width());
        const double span = m_panRange.second - m_panRange.first;
        const double shift = -(event->position().x() - m_panStart.x()) / width * span;
        setVisible(m_panRange.first + shift, m_panRange.second + shift);
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        // Qt's own zooms every axis out; only time zooms here.
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (!hasTimeAxis()) {
        QChartView::keyPressEvent(event);
        return;
    }
    const auto [from, to] = visible();
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8, (from + to) / 2);
        break;
    case Qt::Key_Minus:
        zoomBy(1.25, (from + to) / 2);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace shotbook::ui
