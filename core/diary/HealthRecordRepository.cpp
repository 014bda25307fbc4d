#include "HealthRecordRepository.h"

#include "common/IsoDateTime.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace shotbook {

namespace {

QVariant optionalDate(const std::optional<QDate> &date)
{
    return date ? QVariant(iso::formatDate(*date)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QDate> dateValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return iso::parseDate(value.toString());
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

SideEffect sideEffectFromRow(const QSqlQuery &query)
{
    SideEffect effect;
    effect.id = query.value(0).toLongLong();
    effect.patientId = query.value(1).toLongLong();
    effect.term = query.value(2).toString();
    if (!query.value(3).isNull())
        effect.catalogId = query.value(3).toString();
    effect.severity = query.value(4).toString();
    effect.onset = dateValue(query.value(5)).value_or(QDate());
    effect.resolved = dateValue(query.value(6));
    effect.redFlag = query.value(7).toBool();
    if (!query.value(8).isNull())
        effect.acknowledgedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    effect.note = query.value(9).toString();
    return effect;
}

const QString SideEffectColumns = QStringLiteral(
    "id, patient_id, term, catalog_id, severity, onset, resolved, red_flag, acknowledged_at, note");

// Where each kind lives: the SQL names stay in this file.
struct KindColumns
{
    QString table;
    QString start;
    QString end; // empty: the kind has no end
};

KindColumns columnsOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::SideEffect:
        return {QStringLiteral("side_effects"), QStringLiteral("onset"),
                QStringLiteral("resolved")};
    case RecordKind::Infection:
        return {QStringLiteral("infections"), QStringLiteral("started"), QStringLiteral("ended")};
    case RecordKind::Lab:
        return {QStringLiteral("labs"), QStringLiteral("taken_on"), QString()};
    case RecordKind::Medicine:
        return {QStringLiteral("medicines"), QStringLiteral("started"), QStringLiteral("stopped")};
    }
    return {};
}

} // namespace

Result<qint64> HealthRecordRepository::insertSideEffect(QSqlDatabase db, const SideEffect &effect,
                                                        const QDateTime &createdAt)
{
    QSqlQuery query(db);
    query.prepare(insertReturningId(
        QStringLiteral("INSERT INTO side_effects (id, patient_id, term, catalog_id,"
                       " severity, onset, resolved, red_flag, acknowledged_at, note,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")));
    query.addBindValue(idValue(effect.id));
    query.addBindValue(effect.patientId);
    query.addBindValue(effect.term);
    query.addBindValue(effect.catalogId ? QVariant(*effect.catalogId)
                                        : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(effect.severity);
    query.addBindValue(iso::formatDate(effect.onset));
    query.addBindValue(optionalDate(effect.resolved));
    query.addBindValue(effect.redFlag ? 1 : 0);
    query.addBindValue(textValue(effect.note));
    query.addBindValue(iso::formatUtc(createdAt));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the side effect"));
    return insertedId(query);
}

Result<int> HealthRecordRepository::acknowledgeRedFlag(QSqlDatabase db, qint64 id,
                                                       const QDateTime &at)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE side_effects SET acknowledged_at = ? WHERE id = ?"));
    query.addBindValue(iso::formatUtc(at));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "acknowledge the warning"));
    return query.numRowsAffected();
}

Status HealthRecordRepository::unacknowledgeRedFlag(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE side_effects SET acknowledged_at = NULL WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "show the warning again"));
    return {};
}

