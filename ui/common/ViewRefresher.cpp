#include "ViewRefresher.h"

#include "AppContext.h"

#include <QEvent>
#include <QWidget>

namespace shotbook::ui {

ViewRefresher::ViewRefresher(QWidget *view, AppContext &context, DataKinds shown,
                             std::function<void()> refresh, bool allPatients)
    : QObject(view)
    , m_view(view)
    , m_context(context)
    , m_shown(shown)
    , m_refresh(std::move(refresh))
    , m_allPatients(allPatients)
{
    view->installEventFilter(this);
    connect(&context, &AppContext::changed, this, &ViewRefresher::changed);
    connect(&context, &AppContext::currentPatientChanged, this,
            [this] { changed(ChangeNotice::everything()); });
}

void ViewRefresher::changed(const ChangeNotice &notice)
{
    if (!notice.affects(m_shown, m_allPatients ? 0 : m_context.currentPatientId()))
        return;
    // A page of a window on screen that is not the page shown: later.
    if (m_view->window()->isVisible() && !m_view->isVisible()) {
        m_stale = true;
        return;
    }
    reload();
}

bool ViewRefresher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        reload();
    return QObject::eventFilter(watched, event);
}

void ViewRefresher::loadFirst()
{
    if (m_view->parentWidget() && !m_view->isVisible()) {
        m_stale = true;
        return;
    }
    reload();
}

void ViewRefresher::reload()
{
    m_stale = false;
    ++m_reloads;
    m_refresh();
    Q_EMIT reloaded();
}

} // namespace shotbook::ui
