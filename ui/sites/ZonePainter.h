#pragma once

#include "sites/ZoneView.h"

#include <QFont>
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

    struct LabelPlace
    {
        QFont font;
        QRectF rect;    // the digits' box with their halo, in widget coordinates
        QPointF origin; // where the text's baseline starts
    };
    // Where the zone's day count goes: the first of a few places in the zone
    // (the centre first) clear of every injection spot and badge, in a
    // smaller font if it must. None when the zone shows no count, or (with
    // the zone full of spots) no place is clear: the tooltip still says it.
    static std::optional<LabelPlace> labelPlace(const ZoneLook &look, const QFont &font);
    static std::optional<QRectF> labelRect(const ZoneLook &look, const QFont &font);

private:
    QPainter &m_painter;
    const QPalette &m_palette;
};

} // namespace shotbook::ui
