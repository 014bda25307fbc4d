#pragma once

#include "SqlDialect.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace shotbook {

// One open Shotbook database file. Opening validates the file before anything
// is written to it: a file that is not SQLite, is truncated or corrupt, belongs
// to another program or was written by a newer Shotbook is refused and left
// byte-for-byte as it was. An older file is copied to a backup named with its
// version, then migrated in one transaction.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    // "SHBK": marks a file as Shotbook's in the SQLite header.
    static constexpr qint32 ApplicationId = 0x5348424b;

    enum class OpenMode
    {
        CreateIfMissing, // a missing file is created (mode 0600)
        MustExist,       // a missing file is an error: reading never creates one
    };

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::CreateIfMissing);

    // QStandardPaths::AppDataLocation/shotbook.sqlite for the application
    // name set by applyApplicationIdentity().
    static QString defaultPath();
    // Creates the default database's folder (mode 0700) if it is missing.
    static Status ensureDefaultFolder();

    ~Database();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The backup written before a migration at this opening, or empty.
    QString migrationBackupPath() const { return m_migrationBackupPath; }

    // Changes whenever another connection (another process) commits.
    Result<qint64> dataVersion() const;

    // Moves everything in the write-ahead log into the main file and empties
    // the log, so that deleted data does not linger there.
    Status checkpoint();

    // Writes a consistent copy of the whole database to a new file (mode
    // 0600), while other connections go on reading and writing.
    Status snapshotTo(const QString &target) const;

    // Writes the log into the file and closes the connection, so that the
    // file can be replaced (a restore); nothing may use the database until
    // resume() opens the file at the same path again, checked as on opening.
    Status suspend();
    Status resume();

    const SqlDialect &dialect() const { return m_dialect; }
    // Whether a Transaction scope is open on this database.
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Runs `action` once the outermost transaction has committed (at once when
    // none is open); dropped when it is rolled back. For what cannot run
    // inside a transaction, e.g. a checkpoint after a removal.
    void afterCommit(std::function<void()> action);

private:
    friend class Transaction;
    void runAfterCommit();

    explicit Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openExisting(const QString &path);
    Status configure();
    Status validateContent();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_migrationBackupPath;
    SqlDialect m_dialect{SqlDialect::Engine::Sqlite};
    int m_transactionDepth = 0;
    QList<std::function<void()>> m_afterCommit;
};

} // namespace shotbook
