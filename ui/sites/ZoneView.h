#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace shotbook::ui {

// What the body map shows of one zone. Filled from core's site service by the
// views; the map itself decides nothing.
struct ZoneView
{
    QString id;                      // canonical zone id (core/sites/Zones.h)
    bool enabled = true;             // switched off for this patient: greyed
    std::optional<int> daysSinceUse; // none: never used
    QString lastUseText;             // e.g. "3 days ago (Fri 20 Nov, 08:05)", for the tooltip
    int useCount = 0;
    QStringList openReactions;  // e.g. "redness (moderate) since 20 Nov"
    QList<QPointF> recentSpots; // where the last few injections were given, newest last,
                                // as fractions (0..1) of the zone's bounding box
};

} // namespace shotbook::ui
