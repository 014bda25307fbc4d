#include "DatabaseLock.h"

#include <QDir>
#include <QFileInfo>

namespace shotbook {

QString DatabaseLock::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

Result<std::unique_ptr<QLockFile>> DatabaseLock::acquire(const QString &databasePath)
{
    auto lock = std::make_unique<QLockFile>(lockPath(databasePath));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        return fail(Error::storage(
            QStringLiteral("database-open-elsewhere"),
            tr("%1 is already open in another Shotbook window (process %2 on %3). Switch to "
               "that window, or close it first.")
                .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath()))
                .arg(pid)
                .arg(host)));
    }
    return lock;
}

} // namespace shotbook
