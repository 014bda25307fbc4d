#pragma once

#include "Patient.h"
#include "WeightRepository.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>

namespace shotbook {

class Clock;
class Database;

// Patients as stored. Each write is one transaction and validates its input
// through PatientRules first: on a refusal nothing is written.
class PatientRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)
    Q_DISABLE_COPY_MOVE(PatientRepository)

public:
    PatientRepository(Database &database, const Clock &clock);

    Result<QList<Patient>> list() const; // by name
    Result<Patient> get(qint64 id) const;

    // Adds the patient (and a first weight, when given) in one transaction.
    // A fixed id puts a patient back under the id it had (redo after undo).
    Result<Patient> add(const NewPatient &patient, std::optional<qint64> fixedId = std::nullopt);
    Status rename(qint64 id, const QString &name);
    // Removes the patient and, through the foreign keys, every record of them.
    Status remove(qint64 id);

    // Dated weights (0.3–300 kg, not in the future, not before birth).
    Result<Weight> addWeight(qint64 patientId, const QDate &measuredOn, double kg);
    Result<QList<Weight>> weights(qint64 patientId) const;
    // The latest weight measured on or before the date, if any.
    Result<std::optional<Weight>> latestWeight(qint64 patientId, const QDate &date) const;
    Status removeWeight(qint64 weightId);

    // The patient a command names: its integer id or its exact name; an empty
    // reference means "the only patient" and is refused when there are several.
    Result<Patient> resolve(const QString &reference) const;

private:
    Status checkNameFree(const QString &name, qint64 exceptId) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
