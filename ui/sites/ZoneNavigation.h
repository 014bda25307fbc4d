#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

namespace shotbook::ui {

// Moving the keyboard focus between the body map's zones: Tab and Home/End
// follow the zones' canonical order, the arrow keys go to the nearest zone
// in their direction. Only zones that can be picked take the focus.
class ZoneNavigation final
{
public:
    using CanFocus = std::function<bool(const QString &zoneId)>;
    using RectOf = std::function<QRectF(const QString &zoneId)>;

    static QStringList focusOrder(const CanFocus &canFocus);
    // The zone after (or before) current; from outside the order, the first
    // (or last). Empty past either end: the focus leaves the map.
    static QString step(const QStringList &order, const QString &current, bool next);
    // The nearest zone from current in the direction of an arrow key; from
    // outside the order, the first. Empty when there is none that way.
    static QString spatial(const QStringList &order, const QString &current, int key,
                           const RectOf &rectOf);
};

} // namespace shotbook::ui
