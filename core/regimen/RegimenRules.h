#pragma once

#include "Regimen.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace shotbook {

// What a regimen may hold. Messages name the field, the value and the range.
class RegimenRules final
{
    Q_DECLARE_TR_FUNCTIONS(RegimenRules)

public:
    static constexpr double MaxDailyMg = 1000.0;
    static constexpr double MaxMgPerKgPerDay = 20.0;
    static constexpr int MaxCourseDays = 3650;
    static constexpr double MaxStepMg = 100.0;

    static const QStringList &indications(); // ra, caps, nomid, dira, other
    // CAPS, NOMID and DIRA: the autoinflammatory diseases, whose activity is
    // followed with the AIDAI diary.
    static bool isAutoinflammatory(const QString &indication);

    // Times one would expect when none are given: 08:00, or 08:00 and 20:00.
    static QList<QTime> defaultTimes(int dosesPerDay);

    // Checks a regimen before it is stored; fills in default times.
    static Result<Regimen> normalize(Regimen regimen);
};

} // namespace shotbook
