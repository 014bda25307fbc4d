#pragma once

#include "CliRunner.h"
#include "DataDump.h"
#include "TestFiles.h"

#include "TestServer.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <optional>

namespace shotbook::test {

// One database for a CLI test, run through the real shotbook-cli with
// --json at a fixed time. Shared by the CLI suites instead of a copy each.
// A local SQLite file; in a suite's "postgres" variant (ctest -L postgres,
// TestServer.h) a fresh database on the test server instead, so that one
// suite tests both backends.
class CliDatabase final
{
public:
    CliDatabase() = default;
    ~CliDatabase() { dropServerDatabase(); }
    Q_DISABLE_COPY_MOVE(CliDatabase)

    // A new, empty database (call it from init(): one per test and data row).
    // The postgres variant skips the test when no server was given.
    void reset(const QString &name)
    {
        static QAtomicInteger<int> counter;
        const int number = ++counter;
        if (TestServer::wanted()) {
            if (!TestServer::available())
                QSKIP(TestServer::skipReason());
            dropServerDatabase();
            auto created = TestServer::createDatabase(name, number);
            if (!created)
                QFAIL(qPrintable(created.error()));
            m_serverName = created->name;
            m_path = created->url;
            return;
        }
        m_path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(number));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
    }

    // What --db gets: the file, or the server database's postgresql:// URL.
    QString path() const { return m_path; }
    // Whether this is a database on the test server rather than a file.
    bool onServer() const { return !m_serverName.isEmpty(); }
    // Whether anything made the database a Shotbook record yet (a file
    // exists; a server database holds Shotbook's tables).
    bool exists() const
    {
        if (!onServer())
            return QFileInfo::exists(m_path);
        bool found = false;
        withConnection([&](const QSqlDatabase &db) {
            QSqlQuery query(db);
            found = query.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                              " WHERE table_schema = current_schema()")) &&
                    query.next() && query.value(0).toInt() > 0;
        });
        return found;
    }
    // Runs one statement on the database behind Shotbook's back (to damage
    // it on purpose); false when it failed.
    bool execute(const QString &sql) const
    {
        bool done = false;
        withConnection([&](const QSqlDatabase &db) {
            QSqlQuery query(db);
            done = query.exec(sql);
            if (!done)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        });
        return done;
    }
    // A file beside the database, named after it (an export, a copy):
    // sibling(u"-all.ics") for "<database>-all.ics".
    // (For a server database: a file in the test's temporary folder.)
    QString sibling(const QString &suffix) const
    {
        if (onServer())
            return m_dir.filePath(m_serverName + suffix);
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
        QString out = QStringLiteral("(cannot open)");
        withConnection([&](const QSqlDatabase &db) { out = test::dataDump(db); },
                       /*readOnly=*/true);
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
    // A connection of this process to the database, for the time of `use`.
    void withConnection(const std::function<void(const QSqlDatabase &)> &use,
                        bool readOnly = false) const
    {
        const QString name = QStringLiteral("raw-%1").arg(quintptr(this));
        {
            QSqlDatabase db;
            if (onServer()) {
                db = TestServer::connect(name, m_serverName);
            } else {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(m_path);
                if (readOnly)
                    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            }
            if (db.isOpen() || db.open())
                use(db);
            else
                qWarning("cannot open %s: %s", qPrintable(m_path),
                         qPrintable(db.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void dropServerDatabase()
    {
        if (m_serverName.isEmpty())
            return;
        TestServer::dropDatabase(m_serverName);
        m_serverName.clear();
    }

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
    QString m_serverName;
};

} // namespace shotbook::test
