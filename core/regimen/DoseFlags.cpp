#include "DoseFlags.h"

#include <QLocale>

#include <cmath>

namespace shotbook {

std::optional<Warning> DoseFlags::weightStale(const Weight &latest, const QDate &day,
                                              const std::optional<QDate> &birth)
{
    const bool infant = birth && birth->addYears(2) > day;
    const int limit = infant ? StaleAfterDaysInfant : StaleAfterDays;
    const qint64 age = latest.measuredOn.daysTo(day);
    if (age <= limit)
        return std::nullopt;
    return Warning{QStringLiteral("weight-stale"),
                   tr("The latest weight was measured %1 days ago; weigh again (every %2 days "
                      "or sooner) so that the dose follows the weight.")
                       .arg(age)
                       .arg(limit)};
}

std::optional<Warning> DoseFlags::weightChanged(double atStartKg, double latestKg)
{
    if (atStartKg <= 0)
        return std::nullopt;
    const double change = (latestKg - atStartKg) / atStartKg;
    if (std::fabs(change) <= WeightChangeFraction + 1e-9)
        return std::nullopt;
    const QLocale c = QLocale::c();
    return Warning{QStringLiteral("weight-changed"),
                   tr("The weight changed by %1 % since the regimen was set (%2 kg → %3 kg). "
                      "Ask the doctor whether the dose should change.")
                       .arg(c.toString(change * 100.0, 'f', 0), c.toString(atStartKg, 'g', 4),
                            c.toString(latestKg, 'g', 4))};
}

std::optional<Warning> DoseFlags::titrationStep(const Regimen &before, const Regimen &after)
{
    if (!before.mgPerKgPerDay || !after.mgPerKgPerDay)
        return std::nullopt;
    const double step = std::fabs(*after.mgPerKgPerDay - *before.mgPerKgPerDay);
    if (step <= LargestLabelledStep + 1e-9)
        return std::nullopt;
    const QLocale c = QLocale::c();
    return Warning{QStringLiteral("large-step"),
                   tr("The dose changes by %1 mg/kg/day (%2 → %3); the label adjusts in steps "
                      "of 0.5–1 mg/kg. Check the prescription with the doctor.")
                       .arg(c.toString(step, 'g', 3), c.toString(*before.mgPerKgPerDay, 'g', 3),
                            c.toString(*after.mgPerKgPerDay, 'g', 3))};
}

} // namespace shotbook
