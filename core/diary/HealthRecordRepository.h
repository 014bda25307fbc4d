#pragma once

#include "HealthRecords.h"
#include "common/Error.h"

#include <QList>
#include <QSqlDatabase>

namespace shotbook {

// Rows of side_effects, infections, labs and medicines. Writers run inside the
// caller's transaction; the caller checks the values first. The updates return
// how many rows they changed, so that the caller can say why none was.
class HealthRecordRepository final
{
public:
    // A zero id lets the database choose one.
    static Result<qint64> insertSideEffect(QSqlDatabase db, const SideEffect &effect,
                                           const QDateTime &createdAt);
    // Only when the side effect started on or before the resolved date.
    static Result<int> resolveSideEffect(QSqlDatabase db, qint64 id, const QDate &resolved);
    static Result<int> acknowledgeRedFlag(QSqlDatabase db, qint64 id, const QDateTime &at);
    static Status unacknowledgeRedFlag(QSqlDatabase db, qint64 id);
    static Result<QList<SideEffect>> sideEffects(QSqlDatabase db, qint64 patientId);

    static Result<qint64> insertInfection(QSqlDatabase db, const Infection &infection,
                                          const QDateTime &createdAt);
    // Only when the infection started on or before the end date.
    static Result<int> endInfection(QSqlDatabase db, qint64 id, const QDate &ended,
                                    bool doctorTold);
    static Result<QList<Infection>> infections(QSqlDatabase db, qint64 patientId);

    static Result<qint64> insertLab(QSqlDatabase db, const LabResult &lab,
                                    const QDateTime &createdAt);
    static Result<QList<LabResult>> labs(QSqlDatabase db, qint64 patientId);

    static Result<qint64> insertMedicine(QSqlDatabase db, const Medicine &medicine,
                                         const QDateTime &createdAt);
    // Only when the medicine started on or before the stop date.
    static Result<int> stopMedicine(QSqlDatabase db, qint64 id, const QDate &stopped);
    static Result<QList<Medicine>> medicines(QSqlDatabase db, qint64 patientId);

    // Clears the end column (resolved, ended, stopped) of the record; the
    // caller checks the table and the column.
    static Status reopen(QSqlDatabase db, const QString &table, const QString &endColumn,
                         qint64 id);
    // The caller checks the table.
    static Status remove(QSqlDatabase db, const QString &table, qint64 id);
};

} // namespace shotbook
