#pragma once

#include "Rotation.h"
#include "SiteReaction.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Injection sites for the GUI and the CLI: which zones a patient uses, how
// each stands (for the rotation rule), and site reactions. Each write is one
// transaction.
class SiteService final
{
    Q_DECLARE_TR_FUNCTIONS(SiteService)
    Q_DISABLE_COPY_MOVE(SiteService)

public:
    SiteService(Database &database, const Clock &clock);

    // Every zone, in canonical order, as it stood at `asOf`.
    Result<QList<ZoneUse>> zoneUses(qint64 patientId, const QDateTime &asOf) const;
    Result<QList<ZoneUse>> zoneUses(qint64 patientId) const; // as of now
    // As of now, without the counts (each 0): the latest use of each zone from
    // one indexed row, what the rotation rule reads.
    Result<QList<ZoneUse>> latestUses(qint64 patientId) const;
    // The rotation rule's warnings for choosing `zone` (and the spot) for an
    // injection at `at`, judged as the zones stood just before it.
    Result<Warnings> warningsFor(qint64 patientId, const QString &zone, const QDateTime &at,
                                 const std::optional<QPointF> &spot) const;
    // The rotation rule's suggestion now; none when no zone can be used.
    Result<std::optional<QString>> suggest(qint64 patientId) const;
    // The last `perZone` spots of each zone, oldest first.
    Result<QHash<QString, QList<QPointF>>> recentSpots(qint64 patientId, int perZone) const;

    Result<QStringList> disabledZones(qint64 patientId) const;
    Status setEnabled(qint64 patientId, const QStringList &zones, bool enabled);

    // Records a reaction (validated: zone, kind, severity 1–3, a time not in
    // the future). A non-zero id puts one back under that id (undo).
    Result<SiteReaction> addReaction(const SiteReaction &reaction);
    Result<SiteReaction> resolveReaction(qint64 reactionId, const QDateTime &at);
    Status reopenReaction(qint64 reactionId);                      // undo of resolve
    Status removeReaction(qint64 reactionId);                      // undo of add
    Result<QList<SiteReaction>> reactions(qint64 patientId) const; // newest first

    Result<int> restDays() const;
    Status setRestDays(int days);

private:
    // counted: also each zone's number of uses (the rotation rule needs only
    // the latest use, so suggest() and warningsFor() skip the count).
    Result<QList<ZoneUse>> readZoneUses(qint64 patientId, const QDateTime &asOf,
                                        bool counted) const;
    Result<SiteReaction> reaction(qint64 id) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