Result<QList<SideEffect>> HealthRecordRepository::sideEffects(QSqlDatabase db, qint64 patientId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + SideEffectColumns +
                  QStringLiteral(" FROM side_effects WHERE patient_id = ?"
                                 " ORDER BY onset DESC, id DESC"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the side effects"));
    QList<SideEffect> all;
    while (query.next())
        all.append(sideEffectFromRow(query));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return all;
}

Result<qint64> HealthRecordRepository::insertInfection(QSqlDatabase db, const Infection &infection,
                                                       const QDateTime &createdAt)
{
    QSqlQuery query(db);
    query.prepare(insertReturningId(
        QStringLiteral("INSERT INTO infections (id, patient_id, description, started,"
                       " ended, doctor_told, note, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    query.addBindValue(idValue(infection.id));
    query.addBindValue(infection.patientId);
    query.addBindValue(infection.description);
    query.addBindValue(iso::formatDate(infection.started));
    query.addBindValue(optionalDate(infection.ended));
    query.addBindValue(infection.doctorTold ? 1 : 0);
    query.addBindValue(textValue(infection.note));
    query.addBindValue(iso::formatUtc(createdAt));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the infection"));
    return insertedId(query);
}

Status HealthRecordRepository::markDoctorTold(QSqlDatabase db, qint64 infectionId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE infections SET doctor_told = 1 WHERE id = ?"));
    query.addBindValue(infectionId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record that the doctor was told"));
    return {};
}

Result<QList<Infection>> HealthRecordRepository::infections(QSqlDatabase db, qint64 patientId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, patient_id, description, started, ended,"
                                 " doctor_told, note FROM infections WHERE patient_id = ?"
                                 " ORDER BY started DESC, id DESC"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the infections"));
    QList<Infection> all;
    while (query.next())
        all.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toString(), dateValue(query.value(3)).value_or(QDate()),
                    dateValue(query.value(4)), query.value(5).toBool(), query.value(6).toString()});
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return all;
}

Result<qint64> HealthRecordRepository::insertLab(QSqlDatabase db, const LabResult &lab,
                                                 const QDateTime &createdAt)
{
    QSqlQuery query(db);
    query.prepare(insertReturningId(
        QStringLiteral("INSERT INTO labs (id, patient_id, analyte, value, taken_on, note,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    query.addBindValue(idValue(lab.id));
    query.addBindValue(lab.patientId);
    query.addBindValue(lab.analyte);
    query.addBindValue(lab.value);
    query.addBindValue(iso::formatDate(lab.takenOn));
    query.addBindValue(textValue(lab.note));
    query.addBindValue(iso::formatUtc(createdAt));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the test result"));
    return insertedId(query);
}

Result<QList<LabResult>> HealthRecordRepository::labs(QSqlDatabase db, qint64 patientId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, patient_id, analyte, value, taken_on, note FROM labs"
                                 " WHERE patient_id = ? ORDER BY taken_on DESC, id DESC"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the test results"));
    QList<LabResult> all;
    while (query.next())
        all.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toString(), query.value(3).toDouble(),
                    dateValue(query.value(4)).value_or(QDate()), query.value(5).toString()});
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return all;
}

Result<QList<SideEffect>>
HealthRecordRepository::sideEffectsOpenOn(QSqlDatabase db, qint64 patientId, const QDate &day)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + SideEffectColumns +
                  QStringLiteral(" FROM side_effects WHERE patient_id = ? AND onset <= ?"
                                 " AND (resolved IS NULL OR resolved > ?)"
                                 " ORDER BY onset DESC, id DESC"));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatDate(day));
    query.addBindValue(iso::formatDate(day));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the side effects"));
    QList<SideEffect> all;
    while (query.next())
        all.append(sideEffectFromRow(query));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the side effects"));
    return all;
}

Result<QList<Infection>> HealthRecordRepository::infectionsOn(QSqlDatabase db, qint64 patientId,
                                                              const QDate &day)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, patient_id, description, started, ended,"
                                 " doctor_told, note FROM infections WHERE patient_id = ?"
                                 " AND started <= ? AND (ended IS NULL OR ended > ?)"
                                 " ORDER BY started DESC, id DESC"));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatDate(day));
    query.addBindValue(iso::formatDate(day));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the infections"));
    QList<Infection> all;
    while (query.next())
        all.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toString(), dateValue(query.value(3)).value_or(QDate()),
                    dateValue(query.value(4)), query.value(5).toBool(), query.value(6).toString()});
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the infections"));
    return all;
}

