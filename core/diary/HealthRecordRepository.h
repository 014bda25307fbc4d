#pragma once

#include "HealthRecords.h"
#include "common/Error.h"

#include <QList>

#include <QSqlDatabase>
#include <optional>

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
    static Result<int> acknowledgeRedFlag(QSqlDatabase db, qint64 id, const QDateTime &at);
    static Status unacknowledgeRedFlag(QSqlDatabase db, qint64 id);
    static Result<QList<SideEffect>> sideEffects(QSqlDatabase db, qint64 patientId);
    // What the safety stops look at on `day`, not the whole history: the side
    // effects begun by then and not resolved before it, the infections going
    // on that day, and the latest result of each analyte taken by then.
    static Result<QList<SideEffect>> sideEffectsOpenOn(QSqlDatabase db, qint64 patientId,
                                                       const QDate &day);
    static Result<QList<Infection>> infectionsOn(QSqlDatabase db, qint64 patientId,
                                                 const QDate &day);
    // The days an analyte was measured (the lab schedule needs no more).
    static Result<QList<QDate>> labDays(QSqlDatabase db, qint64 patientId, const QString &analyte);
    static Result<QList<LabResult>> latestLabs(QSqlDatabase db, qint64 patientId,
                                               const QStringList &analytes, const QDate &day);

    static Result<qint64> insertInfection(QSqlDatabase db, const Infection &infection,
                                          const QDateTime &createdAt);
    static Status markDoctorTold(QSqlDatabase db, qint64 infectionId);
    static Result<QList<Infection>> infections(QSqlDatabase db, qint64 patientId);

    static Result<qint64> insertLab(QSqlDatabase db, const LabResult &lab,
                                    const QDateTime &createdAt);
    static Result<QList<LabResult>> labs(QSqlDatabase db, qint64 patientId);

    static Result<qint64> insertMedicine(QSqlDatabase db, const Medicine &medicine,
                                         const QDateTime &createdAt);
    static Result<QList<Medicine>> medicines(QSqlDatabase db, qint64 patientId);

    // The day a record began (onset, start, test), or none when there is no
    // record of that kind with that id.
    static Result<std::optional<QDate>> startOf(QSqlDatabase db, RecordKind kind, qint64 id);
    // The day it ended (resolved, ended, stopped), or none: open again. Labs
    // do not end.
    static Status setEnd(QSqlDatabase db, RecordKind kind, qint64 id,
                         const std::optional<QDate> &end);
    static Status remove(QSqlDatabase db, RecordKind kind, qint64 id);
};

} // namespace shotbook
