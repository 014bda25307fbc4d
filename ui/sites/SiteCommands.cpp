#include "SiteCommands.h"

#include "common/AppContext.h"
#include "sites/SiteService.h"
#include "sites/Zones.h"

namespace shotbook::ui {

SetZonesEnabledCommand::SetZonesEnabledCommand(AppContext &context, qint64 patientId,
                                               QStringList zones, bool enabled)
    : DataCommand(context,
                  enabled ? tr("Switch on %1").arg(Zones::displayName(zones.value(0)))
                          : tr("Switch off %1").arg(Zones::displayName(zones.value(0))),
                  {DataKind::Sites, patientId})
    , m_patientId(patientId)
    , m_zones(std::move(zones))
    , m_enabled(enabled)
{}

Status SetZonesEnabledCommand::apply()
{
    SiteService sites(context().database(), context().clock());
    const auto disabled = sites.disabledZones(m_patientId);
    if (!disabled)
        return fail(disabled.error());
    m_changed.clear();
    for (const QString &zone : m_zones) {
        if (disabled->contains(zone) == m_enabled)
            m_changed << zone;
    }
    return sites.setEnabled(m_patientId, m_zones, m_enabled);
}

Status SetZonesEnabledCommand::revert()
{
    if (m_changed.isEmpty())
        return {};
    SiteService sites(context().database(), context().clock());
    return sites.setEnabled(m_patientId, m_changed, !m_enabled);
}

AddReactionCommand::AddReactionCommand(AppContext &context, SiteReaction reaction)
    : DataCommand(context, tr("Record %1").arg(ReactionKinds::displayName(reaction.kind)),
                  {DataKind::Sites, reaction.patientId})
    , m_reaction(std::move(reaction))
{}

Status AddReactionCommand::apply()
{
    SiteService sites(context().database(), context().clock());
    const auto added = sites.addReaction(m_reaction);
    if (!added)
        return fail(added.error());
    m_reaction = *added; // keeps the id for redo
    return {};
}

Status AddReactionCommand::revert()
{
    SiteService sites(context().database(), context().clock());
    return sites.removeReaction(m_reaction.id);
}

ResolveReactionCommand::ResolveReactionCommand(AppContext &context, qint64 reactionId, QDateTime at)
    : DataCommand(context, tr("Mark reaction cleared"), {DataKind::Sites, 0})
    , m_reactionId(reactionId)
    , m_at(std::move(at))
{}

Status ResolveReactionCommand::apply()
{
    SiteService sites(context().database(), context().clock());
    const auto resolved = sites.resolveReaction(m_reactionId, m_at);
    if (!resolved)
        return fail(resolved.error());
    return {};
}

Status ResolveReactionCommand::revert()
{
    SiteService sites(context().database(), context().clock());
    return sites.reopenReaction(m_reactionId);
}

} // namespace shotbook::ui
