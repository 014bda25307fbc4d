#pragma once

#include "Injection.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace shotbook {

class InjectionRules final
{
    Q_DECLARE_TR_FUNCTIONS(InjectionRules)

public:
    static constexpr double MaxDoseMg = 1000.0;
    static constexpr qint64 MaxFutureSecs = 24 * 3600;
    static constexpr int MaxGivenByLength = 100;
    static constexpr int MaxNoteLength = 2000;

    // Checks a complete injection (defaults filled in) against `now`.
    static Status check(const Injection &injection, const QDateTime &now);
};

} // namespace shotbook
