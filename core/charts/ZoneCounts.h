#pragma once

#include "DateRange.h"
#include "injections/Injection.h"
#include "sites/SiteReaction.h"

#include <QList>
#include <QString>

namespace shotbook {

// Injections and site reactions per zone over a period: where the injections
// went, and where the skin answered.
struct ZoneCount
{
    QString zone;
    int injections = 0;
    int reactions = 0;
    int maxSeverity = 0; // of its reactions, 0 when none

    friend bool operator==(const ZoneCount &, const ZoneCount &) = default;
};

class ZoneCounts final
{
public:
    // The twelve zones in canonical order; an injection counts on its local
    // day, a reaction on the day it started. Unknown zone ids are left out.
    static QList<ZoneCount> count(const QList<Injection> &injections,
                                  const QList<SiteReaction> &reactions, const DateRange &range);
};

} // namespace shotbook
