#include "InjectionRepository.h"

#include "common/IsoDateTime.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace shotbook {

namespace {

const QString Columns = QStringLiteral(
    "id, patient_id, at, dose_mg, site, lot, given_by, note, spot_x, spot_y, created_at,"
    " imported_at");

Injection fromRow(const QSqlQuery &query)
{
    Injection injection;
    injection.id = query.value(0).toLongLong();
    injection.patientId = query.value(1).toLongLong();
    injection.at = iso::parseStoredUtc(query.value(2).toString());
    injection.doseMg = query.value(3).toDouble();
    injection.site = query.value(4).toString();
    if (!query.value(5).isNull())
        injection.lot = query.value(5).toString();
    injection.givenBy = query.value(6).toString();
    injection.note = query.value(7).toString();
    if (!query.value(8).isNull() && !query.value(9).isNull())
        injection.spot = QPointF(query.value(8).toDouble(), query.value(9).toDouble());
    injection.createdAt = iso::parseStoredUtc(query.value(10).toString());
    if (!query.value(11).isNull())
        injection.importedAt = iso::parseStoredUtc(query.value(11).toString());
    return injection;
}

void bindFields(QSqlQuery &query, const Injection &injection)
{
    query.addBindValue(injection.patientId);
    query.addBindValue(iso::formatUtc(injection.at));
    query.addBindValue(injection.doseMg);
    query.addBindValue(injection.site);
    query.addBindValue(injection.lot ? QVariant(*injection.lot)
                                     : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(textValue(injection.givenBy));
    query.addBindValue(textValue(injection.note));
    const QVariant none(QMetaType::fromType<double>());
    query.addBindValue(injection.spot ? QVariant(injection.spot->x()) : none);
    query.addBindValue(injection.spot ? QVariant(injection.spot->y()) : none);
}

QVariant importedValue(const Injection &injection)
{
    return injection.importedAt ? QVariant(iso::formatUtc(*injection.importedAt))
                                : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Result<qint64> InjectionRepository::insert(QSqlDatabase db, const Injection &injection)
{
    QSqlQuery query(db);
    query.prepare(
        insertReturningId(QStringLiteral("INSERT INTO injections (") + Columns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    query.addBindValue(injection.id > 0 ? QVariant(injection.id)
                                        : QVariant(QMetaType::fromType<qint64>()));
    bindFields(query, injection);
    query.addBindValue(iso::formatUtc(injection.createdAt));
    query.addBindValue(importedValue(injection));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "log the injection"));
    return insertedId(query);
}

Status InjectionRepository::insertAll(QSqlDatabase db, QList<Injection> &injections)
{
    QSqlQuery query(db);
    if (!query.prepare(
            insertReturningId(QStringLiteral("INSERT INTO injections (") + Columns +
                              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))))
        return fail(sqlError(query.lastError(), "log the injections"));
    for (Injection &injection : injections) {
        query.addBindValue(injection.id > 0 ? QVariant(injection.id)
                                            : QVariant(QMetaType::fromType<qint64>()));
        bindFields(query, injection);
        query.addBindValue(iso::formatUtc(injection.createdAt));
        query.addBindValue(importedValue(injection));
        if (!query.exec())
            return fail(sqlError(query.lastError(), "log the injections"));
        injection.id = insertedId(query);
    }
    return {};
}

Status InjectionRepository::update(QSqlDatabase db, const Injection &injection)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE injections SET patient_id = ?, at = ?, dose_mg = ?,"
                                 " site = ?, lot = ?, given_by = ?, note = ?, spot_x = ?,"
                                 " spot_y = ?, imported_at = ? WHERE id = ?"));
    bindFields(query, injection);
    query.addBindValue(importedValue(injection));
    query.addBindValue(injection.id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "change the injection"));
    if (query.numRowsAffected() != 1)
        return fail(Error::rejected(QStringLiteral("unknown-injection"),
                                    QCoreApplication::translate("shotbook::InjectionRepository",
                                                                "There is no injection with id %1.")
                                        .arg(injection.id)));
    return {};
}

Status InjectionRepository::remove(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM injections WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "delete the injection"));
    return {};
}

