#pragma once

#include "common/DataCommand.h"
#include "sites/SiteReaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace shotbook::ui {

class SetZonesEnabledCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetZonesEnabledCommand)

public:
    SetZonesEnabledCommand(AppContext &context, qint64 patientId, QStringList zones, bool enabled);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_patientId;
    QStringList m_zones;
    bool m_enabled;
    QStringList m_changed; // the zones whose state this command changed
};

class AddReactionCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddReactionCommand)

public:
    AddReactionCommand(AppContext &context, SiteReaction reaction);

protected:
    Status apply() override;
    Status revert() override;

private:
    SiteReaction m_reaction;
};

class ResolveReactionCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResolveReactionCommand)

public:
    ResolveReactionCommand(AppContext &context, qint64 reactionId, QDateTime at);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_reactionId;
    QDateTime m_at;
};

} // namespace shotbook::ui
