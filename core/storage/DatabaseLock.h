#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace shotbook {

// The lock file beside a database ("shotbook.sqlite.lock") that one
// Shotbook window holds while it has the file open: a second window is told
// the file is open elsewhere, and a restore is refused while it is.
class DatabaseLock final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)

public:
    static QString lockPath(const QString &databasePath);
    // Takes the lock, or says who holds it ("database-open-elsewhere"). A
    // lock left behind by a process that no longer runs is taken over.
    static Result<std::unique_ptr<QLockFile>> acquire(const QString &databasePath);
};

} // namespace shotbook
