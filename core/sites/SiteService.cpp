#include "SiteService.h"

#include "Zones.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "patients/PatientRepository.h"
#include "storage/Database.h"
#include "storage/ProductSettings.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace shotbook {

namespace {

constexpr qint64 MaxFutureSecs = 24 * 3600;

QDateTime utcSeconds(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.addMSecs(-utc.time().msec());
}

SiteReaction reactionFromRow(const QSqlQuery &query)
{
    SiteReaction reaction;
    reaction.id = query.value(0).toLongLong();
    reaction.patientId = query.value(1).toLongLong();
    reaction.zone = query.value(2).toString();
    reaction.kind = query.value(3).toString();
    reaction.severity = query.value(4).toInt();
    reaction.startedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
    if (!query.value(6).isNull())
        reaction.resolvedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    if (!query.value(7).isNull())
        reaction.injectionId = query.value(7).toLongLong();
    reaction.note = query.value(8).toString();
    reaction.createdAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    return reaction;
}

const QString ReactionColumns = QStringLiteral(
    "id, patient_id, zone, kind, severity, started_at, resolved_at, injection_id, note, "
    "created_at");

} // namespace

SiteService::SiteService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<QList<ZoneUse>> SiteService::zoneUses(qint64 patientId, const QDateTime &asOf) const
{
    return readZoneUses(patientId, asOf, true);
}

Result<QList<ZoneUse>> SiteService::readZoneUses(qint64 patientId, const QDateTime &asOf,
                                                 bool counted) const
{
    QSqlDatabase db = m_database.connection();
    QHash<QString, ZoneUse> byZone;
    for (const QString &zone : Zones::ids())
        byZone.insert(zone, ZoneUse{zone, true, std::nullopt, std::nullopt, 0, 0});

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT zone FROM disabled_zones WHERE patient_id = ?"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the zones"));
    while (query.next()) {
        if (auto it = byZone.find(query.value(0).toString()); it != byZone.end())
            it->enabled = false;
    }
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));

    // Per zone its count and its latest use, from the index on (patient, site,
    // at): a count over the index and one row per zone, not every injection.
    const QString asOfText = iso::formatUtc(asOf);
    if (counted) {
        query.prepare(QStringLiteral("SELECT site, count(*) FROM injections"
                                     " WHERE patient_id = ? AND at <= ? GROUP BY site"));
        query.addBindValue(patientId);
        query.addBindValue(asOfText);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "read the injections"));
        while (query.next()) {
            if (auto it = byZone.find(query.value(0).toString()); it != byZone.end())
                it->count = query.value(1).toInt();
        }
        if (query.lastError().isValid()) // e.g. a damaged page
            return fail(sqlError(query.lastError(), "read the records"));
    }
    QSqlQuery latest(db);
    latest.prepare(QStringLiteral("SELECT at, spot_x, spot_y FROM injections"
                                  " WHERE patient_id = ? AND site = ? AND at <= ?"
                                  " ORDER BY at DESC, id DESC LIMIT 1"));
    for (auto it = byZone.begin(); it != byZone.end(); ++it) {
        if (counted && it->count == 0)
            continue;
        latest.addBindValue(patientId);
        latest.addBindValue(it->zone);
        latest.addBindValue(asOfText);
        if (!latest.exec())
            return fail(sqlError(latest.lastError(), "read the injections"));
        if (latest.next()) {
            it->lastUsed = QDateTime::fromString(latest.value(0).toString(), Qt::ISODate);
            if (!latest.value(1).isNull() && !latest.value(2).isNull())
                it->lastSpot = QPointF(latest.value(1).toDouble(), latest.value(2).toDouble());
        }
    }

    query.prepare(QStringLiteral("SELECT zone, count(*) FROM site_reactions"
                                 " WHERE patient_id = ? AND started_at <= ?"
                                 " AND (resolved_at IS NULL OR resolved_at > ?) GROUP BY zone"));
    query.addBindValue(patientId);
    query.addBindValue(asOfText);
    query.addBindValue(asOfText);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the site reactions"));
    while (query.next()) {
        if (auto it = byZone.find(query.value(0).toString()); it != byZone.end())
            it->openReactions = query.value(1).toInt();
    }
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));

    QList<ZoneUse> uses;
    for (const QString &zone : Zones::ids())
        uses.append(byZone.value(zone));
    return uses;
}

Result<QList<ZoneUse>> SiteService::zoneUses(qint64 patientId) const
{
    return zoneUses(patientId, m_clock.now());
}

Result<QList<ZoneUse>> SiteService::latestUses(qint64 patientId) const
{
    return readZoneUses(patientId, m_clock.now(), false);
}

