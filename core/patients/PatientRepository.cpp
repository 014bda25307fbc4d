#include "PatientRepository.h"

#include "PatientRules.h"
#include "WeightRepository.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace shotbook {

namespace {

Patient patientFromRow(const QSqlQuery &query)
{
    Patient patient;
    patient.id = query.value(0).toLongLong();
    patient.name = query.value(1).toString();
    if (!query.value(2).isNull())
        patient.birth = iso::parseDate(query.value(2).toString());
    patient.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
    return patient;
}

const QString SelectPatients =
    QStringLiteral("SELECT id, name, birth_date, created_at FROM patients");

QVariant birthValue(const std::optional<QDate> &birth)
{
    return birth ? QVariant(iso::formatDate(*birth)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

PatientRepository::PatientRepository(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<QList<Patient>> PatientRepository::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(SelectPatients + QStringLiteral(" ORDER BY name, id")))
        return fail(sqlError(query.lastError(), "list the patients"));
    QList<Patient> patients;
    while (query.next())
        patients.append(patientFromRow(query));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return patients;
}

Result<Patient> PatientRepository::get(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(SelectPatients + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the patient"));
    if (!query.next())
        return fail(Error::rejected(QStringLiteral("unknown-patient"),
                                    tr("There is no patient with id %1.").arg(id)));
    return patientFromRow(query);
}

Status PatientRepository::checkNameFree(const QString &name, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id FROM patients WHERE lower(name) = lower(?) AND id <> ?"));
    query.addBindValue(name);
    query.addBindValue(exceptId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "check the patient's name"));
    if (query.next())
        return fail(Error::rejected(QStringLiteral("duplicate-name"),
                                    tr("There is already a patient named \"%1\"; choose another "
                                       "name so that the two can be told apart.")
                                        .arg(name)));
    return {};
}

Result<Patient> PatientRepository::add(const NewPatient &input, std::optional<qint64> fixedId)
{
    const auto name = PatientRules::normalizeName(input.name);
    if (!name)
        return fail(name.error());
    const QDate today = m_clock.today();
    if (auto birth = PatientRules::checkBirth(input.birth, today); !birth)
        return fail(birth.error());
    const QDate weightDate = input.weightDate.isValid() ? input.weightDate : today;
    if (input.weightKg) {
        if (auto weight = PatientRules::checkWeightKg(*input.weightKg); !weight)
            return fail(weight.error());
        if (weightDate > today)
            return fail(Error::rejected(
                QStringLiteral("invalid-date"),
                tr("The weight's date %1 is in the future.").arg(iso::formatDate(weightDate))));
    }

    return Transaction::run(m_database, [&]() -> Result<Patient> {
        QSqlDatabase db = m_database.connection();
        if (auto free = checkNameFree(*name, 0); !free)
            return fail(free.error());

        Patient patient;
        patient.name = *name;
        patient.birth = input.birth;
        // Stored to the second, so what is read back equals what was written.
        const QDateTime now = m_clock.now().toUTC();
        patient.createdAt = now.addMSecs(-now.time().msec());

        QSqlQuery query(db);
        query.prepare(insertReturningId(QStringLiteral(
            "INSERT INTO patients (id, name, birth_date, created_at) VALUES (?, ?, ?, ?)")));
        // A null id lets the database choose the next one.
        query.addBindValue(fixedId ? QVariant(*fixedId) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(patient.name);
        query.addBindValue(birthValue(patient.birth));
        query.addBindValue(iso::formatUtc(patient.createdAt));
        if (!query.exec())
            return fail(sqlError(query.lastError(), "add the patient"));
        patient.id = insertedId(query);

        if (input.weightKg) {
            if (auto weight = WeightRepository::insert(db, patient.id, weightDate, *input.weightKg,
                                                       patient.createdAt);
                !weight)
                return fail(weight.error());
        }
        return patient;
    });
}

Status PatientRepository::rename(qint64 id, const QString &newName)
{
    const auto name = PatientRules::normalizeName(newName);
    if (!name)
        return fail(name.error());
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        if (auto exists = get(id); !exists)
            return fail(exists.error());
        if (auto free = checkNameFree(*name, id); !free)
            return free;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE patients SET name = ? WHERE id = ?"));
        query.addBindValue(*name);
        query.addBindValue(id);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "rename the patient"));
        return {};
    });
}

Status PatientRepository::remove(qint64 id)
{
    return Transaction::run(m_database, [&]() -> Status {
        if (auto exists = get(id); !exists)
            return fail(exists.error());
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM patients WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "remove the patient"));
        // Removal keeps nothing: with secure_delete the freed pages are zeroed,
        // and the checkpoint (which cannot run inside a transaction) empties
        // the log that still held the old pages. Another reader may hold the
        // log open; the next checkpoint then finishes the job.
        Database &database = m_database;
        m_database.afterCommit([&database] { (void)database.checkpoint(); });
        return {};
    });
}

Result<Weight> PatientRepository::addWeight(qint64 patientId, const QDate &measuredOn, double kg)
{
    if (auto valid = PatientRules::checkWeightKg(kg); !valid)
        return fail(valid.error());
    return Transaction::run(m_database, [&]() -> Result<Weight> {
        QSqlDatabase db = m_database.connection();
        const auto patient = get(patientId);
        if (!patient)
            return fail(patient.error());
        if (!measuredOn.isValid() || measuredOn > m_clock.today() ||
            (patient->birth && measuredOn < *patient->birth))
            return fail(Error::rejected(QStringLiteral("invalid-date"),
                                        tr("The weight's date %1 must be between the date of birth "
                                           "and today.")
                                            .arg(iso::formatDate(measuredOn))));
        const QDateTime now = m_clock.now().toUTC();
        const auto id = WeightRepository::insert(db, patientId, measuredOn, kg,
                                                 now.addMSecs(-now.time().msec()));
        if (!id)
            return fail(id.error());
        return Weight{*id, measuredOn, kg};
    });
}

Result<QList<Weight>> PatientRepository::weights(qint64 patientId) const
{
    return WeightRepository::all(m_database.connection(), patientId);
}

Result<std::optional<Weight>> PatientRepository::latestWeight(qint64 patientId,
                                                              const QDate &date) const
{
    return WeightRepository::latestOnOrBefore(m_database.connection(), patientId, date);
}

Status PatientRepository::removeWeight(qint64 weightId)
{
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        if (auto removed = WeightRepository::remove(db, weightId); !removed)
            return removed;
        return {};
    });
}

Result<Patient> PatientRepository::resolve(const QString &reference) const
{
    const auto all = list();
    if (!all)
        return fail(all.error());
    if (reference.isEmpty()) {
        if (all->size() == 1)
            return all->constFirst();
        if (all->isEmpty())
            return fail(Error::rejected(QStringLiteral("no-patient"),
                                        tr("There is no patient yet; add one with \"patient "
                                           "add --name NAME\".")));
        return fail(Error::rejected(QStringLiteral("patient-required"),
                                    tr("There are %1 patients; name one with --patient ID or "
                                       "--patient NAME.")
                                        .arg(all->size())));
    }
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    for (const Patient &patient : *all) {
        if (isNumber && patient.id == id)
            return patient;
    }
    for (const Patient &patient : *all) {
        if (patient.name == reference)
            return patient;
    }
    return fail(Error::rejected(
        QStringLiteral("unknown-patient"),
        tr("There is no patient \"%1\"; \"patient list\" shows them.").arg(reference)));
}

} // namespace shotbook
