#include "DatabaseOpener.h"

#include "common/UserPrompts.h"
#include "storage/DatabaseLock.h"

#include <QDir>
#include <QFileInfo>

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
        const int choice =
            m_prompts.choose(parent, tr("Cannot Open Database"), opened.error().message,
                             {tr("&Open Another File…"), tr("&Create New File…"), tr("&Quit")});
        QString next;
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

} // namespace shotbook::ui
