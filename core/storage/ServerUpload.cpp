#include "ServerUpload.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlError.h"
#include "Transaction.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace shotbook {

namespace {

struct FileTable
{
    QString name;
    QStringList columns;    // quoted
    QStringList references; // the other tables its rows refer to
    qint64 rows = 0;
};

// The file's tables, each after the tables it refers to, so that every row
// finds the rows it links to already on the server (which checks each link at
// once).
Result<QList<FileTable>> readTables(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite_%' ORDER BY rowid")))
        return fail(sqlError(query.lastError(), "list the file's tables"));
    QList<FileTable> tables;
    while (query.next())
        tables.append({query.value(0).toString(), {}, {}, 0});
    for (FileTable &table : tables) {
        if (!query.exec(
                QStringLiteral("PRAGMA table_info(%1)").arg(SqlDialect::quotedName(table.name))))
            return fail(sqlError(query.lastError(), "read a table's columns"));
        while (query.next())
            table.columns << SqlDialect::quotedName(query.value(1).toString());
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_list(%1)")
                            .arg(SqlDialect::quotedName(table.name))))
            return fail(sqlError(query.lastError(), "read a table's links"));
        while (query.next()) {
            const QString target = query.value(2).toString();
            if (target != table.name && !table.references.contains(target))
                table.references << target;
        }
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1")
                            .arg(SqlDialect::quotedName(table.name))) ||
            !query.next())
            return fail(sqlError(query.lastError(), "count a table's rows"));
        table.rows = query.value(0).toLongLong();
    }
    QList<FileTable> ordered;
    QStringList placed;
    while (!tables.isEmpty()) {
        const auto ready = std::find_if(tables.begin(), tables.end(), [&](const FileTable &t) {
            return std::all_of(t.references.begin(), t.references.end(), [&](const QString &r) {
                return placed.contains(r) ||
                       std::none_of(tables.begin(), tables.end(),
                                    [&](const FileTable &other) { return other.name == r; });
            });
        });
        if (ready == tables.end())
            return fail(
                Error::internal(QStringLiteral("table-cycle"),
                                QStringLiteral("the tables refer to each other in a ring")));
        placed << ready->name;
        ordered.append(*ready);
        tables.erase(ready);
    }
    return ordered;
}

Result<qint64> serverCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(SqlDialect::quotedName(table))) ||
        !query.next())
        return fail(sqlError(query.lastError(), "count the shared record's rows"));
    return query.value(0).toLongLong();
}

// Rows go to the server many to a statement: one round trip per batch instead
// of per row (twenty years are about a hundred thousand rows).
class BatchInsert final
{
public:
    BatchInsert(const QSqlDatabase &db, const FileTable &table)
        : m_db(db)
        , m_table(table)
        , m_perRow(static_cast<int>(table.columns.size()))
        , m_batchRows(std::max(1, std::min(200, 30000 / std::max(1, m_perRow))))
    {}

    Status add(const QSqlQuery &row)
    {
        for (int i = 0; i < m_perRow; ++i)
            m_values.append(row.value(i));
        if (m_values.size() >= m_batchRows * m_perRow)
            return flush();
        return {};
    }

    Status flush()
    {
        const int rows = static_cast<int>(m_values.size()) / m_perRow;
        if (rows == 0)
            return {};
        QSqlQuery &insert = rows == m_batchRows ? m_full : m_rest;
        if (rows != m_preparedRows[rows == m_batchRows ? 0 : 1]) {
            QStringList marks;
            marks.fill(QStringLiteral("?"), m_perRow);
            const QString one = QLatin1Char('(') + marks.join(u',') + QLatin1Char(')');
            QStringList tuples;
            tuples.fill(one, rows);
            insert = QSqlQuery(m_db);
            if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                    .arg(SqlDialect::quotedName(m_table.name),
                                         m_table.columns.join(u','), tuples.join(u','))))
                return fail(sqlError(insert.lastError(), "write to the shared record"));
            m_preparedRows[rows == m_batchRows ? 0 : 1] = rows;
        }
        for (int i = 0; i < m_values.size(); ++i)
            insert.bindValue(i, m_values.at(i));
        m_values.clear();
        if (!insert.exec())
            return fail(Error::storage(
                QStringLiteral("share-failed"),
                ServerUpload::tr("The server refused a record of table %1: %2. Nothing was "
                                 "copied.")
                    .arg(m_table.name, insert.lastError().text())));
        return {};
    }

