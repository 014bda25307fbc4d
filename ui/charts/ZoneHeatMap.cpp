#include "ZoneHeatMap.h"

#include "sites/Zones.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QToolTip>

#include <cmath>

namespace shotbook::ui {

namespace {

constexpr double LegendHeight = 46;

} // namespace

ZoneHeatMap::ZoneHeatMap(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(QStringLiteral(":/bodymap.svg"), this))
    , m_palette(ChartPalette::from(palette()))
{
    for (const QString &zone : Zones::ids()) {
        if (m_renderer->elementExists(zone))
            m_zones.insert(zone, m_renderer->transformForElement(zone).mapRect(
                                     m_renderer->boundsOnElement(zone)));
    }
    setAccessibleName(tr("Injections per zone on the body"));
    setMouseTracking(true);
}

ZoneHeatMap::~ZoneHeatMap() = default;

void ZoneHeatMap::setCounts(const QList<ZoneCount> &counts, const QStringList &disabled)
{
    m_counts = counts;
    m_disabled = disabled;
    QStringList parts;
    for (const ZoneCount &count : counts)
        parts << tr("%1: %2 injections, %3 reactions")
                     .arg(Zones::displayName(count.zone))
                     .arg(count.injections)
                     .arg(count.reactions);
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    update();
}

void ZoneHeatMap::setColours(const ChartPalette &palette)
{
    m_palette = palette;
    update();
}

double ZoneHeatMap::shade(const QString &zone) const
{
    int most = 0;
    int here = 0;
    for (const ZoneCount &count : m_counts) {
        most = std::max(most, count.injections);
        if (count.zone == zone)
            here = count.injections;
    }
    return most > 0 ? static_cast<double>(here) / most : 0.0;
}

QRectF ZoneHeatMap::mapRect() const
{
    const QRectF box = m_renderer->viewBoxF();
    const QRectF area(4, 4, width() - 8, height() - 8 - LegendHeight);
    const double scale = std::min(area.width() / box.width(), area.height() / box.height());
    const QSizeF size(box.width() * scale, box.height() * scale);
    return {QPointF(area.center().x() - size.width() / 2, area.top()), size};
}

QRectF ZoneHeatMap::zoneRect(const QString &zone) const
{
    const QRectF box = m_renderer->viewBoxF();
    const QRectF map = mapRect();
    const double scale = map.width() / box.width();
    const QRectF r = m_zones.value(zone);
    return {map.left() + (r.left() - box.left()) * scale, map.top() + (r.top() - box.top()) * scale,
            r.width() * scale, r.height() * scale};
}

void ZoneHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_palette.background);
    m_renderer->render(&painter, mapRect());
    const QColor cold = m_palette.dark ? QColor(0x2a, 0x3d, 0x55) : QColor(0xde, 0xeb, 0xf7);
    const QColor hot = m_palette.dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x08, 0x45, 0x94);
    const auto mix = [&](double t) {
        const auto channel = [t](int a, int b) {
            return static_cast<int>(std::lround(a + (b - a) * t));
        };
        return QColor(channel(cold.red(), hot.red()), channel(cold.green(), hot.green()),
                      channel(cold.blue(), hot.blue()));
    };
    for (const ZoneCount &count : m_counts) {
        if (!m_zones.contains(count.zone))
            continue;
        const QRectF r = zoneRect(count.zone);
        QPainterPath shape;
        shape.addRoundedRect(r, 4, 4);
        if (m_disabled.contains(count.zone)) {
            painter.fillPath(shape, QBrush(m_palette.muted, Qt::BDiagPattern));
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(m_palette.muted, 1));
            painter.drawPath(shape);
            continue;
        }
        painter.fillPath(shape, mix(shade(count.zone)));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_palette.text, 0.8));
        painter.drawPath(shape);
        if (count.reactions > 0) {
            const double radius = std::max(7.0, std::min(r.width(), r.height()) * 0.28);
            const QPointF centre(r.right() - radius * 0.6, r.top() + radius * 0.6);
            painter.setBrush(m_palette.missed);
            painter.setPen(QPen(Qt::white, 1.2));
            painter.drawEllipse(centre, radius, radius);
            QFont font = painter.font();
            font.setPixelSize(static_cast<int>(radius * 1.1));
            font.setBold(true);
            painter.setFont(font);
            painter.drawText(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                Qt::AlignCenter, QString::number(count.reactions));
        }
    }
    // The legend: the shading scale and the badge.
    const QRectF legend(8, height() - LegendHeight + 4, width() - 16, LegendHeight - 8);
    QLinearGradient gradient(legend.topLeft(),
                             QPointF(legend.left() + legend.width() * 0.45, legend.top()));
    gradient.setColorAt(0, cold);
    gradient.setColorAt(1, hot);
    const QRectF bar(legend.left(), legend.top(), legend.width() * 0.45, 10);
    painter.setPen(Qt::NoPen);
    painter.fillRect(bar, gradient);
    painter.setPen(m_palette.text);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    painter.setFont(small);
    painter.drawText(QRectF(bar.left(), bar.bottom() + 2, bar.width(), 16),
                     Qt::AlignLeft | Qt::AlignTop, tr("fewer"));
    painter.drawText(QRectF(bar.left(), bar.bottom() + 2, bar.width(), 16),
                     Qt::AlignRight | Qt::AlignTop, tr("more injections"));
    const QPointF badge(legend.left() + legend.width() * 0.55, bar.center().y());
    painter.setBrush(m_palette.missed);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(badge, 6, 6);
    painter.setPen(m_palette.text);
    painter.drawText(QRectF(badge.x() + 10, legend.top() - 3, legend.width() * 0.45 - 10, 34),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tr("site reactions"));
}

bool ZoneHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const ZoneCount &count : m_counts) {
            if (m_zones.contains(count.zone) && zoneRect(count.zone).contains(help->pos())) {
                QToolTip::showText(
                    help->globalPos(),
                    tr("%1\n%2 injections, %3 site reactions%4")
                        .arg(Zones::displayName(count.zone))
                        .arg(count.injections)
                        .arg(count.reactions)
                        .arg(m_disabled.contains(count.zone) ? tr(" (switched off)") : QString()),
                    this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace shotbook::ui
