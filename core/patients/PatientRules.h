#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace shotbook {

// Validation of what is entered about a patient. Messages name the field, the
// value and what is allowed.
class PatientRules final
{
    Q_DECLARE_TR_FUNCTIONS(PatientRules)

public:
    static constexpr int MaxNameLength = 100;
    static constexpr double MinWeightKg = 0.3;
    static constexpr double MaxWeightKg = 300.0;

    // Returns the name as it will be stored (spaces at the ends removed).
    static Result<QString> normalizeName(const QString &name);
    static Status checkBirth(const std::optional<QDate> &birth, const QDate &today);
    static Status checkWeightKg(double kg);
};

} // namespace shotbook
