#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace shotbook::test {

// The schema version, the schema and every row of every table, in a stable
// order: "nothing was written" is checked on the data, not on a file's bytes
// or times, nor on the one table a test happens to think of.
inline QString dataDump(const QSqlDatabase &db)
{
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
    return out;
}

} // namespace shotbook::test
