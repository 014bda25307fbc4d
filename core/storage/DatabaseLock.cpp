#include "DatabaseLock.h"

#include <QDir>
#include <QFile>
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
    bool locked = lock->tryLock(0);
    qint64 pid = 0;
    QString host;
    QString application;
    // A lock file that holds no process (garbage, or empty after a crash while
    // it was written) is never stale by Qt's rules with a stale time of 0: take
    // it over unless a live process holds it open (removeStaleLockFile checks).
    if (!locked && !lock->getLockInfo(&pid, &host, &application) && lock->removeStaleLockFile())
        locked = lock->tryLock(0);
    if (!locked) {
        if (!lock->getLockInfo(&pid, &host, &application))
            return fail(Error::storage(
                QStringLiteral("database-open-elsewhere"),
                tr("%1 is locked by another program (the lock file %2 could not be taken "
                   "over). Close the program that has it open, or remove the lock file.")
                    .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath()),
                         QDir::toNativeSeparators(lockPath(databasePath)))));
        return fail(Error::storage(
            QStringLiteral("database-open-elsewhere"),
            tr("%1 is already open in another Shotbook window (process %2 on %3). Switch to "
               "that window, or close it first.")
                .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath()))
                .arg(pid)
                .arg(host)));
    }
    // QLockFile creates the file 0666 less the umask; it names this process
    // and host, so it is the owner's alone like the database (tst_privacy).
    QFile::setPermissions(lock->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return lock;
}

} // namespace shotbook
