#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace shotbook {

class Database;

// Says when another Shotbook changed a shared record: PostgreSQL's
// LISTEN/NOTIFY (the triggers of PostgresSchema send the table's name on
// PostgresSchema::changeChannel()) through QSqlDriver::subscribeToNotification
// on the database's own connection, so in the thread that opened it (the GUI
// thread, whose event loop reads the socket). Our own writes are not
// reported. A local file has no notifications (its window polls
// PRAGMA data_version): start() does nothing there.
class ChangeListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeListener)

public:
    explicit ChangeListener(Database &database, QObject *parent = nullptr);
    ~ChangeListener() override;

    // Subscribes. After a reconnect call it again and then read everything
    // again: what was sent while disconnected is lost.
    Status start();
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // Another connection committed a change to `table`.
    void changedElsewhere(const QString &table);

private:
    Database &m_database;
    bool m_listening = false;
};

} // namespace shotbook
