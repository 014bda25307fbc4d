#pragma once

#include "storage/BackupRotation.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>
#include <optional>

class QWidget;

namespace shotbook::ui {

class UserPrompts;

// An open database held by this GUI alone (a lock file beside it; none for a
// shared record on a server, which keeps many windows apart itself).
struct OpenedDatabase
{
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<Database> database;
};

// Opens the GUI's database. When a file is refused (not Shotbook's, damaged,
// newer, already open in another window) it says why and offers to open
// another file or create a new one; a damaged file with a backup can be
// replaced by its latest backup (the damaged file is kept in the backups
// folder); nothing is ever overwritten silently. When a
// shared record's server cannot be reached it says so and offers this
// computer's own record (ServerChoice).
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    enum Choice
    {
        OpenAnother,
        CreateNew,
        Quit,
        RestoreLatestBackup, // offered for a damaged file that has a backup
    };
    enum ServerChoice
    {
        OpenLocal,
        TryAgain,
        QuitServer
    };

    explicit DatabaseOpener(UserPrompts &prompts);

    // nullopt when the user chose to quit.
    std::optional<OpenedDatabase> open(QString path, QWidget *parent = nullptr);

    // One attempt, without asking anything.
    static Result<OpenedDatabase> tryOpen(const QString &path);

    // The backup a damaged file could be restored from: the newest automatic
    // or manual one; none for a refusal a backup does not mend (a newer
    // file, one open in another window).
    static std::optional<BackupFile> backupToOffer(const QString &path, const Error &refusal);

private:
    UserPrompts &m_prompts;
};

} // namespace shotbook::ui
