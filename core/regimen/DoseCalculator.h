#pragma once

#include "Regimen.h"
#include "common/Error.h"
#include "common/Warning.h"

#include <QCoreApplication>

#include <optional>

namespace shotbook {

// The arithmetic of one day's dose under a regimen, shown to the user as it is
// done. Never chooses a dose: it rounds what was prescribed to what the
// syringe can measure and flags what falls outside the labelled ranges.
struct DoseCalculation
{
    static constexpr double MgPerMl = 150.0;   // 100 mg in 0.67 mL
    static constexpr double SyringeMg = 100.0; // one prefilled syringe
    static constexpr double LabelMaxMgPerKgDay = 8.0;
    static constexpr double LabelRaMgPerDay = 100.0;

    double dailyMg = 0.0;   // prescribed per day, before rounding
    double perDoseMg = 0.0; // to measure for one injection, after rounding
    double perDoseMl = 0.0; // its volume, to two decimals
    int dosesPerDay = 1;
    int everyDays = 1;
    int syringesPerDose = 1;
    // False when no mark of the syringe is within the rounding tolerance: the
    // dose is then shown as prescribed (to 0.1 mg), with dose-not-measurable.
    bool measurable = true;
    std::optional<double> mgPerKgPerDay; // prescribed, weight-based only
    std::optional<double> weightKg;      // used, weight-based only
    Warnings warnings;
};

class DoseCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(DoseCalculator)

public:
    static constexpr double DefaultTolerancePercent = 10.0;

    // weightKg is the latest weight on or before the day; required for a
    // weight-based regimen. Rounding to the syringe's step never moves the
    // dose by more than tolerancePercent (a product setting).
    static Result<DoseCalculation> calculate(const Regimen &regimen, std::optional<double> weightKg,
                                             double tolerancePercent = DefaultTolerancePercent);

    // A dose as logged, against what the regimen gives for one injection:
    // dose-differs beyond the tolerance, and above-label-max where the logged
    // amount would take the day above the label (8 mg/kg/day; 100 mg/day for
    // rheumatoid arthritis).
    static Warnings checkLogged(const Regimen &regimen, const DoseCalculation &expected,
                                double loggedMg, double tolerancePercent);

    // Per-dose mg rounded to the step: to the nearest mark, a tie down; down
    // also where rounding up would take the day above maxDailyMg (when given).
    static double roundToStep(double perDoseMg, double stepMg, int dosesPerDay,
                              std::optional<double> maxDailyMg);
};

} // namespace shotbook
