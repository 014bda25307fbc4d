#include "DoseCalculator.h"

#include <QLocale>

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

Warnings DoseCalculator::checkLogged(const Regimen &regimen, const DoseCalculation &expected,
                                     double loggedMg, double tolerancePercent)
{
    Warnings warnings;
    const QLocale locale;
    const auto mg = [&locale](double value) { return locale.toString(value, 'g', 6); };
    if (expected.perDoseMg > Epsilon &&
        std::fabs(loggedMg - expected.perDoseMg) >
            tolerancePercent / 100.0 * expected.perDoseMg + Epsilon) {
        const double percent = (loggedMg - expected.perDoseMg) / expected.perDoseMg * 100.0;
        const QString text =
            percent > 0 ? tr("%1 mg is %2 % more than the regimen's dose of %3 mg per injection. "
                             "Check the dose: log another amount only if that is what was given.")
                        : tr("%1 mg is %2 % less than the regimen's dose of %3 mg per injection. "
                             "Check the dose: log another amount only if that is what was given.");
        warnings.append({QStringLiteral("dose-differs"),
                         text.arg(mg(loggedMg), locale.toString(std::fabs(percent), 'f', 0),
                                  mg(expected.perDoseMg))});
    }
    const double loggedDaily = loggedMg * regimen.dosesPerDay;
    if (expected.weightKg && *expected.weightKg > 0) {
        const double perKg = loggedDaily / *expected.weightKg;
        if (perKg > DoseCalculation::LabelMaxMgPerKgDay + Epsilon)
            warnings.append(
                {QStringLiteral("above-label-max"),
                 tr("%1 mg per injection is %2 mg/kg per day at %3 kg, above the labelled "
                    "maximum of %4 mg/kg per day.")
                     .arg(mg(loggedMg), locale.toString(perKg, 'f', 1), mg(*expected.weightKg),
                          mg(DoseCalculation::LabelMaxMgPerKgDay))});
    } else if (!regimen.isWeightBased() &&
               (regimen.indication.isEmpty() || regimen.indication == QLatin1String("ra")) &&
               loggedDaily > DoseCalculation::LabelRaMgPerDay + Epsilon) {
        warnings.append({QStringLiteral("above-label-max"),
                         tr("%1 mg per day is above the labelled dose of %2 mg per day for "
                            "rheumatoid arthritis.")
                             .arg(mg(loggedDaily), mg(DoseCalculation::LabelRaMgPerDay))});
    }
    return warnings;
}

Result<DoseCalculation> DoseCalculator::calculate(const Regimen &regimen,
                                                  std::optional<double> weightKg,
                                                  double tolerancePercent)
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
    const double prescribedPerDose = dose.dailyMg / regimen.dosesPerDay;
    const double rounded =
        roundToStep(prescribedPerDose, regimen.stepMg, regimen.dosesPerDay, maxDailyMg);
    // Rounding never moves a dose by more than the tolerance (and never to
    // nothing): where the syringe's marks are too coarse, the dose is shown
    // as prescribed and flagged, for the care team to choose another syringe.
    const bool measurable = prescribedPerDose > Epsilon && rounded > Epsilon &&
                            std::fabs(rounded - prescribedPerDose) <=
                                tolerancePercent / 100.0 * prescribedPerDose + Epsilon;
    dose.perDoseMg = measurable ? rounded : std::round(prescribedPerDose * 10.0) / 10.0;
    dose.measurable = measurable;
    dose.perDoseMl = std::round(dose.perDoseMg / DoseCalculation::MgPerMl * 100.0) / 100.0;
    dose.syringesPerDose =
        qMax(1, static_cast<int>(std::ceil(dose.perDoseMg / DoseCalculation::SyringeMg - Epsilon)));

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
    if (!measurable) {
        const QLocale locale;
        dose.warnings.append(
            {QStringLiteral("dose-not-measurable"),
             tr("%1 mg (%2 mL) cannot be measured with marks every %3 mg: the nearest mark, %4 "
                "mg, is more than %5 % away. Ask the care team which syringe to measure this "
                "dose with, and set that syringe's step in the regimen (a 1 mL syringe marked "
                "every 0.01 mL measures 1.5 mg steps).")
                 .arg(locale.toString(dose.perDoseMg, 'g', 6),
                      locale.toString(prescribedPerDose / DoseCalculation::MgPerMl, 'f', 3),
                      locale.toString(regimen.stepMg, 'g', 6), locale.toString(rounded, 'g', 6),
                      locale.toString(tolerancePercent, 'g', 3))});
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