Result<Warnings> SiteService::warningsFor(qint64 patientId, const QString &zone,
                                          const QDateTime &at,
                                          const std::optional<QPointF> &spot) const
{
    const auto uses = readZoneUses(patientId, at, false);
    if (!uses)
        return fail(uses.error());
    const auto rest = restDays();
    if (!rest)
        return fail(rest.error());
    return Rotation::warningsFor(*uses, zone, at, *rest, spot);
}

Result<std::optional<QString>> SiteService::suggest(qint64 patientId) const
{
    const auto uses = readZoneUses(patientId, m_clock.now(), false);
    if (!uses)
        return fail(uses.error());
    return Rotation::suggest(*uses);
}

Result<QHash<QString, QList<QPointF>>> SiteService::recentSpots(qint64 patientId, int perZone) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT site, spot_x, spot_y FROM injections"
                                 " WHERE patient_id = ? AND spot_x IS NOT NULL"
                                 " AND spot_y IS NOT NULL AND at <= ? ORDER BY at DESC, id DESC"));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatUtc(m_clock.now()));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the injection spots"));
    QHash<QString, QList<QPointF>> spots;
    while (query.next()) {
        QList<QPointF> &zone = spots[query.value(0).toString()];
        if (zone.size() < perZone)
            zone.prepend(QPointF(query.value(1).toDouble(), query.value(2).toDouble()));
    }
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return spots;
}

Result<QStringList> SiteService::disabledZones(qint64 patientId) const
{
    // The switched-off zones alone, without reading every injection.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT zone FROM disabled_zones WHERE patient_id = ?"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the zones"));
    QSet<QString> off;
    while (query.next())
        off.insert(query.value(0).toString());
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    QStringList disabled;
    for (const QString &zone : Zones::ids()) {
        if (off.contains(zone))
            disabled << zone;
    }
    return disabled;
}

Status SiteService::setEnabled(qint64 patientId, const QStringList &zones, bool enabled)
{
    if (zones.isEmpty())
        return fail(Error::rejected(QStringLiteral("unknown-site"), tr("Name at least one zone.")));
    for (const QString &zone : zones) {
        if (!Zones::isValid(zone))
            return fail(Error::rejected(QStringLiteral("unknown-site"),
                                        tr("Unknown site \"%1\"; use one of: %2.")
                                            .arg(zone, Zones::ids().join(QStringLiteral(", ")))));
    }
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        PatientRepository patients(m_database, m_clock);
        if (auto patient = patients.get(patientId); !patient)
            return fail(patient.error());
        QSqlQuery query(db);
        for (const QString &zone : zones) {
            query.prepare(
                QStringLiteral("DELETE FROM disabled_zones WHERE patient_id = ? AND zone = ?"));
            query.addBindValue(patientId);
            query.addBindValue(zone);
            if (!query.exec())
                return fail(sqlError(query.lastError(), "change the zones"));
            if (!enabled) {
                query.prepare(
                    QStringLiteral("INSERT INTO disabled_zones (patient_id, zone) VALUES (?, ?)"));
                query.addBindValue(patientId);
                query.addBindValue(zone);
                if (!query.exec())
                    return fail(sqlError(query.lastError(), "change the zones"));
            }
        }
        return {};
    });
}

