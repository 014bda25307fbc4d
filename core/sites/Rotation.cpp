#include "Rotation.h"

#include "Zones.h"

#include <QLocale>

#include <cmath>

namespace shotbook {

std::optional<QString> Rotation::suggest(const QList<ZoneUse> &uses)
{
    const ZoneUse *best = nullptr;
    int bestOrder = 0;
    for (const ZoneUse &use : uses) {
        if (!use.enabled || use.openReactions > 0)
            continue;
        const int order = static_cast<int>(Zones::ids().indexOf(use.zone));
        if (order < 0)
            continue;
        bool better = false;
        if (!best) {
            better = true;
        } else if (!use.lastUsed.has_value() || !best->lastUsed.has_value()) {
            // Never used beats used; between two never-used, canonical order.
            better = (!use.lastUsed && best->lastUsed) ||
                     (!use.lastUsed && !best->lastUsed && order < bestOrder);
        } else if (*use.lastUsed != *best->lastUsed) {
            better = *use.lastUsed < *best->lastUsed;
        } else {
            better = order < bestOrder;
        }
        if (better) {
            best = &use;
            bestOrder = order;
        }
    }
    if (!best)
        return std::nullopt;
    return best->zone;
}

double Rotation::distanceCm(const QString &zone, const QPointF &a, const QPointF &b)
{
    const QSizeF size = Zones::sizeCm(zone);
    const double dx = (a.x() - b.x()) * size.width();
    const double dy = (a.y() - b.y()) * size.height();
    return std::sqrt(dx * dx + dy * dy);
}

Warnings Rotation::warningsFor(const QList<ZoneUse> &uses, const QString &zone, const QDateTime &at,
                               int restDays, const std::optional<QPointF> &spot)
{
    Warnings warnings;
    for (const ZoneUse &use : uses) {
        if (use.zone != zone)
            continue;
        const QString name = Zones::displayName(zone);
        if (!use.enabled)
            warnings.append({QStringLiteral("site-disabled"),
                             tr("%1 is switched off for this patient.").arg(name)});
        // The rest period counts calendar days at the same clock time, so a
        // week is Monday 08:00 to Monday 08:00 also across a change of
        // summer time (168 hours would be an hour off on those weeks).
        if (use.lastUsed && *use.lastUsed <= at &&
            *use.lastUsed > at.toLocalTime().addDays(-restDays)) {
            const qint64 days = use.lastUsed->toLocalTime().date().daysTo(at.toLocalTime().date());
            warnings.append({QStringLiteral("site-recently-used"),
                             tr("%1 was used %n day(s) ago; let a site rest %2 days before "
                                "using it again.",
                                nullptr, static_cast<int>(days))
                                 .arg(name)
                                 .arg(restDays)});
        }
        if (use.openReactions > 0)
            warnings.append({QStringLiteral("site-has-reaction"),
                             tr("%1 has a site reaction that has not cleared; choose another "
                                "site.")
                                 .arg(name)});
        if (spot && use.lastSpot && distanceCm(zone, *spot, *use.lastSpot) < MinSpotDistanceCm)
            warnings.append(
                {QStringLiteral("site-too-close"),
                 tr("This spot is about %1 cm from the last injection in %2; keep "
                    "about %3 cm away.")
                     .arg(QLocale().toString(distanceCm(zone, *spot, *use.lastSpot), 'f', 1), name,
                          QLocale().toString(MinSpotDistanceCm, 'f', 1))});
    }
    return warnings;
}

} // namespace shotbook
