#include "SqlError.h"

#include <QCoreApplication>

namespace shotbook {

Error sqlError(const QSqlError &error, const char *doing)
{
    const QString native = error.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another program holds the file.
    const bool busy = native == QLatin1String("5") || native == QLatin1String("6");
    const QString code =
        busy ? QStringLiteral("database-locked") : QStringLiteral("database-error");
    const QString message =
        busy ? QCoreApplication::translate(
                   "shotbook::Database",
                   "The database is busy: another program kept it locked (while trying to %1). "
                   "Try again in a moment.")
                   .arg(QLatin1String(doing))
             : QCoreApplication::translate("shotbook::Database",
                                           "Database error while trying to %1: %2")
                   .arg(QLatin1String(doing), error.text());
    return Error::storage(code, message);
}

} // namespace shotbook
