#include "DoseHistory.h"

#include "regimen/DoseCalculator.h"
#include "regimen/RegimenRepository.h"

#include <algorithm>

namespace shotbook {

QList<DoseStep> DoseHistory::steps(const QList<Regimen> &regimens, const QList<Weight> &weights,
                                   const QDate &today)
{
    QList<Weight> sorted = weights;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Weight &a, const Weight &b) { return a.measuredOn < b.measuredOn; });
    QList<QDate> days;
    for (const Weight &weight : sorted)
        days << weight.measuredOn;
    for (const Regimen &regimen : regimens) {
        days << regimen.start;
        if (const auto last = regimen.lastDay())
            days << last->addDays(1);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    QList<DoseStep> out;
    qsizetype nextWeight = 0;
    std::optional<double> kg;
    for (const QDate &day : days) {
        if (day > today)
            break;
        while (nextWeight < sorted.size() && sorted.at(nextWeight).measuredOn <= day)
            kg = sorted.at(nextWeight++).kg;
        DoseStep step{day, std::nullopt, std::nullopt, kg};
        if (const auto regimen = regimenOn(regimens, day)) {
            if (const auto dose = DoseCalculator::calculate(*regimen, kg)) {
                step.mgPerDay = dose->perDoseMg * dose->dosesPerDay / dose->everyDays;
                if (kg && *kg > 0)
                    step.mgPerKgPerDay = *step.mgPerDay / *kg;
            }
        }
        out.append(step);
    }
    return out;
}

} // namespace shotbook
