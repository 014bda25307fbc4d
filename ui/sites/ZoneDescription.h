#pragma once

#include "sites/ZoneView.h"

#include <QCoreApplication>
#include <QString>

namespace shotbook::ui {

// The words for one zone on the body map: its number, its tooltip, and the
// plain text a screen reader speaks.
class ZoneDescription final
{
    Q_DECLARE_TR_FUNCTIONS(ZoneDescription)

public:
    // Days since last use, as drawn on the zone; empty for a switched-off or unknown zone.
    static QString label(const ZoneView *zone);
    static QString tooltip(const QString &zoneId, const ZoneView *zone, bool suggested);
    static QString state(const QString &zoneId, const ZoneView *zone, bool suggested,
                         bool selected);
};

} // namespace shotbook::ui
