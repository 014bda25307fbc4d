#include "ZonePainter.h"

#include "sites/ZoneDescription.h"
#include "sites/ZoneStyle.h"

#include "sites/Zones.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

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

double spotRadius(const ZoneLook &look)
{
    return std::clamp(pixelsPerCm(look) * 0.6, 2.5, 5.0);
}

QPointF spotAt(const QRectF &rect, QPointF fraction)
{
    return {rect.left() + fraction.x() * rect.width(), rect.top() + fraction.y() * rect.height()};
}

struct Circle
{
    QPointF centre;
    double radius = 0.0;
};

bool overlaps(const QRectF &box, const Circle &circle)
{
    const double x = std::clamp(circle.centre.x(), box.left(), box.right());
    const double y = std::clamp(circle.centre.y(), box.top(), box.bottom());
    return std::hypot(circle.centre.x() - x, circle.centre.y() - y) < circle.radius;
}

// What a zone's count must keep clear of: the spots' dots (with their white
// rim) and the badges in the corners.
QList<Circle> obstacles(const ZoneLook &look)
{
    QList<Circle> all;
    const ZoneView *zone = look.zone;
    if (!zone)
        return all;
    const double dot = spotRadius(look) + 1.5;
    for (const QPointF &spot : zone->recentSpots)
        all.append({spotAt(look.rect, spot), dot});
    const double badge = ZoneStyle::badgeRadius(look.rect) + 1.0;
    if (!zone->openReactions.isEmpty())
        all.append({look.rect.topRight() + QPointF(-badge * 0.35, badge * 0.35), badge});
    if (look.suggested)
        all.append({look.rect.topLeft() + QPointF(badge * 0.35, badge * 0.35), badge});
    return all;
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

    const int band = zone ? ZoneStyle::band(zone->daysSinceUse) : -1;
    QColor fill = zone ? ZoneStyle::bandColour(band) : m_palette.color(QPalette::Mid);
    if (look.hovered)
        fill = fill.lighter(112);
    m_painter.fillPath(shape, fill);
    m_painter.strokePath(shape, zone ? ZoneStyle::bandRim(band) : QPen(fill.darker(150), 1.0));

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
        const double radius = spotRadius(look);
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

std::optional<ZonePainter::LabelPlace> ZonePainter::labelPlace(const ZoneLook &look,
                                                               const QFont &base)
{
    // While the user places a spot in the zone, its dots and ring matter more than its number.
    const QString label = look.picking ? QString() : ZoneDescription::label(look.zone);
    const QRectF &rect = look.rect;
    if (label.isEmpty() || !look.zone || rect.height() < 12)
        return std::nullopt;
    const QList<Circle> avoid = obstacles(look);
    // The centre first, then around it, then nearer the edges.
    static const QPointF places[] = {
        {0.5, 0.5},   {0.5, 0.28},  {0.5, 0.72},  {0.28, 0.5},  {0.72, 0.5},  {0.28, 0.75},
        {0.72, 0.75}, {0.28, 0.25}, {0.72, 0.25}, {0.5, 0.86},  {0.5, 0.14},  {0.14, 0.5},
        {0.86, 0.5},  {0.16, 0.86}, {0.84, 0.86}, {0.16, 0.14}, {0.84, 0.14},
    };
    QFont font = base;
    font.setBold(true);
    int pixels =
        std::clamp(static_cast<int>(std::min(rect.height() * 0.4, rect.width() * 0.4)), 9, 18);
    for (; pixels >= 8; --pixels) {
        font.setPixelSize(pixels);
        // The digits' own ink (from the baseline origin) and the 1-pixel halo around them.
        const QRectF ink = QFontMetricsF(font).tightBoundingRect(label);
        const QSizeF size(ink.width() + 2, ink.height() + 2);
        if (size.width() > rect.width() || size.height() > rect.height())
            continue;
        for (const QPointF fraction : places) {
            QRectF box(QPointF(), size);
            box.moveCenter(spotAt(rect, fraction));
            // Inside the zone.
            box.moveLeft(std::clamp(box.left(), rect.left(), rect.right() - box.width()));
            box.moveTop(std::clamp(box.top(), rect.top(), rect.bottom() - box.height()));
            if (std::none_of(avoid.cbegin(), avoid.cend(),
                             [&box](const Circle &circle) { return overlaps(box, circle); }))
                return LabelPlace{font, box, box.topLeft() + QPointF(1, 1) - ink.topLeft()};
        }
    }
    return std::nullopt;
}

std::optional<QRectF> ZonePainter::labelRect(const ZoneLook &look, const QFont &font)
{
    const auto place = labelPlace(look, font);
    if (!place)
        return std::nullopt;
    return place->rect;
}

void ZonePainter::paintLabel(const ZoneLook &look) const
{
    const auto place = labelPlace(look, m_painter.font());
    if (!place)
        return;
    const QString label = ZoneDescription::label(look.zone);
    m_painter.save();
    m_painter.setFont(place->font);
    // A halo in the zone's own colour keeps the number crisp on its fill.
    QColor halo = ZoneStyle::bandColour(ZoneStyle::band(look.zone->daysSinceUse));
    if (look.hovered)
        halo = halo.lighter(112);
    m_painter.setPen(halo);
    for (const QPointF offset : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1),
                                 QPointF(-1, -1), QPointF(1, 1), QPointF(-1, 1), QPointF(1, -1)})
        m_painter.drawText(place->origin + offset, label);
    m_painter.setPen(ZoneStyle::ZoneText);
    m_painter.drawText(place->origin, label);
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
