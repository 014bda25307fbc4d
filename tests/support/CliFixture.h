#pragma once

#include "CliRunner.h"
#include "DataDump.h"
#include "TestFiles.h"

#include <QAtomicInteger>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

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
    // A file beside the database, named after it (an export, a copy):
    // sibling(u"-all.ics") for "<database>-all.ics".
    QString sibling(const QString &suffix) const
    {
        return m_path.chopped(int(qstrlen(".sqlite"))) + suffix;
    }

    // With --json, as of `now`.
    CliRun run(const QString &now, const QStringList &arguments) const
    {
        return bare(QStringList{QStringLiteral("--now"), now, QStringLiteral("--json")} +
                    arguments);
    }

    // Without --json: the text people read.
    CliRun text(const QString &now, const QStringList &arguments) const
    {
        return bare(QStringList{QStringLiteral("--now"), now} + arguments);
    }

    // Only --db: for the global options themselves (their order, the real clock).
    CliRun bare(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_path} + arguments);
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

    bool addPatient(const QString &now, const QString &name = QStringLiteral("Ada"),
                    const QStringList &more = {}) const
    {
        return ok(now, QStringList{QStringLiteral("patient"), QStringLiteral("add"),
                                   QStringLiteral("--name"), name} +
                           more);
    }

    // Every injection the database holds, oldest first (read through the
    // listing, not through the count of the command under test).
    QJsonArray injections() const { return listInjections().value_or(QJsonArray{}); }

    // -1 when the listing failed.
    int injectionCount() const
    {
        const auto listed = listInjections();
        return listed ? static_cast<int>(listed->size()) : -1;
    }

    // The database's data (DataDump.h): "nothing was written" is checked on
    // the data, not on the file's bytes or times.
    QString dataDump() const
    {
        const QString name = QStringLiteral("dump-%1").arg(quintptr(this));
        QString out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            out = db.open() ? test::dataDump(db) : QStringLiteral("(cannot open)");
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    // The "code" of each object in an array (warnings, alerts), in order.
    static QStringList codes(const QJsonArray &array)
    {
        QStringList out;
        for (const QJsonValue &value : array)
            out << value.toObject().value(QStringLiteral("code")).toString();
        return out;
    }

    static QStringList warningCodes(const QJsonObject &json)
    {
        return codes(json.value(QStringLiteral("warnings")).toArray());
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
    std::optional<QJsonArray> listInjections() const
    {
        const CliRun result = run(QStringLiteral("2026-12-31T12:00"),
                                  {QStringLiteral("injections"), QStringLiteral("--from"),
                                   QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                                   QStringLiteral("2030-12-31")});
        if (result.exitCode != 0)
            return std::nullopt;
        return result.json().value(QStringLiteral("injections")).toArray();
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace shotbook::test
