#include "ZoneStyle.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace shotbook::ui {

namespace {

const QColor BandColours[ZoneStyle::BandCount] = {
    QColor(0xd9, 0x48, 0x32), // 0-1 days
    QColor(0xee, 0x8b, 0x3c), // 2-3 days
    QColor(0xf4, 0xc2, 0x45), // 4-6 days
    QColor(0xb9, 0xd6, 0x6b), // 7-13 days
    QColor(0x5c, 0xb8, 0x74), // 14 days or more
    QColor(0xe3, 0xf2, 0xe6), // never used: pale, with a dashed rim
};

void paintHatch(QPainter &painter, const QPainterPath &shape, const QColor &colour)
{
    painter.save();
    painter.setClipPath(shape, Qt::IntersectClip);
    painter.setPen(QPen(colour, 1.2));
    const QRectF box = shape.boundingRect();
    for (double x = box.left() - box.height(); x < box.right(); x += 5.0)
        painter.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()));
    painter.restore();
}

QPainterPath starPath(QPointF centre, double outer)
{
    QPainterPath path;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double r = (i % 2 == 0) ? outer : inner;
        const QPointF p(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

const QString ZoneStyle::NeverUsed = QStringLiteral("—");
const QColor ZoneStyle::ZoneText(0x1b, 0x1b, 0x1b);
const QColor ZoneStyle::ReactionColour(0xc6, 0x28, 0x28);
const QColor ZoneStyle::OffColour(0x9a, 0xa0, 0xa6);

int ZoneStyle::band(std::optional<int> days)
{
    if (!days)
        return NeverUsedBand;
    if (*days >= 14)
        return 4;
    if (*days <= 1)
        return 0;
    if (*days <= 3)
        return 1;
    if (*days <= 6)
        return 2;
    return 3;
}

QColor ZoneStyle::bandColour(int band)
{
    return BandColours[band];
}

QPen ZoneStyle::bandRim(int band)
{
    if (band == NeverUsedBand) {
        QPen pen(BandColours[4].darker(130), 1.5);
        pen.setDashPattern({3.0, 2.0});
        return pen;
    }
    return QPen(BandColours[band].darker(150), 1.0);
}

QPainterPath ZoneStyle::shape(const QRectF &rect)
{
    QPainterPath path;
    const double radius = std::min(rect.width(), rect.height()) * 0.22;
    path.addRoundedRect(rect, radius, radius);
    return path;
}

void ZoneStyle::paintSwitchedOff(QPainter &painter, const QPainterPath &shape)
{
    QColor fill = OffColour;
    fill.setAlpha(90);
    painter.fillPath(shape, fill);
    paintHatch(painter, shape, OffColour.darker(130));
    painter.strokePath(shape, QPen(OffColour.darker(120), 1.0));
}

void ZoneStyle::paintBadge(QPainter &painter, QPointF centre, double radius, const QColor &fill,
                           const QString &symbol)
{
    painter.save();
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);
    if (symbol.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawPath(starPath(centre, radius * 0.68));
    } else {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(8, static_cast<int>(radius * 1.4)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt::AlignCenter, symbol);
    }
    painter.restore();
}

void ZoneStyle::paintReactionBadge(QPainter &painter, QPointF centre, double radius)
{
    paintBadge(painter, centre, radius, ReactionColour, QStringLiteral("!"));
}

void ZoneStyle::paintSuggestedBadge(QPainter &painter, QPointF centre, double radius,
                                    const QPalette &palette)
{
    paintBadge(painter, centre, radius,
               suggestedColour(palette).darker(isDark(palette) ? 130 : 100), {});
}

double ZoneStyle::badgeRadius(const QRectF &zone)
{
    return std::clamp(std::min(zone.width(), zone.height()) * 0.26, 4.5, 11.0);
}

bool ZoneStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Violet stands apart from the red-to-green scale; lighter on a dark palette.
QColor ZoneStyle::suggestedColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa5, 0x8f, 0xff) : QColor(0x5b, 0x3c, 0xc4);
}

} // namespace shotbook::ui
