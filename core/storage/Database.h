#pragma once

#include "SqlDialect.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

namespace shotbook {

// One open Shotbook database file. Opening validates the file before anything
// is written to it: a file that is not SQLite, is truncated or corrupt, belongs
// to another program or was written by a newer Shotbook is refused and left
// byte-for-byte as it was. An older file is copied to a backup named with its
// version, then migrated in one transaction. How much of the file is read to
// find damage: see Scrutiny (docs/safety.md, section 3).
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
        // An empty file the caller has just made for a new record (a
        // temporary file renamed into place when it is whole) becomes one;
        // otherwise an empty file is refused (it may be a record the disk lost).
        NewEmptyFile,
    };

    // How much of the file opening reads before trusting it. Every opening
    // checks the header, the file type, the version and the schema table; the
    // whole file (every page: PRAGMA quick_check, linear in its size) is read
    //   - with Whole (the window's start, `check`, `backup`, `restore`),
    //   - when the file was not closed cleanly: a -wal or -journal file lies
    //     beside it (a process died or the power went while it was open, or
    //     another program has it open now),
    //   - before a migration rewrites it.
    // Otherwise a damaged page is found when it is read: SQLite answers
    // SQLITE_CORRUPT, which sqlError() reports as "database-corrupt" and the
    // transaction is rolled back.
    enum class Scrutiny
    {
        Usual,
        Whole,
    };

    // A file path, or a shared record on a PostgreSQL server
    // (postgresql://…, see ServerLocation).
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::CreateIfMissing,
                                                  Scrutiny scrutiny = Scrutiny::Usual);
    static bool isServerLocation(const QString &location);

    // QStandardPaths::AppDataLocation/shotbook.sqlite for the application
    // name set by applyApplicationIdentity().
    static QString defaultPath();
    // Creates the default database's folder (mode 0700) if it is missing.
    static Status ensureDefaultFolder();

    ~Database();

    QSqlDatabase connection() const;
    // The file, or the server location (without anything secret).
    QString path() const { return m_path; }
    // Whether this is a shared record on a server rather than a local file.
    bool isShared() const { return m_dialect.engine() == SqlDialect::Engine::Postgres; }
    // Who is writing: the server login of a shared record; empty for a file.
    QString author() const { return m_author; }
    // Whether a shared record's server answers now (a file: always).
    bool reachable() const;
    // A shared record whose connection was lost (the server restarted, the
    // network went away) connects again, checked as on opening; a file: nothing
    // to do. After it, listen for changes again first, then read again.
    Status reconnect();

    // What a writer locks for the rest of its transaction, so that two
    // writers on two machines never both decide on the same state (a slot
    // that looks open to both, a syringe both would take). Nothing to do on
    // SQLite, whose write transactions are exclusive.
    enum class Lock : qint32
    {
        PatientDoses = 1,
        Stock = 2,
    };
    Status lock(Lock what, qint64 id = 0);
    // The engine's own checks (SQLite: integrity and foreign keys), for `check`.
    Result<QStringList> integrityProblems() const;
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
    static QString newConnectionName();
    // `justCreated`: the empty file was made by open() a moment ago.
    static Result<std::unique_ptr<Database>> openExisting(const QString &path, Scrutiny scrutiny,
                                                          bool justCreated);
    static Result<std::unique_ptr<Database>> openServer(const QString &location, OpenMode mode);
    Status validateServer();
    Status migrateServer();
    Status configure();
    static bool closedUncleanly(const QString &path);
    Status validateContent(bool wholeFile);
    Status checkPages();
    Error openError(const QSqlError &error) const;
    Status migrate();

    QString m_path;
    QString m_location; // a shared record's whole address, to connect again
    QString m_connectionName;
    int m_schemaVersion = 0;
    Scrutiny m_scrutiny = Scrutiny::Usual;
    QString m_migrationBackupPath;
    SqlDialect m_dialect{SqlDialect::Engine::Sqlite};
    QString m_author;
    int m_transactionDepth = 0;
    QList<std::function<void()>> m_afterCommit;
};

} // namespace shotbook
