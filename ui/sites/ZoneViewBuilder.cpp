#include "ZoneViewBuilder.h"

#include "common/LocaleFormat.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/TimeText.h"
#include "patients/PatientRepository.h"
#include "sites/SiteService.h"

#include <QLocale>

namespace shotbook::ui {

Result<ZoneViewBuilder::Zones> ZoneViewBuilder::build(AppContext &context, qint64 patientId)
{
    SiteService sites(context.database(), context.clock());
    const auto uses = sites.zoneUses(patientId);
    if (!uses)
        return fail(uses.error());
    const auto reactions = sites.reactions(patientId);
    if (!reactions)
        return fail(reactions.error());
    const auto spots = sites.recentSpots(patientId, SpotsPerZone);
    if (!spots)
        return fail(spots.error());

    const QLocale locale;
    const QDateTime now = context.clock().now();
    const QDate today = now.toLocalTime().date();
    Zones result;
    result.suggested = Rotation::suggest(*uses);
    PatientRepository patients(context.database(), context.clock());
    if (const auto patient = patients.get(patientId))
        result.figure = BodyFigure::forAge(patient->birth, today);
    for (const ZoneUse &use : *uses) {
        ZoneView view;
        view.id = use.zone;
        view.enabled = use.enabled;
        view.useCount = use.count;
        if (use.lastUsed) {
            const int days = static_cast<int>(use.lastUsed->toLocalTime().date().daysTo(today));
            view.daysSinceUse = days;
            const QString when = shotbook::locale::shortDateTime(*use.lastUsed);
            view.lastUseText = days == 0 ? tr("today (%1)").arg(when)
                                         : tr("%n day(s) ago (%1)", nullptr, days).arg(when);
        } else {
            view.lastUseText = tr("never");
        }
        for (const SiteReaction &reaction : *reactions) {
            if (reaction.zone == use.zone && reaction.isOpen() && reaction.startedAt <= now)
                view.openReactions
                    << tr("%1 (%2) since %3")
                           .arg(ReactionKinds::displayName(reaction.kind),
                                ReactionKinds::severityName(reaction.severity),
                                locale.toString(reaction.startedAt.toLocalTime().date(),
                                                QLocale::ShortFormat));
        }
        view.recentSpots = spots->value(use.zone);
        result.zones.append(view);
    }
    return result;
}

} // namespace shotbook::ui
