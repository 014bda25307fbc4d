#include "ServerLink.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

namespace shotbook::ui {

ServerLink::ServerLink(Database &database, const Clock &clock, const QString &outboxPath,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_outboxPath(outboxPath)
{
    m_timer.setInterval(PollMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_online)
            check();
        else
            retry();
    });
    m_timer.start();
    // Doses kept by an earlier session go as soon as the record is open.
    if (waiting() > 0)
        QTimer::singleShot(0, this, &ServerLink::sendWaiting);
}

ServerLink::~ServerLink() = default;

Outbox *ServerLink::outbox()
{
    if (!m_outbox) {
        auto opened = Outbox::open(m_outboxPath);
        if (!opened)
            return nullptr;
        m_outbox = std::move(*opened);
    }
    return m_outbox.get();
}

int ServerLink::waiting() const
{
    auto *self = const_cast<ServerLink *>(this);
    Outbox *box = self->outbox();
    if (!box)
        return 0;
    const auto count = box->count(m_database.path());
    return count ? *count : 0;
}

bool ServerLink::check()
{
    if (m_database.inTransaction())
        return m_online;
    if (m_database.reachable())
        return true;
    goOffline(tr("the server does not answer"));
    return false;
}

void ServerLink::goOffline(const QString &reason)
{
    if (!m_online) {
        m_reason = reason;
        return;
    }
    m_online = false;
    m_offlineSince = m_clock.now();
    m_reason = reason;
    m_timer.setInterval(RetryMs);
    Q_EMIT stateChanged();
}

Result<qint64> ServerLink::keep(qint64 patientId, const InjectionInput &input)
{
    Outbox *box = outbox();
    if (!box)
        return fail(Outbox::open(m_outboxPath).error());
    auto kept = OfflineInjections::keep(*box, m_database, patientId, input, m_clock);
    if (kept)
        Q_EMIT stateChanged();
    return kept;
}

void ServerLink::retry()
{
    if (m_online || m_database.inTransaction())
        return;
    if (auto again = m_database.reconnect(); !again) {
        m_reason = again.error().message;
        return;
    }
    m_online = true;
    m_offlineSince = {};
    m_reason.clear();
    m_timer.setInterval(PollMs);
    Q_EMIT reconnected();
    Q_EMIT stateChanged();
    sendWaiting();
}

void ServerLink::sendWaiting()
{
    Outbox *box = outbox();
    if (!box || !m_online)
        return;
    const auto done = OfflineInjections::send(m_database, *box, m_clock);
    if (!done) {
        check();
        return;
    }
    if (!done->isEmpty())
        Q_EMIT sent(*done);
    if (!m_database.reachable())
        goOffline(tr("the server does not answer"));
    Q_EMIT stateChanged();
}

} // namespace shotbook::ui
