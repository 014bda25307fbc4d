#include "WeightRepository.h"

#include "common/IsoDateTime.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace shotbook {

Result<qint64> WeightRepository::insert(QSqlDatabase db, qint64 patientId,
                                        const QDate &measuredOn, double kg,
                                        const QDateTime &createdAt)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO weights (patient_id, measured_on, kg, created_at) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatDate(measuredOn));
    query.addBindValue(kg);
    query.addBindValue(iso::formatUtc(createdAt));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the weight"));
    return query.lastInsertId().toLongLong();
}

} // namespace shotbook
