#pragma once

#include "common/Error.h"
#include "injections/Injection.h"
#include "injections/OfflineInjections.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace shotbook {
class Clock;
class Database;
class Outbox;
} // namespace shotbook

namespace shotbook::ui {

// A window's connection to its shared record: notices at once when the
// server stops answering (a probe every PollMs, and after any failed read or
// write), tries again every RetryMs while away, and when the server is back
// connects again, says so (reconnected: listen again first, then read again),
// and sends what the outbox kept meanwhile (sent). A dose logged while away
// waits in the outbox on this computer (keep()).
class ServerLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLink)

public:
    static constexpr int PollMs = 2000;
    static constexpr int RetryMs = 3000;

    ServerLink(Database &database, const Clock &clock, const QString &outboxPath,
               QObject *parent = nullptr);
    ~ServerLink() override;

    bool online() const { return m_online; }
    // Since when the server has not answered (invalid when online).
    QDateTime offlineSince() const { return m_offlineSince; }
    // Why it did not answer, in the words of the server or the network.
    QString reason() const { return m_reason; }
    // How many entries wait in the outbox for this record.
    int waiting() const;

    // Looks now whether the server answers (after a failed read or write);
    // goes offline when it does not. Returns online().
    bool check();
    // Keeps a dose logged while the server cannot be reached.
    Result<qint64> keep(qint64 patientId, const InjectionInput &input);
    // Tries to connect again now (the timer does it every RetryMs).
    void retry();

Q_SIGNALS:
    void stateChanged(); // online or not, or the number waiting changed
    void reconnected();
    void sent(const QList<shotbook::OfflineInjections::Sent> &sent);

private:
    void goOffline(const QString &reason);
    void sendWaiting();

    Database &m_database;
    const Clock &m_clock;
    QString m_outboxPath;
    std::unique_ptr<Outbox> m_outbox; // opened on first use
    QTimer m_timer;
    bool m_online = true;
    QDateTime m_offlineSince;
    QString m_reason;

    Outbox *outbox();
};

} // namespace shotbook::ui
