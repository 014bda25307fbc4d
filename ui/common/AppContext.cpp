#include "AppContext.h"

#include "storage/Database.h"

namespace shotbook::ui {

namespace {
constexpr int PollIntervalMs = 2000;
}

AppContext::AppContext(Database &database, const Clock &clock, UserPrompts &prompts,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_prompts(prompts)
{
    if (const auto version = m_database.dataVersion())
        m_dataVersion = *version;
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &AppContext::pollExternalChanges);
    m_pollTimer.start();
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
    m_undoStack.clear();
    Q_EMIT changed(ChangeNotice::everything());
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
