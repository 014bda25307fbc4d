#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace shotbook {

// A backup file in a database's backups folder.
struct BackupFile
{
    enum class Kind
    {
        Automatic,     // made once a day when Shotbook opens; rotated
        Manual,        // "Make Backup Now"; kept until the user deletes it
        BeforeRestore, // the file a restore replaced; kept
    };
    QString path;
    Kind kind = Kind::Manual;
    QDateTime made;
    qint64 size = 0;

    friend bool operator==(const BackupFile &, const BackupFile &) = default;
};

// Which automatic backups to keep: the newest `keep`; manual ones and the
// files a restore replaced are never deleted by rotation.
class BackupRotation final
{
public:
    static QStringList toDelete(const QList<BackupFile> &backups, int keep);
    // An automatic backup is due when none was made on `today` (local date).
    static bool isDue(const QList<BackupFile> &backups, const QDate &today);
};

} // namespace shotbook
