#include "DatabaseRestore.h"

#include "Backups.h"
#include "Database.h"
#include "Migrations.h"
#include "SqliteHeader.h"
#include "common/Clock.h"
#include "maintenance/DatabaseCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace shotbook {

namespace {

constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// A database file's companions: SQLite's write-ahead log and its index.
const QStringList &companions()
{
    static const QStringList suffixes = {QStringLiteral("-wal"), QStringLiteral("-shm")};
    return suffixes;
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : companions())
        QFile::remove(path + suffix);
}

} // namespace

DatabaseRestore::DatabaseRestore(DatabaseRestore &&other) noexcept
    : m_databasePath(std::move(other.m_databasePath))
    , m_staged(std::exchange(other.m_staged, QString()))
    , m_schemaVersion(other.m_schemaVersion)
{}

DatabaseRestore::~DatabaseRestore()
{
    discard();
}

void DatabaseRestore::discard()
{
    if (m_staged.isEmpty())
        return;
    removeWithCompanions(m_staged);
    // A migration of an older backup leaves its own copy of the old version.
    const QFileInfo staged(m_staged);
    for (const QFileInfo &left : staged.absoluteDir().entryInfoList(
             {staged.fileName() + QStringLiteral(".v*.bak")}, QDir::Files | QDir::Hidden))
        QFile::remove(left.absoluteFilePath());
    m_staged.clear();
}

Result<DatabaseRestore> DatabaseRestore::prepare(const QString &backupPath,
                                                 const QString &databasePath)
{
    const QFileInfo backup(backupPath);
    const QFileInfo target(databasePath);
    if (!backup.exists())
        return fail(Error::storage(QStringLiteral("file-missing"),
                                   tr("There is no file %1 to restore.").arg(shown(backupPath))));
    if (!backup.isFile())
        return fail(Error::storage(QStringLiteral("not-a-file"),
                                   tr("%1 is not a file.").arg(shown(backupPath))));
    if (target.exists() && backup.canonicalFilePath() == target.canonicalFilePath())
        return fail(Error::rejected(
            QStringLiteral("restore-onto-itself"),
            tr("%1 is the database itself; choose a backup of it.").arg(shown(backupPath))));
    if (!target.absoluteDir().exists())
        return fail(Error::storage(
            QStringLiteral("folder-missing"),
            tr("The folder %1 of the database does not exist.").arg(shown(target.absolutePath()))));

    // What the header says, before SQLite ever opens the file.
    const auto header = SqliteHeader::read(backupPath);
    if (!header)
        return fail(Error::storage(QStringLiteral("file-unreadable"),
                                   tr("Cannot read %1.").arg(shown(backupPath))));
    const QString refusedNote = tr("Nothing was restored; the database is unchanged.");
    switch (header->verdict) {
    case SqliteHeader::Verdict::Empty:
        return fail(Error::storage(
            QStringLiteral("backup-empty"),
            tr("%1 is empty, not a backup. %2").arg(shown(backupPath), refusedNote)));
    case SqliteHeader::Verdict::NotSqlite:
        return fail(Error::storage(QStringLiteral("not-a-database"),
                                   tr("%1 is not a Shotbook backup (it is not an SQLite file). "
                                      "%2")
                                       .arg(shown(backupPath), refusedNote)));
    case SqliteHeader::Verdict::Truncated:
        return fail(Error::storage(QStringLiteral("database-truncated"),
                                   tr("%1 is damaged: the file is shorter than its contents say "
                                      "(truncated, e.g. a copy cut short). %2")
                                       .arg(shown(backupPath), refusedNote)));
    case SqliteHeader::Verdict::Sqlite:
        if (header->applicationId != static_cast<quint32>(Database::ApplicationId))
            return fail(Error::storage(QStringLiteral("not-a-database"),
                                       tr("%1 is an SQLite file of another program, not a "
                                          "Shotbook backup. %2")
                                           .arg(shown(backupPath), refusedNote)));
        if (header->userVersion > static_cast<quint32>(currentSchemaVersion()))
            return fail(Error::storage(
                QStringLiteral("database-newer"),
                tr("%1 was written by a newer version of Shotbook (database version %2; this "
                   "version reads up to %3). Update Shotbook to restore it. %4")
                    .arg(shown(backupPath))
                    .arg(header->userVersion)
                    .arg(currentSchemaVersion())
                    .arg(refusedNote)));
        break;
    }

    // A private copy beside the database: checked, and later renamed into
    // its place (the same file system, so the rename is one step).
    DatabaseRestore restore;
    restore.m_databasePath = target.absoluteFilePath();
    {
        QTemporaryFile staging(target.absoluteDir().filePath(
            QStringLiteral(".") + target.fileName() + QStringLiteral(".restoring-XXXXXX")));
        staging.setAutoRemove(false);
        if (!staging.open())
            return fail(
                Error::storage(QStringLiteral("file-not-written"),
                               tr("Cannot write into %1: %2")
                                   .arg(shown(target.absolutePath()), staging.errorString())));
        restore.m_staged = staging.fileName();
        staging.setPermissions(OwnerOnlyFile);
        QFile source(backupPath);
        if (!source.open(QIODevice::ReadOnly))
            return fail(Error::storage(
                QStringLiteral("file-unreadable"),
                tr("Cannot read %1: %2").arg(shown(backupPath), source.errorString())));
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (chunk.isEmpty() || staging.write(chunk) != chunk.size())
                return fail(Error::storage(
                    QStringLiteral("file-not-written"),
                    tr("Cannot copy %1: %2").arg(shown(backupPath), staging.errorString())));
        }
        if (!staging.flush())
            return fail(Error::storage(
                QStringLiteral("file-not-written"),
                tr("Cannot copy %1: %2").arg(shown(backupPath), staging.errorString())));
    }

    {
        auto opened = Database::open(restore.m_staged, Database::OpenMode::MustExist,
                                     Database::Scrutiny::Whole);
        if (!opened) {
            Error error = opened.error();
            error.message = tr("%1 cannot be restored: %2 %3")
                                .arg(shown(backupPath),
                                     error.message.replace(restore.m_staged, shown(backupPath))
                                         .replace(shown(restore.m_staged), shown(backupPath)),
                                     refusedNote);
            return fail(error);
        }
        // An older backup was brought up to date on the copy; the copy of
        // the copy that migration keeps is not wanted (the backup stays).
        if (!(*opened)->migrationBackupPath().isEmpty())
            QFile::remove((*opened)->migrationBackupPath());
        const auto report = DatabaseCheck::run(**opened);
        if (!report)
            return fail(report.error());
        if (!report->ok()) {
            Error error = Error::storage(QStringLiteral("backup-check-failed"),
                                         tr("%1 fails Shotbook's check (%n problem(s)). %2",
                                            nullptr, static_cast<int>(report->problems.size()))
                                             .arg(shown(backupPath), refusedNote));
            for (const QString &problem : report->problems)
                error.details.append({0, QString(), QString(), problem});
            return fail(error);
        }
        restore.m_schemaVersion = (*opened)->schemaVersion();
        if (auto done = (*opened)->checkpoint(); !done)
            return fail(done.error());
    } // closed: its log is gone, the copy stands alone

    return restore;
}

