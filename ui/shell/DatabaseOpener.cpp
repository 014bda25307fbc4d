#include "DatabaseOpener.h"

#include "common/Clock.h"
#include "common/UserPrompts.h"
#include "storage/Backups.h"
#include "storage/DatabaseLock.h"
#include "storage/DatabaseRestore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace shotbook::ui {

DatabaseOpener::DatabaseOpener(UserPrompts &prompts)
    : m_prompts(prompts)
{}

Result<OpenedDatabase> DatabaseOpener::tryOpen(const QString &path)
{
    if (Database::isServerLocation(path)) {
        // A shared record: the server keeps many windows apart, no lock file.
        auto database = Database::open(path);
        if (!database)
            return fail(database.error());
        OpenedDatabase opened;
        opened.database = std::move(*database);
        return opened;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (path == Database::defaultPath()) {
        if (auto folder = Database::ensureDefaultFolder(); !folder)
            return fail(folder.error());
    }
    OpenedDatabase opened;
    // One window per file; a restore is refused while this lock is held.
    auto lock = DatabaseLock::acquire(absolute);
    if (!lock)
        return fail(lock.error());
    opened.lock = std::move(*lock);
    // The window reads the whole file once at its start (a CLI command only
    // after an unclean close): see Database::Scrutiny.
    auto database =
        Database::open(absolute, Database::OpenMode::CreateIfMissing, Database::Scrutiny::Whole);
    if (!database)
        return fail(database.error());
    opened.database = std::move(*database);
    return opened;
}

std::optional<OpenedDatabase> DatabaseOpener::open(QString path, QWidget *parent)
{
    for (;;) {
        auto opened = tryOpen(path);
        if (opened)
            return std::move(*opened);
        if (Database::isServerLocation(path)) {
            // The server cannot be reached (or refused us): say so at once,
            // and offer this computer's own record instead.
            const int choice = m_prompts.choose(
                parent, tr("Cannot Open the Shared Record"),
                opened.error().message + QStringLiteral("\n\n") +
                    tr("You can open the record kept on this computer instead (it does not hold "
                       "the shared record's entries), or try again once the server is back."),
                {tr("Open the &Local Record"), tr("&Try Again"), tr("&Quit")});
            if (choice == OpenLocal)
                path = Database::defaultPath();
            else if (choice != TryAgain)
                return std::nullopt;
            continue;
        }
        const auto backup = backupToOffer(path, opened.error());
        QStringList buttons{tr("&Open Another File…"), tr("&Create New File…"), tr("&Quit")};
        QString text = opened.error().message;
        if (backup) {
            const QString made =
                QLocale().toString(backup->made.toLocalTime(), QLocale::LongFormat);
            buttons << tr("&Restore the Backup of %1").arg(made);
            text += QStringLiteral("\n\n") +
                    tr("A backup of this database was made on %1. Restoring it replaces the "
                       "damaged file, which is kept in the backups folder; entries made after "
                       "the backup are not in it.")
                        .arg(made);
        }
        const int choice = m_prompts.choose(parent, tr("Cannot Open Database"), text, buttons);
        QString next;
        if (choice == RestoreLatestBackup && backup) {
            const QString absolute = QFileInfo(path).absoluteFilePath();
            auto prepared = DatabaseRestore::prepare(backup->path, absolute);
            if (!prepared) {
                m_prompts.error(parent, tr("Restore Backup"), prepared.error().message);
                continue;
            }
            const SystemClock clock;
            const auto kept = prepared->replace(clock, nullptr);
            if (!kept) {
                m_prompts.error(parent, tr("Restore Backup"), kept.error().message);
                continue;
            }
            continue; // open the restored file
        }
        if (choice == OpenAnother) {
            next = m_prompts.openFileName(parent, tr("Open Database"),
                                          tr("Shotbook databases (*.sqlite);;All files (*)"));
        } else if (choice == CreateNew) {
            next = m_prompts.saveFileName(parent, tr("New Database"),
                                          tr("Shotbook databases (*.sqlite)"));
            if (!next.isEmpty() && QFileInfo::exists(next)) {
                m_prompts.error(parent, tr("New Database"),
                                tr("%1 already exists. Choose a new name: Shotbook never "
                                   "overwrites a file.")
                                    .arg(QDir::toNativeSeparators(next)));
                continue;
            }
        } else {
            return std::nullopt;
        }
        if (!next.isEmpty())
            path = next;
    }
}

std::optional<BackupFile> DatabaseOpener::backupToOffer(const QString &path, const Error &refusal)
{
    static const QStringList mendable{
        QStringLiteral("database-corrupt"), QStringLiteral("database-truncated"),
        QStringLiteral("database-empty"), QStringLiteral("database-unreadable"),
        QStringLiteral("not-a-database")};
    if (!mendable.contains(refusal.code) || Database::isServerLocation(path))
        return std::nullopt;
    const auto backups = Backups::list(QFileInfo(path).absoluteFilePath());
    if (!backups)
        return std::nullopt;
    std::optional<BackupFile> newest;
    for (const BackupFile &backup : *backups) {
        if (backup.kind == BackupFile::Kind::BeforeRestore)
            continue;
        if (!newest || backup.made > newest->made)
            newest = backup;
    }
    return newest;
}

} // namespace shotbook::ui
