#pragma once

#include "BackupRotation.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// A database's backups, in a folder beside it ("shotbook.sqlite" →
// "shotbook-backups/", mode 0700; each file 0600): automatic ones (once a
// day when Shotbook opens, the newest few kept), manual ones, and the files
// a restore replaced. Each is a consistent snapshot made while the database
// is in use (Database::snapshotTo), written whole under a temporary name.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int DefaultKeep = 14;
    static constexpr int MinKeep = 1;
    static constexpr int MaxKeep = 365;

    static QString folderFor(const QString &databasePath);
    // "auto-20260301T071500Z.sqlite" etc.; the time is when it was made (UTC).
    static QString fileName(BackupFile::Kind kind, const QDateTime &made);
    // What a file name says, or nullopt for a file that is not a backup.
    static std::optional<BackupFile> parse(const QString &path);

    // The backups of the database, newest first.
    static Result<QList<BackupFile>> list(const QString &databasePath);
    // Makes one in the backups folder.
    static Result<BackupFile> make(Database &database, const Clock &clock, BackupFile::Kind kind);
    // Makes one at a path of the user's choosing (never over a file).
    static Result<QString> makeTo(Database &database, const QString &path);

    struct Rotation
    {
        std::optional<BackupFile> made;
        QStringList deleted;
    };
    // The daily automatic backup: made unless one was made today, then the
    // automatic ones beyond the newest `keep` are deleted.
    static Result<Rotation> automatic(Database &database, const Clock &clock, int keep);

    // Creates the folder (0700) when missing.
    static Result<QString> ensureFolder(const QString &databasePath);
};

} // namespace shotbook
