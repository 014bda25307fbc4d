#include "ZoneDescription.h"

#include "sites/ZoneStyle.h"
#include "sites/Zones.h"

#include <QLocale>

#include <algorithm>

namespace shotbook::ui {

QString ZoneDescription::label(const ZoneView *zone)
{
    if (!zone || !zone->enabled)
        return {};
    if (!zone->daysSinceUse)
        return ZoneStyle::NeverUsed;
    if (*zone->daysSinceUse > 99)
        return tr("99+");
    return QLocale().toString(std::max(0, *zone->daysSinceUse));
}

QString ZoneDescription::tooltip(const QString &zoneId, const ZoneView *zone, bool suggested)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(Zones::displayName(zoneId).toHtmlEscaped());
    if (zone && !zone->enabled) {
        lines << tr("Switched off for this patient.");
        return lines.join(QLatin1String("<br>"));
    }
    if (zone) {
        if (zone->daysSinceUse)
            lines << tr("Last used: %1").arg(zone->lastUseText.toHtmlEscaped());
        else
            lines << tr("Never used");
        lines << tr("%n injection(s) here", nullptr, zone->useCount);
        for (const QString &reaction : zone->openReactions)
            lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(ZoneStyle::ReactionColour.name(),
                              tr("Open reaction: %1").arg(reaction.toHtmlEscaped()));
    }
    if (suggested)
        lines << tr("Suggested next site");
    return lines.join(QLatin1String("<br>"));
}

// Plain text of one zone's state, for screen readers.
QString ZoneDescription::state(const QString &zoneId, const ZoneView *zone, bool suggested,
                               bool selected)
{
    QStringList parts;
    parts << Zones::displayName(zoneId);
    if (zone && !zone->enabled) {
        parts << tr("switched off");
    } else if (zone) {
        parts << (zone->daysSinceUse ? tr("last used %1").arg(zone->lastUseText)
                                     : tr("never used"));
        parts << tr("%n injection(s)", nullptr, zone->useCount);
        for (const QString &reaction : zone->openReactions)
            parts << tr("open reaction: %1").arg(reaction);
    }
    if (suggested)
        parts << tr("suggested next");
    if (selected)
        parts << tr("selected");
    return parts.join(QLatin1String("; "));
}

} // namespace shotbook::ui
