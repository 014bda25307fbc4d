#include "ZoneCounts.h"

#include "sites/Zones.h"

namespace shotbook {

QList<ZoneCount> ZoneCounts::count(const QList<Injection> &injections,
                                   const QList<SiteReaction> &reactions, const DateRange &range)
{
    QList<ZoneCount> counts;
    for (const QString &zone : Zones::ids())
        counts.append({zone, 0, 0, 0});
    const auto find = [&counts](const QString &zone) -> ZoneCount * {
        const qsizetype index = Zones::ids().indexOf(zone);
        return index < 0 ? nullptr : &counts[index];
    };
    for (const Injection &injection : injections) {
        if (!range.contains(injection.at.toLocalTime().date()))
            continue;
        if (ZoneCount *zone = find(injection.site))
            ++zone->injections;
    }
    for (const SiteReaction &reaction : reactions) {
        if (!range.contains(reaction.startedAt.toLocalTime().date()))
            continue;
        if (ZoneCount *zone = find(reaction.zone)) {
            ++zone->reactions;
            zone->maxSeverity = qMax(zone->maxSeverity, reaction.severity);
        }
    }
    return counts;
}

} // namespace shotbook
