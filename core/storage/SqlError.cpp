#include "SqlError.h"

#include <QCoreApplication>

namespace shotbook {

Error sqlError(const QSqlError &error, const char *doing)
{
    // SQLite's primary result code (Qt may give an extended one: the low byte).
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    const auto translate = [](const char *text) {
        return QCoreApplication::translate("shotbook::Database", text);
    };
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED: another program holds the file
        return Error::storage(QStringLiteral("database-locked"),
                              translate("The database is busy: another program kept it locked "
                                        "(while trying to %1). Try again in a moment.")
                                  .arg(QLatin1String(doing)));
    case 13: // SQLITE_FULL: the transaction was rolled back, earlier ones are kept
        return Error::storage(QStringLiteral("disk-full"),
                              translate("The disk is full: could not %1. Nothing of this change "
                                        "was saved; everything saved before is kept. Free some "
                                        "space and try again.")
                                  .arg(QLatin1String(doing)));
    case 8: // SQLITE_READONLY
        return Error::storage(QStringLiteral("database-read-only"),
                              translate("The database cannot be written (it is read-only, or on "
                                        "a read-only disk): could not %1. Nothing was changed.")
                                  .arg(QLatin1String(doing)));
    case 11: // SQLITE_CORRUPT: a damaged page, found when it was read
    case 26: // SQLITE_NOTADB
        return Error::storage(QStringLiteral("database-corrupt"),
                              translate("The database file is damaged: could not %1 (%2). "
                                        "Nothing of this change was saved. \"shotbook-cli "
                                        "check\" lists the damage; restore a backup.")
                                  .arg(QLatin1String(doing), error.text()));
    case 10: // SQLITE_IOERR
        return Error::storage(QStringLiteral("disk-error"),
                              translate("The disk refused a read or write while trying to %1 "
                                        "(%2). This change may not have been saved; check the "
                                        "file and its backups.")
                                  .arg(QLatin1String(doing), error.text()));
    default:
        return Error::storage(QStringLiteral("database-error"),
                              translate("Database error while trying to %1: %2")
                                  .arg(QLatin1String(doing), error.text()));
    }
}

} // namespace shotbook
