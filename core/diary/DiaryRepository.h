#pragma once

#include "DiaryValue.h"
#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace shotbook {

// Diary values as stored, for reading many days at once (charts) and writing
// many at once (the sample data). Writers run inside the caller's transaction;
// the caller checks the values (Measures::check).
class DiaryRepository final
{
public:
    // One prepared statement for all of them.
    static Status insertValues(QSqlDatabase db, qint64 patientId, const QList<DiaryValue> &values,
                               const QDateTime &createdAt);
    // The values of these measures (all when empty) from one day to another,
    // by day then measure; read through the (patient, day, measure) index.
    static Result<QList<DiaryValue>> values(QSqlDatabase db, qint64 patientId, const QDate &from,
                                            const QDate &to, const QStringList &measures = {});
    // The first day with a diary value, if any.
    static Result<QDate> firstDay(QSqlDatabase db, qint64 patientId);
};

} // namespace shotbook