Result<SiteReaction> SiteService::addReaction(const SiteReaction &input)
{
    SiteReaction reaction = input;
    const QDateTime now = m_clock.now();
    if (!Zones::isValid(reaction.zone))
        return fail(
            Error::rejected(QStringLiteral("unknown-site"),
                            tr("Unknown site \"%1\"; use one of: %2.")
                                .arg(reaction.zone, Zones::ids().join(QStringLiteral(", ")))));
    if (!ReactionKinds::ids().contains(reaction.kind))
        return fail(Error::rejected(
            QStringLiteral("unknown-kind"),
            tr("Unknown reaction \"%1\"; use one of: %2.")
                .arg(reaction.kind, ReactionKinds::ids().join(QStringLiteral(", ")))));
    if (reaction.severity < 1 || reaction.severity > 3)
        return fail(Error::rejected(QStringLiteral("invalid-severity"),
                                    tr("The severity %1 is out of range; it must be 1 (mild), 2 "
                                       "(moderate) or 3 (severe).")
                                        .arg(reaction.severity)));
    if (!reaction.startedAt.isValid())
        reaction.startedAt = now;
    if (now.secsTo(reaction.startedAt) > MaxFutureSecs)
        return fail(Error::rejected(QStringLiteral("invalid-time"),
                                    tr("The reaction's start %1 is in the future.")
                                        .arg(iso::formatLocal(reaction.startedAt))));
    if (reaction.resolvedAt && *reaction.resolvedAt < reaction.startedAt)
        return fail(Error::rejected(QStringLiteral("invalid-time"),
                                    tr("A reaction cannot clear before it started.")));
    if (reaction.note.size() > 2000)
        return fail(Error::rejected(QStringLiteral("invalid-text"),
                                    tr("The note has more than 2000 characters.")));
    reaction.startedAt = utcSeconds(reaction.startedAt);
    if (reaction.resolvedAt)
        reaction.resolvedAt = utcSeconds(*reaction.resolvedAt);
    if (!reaction.createdAt.isValid())
        reaction.createdAt = utcSeconds(now);

    return Transaction::run(m_database, [&]() -> Result<SiteReaction> {
        QSqlDatabase db = m_database.connection();
        PatientRepository patients(m_database, m_clock);
        if (auto patient = patients.get(reaction.patientId); !patient)
            return fail(patient.error());
        QSqlQuery query(db);
        query.prepare(insertReturningId(QStringLiteral("INSERT INTO site_reactions (") +
                                        ReactionColumns +
                                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        query.addBindValue(reaction.id > 0 ? QVariant(reaction.id)
                                           : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(reaction.patientId);
        query.addBindValue(reaction.zone);
        query.addBindValue(reaction.kind);
        query.addBindValue(reaction.severity);
        query.addBindValue(iso::formatUtc(reaction.startedAt));
        query.addBindValue(reaction.resolvedAt ? QVariant(iso::formatUtc(*reaction.resolvedAt))
                                               : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(reaction.injectionId ? QVariant(*reaction.injectionId)
                                                : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(textValue(reaction.note));
        query.addBindValue(iso::formatUtc(reaction.createdAt));
        if (!query.exec())
            return fail(sqlError(query.lastError(), "record the site reaction"));
        reaction.id = insertedId(query);
        return reaction;
    });
}

Result<SiteReaction> SiteService::reaction(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + ReactionColumns +
                  QStringLiteral(" FROM site_reactions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the site reaction"));
    if (!query.next())
        return fail(Error::rejected(QStringLiteral("unknown-reaction"),
                                    tr("There is no site reaction with id %1.").arg(id)));
    return reactionFromRow(query);
}

Result<SiteReaction> SiteService::resolveReaction(qint64 reactionId, const QDateTime &at)
{
    return Transaction::run(m_database, [&]() -> Result<SiteReaction> {
        QSqlDatabase db = m_database.connection();
        auto existing = reaction(reactionId);
        if (!existing)
            return fail(existing.error());
        const QDateTime when = utcSeconds(at.isValid() ? at : m_clock.now());
        if (!existing->isOpen())
            return fail(Error::rejected(QStringLiteral("already-resolved"),
                                        tr("Site reaction %1 already cleared on %2.")
                                            .arg(reactionId)
                                            .arg(iso::formatLocal(*existing->resolvedAt))));
        if (when < existing->startedAt)
            return fail(Error::rejected(
                QStringLiteral("invalid-time"),
                tr("A reaction cannot clear (%1) before it started (%2).")
                    .arg(iso::formatLocal(when), iso::formatLocal(existing->startedAt))));
        if (m_clock.now().secsTo(when) > MaxFutureSecs)
            return fail(
                Error::rejected(QStringLiteral("invalid-time"),
                                tr("The time %1 is in the future.").arg(iso::formatLocal(when))));
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE site_reactions SET resolved_at = ? WHERE id = ?"));
        query.addBindValue(iso::formatUtc(when));
        query.addBindValue(reactionId);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "mark the reaction cleared"));
        existing->resolvedAt = when;
        return *existing;
    });
}

Status SiteService::reopenReaction(qint64 reactionId)
{
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE site_reactions SET resolved_at = NULL WHERE id = ?"));
        query.addBindValue(reactionId);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "reopen the reaction"));
        return {};
    });
}

Status SiteService::removeReaction(qint64 reactionId)
{
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM site_reactions WHERE id = ?"));
        query.addBindValue(reactionId);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "remove the reaction"));
        return {};
    });
}

Result<QList<SiteReaction>> SiteService::reactions(qint64 patientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + ReactionColumns +
                  QStringLiteral(" FROM site_reactions WHERE patient_id = ?"
                                 " ORDER BY started_at DESC, id DESC"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the site reactions"));
    QList<SiteReaction> all;
    while (query.next())
        all.append(reactionFromRow(query));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return all;
}

Result<int> SiteService::restDays() const
{
    return ProductSettings::get(m_database.connection(), ProductSettings::SiteRestDays);
}

Status SiteService::setRestDays(int days)
{
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        if (auto set = ProductSettings::set(db, ProductSettings::SiteRestDays, days); !set)
            return set;
        return {};
    });
}

} // namespace shotbook