QString DatabaseRestore::keptPathFor(const Clock &clock) const
{
    return QDir(Backups::folderFor(m_databasePath))
        .filePath(Backups::fileName(BackupFile::Kind::BeforeRestore, clock.now()));
}

Result<QString> DatabaseRestore::replace(const Clock &clock, Database *open)
{
    if (m_staged.isEmpty())
        return fail(Error::internal(QStringLiteral("restore-used"),
                                    QStringLiteral("replace() called twice")));
    const QString database = m_databasePath;
    QString kept;
    if (QFileInfo::exists(database)) {
        const auto folder = Backups::ensureFolder(database);
        if (!folder)
            return fail(folder.error());
        kept = keptPathFor(clock);
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = keptPathFor(clock).chopped(7) + QStringLiteral("-%1.sqlite").arg(n);
        if (open) {
            if (auto done = open->suspend(); !done)
                return fail(done.error());
        } else if (auto current = Database::open(database, Database::OpenMode::MustExist)) {
            // Whole in one file, when it can be opened at all.
            (void)(*current)->checkpoint();
        }
        // The replaced file keeps its log, if it had one left.
        if (!QFile::rename(database, kept)) {
            if (open)
                (void)open->resume();
            return fail(Error::storage(QStringLiteral("file-not-written"),
                                       tr("Cannot move %1 aside to %2; nothing was restored.")
                                           .arg(shown(database), shown(kept))));
        }
        for (const QString &suffix : companions()) {
            if (QFileInfo::exists(database + suffix))
                QFile::rename(database + suffix, kept + suffix);
        }
    }
    if (!QFile::rename(m_staged, database)) {
        // Put the old one back as it was.
        if (!kept.isEmpty()) {
            QFile::rename(kept, database);
            for (const QString &suffix : companions()) {
                if (QFileInfo::exists(kept + suffix))
                    QFile::rename(kept + suffix, database + suffix);
            }
        }
        if (open)
            (void)open->resume();
        return fail(Error::storage(QStringLiteral("file-not-written"),
                                   tr("Cannot put the backup in the place of %1; nothing was "
                                      "restored.")
                                       .arg(shown(database))));
    }
    m_staged.clear();
    QFile::setPermissions(database, OwnerOnlyFile);
    if (open) {
        if (auto resumed = open->resume(); !resumed)
            return fail(resumed.error());
    }
    return kept;
}

} // namespace shotbook
