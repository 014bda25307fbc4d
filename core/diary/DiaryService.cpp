#include "DiaryService.h"

#include "Measures.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "patients/PatientRepository.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace shotbook {

DiaryService::DiaryService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Status DiaryService::checkDay(qint64 patientId, const QDate &day) const
{
    PatientRepository patients(m_database, m_clock);
    if (auto patient = patients.get(patientId); !patient)
        return fail(patient.error());
    if (!day.isValid() || day > m_clock.today())
        return fail(
            Error::rejected(QStringLiteral("invalid-date"),
                            tr("The diary day %1 is in the future.").arg(iso::formatDate(day))));
    return {};
}

Status DiaryService::saveDay(qint64 patientId, const DiaryDay &entry)
{
    for (auto it = entry.values.constBegin(); it != entry.values.constEnd(); ++it) {
        if (auto valid = Measures::check(it.key(), it.value()); !valid)
            return valid;
    }
    if (entry.note.size() > 4000)
        return fail(Error::rejected(QStringLiteral("invalid-text"),
                                    tr("The note has more than 4000 characters.")));
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        if (auto valid = checkDay(patientId, entry.day); !valid)
            return valid;
        const QString day = iso::formatDate(entry.day);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM diary_values WHERE patient_id = ? AND day = ?"));
        query.addBindValue(patientId);
        query.addBindValue(day);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "save the diary"));
        query.prepare(QStringLiteral("DELETE FROM diary_notes WHERE patient_id = ? AND day = ?"));
        query.addBindValue(patientId);
        query.addBindValue(day);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "save the diary"));
        const QString now = iso::formatUtc(m_clock.now());
        for (auto it = entry.values.constBegin(); it != entry.values.constEnd(); ++it) {
            query.prepare(
                QStringLiteral("INSERT INTO diary_values (patient_id, day, measure, value,"
                               " created_at) VALUES (?, ?, ?, ?, ?)"));
            query.addBindValue(patientId);
            query.addBindValue(day);
            query.addBindValue(it.key());
            query.addBindValue(it.value());
            query.addBindValue(now);
            if (!query.exec())
                return fail(sqlError(query.lastError(), "save the diary"));
        }
        if (!entry.note.trimmed().isEmpty()) {
            query.prepare(
                QStringLiteral("INSERT INTO diary_notes (patient_id, day, note) VALUES (?, ?, ?)"));
            query.addBindValue(patientId);
            query.addBindValue(day);
            query.addBindValue(entry.note.trimmed());
            if (!query.exec())
                return fail(sqlError(query.lastError(), "save the diary"));
        }
        return {};
    });
}

Result<qint64> DiaryService::setValue(qint64 patientId, const QDate &day, const QString &measure,
                                      double value)
{
    if (auto valid = Measures::check(measure, value); !valid)
        return fail(valid.error());
    return Transaction::run(m_database, [&]() -> Result<qint64> {
        QSqlDatabase db = m_database.connection();
        if (auto valid = checkDay(patientId, day); !valid)
            return fail(valid.error());
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "DELETE FROM diary_values WHERE patient_id = ? AND day = ? AND measure = ?"));
        query.addBindValue(patientId);
        query.addBindValue(iso::formatDate(day));
        query.addBindValue(measure);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "save the diary"));
        query.prepare(insertReturningId(
            QStringLiteral("INSERT INTO diary_values (patient_id, day, measure, value,"
                           " created_at) VALUES (?, ?, ?, ?, ?)")));
        query.addBindValue(patientId);
        query.addBindValue(iso::formatDate(day));
        query.addBindValue(measure);
        query.addBindValue(value);
        query.addBindValue(iso::formatUtc(m_clock.now()));
        if (!query.exec())
            return fail(sqlError(query.lastError(), "save the diary"));
        const qint64 id = insertedId(query);
        return id;
    });
}

Result<DiaryDay> DiaryService::day(qint64 patientId, const QDate &date) const
{
    DiaryDay entry;
    entry.day = date;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT measure, value FROM diary_values WHERE patient_id = ? AND day = ?"));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatDate(date));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the diary"));
    while (query.next())
        entry.values.insert(query.value(0).toString(), query.value(1).toDouble());
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    query.prepare(QStringLiteral("SELECT note FROM diary_notes WHERE patient_id = ? AND day = ?"));
    query.addBindValue(patientId);
    query.addBindValue(iso::formatDate(date));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the diary"));
    if (query.next())
        entry.note = query.value(0).toString();
    return entry;
}

Result<QSet<QDate>> DiaryService::daysWithEntries(qint64 patientId, const QDate &from,
                                                  const QDate &to) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT day FROM diary_values WHERE patient_id = ? AND day >= ? AND day <= ?"
        " UNION SELECT day FROM diary_notes WHERE patient_id = ? AND day >= ? AND day <= ?"));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(patientId);
        query.addBindValue(iso::formatDate(from));
        query.addBindValue(iso::formatDate(to));
    }
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the diary"));
    QSet<QDate> days;
    while (query.next())
        days.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return days;
}

Result<QList<DiaryDay>> DiaryService::allDays(qint64 patientId) const
{
    QMap<QDate, DiaryDay> days;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT day, measure, value FROM diary_values WHERE patient_id = ?"
                                 " ORDER BY day, measure"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the diary"));
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        days[day].day = day;
        days[day].values.insert(query.value(1).toString(), query.value(2).toDouble());
    }
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    query.prepare(QStringLiteral("SELECT day, note FROM diary_notes WHERE patient_id = ?"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the diary"));
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        days[day].day = day;
        days[day].note = query.value(1).toString();
    }
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return days.values();
}

} // namespace shotbook
