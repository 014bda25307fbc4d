#include "DoseCalculator.h"

#include <cmath>

namespace shotbook {

namespace {
// Amounts in mg are compared to a thousandth of a microgram; floating-point
// noise (0.1 + 0.2) must not tip a tie.
constexpr double Epsilon = 1e-9;
} // namespace

double DoseCalculator::roundToStep(double perDoseMg, double stepMg, int dosesPerDay,
                                   std::optional<double> maxDailyMg)
{
    const double steps = perDoseMg / stepMg;
    const double lower = std::floor(steps + Epsilon) * stepMg;
    const double upper = lower + stepMg;
    const double below = perDoseMg - lower;
    const double above = upper - perDoseMg;
    if (below <= Epsilon)
        return lower;
    const bool upIsNearer = above < below - Epsilon;
    if (!upIsNearer)
        return lower; // nearer below, or a tie
    if (maxDailyMg && upper * dosesPerDay > *maxDailyMg + Epsilon &&
        perDoseMg * dosesPerDay <= *maxDailyMg + Epsilon)
        return lower;
    return upper;
}

Result<DoseCalculation> DoseCalculator::calculate(const Regimen &regimen,
                                                  std::optional<double> weightKg)
{
    DoseCalculation dose;
    dose.dosesPerDay = regimen.dosesPerDay;
    dose.everyDays = regimen.everyDays;
    std::optional<double> maxDailyMg;
    if (regimen.isWeightBased()) {
        if (!weightKg || *weightKg <= 0)
            return fail(Error::rejected(QStringLiteral("no-weight"),
                                        tr("The dose is %1 mg/kg per day but no weight is "
                                           "recorded on or before this day; add a weight first.")
                                            .arg(*regimen.mgPerKgPerDay)));
        dose.mgPerKgPerDay = regimen.mgPerKgPerDay;
        dose.weightKg = weightKg;
        dose.dailyMg = *regimen.mgPerKgPerDay * *weightKg;
        maxDailyMg = DoseCalculation::LabelMaxMgPerKgDay * *weightKg;
    } else {
        dose.dailyMg = regimen.dailyMg.value_or(0.0);
    }
    dose.perDoseMg = roundToStep(dose.dailyMg / regimen.dosesPerDay, regimen.stepMg,
                                 regimen.dosesPerDay, maxDailyMg);
    // A prescribed dose never becomes nothing: at least one step (flagged
    // below as under the smallest mark, and above the label if it is).
    if (dose.perDoseMg <= Epsilon && dose.dailyMg > Epsilon)
        dose.perDoseMg = regimen.stepMg;
    dose.perDoseMl = std::round(dose.perDoseMg / DoseCalculation::MgPerMl * 100.0) / 100.0;
    dose.syringesPerDose =
        static_cast<int>(std::ceil(dose.perDoseMg / DoseCalculation::SyringeMg - Epsilon));

    const double roundedDaily = dose.perDoseMg * regimen.dosesPerDay;
    // Flag what was prescribed above the label as well as what rounding gives.
    const bool prescribedAbove =
        regimen.mgPerKgPerDay &&
        *regimen.mgPerKgPerDay > DoseCalculation::LabelMaxMgPerKgDay + Epsilon;
    if (weightKg && *weightKg > 0 &&
        (prescribedAbove ||
         roundedDaily / *weightKg > DoseCalculation::LabelMaxMgPerKgDay + Epsilon)) {
        const QString message =
            prescribedAbove
                ? tr("%1 mg/kg per day is prescribed, above the labelled maximum of %2 mg/kg per "
                     "day. Check the prescription with the doctor.")
                      .arg(*regimen.mgPerKgPerDay)
                      .arg(DoseCalculation::LabelMaxMgPerKgDay)
                : tr("%1 mg per day is %2 mg/kg per day, above the labelled maximum of %3 mg/kg "
                     "per day. Check the prescription with the doctor.")
                      .arg(roundedDaily)
                      .arg(roundedDaily / *weightKg, 0, 'f', 1)
                      .arg(DoseCalculation::LabelMaxMgPerKgDay);
        dose.warnings.append({QStringLiteral("above-label-max"), message});
    } else if (!regimen.isWeightBased() &&
               (regimen.indication.isEmpty() || regimen.indication == QLatin1String("ra")) &&
               roundedDaily > DoseCalculation::LabelRaMgPerDay + Epsilon) {
        dose.warnings.append({QStringLiteral("above-label-max"),
                              tr("%1 mg per day is above the labelled dose of %2 mg per day for "
                                 "rheumatoid arthritis. Check the prescription with the doctor.")
                                  .arg(roundedDaily)
                                  .arg(DoseCalculation::LabelRaMgPerDay)});
    }
    if (dose.perDoseMg < regimen.minMg - Epsilon)
        dose.warnings.append({QStringLiteral("below-smallest-mark"),
                              tr("%1 mg is below the smallest dose the syringe can measure "
                                 "(%2 mg). Ask the pharmacist how to draw it up.")
                                  .arg(dose.perDoseMg)
                                  .arg(regimen.minMg)});
    return dose;
}

} // namespace shotbook
