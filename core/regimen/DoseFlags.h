#pragma once

#include "Regimen.h"
#include "common/Warning.h"
#include "patients/WeightRepository.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace shotbook {

// Flags on a weight-based dose, from the label's ranges: they inform, they
// never refuse, and never choose a dose.
class DoseFlags final
{
    Q_DECLARE_TR_FUNCTIONS(DoseFlags)

public:
    static constexpr int StaleAfterDays = 30;
    static constexpr int StaleAfterDaysInfant = 14; // under 2 years old
    static constexpr double WeightChangeFraction = 0.10;
    static constexpr double LargestLabelledStep = 1.0; // mg/kg/day

    // weight-stale: the latest weight is older than 30 days (14 for a child
    // under 2) on the day of the dose.
    static std::optional<Warning> weightStale(const Weight &latest, const QDate &day,
                                              const std::optional<QDate> &birth);
    // weight-changed: more than 10 % from the weight when the regimen started.
    static std::optional<Warning> weightChanged(double atStartKg, double latestKg);
    // large-step: a change of mg/kg/day between two regimens beyond the
    // labelled titration step (0.5–1 mg/kg).
    static std::optional<Warning> titrationStep(const Regimen &before, const Regimen &after);
};

} // namespace shotbook
