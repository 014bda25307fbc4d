// The shared record on a PostgreSQL server: opening, validating and migrating
// it. The same schema and migrations as the file (translated by
// PostgresSchema), the same refusals.

#include "Database.h"

#include "Migrations.h"
#include "PostgresSchema.h"
#include "ServerLocation.h"
#include "SqlError.h"
#include "Transaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace shotbook {

namespace {

Result<QVariant> scalarOn(const QSqlDatabase &db, const QString &sql, const char *doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fail(sqlError(query.lastError(), doing));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

Result<QString> metaValue(const QSqlDatabase &db, const char *name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM shotbook_meta WHERE name = ?"));
    query.addBindValue(QLatin1String(name));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the record's version"));
    return query.next() ? query.value(0).toString() : QString();
}

Status setMeta(const QSqlDatabase &db, const char *name, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO shotbook_meta (name, value) VALUES (?, ?)"
                                 " ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value"));
    query.addBindValue(QLatin1String(name));
    query.addBindValue(value);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the record's version"));
    return {};
}

// Why the server refused or could not be reached, in one line with the fix.
Error connectionRefused(const ServerLocation &location, const QSqlError &error)
{
    // libpq's reasons run over several lines; a refusal is said in one.
    const QString reason =
        (error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText())
            .simplified();
    const bool login = reason.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
                       reason.contains(QLatin1String("authentication"), Qt::CaseInsensitive);
    const bool tls =
        !login &&
        (reason.contains(QLatin1String("certificate"), Qt::CaseInsensitive) ||
         reason.contains(QLatin1String("SSL")) || reason.contains(QLatin1String("no encryption")));
    if (login)
        return Error::storage(
            QStringLiteral("login-failed"),
            Database::tr("The server %1 refused the login: %2 Check the user name and the "
                         "password in ~/.pgpass (Shotbook never stores passwords).")
                .arg(location.display(), reason));
    if (tls)
        return Error::storage(
            QStringLiteral("tls-failed"),
            Database::tr("No secure connection to the server %1: %2 Check sslmode and "
                         "sslrootcert (the household's CA certificate) in the address, and that "
                         "the host name is the one in the server's certificate.")
                .arg(location.display(), reason));
    return Error::storage(
        QStringLiteral("server-unreachable"),
        Database::tr("Cannot reach the shared record %1: %2").arg(location.display(), reason));
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString &text, OpenMode mode)
{
    const auto location = ServerLocation::parse(text);
    if (!location)
        return fail(location.error());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::storage(
            QStringLiteral("driver-missing"),
            tr("Cannot reach a shared record: Qt's PostgreSQL driver is not installed (Debian: "
               "apt install libqt6sql6-psql).")));
    std::unique_ptr<Database> database(new Database(location->display(), newConnectionName()));
    database->m_location = text;
    database->m_dialect = SqlDialect(SqlDialect::Engine::Postgres);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        db.setHostName(location->host);
        if (location->port > 0)
            db.setPort(location->port);
        db.setDatabaseName(location->database);
        db.setUserName(location->user);
        db.setConnectOptions(location->connectOptions);
        if (!db.open())
            return fail(connectionRefused(*location, db.lastError()));
    }
    const auto author = scalarOn(database->connection(), QStringLiteral("SELECT session_user"),
                                 "read who is signed in");
    if (!author)
        return fail(author.error());
    database->m_author = author->toString();
    if (auto valid = database->validateServer(); !valid)
        return fail(valid.error());
    // As with a file: reading never makes a record, not even in an empty
    // server database.
    if (database->m_schemaVersion == 0 && mode == OpenMode::MustExist)
        return fail(Error::storage(
            QStringLiteral("database-missing"),
            tr("There is no Shotbook record in %1 yet. It is created by the first command that "
               "records something, e.g. \"patient add\".")
                .arg(database->m_path)));
    if (auto migrated = database->migrateServer(); !migrated)
        return fail(migrated.error());
    return database;
}

