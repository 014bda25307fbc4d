#pragma once

#include "patients/WeightRepository.h"
#include "regimen/Regimen.h"

#include <QList>

#include <optional>

namespace shotbook {

// The dose a patient was on, day by day, as the regimens and the weights gave
// it: one entry per day something changed (a regimen started or ended, a
// weight was taken), each holding until the next.
struct DoseStep
{
    QDate day;
    std::optional<double> mgPerDay;      // as measured (after rounding); none: no regimen
    std::optional<double> mgPerKgPerDay; // mg/day ÷ the latest weight; none without a weight
    std::optional<double> weightKg;      // the latest weight on or before the day

    friend bool operator==(const DoseStep &, const DoseStep &) = default;
};

class DoseHistory final
{
public:
    // Steps from the first regimen or weight up to `today`; weights in any
    // order. mg/day is the per-dose amount DoseCalculator gives, times the
    // doses a day, divided by the days between dosing days.
    static QList<DoseStep> steps(const QList<Regimen> &regimens, const QList<Weight> &weights,
                                 const QDate &today);
};

} // namespace shotbook
