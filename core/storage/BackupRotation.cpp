#include "BackupRotation.h"

#include <algorithm>

namespace shotbook {

QStringList BackupRotation::toDelete(const QList<BackupFile> &backups, int keep)
{
    QList<BackupFile> automatic;
    for (const BackupFile &backup : backups) {
        if (backup.kind == BackupFile::Kind::Automatic)
            automatic.append(backup);
    }
    // Newest first; the same time: by name, so that the order is total.
    std::sort(automatic.begin(), automatic.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    QStringList doomed;
    for (qsizetype i = std::max(keep, 0); i < automatic.size(); ++i)
        doomed << automatic.at(i).path;
    return doomed;
}

bool BackupRotation::isDue(const QList<BackupFile> &backups, const QDate &today)
{
    return std::none_of(backups.cbegin(), backups.cend(), [&](const BackupFile &backup) {
        return backup.kind == BackupFile::Kind::Automatic &&
               backup.made.toLocalTime().date() == today;
    });
}

} // namespace shotbook
