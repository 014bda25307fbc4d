#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace shotbook::test {

namespace detail {

inline void dumpRows(const QSqlDatabase &db, const QStringList &tables, QString &out)
{
    for (const QString &table : tables) {
        out += QStringLiteral("== %1\n").arg(table);
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            out += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
}

// A shared record on a PostgreSQL server: the version in shotbook_meta, the
// columns from the catalog. Not the sequences: an id handed out inside a
// transaction that was rolled back stays used (PostgreSQL never gives it
// back), which writes nothing anyone reads.
inline QString serverDump(const QSqlDatabase &db)
{
    QString out;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT to_regclass('shotbook_meta') IS NOT NULL"));
    const bool hasMeta = query.next() && query.value(0).toBool();
    int version = -1;
    if (hasMeta) {
        query.exec(QStringLiteral("SELECT value FROM shotbook_meta WHERE name = 'schema_version'"));
        version = query.next() ? query.value(0).toInt() : 0;
    } else {
        version = 0;
    }
    out += QStringLiteral("user_version %1\n").arg(version);
    query.exec(QStringLiteral("SELECT table_name, column_name, data_type, is_nullable,"
                              " coalesce(column_default, '')"
                              " FROM information_schema.columns"
                              " WHERE table_schema = current_schema()"
                              " ORDER BY table_name, ordinal_position"));
    QStringList tables;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (!tables.contains(table))
            tables << table;
        out += QStringList{table, query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString()}
                   .join(QLatin1Char(' ')) +
               QLatin1Char('\n');
    }
    dumpRows(db, tables, out);
    return out;
}

} // namespace detail

// The schema version, the schema and every row of every table, in a stable
// order: "nothing was written" is checked on the data, not on a file's bytes
// or times, nor on the one table a test happens to think of. An SQLite file
// or a shared record on a PostgreSQL server (QPSQL).
inline QString dataDump(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        return detail::serverDump(db);
    QString out;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA user_version"));
    out += QStringLiteral("user_version %1\n").arg(query.next() ? query.value(0).toInt() : -1);
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
    QStringList tables;
    while (query.next()) {
        out += query.value(2).toString() + QLatin1Char('\n');
        if (query.value(0).toString() == QLatin1String("table"))
            tables << query.value(1).toString();
    }
    detail::dumpRows(db, tables, out);
    return out;
}

} // namespace shotbook::test
