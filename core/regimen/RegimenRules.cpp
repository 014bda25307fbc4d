#include "RegimenRules.h"

#include <algorithm>
#include <cmath>

namespace shotbook {

const QStringList &RegimenRules::indications()
{
    static const QStringList ids = {QStringLiteral("ra"), QStringLiteral("caps"),
                                    QStringLiteral("nomid"), QStringLiteral("dira"),
                                    QStringLiteral("other")};
    return ids;
}

bool RegimenRules::isAutoinflammatory(const QString &indication)
{
    return indication == QLatin1String("caps") || indication == QLatin1String("nomid") ||
           indication == QLatin1String("dira");
}

QList<QTime> RegimenRules::defaultTimes(int dosesPerDay)
{
    if (dosesPerDay == 2)
        return {QTime(8, 0), QTime(20, 0)};
    return {QTime(8, 0)};
}

Result<Regimen> RegimenRules::normalize(Regimen regimen)
{
    const auto reject = [](const QString &message) {
        return fail(Error::rejected(QStringLiteral("invalid-regimen"), message));
    };
    if (!regimen.start.isValid())
        return reject(tr("The regimen has no start date."));
    if (regimen.dailyMg.has_value() == regimen.mgPerKgPerDay.has_value())
        return reject(tr("Give the dose either in mg per day or in mg/kg per day, not both "
                         "and not neither."));
    if (regimen.dailyMg && (!std::isfinite(*regimen.dailyMg) || *regimen.dailyMg <= 0 ||
                            *regimen.dailyMg > MaxDailyMg))
        return reject(tr("The dose %1 mg per day is out of range; it must be more than 0 and at "
                         "most %2 mg.")
                          .arg(*regimen.dailyMg)
                          .arg(MaxDailyMg));
    if (regimen.mgPerKgPerDay &&
        (!std::isfinite(*regimen.mgPerKgPerDay) || *regimen.mgPerKgPerDay <= 0 ||
         *regimen.mgPerKgPerDay > MaxMgPerKgPerDay))
        return reject(tr("The dose %1 mg/kg per day is out of range; it must be more than 0 and "
                         "at most %2 mg/kg.")
                          .arg(*regimen.mgPerKgPerDay)
                          .arg(MaxMgPerKgPerDay));
    if (regimen.dosesPerDay != 1 && regimen.dosesPerDay != 2)
        return reject(tr("Doses per day is %1; it must be 1 or 2.").arg(regimen.dosesPerDay));
    if (regimen.everyDays != 1 && regimen.everyDays != 2)
        return reject(tr("The interval is every %1 days; it must be every day (1) or every "
                         "other day (2).")
                          .arg(regimen.everyDays));
    if (regimen.everyDays == 2 && regimen.dosesPerDay == 2)
        return reject(tr("Every other day is given as one dose; 2 doses per day every other "
                         "day is not a labelled schedule."));
    if (regimen.days && (*regimen.days < 1 || *regimen.days > MaxCourseDays))
        return reject(tr("The course length %1 days is out of range; it must be from 1 to %2 "
                         "days.")
                          .arg(*regimen.days)
                          .arg(MaxCourseDays));
    if (!std::isfinite(regimen.stepMg) || regimen.stepMg <= 0 || regimen.stepMg > MaxStepMg)
        return reject(tr("The measuring step %1 mg is out of range; it must be more than 0 and "
                         "at most %2 mg.")
                          .arg(regimen.stepMg)
                          .arg(MaxStepMg));
    if (!std::isfinite(regimen.minMg) || regimen.minMg < 0 || regimen.minMg > MaxStepMg)
        return reject(tr("The smallest measurable dose %1 mg is out of range; it must be from 0 "
                         "to %2 mg.")
                          .arg(regimen.minMg)
                          .arg(MaxStepMg));
    if (!regimen.indication.isEmpty() && !indications().contains(regimen.indication))
        return reject(tr("Unknown indication \"%1\"; use one of: %2.")
                          .arg(regimen.indication, indications().join(QStringLiteral(", "))));

    if (regimen.times.isEmpty())
        regimen.times = defaultTimes(regimen.dosesPerDay);
    if (regimen.times.size() != regimen.dosesPerDay)
        return reject(tr("Give one time of day per dose: doses per day is %1, times of day "
                         "given: %2.")
                          .arg(regimen.dosesPerDay)
                          .arg(regimen.times.size()));
    for (const QTime &time : regimen.times) {
        if (!time.isValid())
            return reject(tr("A time of day is not valid; write it as HH:MM."));
    }
    std::sort(regimen.times.begin(), regimen.times.end());
    if (regimen.times.size() == 2) {
        const int gap = regimen.times.at(0).secsTo(regimen.times.at(1));
        if (gap < 4 * 3600 || gap > 20 * 3600)
            return reject(tr("The two times %1 and %2 are %3 hours apart; twice-daily doses "
                             "must be at least 4 hours apart on either side of midnight.")
                              .arg(regimen.times.at(0).toString(QStringLiteral("HH:mm")),
                                   regimen.times.at(1).toString(QStringLiteral("HH:mm")))
                              .arg(gap / 3600.0, 0, 'f', 1));
    }
    return regimen;
}

} // namespace shotbook
