#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace shotbook {

class Clock;
class Database;

// Puts a backup in a database's place. Everything about the backup is
// checked before anything is replaced, on a private copy beside the
// database: that it is an SQLite file, whole, Shotbook's, not from a newer
// Shotbook, passes SQLite's integrity check and Shotbook's own check. Only
// then is the current file moved into the backups folder (kept as
// "before-restore-….sqlite") and the checked copy renamed into its place.
// The caller holds the database's lock (DatabaseLock), so that no other
// Shotbook window has the file open meanwhile.
class DatabaseRestore final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)
    Q_DISABLE_COPY(DatabaseRestore)

public:
    // Checks `backupPath` for the database at `databasePath`, never writing
    // to either; on failure nothing is left behind.
    static Result<DatabaseRestore> prepare(const QString &backupPath, const QString &databasePath);

    DatabaseRestore(DatabaseRestore &&other) noexcept;
    DatabaseRestore &operator=(DatabaseRestore &&) = delete;
    ~DatabaseRestore(); // removes the checked copy unless it was used

    int schemaVersion() const { return m_schemaVersion; }
    // What a restore now would keep the current file as.
    QString keptPathFor(const Clock &clock) const;

    // Replaces the database; returns where the replaced file was kept (empty
    // when there was none). `open` is the database when this process has it
    // open (the GUI): it is suspended before and resumed on the new file.
    Result<QString> replace(const Clock &clock, Database *open);

private:
    DatabaseRestore() = default;
    void discard();

    QString m_databasePath;
    QString m_staged;
    int m_schemaVersion = 0;
};

} // namespace shotbook
