#include "Outbox.h"

#include "SqlError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <functional>

namespace shotbook {

namespace {

constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

QString Outbox::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/outbox.sqlite");
}

Outbox::Outbox(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Outbox::~Outbox()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!QFileInfo::exists(folder) &&
        (!QDir().mkpath(folder) || !QFile::setPermissions(folder, OwnerOnlyFolder)))
        return fail(Error::storage(QStringLiteral("folder-not-created"),
                                   tr("Could not create the folder %1 for the outbox.")
                                       .arg(QDir::toNativeSeparators(folder))));
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(OwnerOnlyFile))
            return fail(Error::storage(
                QStringLiteral("file-not-created"),
                tr("Cannot create the outbox %1: %2").arg(shown, file.errorString())));
    }
    static QAtomicInteger<int> counter;
    std::unique_ptr<Outbox> outbox(
        new Outbox(path, QStringLiteral("shotbook-outbox-%1").arg(++counter)));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), outbox->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(
            Error::storage(QStringLiteral("outbox-unreadable"),
                           tr("Cannot open the outbox %1: %2").arg(shown, db.lastError().text())));
    QSqlQuery query(db);
    // Small and written rarely: every entry on the disk before add() returns.
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS outbox ("
                                   " id INTEGER PRIMARY KEY,"
                                   " server TEXT NOT NULL,"
                                   " kind TEXT NOT NULL,"
                                   " payload TEXT NOT NULL,"
                                   " queued_at TEXT NOT NULL,"
                                   " last_error TEXT NOT NULL DEFAULT '')")))
        return fail(Error::storage(
            QStringLiteral("outbox-unreadable"),
            tr("%1 is not a Shotbook outbox: %2").arg(shown, query.lastError().text())));
    return outbox;
}

Status Outbox::write(const std::function<bool(QSqlQuery &)> &change, const char *doing)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(sqlError(query.lastError(), doing));
    auto rollback = qScopeGuard([&] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); });
    if (!change(query))
        return fail(sqlError(query.lastError(), doing));
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(sqlError(query.lastError(), doing));
    rollback.dismiss();
    return {};
}

Result<qint64> Outbox::add(const QString &server, const QString &kind, const QJsonObject &payload,
                           const QDateTime &queuedAt)
{
    qint64 id = 0;
    const auto done = write(
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("INSERT INTO outbox (server, kind, payload, queued_at)"
                                         " VALUES (?, ?, ?, ?)"));
            query.addBindValue(server);
            query.addBindValue(kind);
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
            query.addBindValue(queuedAt.toUTC().toString(Qt::ISODateWithMs));
            if (!query.exec())
                return false;
            id = query.lastInsertId().toLongLong();
            return true;
        },
        "keep the entry in the outbox");
    if (!done)
        return fail(done.error());
    return id;
}

Result<QList<OutboxEntry>> Outbox::pending(const QString &server) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, server, kind, payload, queued_at, last_error"
                                 " FROM outbox WHERE server = ? ORDER BY id"));
    query.addBindValue(server);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the outbox"));
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.server = query.value(1).toString();
        entry.kind = query.value(2).toString();
        entry.payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        entry.queuedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        entry.lastError = query.value(5).toString();
        entries.append(entry);
    }
    return entries;
}

Result<int> Outbox::count(const QString &server) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE server = ?"));
    query.addBindValue(server);
    if (!query.exec() || !query.next())
        return fail(sqlError(query.lastError(), "read the outbox"));
    return query.value(0).toInt();
}

Status Outbox::remove(qint64 id)
{
    return write(
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
            query.addBindValue(id);
            return query.exec();
        },
        "take a sent entry out of the outbox");
}

Status Outbox::setLastError(qint64 id, const QString &error)
{
    return write(
        [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("UPDATE outbox SET last_error = ? WHERE id = ?"));
            query.addBindValue(error);
            query.addBindValue(id);
            return query.exec();
        },
        "note why an entry could not be sent");
}

} // namespace shotbook
