#pragma once

#include "common/Error.h"
#include "patients/Patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <optional>
#include <utility>

namespace shotbook {
class Clock;
class Database;
} // namespace shotbook

namespace shotbook::cli {

// What a command handler gets: the open database, the clock, and its
// arguments, with typed accessors that turn bad values into rejections
// naming the option.
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)
    Q_DISABLE_COPY_MOVE(CommandContext)

public:
    // `database` is null for a command that works on a file of its own.
    CommandContext(Database *database, const Clock &clock, QHash<QString, QString> values,
                   QStringList positional);
    // For a command that handles the database file itself (Access::File).
    CommandContext(QString databasePath, const Clock &clock, QHash<QString, QString> values,
                   QStringList positional);

    Database &database()
    {
        Q_ASSERT(m_database);
        return *m_database;
    }
    QString databasePath() const;
    const Clock &clock() const { return m_clock; }
    const QStringList &positional() const { return m_positional; }

    bool has(const QString &option) const { return m_values.contains(option); }
    QString value(const QString &option) const { return m_values.value(option); }

    Result<std::optional<double>> number(const QString &option) const;
    // --date style: YYYY-MM-DD; nullopt when the option was not given.
    Result<std::optional<QDate>> date(const QString &option) const;
    // --at style: a local or zoned date-time; nullopt when not given.
    Result<std::optional<QDateTime>> dateTime(const QString &option) const;
    // --date style, for the day a command is about: today when not given.
    Result<QDate> day(const QString &option) const;
    // A start day (today when not given) and an optional end day, such as
    // --onset and --resolved; a bad start is reported first.
    Result<std::pair<QDate, std::optional<QDate>>> period(const QString &startOption,
                                                          const QString &endOption) const;
    // --from and --to: from `defaultFrom` to today when not given; --from
    // after --to is refused.
    Result<std::pair<QDate, QDate>> dateRange(const QDate &defaultFrom) const;
    // A whole number option (e.g. --per-day); nullopt when not given.
    Result<std::optional<int>> integer(const QString &option) const;
    // The patient named by --patient, or the only one.
    Result<Patient> patient();

private:
    Database *m_database = nullptr;
    QString m_databasePath;
    const Clock &m_clock;
    QHash<QString, QString> m_values;
    QStringList m_positional;
};

} // namespace shotbook::cli
