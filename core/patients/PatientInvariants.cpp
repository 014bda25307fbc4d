#include "PatientInvariants.h"

#include "PatientRules.h"

#include <QCoreApplication>

namespace shotbook {

QList<Invariant> patientInvariants()
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("shotbook::PatientInvariants", text);
    };
    return {
        {tr("a patient without a name"),
         QStringLiteral("SELECT id FROM patients WHERE trim(name) = ''")},
        {tr("a patient whose birth date is not a date"),
         QStringLiteral("SELECT id FROM patients WHERE birth_date IS NOT NULL"
                        " AND (length(birth_date) <> 10 OR birth_date NOT LIKE '____-__-__')")},
        {tr("a weight outside %1–%2 kg")
             .arg(PatientRules::MinWeightKg)
             .arg(PatientRules::MaxWeightKg),
         QStringLiteral("SELECT id FROM weights WHERE kg < %1 OR kg > %2")
             .arg(PatientRules::MinWeightKg)
             .arg(PatientRules::MaxWeightKg)},
        {tr("a weight whose date is not a date"),
         QStringLiteral("SELECT id FROM weights WHERE length(measured_on) <> 10"
                        " OR measured_on NOT LIKE '____-__-__'")},
    };
}

} // namespace shotbook
