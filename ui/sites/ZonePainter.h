#pragma once

#include "sites/ZoneView.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;
class QPalette;

namespace shotbook::ui {

// One zone as the body map currently shows it.
struct ZoneLook
{
    QString id;
    QRectF rect;                    // in widget coordinates
    const ZoneView *zone = nullptr; // none: nothing known about the zone
    bool hovered = false;
    bool selected = false;
    bool suggested = false;
    bool picking = false;        // the user is placing a spot in this zone
    std::optional<QPointF> spot; // the spot placed, while picking
};

// Paints a zone in its state over the body. The map paints every zone's fill
// first, then the spots, labels and badges, so no neighbour covers them.
class ZonePainter final
{
public:
    ZonePainter(QPainter &painter, const QPalette &palette);

    void paintZone(const ZoneLook &look) const;
    void paintSpots(const ZoneLook &look) const;
    void paintLabel(const ZoneLook &look) const;
    void paintBadges(const ZoneLook &look) const; // open reaction, suggested next
    void paintFocus(const QRectF &rect) const;    // the keyboard focus around a zone

private:
    QPainter &m_painter;
    const QPalette &m_palette;
};

} // namespace shotbook::ui