Result<Injection> InjectionRepository::get(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + Columns +
                  QStringLiteral(" FROM injections WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the injection"));
    if (!query.next())
        return fail(Error::rejected(QStringLiteral("unknown-injection"),
                                    QCoreApplication::translate("shotbook::InjectionRepository",
                                                                "There is no injection with id %1.")
                                        .arg(id)));
    return fromRow(query);
}

Result<QList<Injection>> InjectionRepository::between(QSqlDatabase db, qint64 patientId,
                                                      const QDateTime &from, const QDateTime &to)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + Columns +
                  QStringLiteral(" FROM injections WHERE patient_id = ? AND at >= ? AND at < ?"
                                 " ORDER BY at, id"));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatUtc(from));
    query.addBindValue(iso::formatUtc(to));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the injections"));
    QList<Injection> injections;
    while (query.next())
        injections.append(fromRow(query));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return injections;
}

Result<QList<Injection>> InjectionRepository::atInstant(QSqlDatabase db, qint64 patientId,
                                                        const QDateTime &at)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + Columns +
                  QStringLiteral(" FROM injections WHERE patient_id = ? AND at = ? ORDER BY id"));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatUtc(at));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the injections"));
    QList<Injection> injections;
    while (query.next())
        injections.append(fromRow(query));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return injections;
}

Result<QList<Injection>> InjectionRepository::all(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + Columns +
                    QStringLiteral(" FROM injections ORDER BY patient_id, at, id")))
        return fail(sqlError(query.lastError(), "read the injections"));
    QList<Injection> injections;
    while (query.next())
        injections.append(fromRow(query));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return injections;
}

InjectionRepository::Batch::Batch(QSqlDatabase db)
    : m_find(db)
    , m_insert(db)
{}

Result<QList<Injection>> InjectionRepository::Batch::atInstant(qint64 patientId,
                                                               const QDateTime &at)
{
    if (!m_findPrepared) {
        if (!m_find.prepare(QStringLiteral("SELECT ") + Columns +
                            QStringLiteral(" FROM injections WHERE patient_id = ? AND at = ?"
                                           " ORDER BY id")))
            return fail(sqlError(m_find.lastError(), "read the injections"));
        m_findPrepared = true;
    }
    m_find.bindValue(0, patientId);
    m_find.bindValue(1, iso::formatUtc(at));
    if (!m_find.exec())
        return fail(sqlError(m_find.lastError(), "read the injections"));
    QList<Injection> injections;
    while (m_find.next())
        injections.append(fromRow(m_find));
    m_find.finish();
    return injections;
}

Result<qint64> InjectionRepository::Batch::insert(const Injection &injection)
{
    if (!m_insertPrepared) {
        if (!m_insert.prepare(
                insertReturningId(QStringLiteral("INSERT INTO injections (") + Columns +
                                  QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))))
            return fail(sqlError(m_insert.lastError(), "log the injection"));
        m_insertPrepared = true;
    }
    m_insert.bindValue(0, injection.id > 0 ? QVariant(injection.id)
                                           : QVariant(QMetaType::fromType<qint64>()));
    const QVariant none(QMetaType::fromType<double>());
    m_insert.bindValue(1, injection.patientId);
    m_insert.bindValue(2, iso::formatUtc(injection.at));
    m_insert.bindValue(3, injection.doseMg);
    m_insert.bindValue(4, injection.site);
    m_insert.bindValue(5, injection.lot ? QVariant(*injection.lot)
                                        : QVariant(QMetaType::fromType<QString>()));
    m_insert.bindValue(6, textValue(injection.givenBy));
    m_insert.bindValue(7, textValue(injection.note));
    m_insert.bindValue(8, injection.spot ? QVariant(injection.spot->x()) : none);
    m_insert.bindValue(9, injection.spot ? QVariant(injection.spot->y()) : none);
    m_insert.bindValue(10, iso::formatUtc(injection.createdAt));
    m_insert.bindValue(11, importedValue(injection));
    if (!m_insert.exec())
        return fail(sqlError(m_insert.lastError(), "log the injection"));
    return insertedId(m_insert);
}

} // namespace shotbook