private:
    QSqlDatabase m_db;
    const FileTable &m_table;
    int m_perRow;
    int m_batchRows;
    QVariantList m_values;
    QSqlQuery m_full;
    QSqlQuery m_rest;
    int m_preparedRows[2] = {0, 0};
};

} // namespace

Result<QList<TableCount>> ServerUpload::copyFileInto(Database &file, Database &server,
                                                     const std::function<Status()> &beforeCommit)
{
    if (file.isShared() || !server.isShared())
        return fail(Error::internal(QStringLiteral("share-direction"),
                                    QStringLiteral("share copies a file into a server")));
    if (file.inTransaction() || server.inTransaction())
        return fail(Error::internal(QStringLiteral("transaction-open"),
                                    QStringLiteral("a share inside a transaction")));
    if (file.schemaVersion() != server.schemaVersion())
        return fail(Error::internal(QStringLiteral("version-mismatch"),
                                    QStringLiteral("file at version %1, server at %2")
                                        .arg(file.schemaVersion())
                                        .arg(server.schemaVersion())));
    const QSqlDatabase source = file.connection();
    QSqlQuery read(source);
    // One consistent view of the file, while a window may go on writing it.
    if (!read.exec(QStringLiteral("BEGIN")))
        return fail(sqlError(read.lastError(), "read the file"));
    const auto endRead = qScopeGuard([&] { QSqlQuery(source).exec(QStringLiteral("ROLLBACK")); });
    const auto tables = readTables(source);
    if (!tables)
        return fail(tables.error());

    return Transaction::run(server, [&]() -> Result<QList<TableCount>> {
        const QSqlDatabase target = server.connection();
        QSqlQuery query(target);
        QStringList names;
        for (const FileTable &table : *tables)
            names << SqlDialect::quotedName(table.name);
        // No other Shotbook writes while the record is filled (readers may
        // read, and see it all at once when this commits).
        if (!query.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(names.join(u','))))
            return fail(sqlError(query.lastError(), "lock the shared record"));
        for (const FileTable &table : *tables) {
            if (!query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1")
                                .arg(SqlDialect::quotedName(table.name))))
                return fail(sqlError(query.lastError(), "look at the shared record"));
            if (query.next())
                return fail(Error::rejected(
                    QStringLiteral("server-not-empty"),
                    tr("The shared record %1 already holds records (in table %2); a local "
                       "record is copied only into an empty one, so that nothing is mixed or "
                       "overwritten. Nothing was copied.")
                        .arg(server.path(), table.name)));
        }
        QList<TableCount> counts;
        for (const FileTable &table : *tables) {
            if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                               .arg(table.columns.join(u','), SqlDialect::quotedName(table.name))))
                return fail(sqlError(read.lastError(), "read the file"));
            BatchInsert insert(target, table);
            while (read.next()) {
                if (auto added = insert.add(read); !added)
                    return fail(added.error());
            }
            if (auto flushed = insert.flush(); !flushed)
                return fail(flushed.error());
            read.finish();
            const auto arrived = serverCount(target, table.name);
            if (!arrived)
                return fail(arrived.error());
            if (*arrived != table.rows)
                return fail(Error::storage(
                    QStringLiteral("share-failed"),
                    tr("Table %1 has %2 rows in the file but %3 on the server after the copy. "
                       "Nothing was copied.")
                        .arg(table.name)
                        .arg(table.rows)
                        .arg(*arrived)));
            counts.append({table.name, table.rows});
        }
        if (beforeCommit) {
            if (auto checked = beforeCommit(); !checked)
                return fail(checked.error());
        }
        return counts;
    });
}

} // namespace shotbook
