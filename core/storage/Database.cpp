#include "Database.h"

#include "Backups.h"
#include "Migrations.h"
#include "ServerLocation.h"
#include "ServerSnapshot.h"
#include "SqlError.h"
#include "SqliteHeader.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

#include <utility>

namespace shotbook {

namespace {

constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const char *doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fail(sqlError(query.lastError(), doing));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "shotbook.sqlite" at version 1 -> "shotbook.sqlite.v1.bak", or
// "shotbook.sqlite.v1.2.bak" and on if that is taken: never overwrite a backup.
QString freeBackupName(const QString &path, int version)
{
    const QString base = path + QStringLiteral(".v%1").arg(version);
    QString candidate = base + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QStringLiteral(".%1.bak").arg(n);
    return candidate;
}

} // namespace

QString Database::newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("shotbook-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/shotbook.sqlite");
}

Status Database::ensureDefaultFolder()
{
    const QString folder = QFileInfo(defaultPath()).absolutePath();
    if (QFileInfo::exists(folder))
        return {};
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, OwnerOnlyFolder))
        return fail(Error::storage(
            QStringLiteral("folder-not-created"),
            tr("Could not create the folder %1 for the database.").arg(nativePath(folder))));
    return {};
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isServerLocation(const QString &location)
{
    return ServerLocation::isServer(location);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode,
                                                 Scrutiny scrutiny)
{
    if (isServerLocation(path))
        return openServer(path, mode);
    const QFileInfo info(path);
    const QString shown = nativePath(info.absoluteFilePath());
    if (info.isDir())
        return fail(Error::storage(QStringLiteral("not-a-file"),
                                   tr("%1 is a folder, not a database file.").arg(shown)));
    if (info.exists())
        return openExisting(path, scrutiny, mode == OpenMode::NewEmptyFile);
    if (mode == OpenMode::MustExist)
        return fail(Error::storage(QStringLiteral("database-missing"),
                                   tr("There is no database at %1. It is created by the first "
                                      "command that records something, e.g. \"patient add\".")
                                       .arg(shown)));
    {
        if (!info.absoluteDir().exists())
            return fail(Error::storage(QStringLiteral("folder-missing"),
                                       tr("Cannot create %1: the folder %2 does not exist.")
                                           .arg(shown, nativePath(info.absolutePath()))));
        // Create it empty and private before SQLite sees it; SQLite gives its
        // -wal and -shm files the same mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(OwnerOnlyFile))
            return fail(Error::storage(QStringLiteral("file-not-created"),
                                       tr("Cannot create %1: %2").arg(shown, file.errorString())));
    }
    auto opened = openExisting(path, scrutiny, true);
    if (!opened) // do not leave behind an empty file we made
        QFile::remove(path);
    return opened;
}

Result<std::unique_ptr<Database>> Database::openExisting(const QString &path, Scrutiny scrutiny,
                                                         bool justCreated)
{
    const QFileInfo info(path);
    const bool wholeFile = scrutiny == Scrutiny::Whole || closedUncleanly(path);
    const QString shown = nativePath(info.absoluteFilePath());
    const auto header = SqliteHeader::read(path);
    if (!header)
        return fail(Error::storage(QStringLiteral("file-unreadable"),
                                   tr("Cannot read %1. Check that the file exists and that you "
                                      "may read and write it.")
                                       .arg(shown)));
    switch (header->verdict) {
    case SqliteHeader::Verdict::Empty:
        // An empty file that has backups was a record the disk lost: never
        // silently a new, empty record in its place. Without backups it is
        // a record whose making was cut short (a process killed, the power
        // gone), and holds nothing to lose. (A new record's first pages can
        // wait in its -wal file: that is no loss either.)
        if (!justCreated && QFileInfo(path + QStringLiteral("-wal")).size() == 0 &&
            QDir(Backups::folderFor(info.absoluteFilePath()))
                    .entryList(QDir::Files | QDir::NoDotAndDotDot)
                    .size() > 0)
            return fail(Error::storage(
                QStringLiteral("database-empty"),
                tr("%1 is empty (0 bytes): it holds no records. If it was your database, the "
                   "disk lost it: restore a backup. To start a new record there, delete the "
                   "empty file first. It was left unchanged.")
                    .arg(shown)));
        break;
    case SqliteHeader::Verdict::NotSqlite:
        return fail(Error::storage(QStringLiteral("not-a-database"),
                                   tr("%1 is not a Shotbook database (it is not an SQLite file). "
                                      "It was left unchanged.")
                                       .arg(shown)));
    case SqliteHeader::Verdict::Truncated:
        return fail(Error::storage(QStringLiteral("database-truncated"),
                                   tr("%1 is damaged: the file is shorter than its contents say "
                                      "(truncated). It was left unchanged; restore a backup.")
                                       .arg(shown)));
    case SqliteHeader::Verdict::Sqlite:
        if (header->userVersion > static_cast<quint32>(currentSchemaVersion()) &&
            header->applicationId == static_cast<quint32>(ApplicationId))
            return fail(Error::storage(
                QStringLiteral("database-newer"),
                tr("%1 was written by a newer version of Shotbook (database version %2; this "
                   "version reads up to %3). It was left unchanged; update Shotbook to open it.")
                    .arg(shown)
                    .arg(header->userVersion)
                    .arg(currentSchemaVersion())));
        break;
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), newConnectionName()));
    database->m_scrutiny = scrutiny;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return fail(Error::storage(QStringLiteral("database-unreadable"),
                                       tr("Cannot open %1: %2").arg(shown, db.lastError().text())));
    }
    if (auto valid = database->validateContent(wholeFile); !valid)
        return fail(valid.error());
    if (auto configured = database->configure(); !configured)
        return fail(configured.error());
    if (auto migrated = database->migrate(); !migrated)
        return fail(migrated.error());
    return database;
}

