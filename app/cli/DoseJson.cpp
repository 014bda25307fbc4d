#include "DoseJson.h"

#include "JsonText.h"

namespace shotbook::cli {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(twoDecimals(*value)) : QJsonValue();
}

} // namespace

QJsonObject doseJson(const DoseCalculation &dose)
{
    return {
        {QStringLiteral("daily_mg"), twoDecimals(dose.dailyMg)},
        {QStringLiteral("per_dose_mg"), twoDecimals(dose.perDoseMg)},
        {QStringLiteral("per_dose_ml"), twoDecimals(dose.perDoseMl)},
        {QStringLiteral("measurable"), dose.measurable},
        {QStringLiteral("doses_per_day"), dose.dosesPerDay},
        {QStringLiteral("every_days"), dose.everyDays},
        {QStringLiteral("syringes_per_dose"), dose.syringesPerDose},
        {QStringLiteral("mg_per_kg"), optionalNumber(dose.mgPerKgPerDay)},
        {QStringLiteral("weight_kg"), optionalNumber(dose.weightKg)},
    };
}

} // namespace shotbook::cli
