#include "CommandContext.h"

#include "common/IsoDateTime.h"
#include "patients/PatientRepository.h"

#include <cmath>

namespace shotbook::cli {

CommandContext::CommandContext(Database &database, const Clock &clock,
                               QHash<QString, QString> values, QStringList positional)
    : m_database(database)
    , m_clock(clock)
    , m_values(std::move(values))
    , m_positional(std::move(positional))
{}

Result<std::optional<double>> CommandContext::number(const QString &option) const
{
    if (!has(option))
        return std::optional<double>();
    bool ok = false;
    // QString::toDouble always reads "." as the decimal mark, whatever the locale.
    const double parsed = value(option).toDouble(&ok);
    if (!ok || !std::isfinite(parsed))
        return fail(Error::rejected(QStringLiteral("invalid-number"),
                                    tr("--%1: \"%2\" is not a number (use . as the decimal mark).")
                                        .arg(option, value(option))));
    return std::optional<double>(parsed);
}

Result<std::optional<QDate>> CommandContext::date(const QString &option) const
{
    if (!has(option))
        return std::optional<QDate>();
    const auto parsed = iso::parseDate(value(option));
    if (!parsed)
        return fail(Error::rejected(
            QStringLiteral("invalid-date"),
            tr("--%1: \"%2\" is not a date; write it as YYYY-MM-DD.").arg(option, value(option))));
    return std::optional<QDate>(*parsed);
}

Result<Patient> CommandContext::patient()
{
    PatientRepository patients(m_database, m_clock);
    return patients.resolve(value(QStringLiteral("patient")));
}

} // namespace shotbook::cli
