#include "ServerSnapshot.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlError.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStringList>

namespace shotbook {

Status copyServerInto(const Database &server, const QString &emptyFile)
{
    if (server.inTransaction())
        return fail(Error::internal(QStringLiteral("transaction-open"),
                                    QStringLiteral("a snapshot inside a transaction")));
    auto opened = Database::open(emptyFile, Database::OpenMode::NewEmptyFile);
    if (!opened)
        return fail(opened.error());
    Database &file = **opened;
    if (file.schemaVersion() != server.schemaVersion())
        return fail(Error::internal(QStringLiteral("version-mismatch"),
                                    QStringLiteral("server at version %1, file at %2")
                                        .arg(server.schemaVersion())
                                        .arg(file.schemaVersion())));
    QSqlDatabase source = server.connection();
    QSqlDatabase target = file.connection();
    QSqlQuery read(source);
    if (!read.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return fail(sqlError(read.lastError(), "read the shared record"));
    const auto endRead = qScopeGuard([&] { QSqlQuery(source).exec(QStringLiteral("ROLLBACK")); });

    QSqlQuery write(target);
    // Rows go in table by table; the links between them are checked once all
    // are in.
    if (!write.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) ||
        !write.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(sqlError(write.lastError(), "write the copy"));
    auto rollback = qScopeGuard([&] { QSqlQuery(target).exec(QStringLiteral("ROLLBACK")); });

    QStringList tables;
    if (!write.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite_%' ORDER BY rowid")))
        return fail(sqlError(write.lastError(), "list the tables"));
    while (write.next())
        tables << write.value(0).toString();
    for (const QString &table : tables) {
        QStringList columns;
        if (!write.exec(QStringLiteral("PRAGMA table_info(%1)").arg(SqlDialect::quotedName(table))))
            return fail(sqlError(write.lastError(), "read a table's columns"));
        while (write.next())
            columns << SqlDialect::quotedName(write.value(1).toString());
        // What the migrations put in a new file (defaults) is replaced by
        // the server's rows.
        if (!write.exec(QStringLiteral("DELETE FROM %1").arg(SqlDialect::quotedName(table))))
            return fail(sqlError(write.lastError(), "write the copy"));
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table)))
            return fail(sqlError(read.lastError(), "read the shared record"));
        QSqlQuery insert(target);
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        if (!insert.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(SqlDialect::quotedName(table), columns.join(u','), marks.join(u','))))
            return fail(sqlError(insert.lastError(), "write the copy"));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, read.value(i));
            if (!insert.exec())
                return fail(sqlError(insert.lastError(), "write the copy"));
        }
    }
    if (!write.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(sqlError(write.lastError(), "check the copy"));
    if (write.next())
        return fail(Error::storage(
            QStringLiteral("backup-failed"),
            QCoreApplication::translate("shotbook::Database",
                                        "The copy of %1 has a record in table %2 that refers to "
                                        "a missing one; nothing was written.")
                .arg(server.path(), write.value(0).toString())));
    write.finish();
    if (!write.exec(QStringLiteral("COMMIT")))
        return fail(sqlError(write.lastError(), "write the copy"));
    rollback.dismiss();
    write.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return {};
}

} // namespace shotbook
