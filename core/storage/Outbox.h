#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace shotbook {

// What a window wrote while its shared record could not be reached, kept on
// this computer until the server has it: a small SQLite file of its own
// beside the settings (mode 0600 in a 0700 folder), every change one
// transaction on disk before it returns (synchronous=FULL). An entry leaves
// only when the caller says the server holds it.
struct OutboxEntry
{
    qint64 id = 0;
    QString server; // the shared record's address (ServerLocation::display)
    QString kind;   // what the payload is, e.g. "injection"
    QJsonObject payload;
    QDateTime queuedAt;
    QString lastError; // why the last try to send it failed, if it did
};

class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    // QStandardPaths::AppConfigLocation/outbox.sqlite.
    static QString defaultPath();
    static Result<std::unique_ptr<Outbox>> open(const QString &path);
    ~Outbox();

    QString path() const { return m_path; }
    Result<qint64> add(const QString &server, const QString &kind, const QJsonObject &payload,
                       const QDateTime &queuedAt);
    // Oldest first.
    Result<QList<OutboxEntry>> pending(const QString &server) const;
    Result<int> count(const QString &server) const;
    Status remove(qint64 id);
    Status setLastError(qint64 id, const QString &error);

private:
    Outbox(QString path, QString connectionName);
    Status write(const std::function<bool(QSqlQuery &)> &change, const char *doing);

    QString m_path;
    QString m_connectionName;
};

} // namespace shotbook
