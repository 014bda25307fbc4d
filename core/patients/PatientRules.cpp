#include "PatientRules.h"

#include <cmath>

namespace shotbook {

Result<QString> PatientRules::normalizeName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(Error::rejected(QStringLiteral("invalid-name"),
                                    tr("The patient's name is empty; enter a name or nickname.")));
    if (trimmed.size() > MaxNameLength)
        return fail(Error::rejected(QStringLiteral("invalid-name"),
                                    tr("The patient's name has %1 characters; at most %2 are "
                                       "allowed.")
                                        .arg(trimmed.size())
                                        .arg(MaxNameLength)));
    // Control characters (an escape sequence would recolour a terminal that
    // lists the patients) have no place in a name; simplified() has already
    // made tabs and line breaks spaces.
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return fail(Error::rejected(
                QStringLiteral("invalid-name"),
                tr("The patient's name contains a control character (U+%1); use letters, "
                   "digits, spaces and punctuation.")
                    .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'))));
    }
    return trimmed;
}

Status PatientRules::checkBirth(const std::optional<QDate> &birth, const QDate &today)
{
    if (!birth)
        return {};
    const QDate earliest(1900, 1, 1);
    if (!birth->isValid() || *birth < earliest || *birth > today)
        return fail(Error::rejected(
            QStringLiteral("invalid-birth"),
            tr("The birth date %1 is not allowed; it must be between %2 and today (%3).")
                .arg(birth->toString(Qt::ISODate), earliest.toString(Qt::ISODate),
                     today.toString(Qt::ISODate))));
    return {};
}

Status PatientRules::checkWeightKg(double kg)
{
    if (!std::isfinite(kg) || kg < MinWeightKg || kg > MaxWeightKg)
        return fail(Error::rejected(QStringLiteral("invalid-weight"),
                                    tr("The weight %1 kg is out of range; it must be from %2 to "
                                       "%3 kg.")
                                        .arg(kg)
                                        .arg(MinWeightKg)
                                        .arg(MaxWeightKg)));
    return {};
}

} // namespace shotbook
