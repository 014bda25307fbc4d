#include "ZonePainter.h"

#include "sites/ZoneDescription.h"
#include "sites/ZoneStyle.h"

#include <QPainter>
#include <QPalette>

#include "sites/Zones.h"
#include <algorithm>

#include <cmath>

namespace shotbook::ui {

namespace {

double pixelsPerCm(const ZoneLook &look)
{
    // Core's zone sizes, the same that decide the "site-too-close" warning.
    const QSizeF cm = Zones::sizeCm(look.id);
    // The drawn zones are stylised; the geometric mean keeps the ring round.
    return std::sqrt((look.rect.width() / cm.width()) * (look.rect.height() / cm.height()));
}

} // namespace

ZonePainter::ZonePainter(QPainter &painter, const QPalette &palette)
    : m_painter(painter)
    , m_palette(palette)
{}

void ZonePainter::paintZone(const ZoneLook &look) const
{
    const QRectF &rect = look.rect;
    const QPainterPath shape = ZoneStyle::shape(rect);
    const ZoneView *zone = look.zone;
    const bool enabled = !zone || zone->enabled;
    const QColor text = m_palette.color(QPalette::WindowText);

    m_painter.save();
    if (!enabled) {
        ZoneStyle::paintSwitchedOff(m_painter, shape);
        m_painter.restore();
        return;
    }

    QColor fill = zone ? ZoneStyle::bandColour(ZoneStyle::band(zone->daysSinceUse))
                       : m_palette.color(QPalette::Mid);
    if (look.hovered)
        fill = fill.lighter(112);
    m_painter.fillPath(shape, fill);
    m_painter.strokePath(shape, QPen(fill.darker(150), 1.0));

    const bool reaction = zone && !zone->openReactions.isEmpty();
    if (reaction)
        m_painter.strokePath(ZoneStyle::shape(rect.adjusted(-1, -1, 1, 1)),
                             QPen(ZoneStyle::ReactionColour, 2.5));
    if (look.selected) {
        QColor highlight = m_palette.color(QPalette::Highlight);
        const QPainterPath ring = ZoneStyle::shape(rect.adjusted(-2.5, -2.5, 2.5, 2.5));
        m_painter.strokePath(ring, QPen(m_palette.color(QPalette::Base), 5.0));
        m_painter.strokePath(ring, QPen(highlight, 3.0));
    } else if (look.suggested) {
        QPen pen(ZoneStyle::suggestedColour(m_palette), 2.5);
        pen.setDashPattern({2.0, 1.5});
        m_painter.strokePath(ZoneStyle::shape(rect.adjusted(-2.5, -2.5, 2.5, 2.5)), pen);
    }
    if (look.hovered && !reaction && !look.selected)
        m_painter.strokePath(shape, QPen(text, 1.2));
    m_painter.restore();
}

void ZonePainter::paintSpots(const ZoneLook &look) const
{
    const ZoneView *zone = look.zone;
    const QRectF &rect = look.rect;
    const double cm = pixelsPerCm(look);
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    const auto at = [&rect](QPointF f) {
        return QPointF(rect.left() + f.x() * rect.width(), rect.top() + f.y() * rect.height());
    };
    if (zone && zone->enabled && !zone->recentSpots.isEmpty()) {
        const qsizetype n = zone->recentSpots.size();
        if (look.picking) {
            // Where not to inject: within 2.5 cm of the last spot.
            const QPointF last = at(zone->recentSpots.last());
            const double r = ZoneStyle::SpacingCm * cm;
            QPen pen(ZoneStyle::ZoneText, 1.5);
            pen.setDashPattern({4.0, 3.0});
            m_painter.setPen(pen);
            m_painter.setBrush(QColor(255, 255, 255, 90));
            m_painter.drawEllipse(last, r, r);
        }
        const double radius = std::clamp(cm * 0.6, 2.5, 5.0);
        for (qsizetype i = 0; i < n; ++i) {
            // Older spots fainter, the newest full strength.
            const double age = n == 1 ? 1.0 : static_cast<double>(i) / static_cast<double>(n - 1);
            m_painter.setOpacity(0.35 + 0.65 * age);
            m_painter.setPen(QPen(Qt::white, 1.5));
            m_painter.setBrush(ZoneStyle::ZoneText);
            m_painter.drawEllipse(at(zone->recentSpots.at(i)), radius, radius);
        }
        m_painter.setOpacity(1.0);
    }
    if (look.picking && look.spot) {
        const QPointF spot = at(*look.spot);
        const double r = std::clamp(cm * 0.9, 4.0, 8.0);
        const QColor highlight = m_palette.color(QPalette::Highlight);
        m_painter.setPen(QPen(Qt::white, 3.0));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawEllipse(spot, r, r);
        m_painter.setPen(QPen(highlight, 2.0));
        m_painter.drawEllipse(spot, r, r);
        m_painter.drawLine(spot - QPointF(r * 1.6, 0), spot - QPointF(r * 0.5, 0));
        m_painter.drawLine(spot + QPointF(r * 0.5, 0), spot + QPointF(r * 1.6, 0));
        m_painter.drawLine(spot - QPointF(0, r * 1.6), spot - QPointF(0, r * 0.5));
        m_painter.drawLine(spot + QPointF(0, r * 0.5), spot + QPointF(0, r * 1.6));
    }
    m_painter.restore();
}

void ZonePainter::paintLabel(const ZoneLook &look) const
{
    // While the user places a spot in the zone, its dots and ring matter more than its number.
    const QString label = look.picking ? QString() : ZoneDescription::label(look.zone);
    const QRectF &rect = look.rect;
    const ZoneView *zone = look.zone;
    if (label.isEmpty() || !zone || rect.height() < 12)
        return;
    m_painter.save();
    QFont font = m_painter.font();
    font.setBold(true);
    font.setPixelSize(
        std::clamp(static_cast<int>(std::min(rect.height() * 0.4, rect.width() * 0.4)), 9, 18));
    m_painter.setFont(font);
    // A halo in the zone's own colour keeps the number legible over the spots' dots.
    QColor halo = ZoneStyle::bandColour(ZoneStyle::band(zone->daysSinceUse));
    if (look.hovered)
        halo = halo.lighter(112);
    m_painter.setPen(halo);
    for (const QPointF offset : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1),
                                 QPointF(-1, -1), QPointF(1, 1), QPointF(-1, 1), QPointF(1, -1)})
        m_painter.drawText(rect.translated(offset), Qt::AlignCenter, label);
    m_painter.setPen(ZoneStyle::ZoneText);
    m_painter.drawText(rect, Qt::AlignCenter, label);
    m_painter.restore();
}

void ZonePainter::paintBadges(const ZoneLook &look) const
{
    const ZoneView *zone = look.zone;
    if (zone && !zone->enabled)
        return;
    const QRectF &rect = look.rect;
    const double r = ZoneStyle::badgeRadius(rect);
    if (zone && !zone->openReactions.isEmpty())
        ZoneStyle::paintReactionBadge(m_painter, rect.topRight() + QPointF(-r * 0.35, r * 0.35), r);
    if (look.suggested)
        ZoneStyle::paintSuggestedBadge(m_painter, rect.topLeft() + QPointF(r * 0.35, r * 0.35), r,
                                       m_palette);
}

void ZonePainter::paintFocus(const QRectF &rect) const
{
    QPen pen(m_palette.color(QPalette::WindowText), 1.5);
    pen.setDashPattern({2.0, 2.0});
    m_painter.setPen(pen);
    m_painter.setBrush(Qt::NoBrush);
    const QRectF ring = rect.adjusted(-5.5, -5.5, 5.5, 5.5);
    const double radius = std::min(ring.width(), ring.height()) * 0.25;
    m_painter.drawRoundedRect(ring, radius, radius);
}

} // namespace shotbook::ui
