#pragma once

#include "storage/ServerLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <expected>

namespace shotbook::test {

// The PostgreSQL server the "postgres" variants of the suites run against.
// A variant is the same test binary registered again in ctest with the label
// "postgres" and SHOTBOOK_TEST_BACKEND=postgres (tests/CMakeLists.txt); the
// server is named by SHOTBOOK_TEST_POSTGRES, a connection URL without the
// database (postgresql://USER@HOST[:PORT] or postgresql://USER@%2Fsocket%2Fdir,
// optionally ?sslmode=…), which packaging/ci-postgres.sh sets for its
// throwaway cluster. Without it a variant skips each test, saying why.
class TestServer final
{
public:
    struct Created
    {
        QString name; // the database's name on the server
        QString url;  // what --db gets
    };

    // Whether this run is a postgres variant.
    static bool wanted()
    {
        return qEnvironmentVariable("SHOTBOOK_TEST_BACKEND") == QLatin1String("postgres");
    }
    static bool available() { return !base().isEmpty(); }
    static const char *skipReason()
    {
        return "the PostgreSQL variant needs a server: set SHOTBOOK_TEST_POSTGRES="
               "postgresql://USER@HOST (packaging/ci-postgres.sh starts a throwaway one)";
    }

    // The URL of one database on the server.
    static QString url(const QString &database)
    {
        const QString text = base();
        const qsizetype query = text.indexOf(QLatin1Char('?'));
        const QString server = query < 0 ? text : text.left(query);
        const QString options = query < 0 ? QString() : text.mid(query);
        return server + QLatin1Char('/') + database + options;
    }

    // An open connection of this process to one database of the server
    // (closed and invalid when it could not be opened: lastError() says why).
    static QSqlDatabase connect(const QString &connectionName, const QString &database)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        const auto location = ServerLocation::parse(url(database));
        if (!location) {
            qWarning("SHOTBOOK_TEST_POSTGRES: %s", qPrintable(location.error().message));
            return db;
        }
        db.setHostName(location->host);
        if (location->port > 0)
            db.setPort(location->port);
        db.setDatabaseName(location->database);
        db.setUserName(location->user);
        db.setConnectOptions(location->connectOptions);
        db.open();
        return db;
    }

    // A new, empty database named after the test (unique to this process).
    static std::expected<Created, QString> createDatabase(const QString &testName, int number)
    {
        static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
        const QString name =
            QStringLiteral("sbt_%1_%2_%3")
                .arg(testName.toLower().replace(unsafe, QStringLiteral("_")).left(32))
                .arg(QCoreApplication::applicationPid())
                .arg(number);
        if (auto done = admin(QStringLiteral("CREATE DATABASE %1").arg(name)); !done)
            return std::unexpected(done.error());
        return Created{name, url(name)};
    }

    static void dropDatabase(const QString &name)
    {
        if (auto done = admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            !done)
            qWarning("%s", qPrintable(done.error()));
    }

private:
    static QString base()
    {
        QString text = qEnvironmentVariable("SHOTBOOK_TEST_POSTGRES").trimmed();
        while (text.endsWith(QLatin1Char('/')))
            text.chop(1);
        return text;
    }

    // CREATE and DROP DATABASE, on one connection to the server's
    // maintenance database kept for the whole run.
    static std::expected<void, QString> admin(const QString &sql)
    {
        const QString connection = QStringLiteral("shotbook-test-server");
        QSqlDatabase db = QSqlDatabase::contains(connection)
                              ? QSqlDatabase::database(connection)
                              : connect(connection, QStringLiteral("postgres"));
        if (!db.isOpen())
            return std::unexpected(QStringLiteral("cannot reach the test server %1: %2")
                                       .arg(base(), db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(sql))
            return std::unexpected(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
        return {};
    }
};

} // namespace shotbook::test
