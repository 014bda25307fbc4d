#include "WeightRepository.h"

#include "common/IsoDateTime.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace shotbook {

Result<qint64> WeightRepository::insert(QSqlDatabase db, qint64 patientId, const QDate &measuredOn,
                                        double kg, const QDateTime &createdAt)
{
    QSqlQuery query(db);
    query.prepare(insertReturningId(
        QStringLiteral("INSERT INTO weights (patient_id, measured_on, kg, created_at) "
                       "VALUES (?, ?, ?, ?)")));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatDate(measuredOn));
    query.addBindValue(kg);
    query.addBindValue(iso::formatUtc(createdAt));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the weight"));
    return insertedId(query);
}

Result<QList<Weight>> WeightRepository::all(QSqlDatabase db, qint64 patientId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, measured_on, kg FROM weights WHERE patient_id = ?"
                                 " ORDER BY measured_on, id"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the weights"));
    QList<Weight> weights;
    while (query.next())
        weights.append({query.value(0).toLongLong(),
                        iso::parseDate(query.value(1).toString()).value_or(QDate()),
                        query.value(2).toDouble()});
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return weights;
}

Status WeightRepository::remove(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM weights WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "remove the weight"));
    return {};
}

Result<std::optional<Weight>> WeightRepository::latestOnOrBefore(QSqlDatabase db, qint64 patientId,
                                                                 const QDate &date)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, measured_on, kg FROM weights"
                                 " WHERE patient_id = ? AND measured_on <= ?"
                                 " ORDER BY measured_on DESC, id DESC"));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatDate(date));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the weights"));
    if (!query.next())
        return std::optional<Weight>();
    return std::optional<Weight>(Weight{query.value(0).toLongLong(),
                                        iso::parseDate(query.value(1).toString()).value_or(QDate()),
                                        query.value(2).toDouble()});
}

} // namespace shotbook