Result<QList<QDate>> HealthRecordRepository::labDays(QSqlDatabase db, qint64 patientId,
                                                     const QString &analyte)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT taken_on FROM labs WHERE patient_id = ? AND analyte = ?"
                                 " ORDER BY taken_on DESC, id DESC"));
    query.addBindValue(patientId);
    query.addBindValue(analyte);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the test results"));
    QList<QDate> days;
    while (query.next())
        days << dateValue(query.value(0)).value_or(QDate());
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the test results"));
    return days;
}

Result<QList<LabResult>> HealthRecordRepository::latestLabs(QSqlDatabase db, qint64 patientId,
                                                            const QStringList &analytes,
                                                            const QDate &day)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, patient_id, analyte, value, taken_on, note FROM labs"
                                 " WHERE patient_id = ? AND analyte = ? AND taken_on <= ?"
                                 " ORDER BY taken_on DESC, id DESC LIMIT 1"));
    QList<LabResult> latest;
    for (const QString &analyte : analytes) {
        query.addBindValue(patientId);
        query.addBindValue(analyte);
        query.addBindValue(iso::formatDate(day));
        if (!query.exec())
            return fail(sqlError(query.lastError(), "read the test results"));
        if (query.next())
            latest.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toString(), query.value(3).toDouble(),
                           dateValue(query.value(4)).value_or(QDate()), query.value(5).toString()});
        else if (query.lastError().isValid()) // e.g. a damaged page
            return fail(sqlError(query.lastError(), "read the test results"));
    }
    return latest;
}

Result<qint64> HealthRecordRepository::insertMedicine(QSqlDatabase db, const Medicine &medicine,
                                                      const QDateTime &createdAt)
{
    QSqlQuery query(db);
    query.prepare(insertReturningId(
        QStringLiteral("INSERT INTO medicines (id, patient_id, name, started, stopped,"
                       " note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    query.addBindValue(idValue(medicine.id));
    query.addBindValue(medicine.patientId);
    query.addBindValue(medicine.name);
    query.addBindValue(iso::formatDate(medicine.started));
    query.addBindValue(optionalDate(medicine.stopped));
    query.addBindValue(textValue(medicine.note));
    query.addBindValue(iso::formatUtc(createdAt));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the medicine"));
    return insertedId(query);
}

Result<QList<Medicine>> HealthRecordRepository::medicines(QSqlDatabase db, qint64 patientId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, patient_id, name, started, stopped, note FROM"
                                 " medicines WHERE patient_id = ? ORDER BY started DESC, id DESC"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the medicines"));
    QList<Medicine> all;
    while (query.next())
        all.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toString(), dateValue(query.value(3)).value_or(QDate()),
                    dateValue(query.value(4)), query.value(5).toString()});
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return all;
}

Result<std::optional<QDate>> HealthRecordRepository::startOf(QSqlDatabase db, RecordKind kind,
                                                             qint64 id)
{
    const KindColumns columns = columnsOf(kind);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.start, columns.table));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the record"));
    if (!query.next())
        return std::optional<QDate>();
    return std::optional<QDate>(dateValue(query.value(0)).value_or(QDate()));
}

Status HealthRecordRepository::setEnd(QSqlDatabase db, RecordKind kind, qint64 id,
                                      const std::optional<QDate> &end)
{
    const KindColumns columns = columnsOf(kind);
    if (columns.end.isEmpty())
        return fail(Error::internal(QStringLiteral("no-end"), QStringLiteral("labs do not end")));
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(columns.table, columns.end));
    query.addBindValue(end ? QVariant(iso::formatDate(*end))
                           : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "change the record's end"));
    return {};
}

Status HealthRecordRepository::remove(QSqlDatabase db, RecordKind kind, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(columnsOf(kind).table));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "remove the record"));
    return {};
}

} // namespace shotbook
