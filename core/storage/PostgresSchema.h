#pragma once

#include <QString>
#include <QStringList>

namespace shotbook {

// The schema on a PostgreSQL server: the same numbered migrations as the
// SQLite file, their statements translated here (the only place that knows
// the difference), plus what SQLite does by itself — ids handed out when an
// INSERT gives none, and a notice to every listening window after a change.
class PostgresSchema final
{
public:
    // The channel LISTEN/NOTIFY uses: every change sends the table's name.
    static QString changeChannel() { return QStringLiteral("shotbook_changes"); }
    // The advisory lock under which migrations run, so that two Shotbooks
    // opening a new server database at once do not both create it.
    static constexpr qint64 MigrationLockKey = 0x5348424b; // "SHBK"

    // What a new server database needs before the first migration.
    static QStringList setup();
    // One SQLite-dialect migration statement as PostgreSQL statements.
    static QStringList translate(const QString &statement);
};

} // namespace shotbook
