#include "AppContext.h"

#include "ServerLink.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

namespace shotbook::ui {

namespace {
constexpr int PollIntervalMs = 2000;
constexpr int NoticeGatherMs = 50;
} // namespace

AppContext::AppContext(Database &database, const Clock &clock, UserPrompts &prompts,
                       QObject *parent, const QString &outboxPath)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_prompts(prompts)
{
    if (m_database.isShared()) {
        m_noticeTimer.setSingleShot(true);
        m_noticeTimer.setInterval(NoticeGatherMs);
        connect(&m_noticeTimer, &QTimer::timeout, this, &AppContext::changedElsewhere);
        m_listener = std::make_unique<ChangeListener>(m_database);
        connect(m_listener.get(), &ChangeListener::changedElsewhere, &m_noticeTimer,
                qOverload<>(&QTimer::start));
        (void)m_listener->start(); // without notices the window still shows its own changes
        m_link = std::make_unique<ServerLink>(
            m_database, m_clock, outboxPath.isEmpty() ? Outbox::defaultPath() : outboxPath);
        // Back: listen first, then read again (what was said while away is lost).
        connect(m_link.get(), &ServerLink::reconnected, this, [this] {
            (void)m_listener->start();
            changedElsewhere();
        });
        connect(m_link.get(), &ServerLink::sent, this, &AppContext::changedElsewhere);
        return;
    }
    if (const auto version = m_database.dataVersion())
        m_dataVersion = *version;
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &AppContext::pollExternalChanges);
    m_pollTimer.start();
}

AppContext::~AppContext() = default;

void AppContext::changedElsewhere()
{
    m_undoStack.clear();
    Q_EMIT changed(ChangeNotice::everything());
}

void AppContext::setCurrentPatientId(qint64 id)
{
    if (id == m_currentPatientId)
        return;
    m_currentPatientId = id;
    Q_EMIT currentPatientChanged(id);
}

void AppContext::notifyChanged(const ChangeNotice &notice)
{
    Q_EMIT changed(notice);
}

void AppContext::pollExternalChanges()
{
    const auto version = m_database.dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    // Another process (shotbook-cli) changed the file: what the undo stack
    // remembers may no longer match it.
    changedElsewhere();
}

void AppContext::databaseReplaced()
{
    m_undoStack.clear();
    if (const auto version = m_database.dataVersion())
        m_dataVersion = *version;
    Q_EMIT changed(ChangeNotice::everything());
}

void AppContext::reportError(const QString &message)
{
    Q_EMIT errorReported(message);
}

} // namespace shotbook::ui