// Whether the file was left open: a process died or the power went while it
// was open (SQLite removes its -wal when the last connection closes; a
// rollback -journal left behind is hot), or another program has it open now.
// Looked at before SQLite opens the file, which makes both.
bool Database::closedUncleanly(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-journal"));
}

// What the first reads of an opening failed with.
Error Database::openError(const QSqlError &error) const
{
    const QString shown = nativePath(m_path);
    // SQLITE_CANTOPEN (14), SQLITE_READONLY (8): the place, not the file,
    // is the trouble (a read-only mount: WAL needs -shm beside the file).
    // Saying "damaged, restore a backup" would send people to replace a
    // sound file (found by tst_badplaces_cli's readOnlyMount).
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    const QFileInfo file(m_path);
    const bool writable = file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
    if ((primary == 14 || primary == 8) && !writable)
        return Error::storage(
            QStringLiteral("database-read-only"),
            tr("Cannot open %1: the file or its folder is read-only, and Shotbook needs to "
               "write beside it (%2-wal, %2-shm). Copy it to a folder you may write to, or "
               "make it writable. It was left unchanged.")
                .arg(shown, file.fileName()));
    if (primary == 14)
        return Error::storage(
            QStringLiteral("database-unreadable"),
            tr("Cannot open %1 (%2). It was left unchanged.").arg(shown, error.text()));
    return Error::storage(QStringLiteral("database-corrupt"),
                          tr("%1 is damaged and cannot be read (%2). It was left "
                             "unchanged; restore a backup.")
                              .arg(shown, error.text()));
}

// Every page (Scrutiny::Whole): linear in the file's size.
Status Database::checkPages()
{
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(openError(check.lastError()));
    QStringList problems;
    while (check.next()) {
        // One row may hold several lines; keep the message on one line.
        for (const QString &line : check.value(0).toString().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("***")))
                problems << line.trimmed();
        }
    }
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(Error::storage(
            QStringLiteral("database-corrupt"),
            tr("%1 is damaged (%2). It was left unchanged; restore a "
               "backup.")
                .arg(nativePath(m_path), problems.mid(0, 3).join(QStringLiteral("; ")))));
    return {};
}

// Reads only: nothing may be written before the file is known to be ours.
Status Database::validateContent(bool wholeFile)
{
    const QSqlDatabase db = connection();
    const QString shown = nativePath(m_path);

    if (wholeFile) {
        if (auto sound = checkPages(); !sound)
            return sound;
    }
    const auto read = [&](const QString &sql) -> Result<QVariant> {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return fail(openError(query.lastError()));
        if (!query.next()) {
            if (query.lastError().isValid())
                return fail(openError(query.lastError()));
            return QVariant();
        }
        return query.value(0);
    };
    const auto appId = read(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return fail(appId.error());
    const auto version = read(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return fail(version.error());
    // Reads the schema table's every page, and parses the schema.
    const auto tables = read(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return fail(tables.error());

    m_schemaVersion = version->toInt();
    const bool blank = appId->toInt() == 0 && m_schemaVersion == 0 && tables->toInt() == 0;
    if (!blank && appId->toInt() != ApplicationId)
        return fail(Error::storage(QStringLiteral("not-a-database"),
                                   tr("%1 is an SQLite file of another program, not a Shotbook "
                                      "database. It was left unchanged.")
                                       .arg(shown)));
    if (m_schemaVersion > currentSchemaVersion())
        return fail(Error::storage(
            QStringLiteral("database-newer"),
            tr("%1 was written by a newer version of Shotbook (database version %2; this version "
               "reads up to %3). It was left unchanged; update Shotbook to open it.")
                .arg(shown)
                .arg(m_schemaVersion)
                .arg(currentSchemaVersion())));
    // A migration rewrites the file (and copies it first): never a damaged one.
    if (!wholeFile && !blank && m_schemaVersion < currentSchemaVersion())
        return checkPages();
    return {};
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    QSqlQuery query(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // Deleted records are overwritten, not left in free pages.
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(sqlError(query.lastError(), "configure the database"));
    }
    const auto mode =
        scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), "switch to write-ahead logging");
    if (!mode)
        return fail(mode.error());
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(Error::storage(QStringLiteral("wal-unavailable"),
                                   tr("Cannot use write-ahead logging for %1 (journal mode is "
                                      "\"%2\"); is it on a network drive?")
                                       .arg(nativePath(m_path), mode->toString())));
    const auto keys = scalar(db, QStringLiteral("PRAGMA foreign_keys"), "check foreign keys");
    if (!keys || keys->toInt() != 1)
        return fail(Error::storage(QStringLiteral("foreign-keys-unavailable"),
                                   tr("This SQLite build cannot enforce foreign keys.")));
    return {};
}

Status Database::migrate()
{
    const int from = m_schemaVersion;
    const int to = currentSchemaVersion();
    if (from == to)
        return {};

    if (from > 0) {
        const QString backup = freeBackupName(m_path, from);
        if (auto copied = snapshotTo(backup); !copied)
            return fail(Error::storage(QStringLiteral("backup-failed"),
                                       tr("Did not update %1 to the new version, because the "
                                          "backup copy could not be written first: %2")
                                           .arg(nativePath(m_path), copied.error().message)));
        m_migrationBackupPath = backup;
    }

    Transaction transaction(*this);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(connection());
    for (const Migration &step : migrations()) {
        if (step.version <= from)
            continue;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement))
                return fail(Error::storage(
                    QStringLiteral("migration-failed"),
                    tr("Updating %1 to version %2 (%3) failed: %4. Nothing "
                       "was changed.")
                        .arg(nativePath(m_path))
                        .arg(step.version)
                        .arg(QLatin1String(step.summary), query.lastError().text())));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) ||
        !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)))
        return fail(sqlError(query.lastError(), "record the database version"));
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_schemaVersion = to;
    return {};
}

