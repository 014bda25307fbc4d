#pragma once

#include "CliRunner.h"

#include <QAtomicInteger>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

namespace shotbook::test {

// One database for a CLI test, run through the real shotbook-cli with
// --json at a fixed time. Shared by the CLI suites instead of a copy each.
class CliDatabase final
{
public:
    CliDatabase() = default;

    // A new, empty database (call it from init(): one per test and data row).
    void reset(const QString &name)
    {
        static QAtomicInteger<int> counter;
        m_path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(++counter));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
    }

    QString path() const { return m_path; }

    CliRun run(const QString &now, const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_path, QStringLiteral("--now"), now,
                                  QStringLiteral("--json")} +
                      arguments);
    }

    // A command that must succeed (exit 0); says what went wrong otherwise.
    bool ok(const QString &now, const QStringList &arguments, QJsonObject *json = nullptr) const
    {
        const CliRun result = run(now, arguments);
        if (result.exitCode != 0) {
            qWarning("\"%s\" at %s: exit %d: %s", qPrintable(arguments.join(u' ')), qPrintable(now),
                     result.exitCode, result.err.constData());
            return false;
        }
        if (json)
            *json = result.json();
        return true;
    }

    // Every row of every table, in a stable order: "nothing was written" is
    // checked on the data, not on the file's bytes or times.
    QString dataDump() const
    {
        const QString name = QStringLiteral("dump-%1").arg(quintptr(this));
        QString out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                return QStringLiteral("(cannot open)");
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " ORDER BY name"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : names) {
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
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    static QStringList warningCodes(const QJsonObject &json)
    {
        QStringList codes;
        for (const QJsonValue &warning : json.value(QStringLiteral("warnings")).toArray())
            codes << warning.toObject().value(QStringLiteral("code")).toString();
        return codes;
    }

    static QString errorCode(const CliRun &result)
    {
        return result.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace shotbook::test