// Reads only: a server database that is not ours, or is newer, is left alone.
Status Database::validateServer()
{
    const QSqlDatabase db = connection();
    const auto meta =
        scalarOn(db, QStringLiteral("SELECT to_regclass('shotbook_meta') IS NOT NULL"),
                 "look at the server database");
    if (!meta)
        return fail(meta.error());
    if (!meta->toBool()) {
        const auto tables = scalarOn(db,
                                     QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                    " WHERE table_schema = current_schema()"),
                                     "look at the server database");
        if (!tables)
            return fail(tables.error());
        if (tables->toInt() > 0)
            return fail(Error::storage(
                QStringLiteral("not-a-database"),
                tr("%1 holds tables of another program, not a Shotbook record. It was left "
                   "unchanged.")
                    .arg(m_path)));
        m_schemaVersion = 0;
        return {};
    }
    const auto application = metaValue(db, "application_id");
    const auto version = metaValue(db, "schema_version");
    if (!application)
        return fail(application.error());
    if (!version)
        return fail(version.error());
    if (application->toLongLong() != ApplicationId)
        return fail(
            Error::storage(QStringLiteral("not-a-database"),
                           tr("%1 is not a Shotbook record. It was left unchanged.").arg(m_path)));
    m_schemaVersion = version->toInt();
    if (m_schemaVersion > currentSchemaVersion())
        return fail(Error::storage(
            QStringLiteral("database-newer"),
            tr("%1 was written by a newer version of Shotbook (database version %2; this version "
               "reads up to %3). It was left unchanged; update Shotbook to open it.")
                .arg(m_path)
                .arg(m_schemaVersion)
                .arg(currentSchemaVersion())));
    return {};
}

// Migrations run once per server database: under an advisory lock, and after
// looking again at the version, in case another Shotbook migrated meanwhile.
Status Database::migrateServer()
{
    if (m_schemaVersion == currentSchemaVersion())
        return {};
    return Transaction::run(*this, [this]() -> Status {
        QSqlDatabase db = connection();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)")
                            .arg(PostgresSchema::MigrationLockKey)))
            return fail(sqlError(query.lastError(), "wait for another Shotbook"));
        if (auto valid = validateServer(); !valid)
            return valid;
        const int from = m_schemaVersion;
        if (from == currentSchemaVersion())
            return {};
        if (from == 0) {
            for (const QString &statement : PostgresSchema::setup()) {
                if (!query.exec(statement))
                    return fail(sqlError(query.lastError(), "prepare the server database"));
            }
        }
        for (const Migration &step : migrations()) {
            if (step.version <= from)
                continue;
            for (const QString &statement : step.statements) {
                for (const QString &translated : PostgresSchema::translate(statement)) {
                    if (!query.exec(translated))
                        return fail(Error::storage(
                            QStringLiteral("migration-failed"),
                            tr("Updating %1 to version %2 (%3) failed: %4. Nothing was changed.")
                                .arg(m_path)
                                .arg(step.version)
                                .arg(QLatin1String(step.summary), query.lastError().text())));
                }
            }
        }
        if (auto done = setMeta(db, "application_id", QString::number(ApplicationId)); !done)
            return done;
        if (auto done = setMeta(db, "schema_version", QString::number(currentSchemaVersion()));
            !done)
            return done;
        m_schemaVersion = currentSchemaVersion();
        return {};
    });
}

} // namespace shotbook

namespace shotbook {

bool Database::reachable() const
{
    if (!isShared())
        return true;
    QSqlQuery probe(connection());
    return probe.exec(QStringLiteral("SELECT 1"));
}

Status Database::reconnect()
{
    if (!isShared())
        return {};
    if (inTransaction())
        return fail(Error::internal(QStringLiteral("transaction-open"),
                                    QStringLiteral("reconnect() inside a transaction")));
    const auto location = ServerLocation::parse(m_location);
    if (!location)
        return fail(location.error());
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return fail(connectionRefused(*location, db.lastError()));
    const int before = m_schemaVersion;
    if (auto valid = validateServer(); !valid)
        return valid;
    if (m_schemaVersion != before)
        return fail(Error::storage(
            QStringLiteral("database-changed"),
            tr("The shared record %1 was changed to version %2 while this window was away from "
               "it; open it again.")
                .arg(m_path)
                .arg(m_schemaVersion)));
    return {};
}

} // namespace shotbook