void Database::afterCommit(std::function<void()> action)
{
    if (m_transactionDepth == 0)
        action();
    else
        m_afterCommit.append(std::move(action));
}

void Database::runAfterCommit()
{
    const auto actions = std::exchange(m_afterCommit, {});
    for (const auto &action : actions)
        action();
}

Status Database::lock(Lock what, qint64 id)
{
    const QString sql = m_dialect.lock(static_cast<qint32>(what), static_cast<qint32>(id));
    if (sql.isEmpty())
        return {};
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return fail(sqlError(query.lastError(), "wait for another writer"));
    return {};
}

Result<QStringList> Database::integrityProblems() const
{
    QStringList problems;
    if (isShared())
        return problems; // the server keeps its own pages and foreign keys whole
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(sqlError(query.lastError(), "check the file's integrity"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("SQLite integrity: %1").arg(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(sqlError(query.lastError(), "check the links between records"));
    while (query.next())
        problems << tr("Record %1 in table %2 refers to a missing record in table %3.")
                        .arg(query.value(1).toString(), query.value(0).toString(),
                             query.value(2).toString());
    return problems;
}

Result<qint64> Database::dataVersion() const
{
    if (isShared())
        return 0; // a shared record's changes arrive as notices (ChangeListener)
    const auto version =
        scalar(connection(), QStringLiteral("PRAGMA data_version"), "check for changes");
    if (!version)
        return fail(version.error());
    return version->toLongLong();
}

Status Database::checkpoint()
{
    if (isShared())
        return {}; // the server keeps its own log
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return fail(sqlError(query.lastError(), "write the log into the database"));
    return {};
}

Status Database::snapshotTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return fail(Error::storage(
            QStringLiteral("file-exists"),
            tr("%1 already exists; it was not overwritten.").arg(nativePath(target))));
    // Written under a temporary name and renamed, so a half-written copy never
    // carries the final name.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        // Made empty and private first: VACUUM INTO writes into an empty
        // file, so the copy is never readable by others, not even for a moment.
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(OwnerOnlyFile))
            return fail(Error::storage(
                QStringLiteral("file-not-written"),
                tr("Cannot write %1: %2").arg(nativePath(target), file.errorString())));
    }
    if (isShared()) {
        // A shared record becomes an ordinary local file.
        if (auto copied = copyServerInto(*this, partial); !copied) {
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(partial + suffix);
            return copied;
        }
    } else {
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        if (!query.exec()) {
            QFile::remove(partial);
            return fail(sqlError(query.lastError(), "write a copy of the database"));
        }
    }
    if (!QFile::setPermissions(partial, OwnerOnlyFile) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(Error::storage(QStringLiteral("file-not-written"),
                                   tr("Cannot write %1.").arg(nativePath(target))));
    }
    return {};
}

Status Database::suspend()
{
    if (inTransaction())
        return fail(Error::internal(QStringLiteral("transaction-open"),
                                    QStringLiteral("suspend() inside a transaction")));
    if (auto done = checkpoint(); !done)
        return done;
    QSqlDatabase db = connection();
    db.close();
    return {};
}

Status Database::resume()
{
    const bool wholeFile = m_scrutiny == Scrutiny::Whole || closedUncleanly(m_path);
    QSqlDatabase db = connection();
    if (!db.open())
        return fail(Error::storage(
            QStringLiteral("database-unreadable"),
            tr("Cannot open %1: %2").arg(nativePath(m_path), db.lastError().text())));
    if (auto valid = validateContent(wholeFile); !valid)
        return valid;
    if (auto configured = configure(); !configured)
        return configured;
    return migrate();
}

} // namespace shotbook
