#include "CommandContext.h"

#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "patients/PatientRepository.h"
#include "storage/Database.h"

#include <cmath>

namespace shotbook::cli {

namespace {

// A refused value as the one-line message quotes it: a 100 kB argument is
// cut and control characters are written as escapes (\x0a), so that the
// message stays one line a person can read.
QString quoted(const QString &value)
{
    constexpr qsizetype MaxShown = 40;
    QString shown;
    for (const QChar c : value.left(MaxShown)) {
        if (c.category() == QChar::Other_Control)
            shown +=
                QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            shown += c;
    }
    return value.size() <= MaxShown ? shown : shown + QStringLiteral("…");
}

} // namespace

CommandContext::CommandContext(Database *database, const Clock &clock,
                               QHash<QString, QString> values, QStringList positional)
    : m_database(database)
    , m_clock(clock)
    , m_values(std::move(values))
    , m_positional(std::move(positional))
{}

CommandContext::CommandContext(QString databasePath, const Clock &clock,
                               QHash<QString, QString> values, QStringList positional)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_values(std::move(values))
    , m_positional(std::move(positional))
{}

QString CommandContext::databasePath() const
{
    return m_database ? m_database->path() : m_databasePath;
}

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
                                        .arg(option, quoted(value(option)))));
    return std::optional<double>(parsed);
}

Result<std::optional<QDate>> CommandContext::date(const QString &option) const
{
    if (!has(option))
        return std::optional<QDate>();
    const auto parsed = iso::parseDate(value(option));
    if (!parsed)
        return fail(Error::rejected(QStringLiteral("invalid-date"),
                                    tr("--%1: \"%2\" is not a date; write it as YYYY-MM-DD.")
                                        .arg(option, quoted(value(option)))));
    return std::optional<QDate>(*parsed);
}

Result<QDate> CommandContext::day(const QString &option) const
{
    const auto given = date(option);
    if (!given)
        return fail(given.error());
    return given->value_or(m_clock.today());
}

Result<std::pair<QDate, std::optional<QDate>>>
CommandContext::period(const QString &startOption, const QString &endOption) const
{
    const auto start = day(startOption);
    const auto end = date(endOption);
    if (!start)
        return fail(start.error());
    if (!end)
        return fail(end.error());
    return std::pair{*start, *end};
}

Result<std::pair<QDate, QDate>> CommandContext::dateRange(const QDate &defaultFrom) const
{
    const auto from = date(QStringLiteral("from"));
    if (!from)
        return fail(from.error());
    const auto to = day(QStringLiteral("to"));
    if (!to)
        return fail(to.error());
    const QDate first = from->value_or(defaultFrom);
    if (first > *to)
        // The message keeps its context, and so its translations.
        return fail(Error::rejected(
            QStringLiteral("invalid-range"),
            QCoreApplication::translate("InjectionCommands", "--from %1 is after --to %2.")
                .arg(iso::formatDate(first), iso::formatDate(*to))));
    return std::pair{first, *to};
}

Result<std::optional<QDateTime>> CommandContext::dateTime(const QString &option) const
{
    if (!has(option))
        return std::optional<QDateTime>();
    const auto parsed = iso::parseDateTime(value(option));
    if (!parsed)
        return fail(Error::rejected(QStringLiteral("invalid-time"),
                                    tr("--%1: \"%2\" is not a time; write it as "
                                       "YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset "
                                       "such as +01:00.")
                                        .arg(option, quoted(value(option)))));
    return std::optional<QDateTime>(*parsed);
}

Result<std::optional<int>> CommandContext::integer(const QString &option) const
{
    if (!has(option))
        return std::optional<int>();
    bool ok = false;
    const int parsed = value(option).toInt(&ok);
    if (!ok)
        return fail(Error::rejected(
            QStringLiteral("invalid-number"),
            tr("--%1: \"%2\" is not a whole number.").arg(option, quoted(value(option)))));
    return std::optional<int>(parsed);
}

Result<Patient> CommandContext::patient()
{
    PatientRepository patients(database(), m_clock);
    return patients.resolve(value(QStringLiteral("patient")));
}

} // namespace shotbook::cli
