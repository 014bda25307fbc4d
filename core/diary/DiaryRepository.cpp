#include "DiaryRepository.h"

#include "common/IsoDateTime.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace shotbook {

Status DiaryRepository::insertValues(QSqlDatabase db, qint64 patientId,
                                     const QList<DiaryValue> &values, const QDateTime &createdAt)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO diary_values (patient_id, day, measure, value,"
                                      " created_at) VALUES (?, ?, ?, ?, ?)")))
        return fail(sqlError(query.lastError(), "save the diary"));
    const QString created = iso::formatUtc(createdAt);
    for (const DiaryValue &value : values) {
        query.bindValue(0, patientId);
        query.bindValue(1, iso::formatDate(value.day));
        query.bindValue(2, value.measure);
        query.bindValue(3, value.value);
        query.bindValue(4, created);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "save the diary"));
    }
    return {};
}

Result<QList<DiaryValue>> DiaryRepository::values(QSqlDatabase db, qint64 patientId,
                                                  const QDate &from, const QDate &to,
                                                  const QStringList &measures)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT day, measure, value FROM diary_values"
                                 " WHERE patient_id = ? AND day >= ? AND day <= ?");
    if (!measures.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < measures.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND measure IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY day, measure");
    query.prepare(sql);
    query.addBindValue(patientId);
    query.addBindValue(iso::formatDate(from));
    query.addBindValue(iso::formatDate(to));
    for (const QString &measure : measures)
        query.addBindValue(measure);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the diary"));
    QList<DiaryValue> out;
    QString lastDayText;
    QDate lastDay;
    while (query.next()) {
        // Many values share a day: parse each day once.
        const QString dayText = query.value(0).toString();
        if (dayText != lastDayText) {
            lastDayText = dayText;
            lastDay = iso::parseDate(dayText).value_or(QDate());
        }
        out.append({lastDay, query.value(1).toString(), query.value(2).toDouble()});
    }
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return out;
}

Result<QDate> DiaryRepository::firstDay(QSqlDatabase db, qint64 patientId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT MIN(day) FROM diary_values WHERE patient_id = ?"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the diary"));
    if (!query.next() || query.value(0).isNull())
        return QDate();
    return iso::parseDate(query.value(0).toString()).value_or(QDate());
}

} // namespace shotbook
