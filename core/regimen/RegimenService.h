#pragma once

#include "DoseCalculator.h"
#include "Regimen.h"
#include "common/Error.h"
#include "common/Warning.h"
#include "patients/WeightRepository.h"

#include <QCoreApplication>

namespace shotbook {

class Clock;
class Database;

// Setting a regimen and reading the dose it gives, for the GUI and the CLI.
class RegimenService final
{
    Q_DECLARE_TR_FUNCTIONS(RegimenService)
    Q_DISABLE_COPY_MOVE(RegimenService)

public:
    RegimenService(Database &database, const Clock &clock);

    struct Saved
    {
        Regimen regimen; // as stored, with its id and default times
        Warnings warnings;
    };

    // Checks and stores a regimen in one transaction; from its start date it
    // replaces the one before. A regimen with a non-zero id is put back under
    // that id (redo after undo).
    Result<Saved> set(const Regimen &regimen);
    Status remove(qint64 regimenId);

    Result<QList<Regimen>> history(qint64 patientId) const;
    Result<std::optional<Regimen>> regimenOn(qint64 patientId, const QDate &day) const;
    // The dose due on a day, with the latest weight on or before it.
    Result<DoseCalculation> doseOn(qint64 patientId, const QDate &day) const;
    // The dose a regimen (stored or still being edited) gives on a day, with
    // the patient's latest weight on or before it and the weight flags.
    Result<DoseCalculation> doseFor(const Regimen &regimen, const QDate &day) const;
    // The same for a patient not stored yet (the first-run assistant): with
    // the weight entered alongside the regimen, measured on `day`.
    Result<DoseCalculation> preview(const Regimen &regimen, const QDate &day,
                                    std::optional<double> weightKg,
                                    std::optional<QDate> birth) const;
    // The rounding tolerance in % (a product setting).
    Result<int> tolerancePercent() const;

private:
    Result<DoseCalculation> calculate(const Regimen &regimen, const QDate &day,
                                      const std::optional<Weight> &latest,
                                      const std::optional<Weight> &atStart,
                                      const std::optional<QDate> &birth) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
