#include "EmptyState.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace shotbook::ui {

EmptyState::EmptyState(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // Read out with the view: an empty list says why it is empty.
    view->setAccessibleDescription(text);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::follow);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::follow);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::follow);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::follow);
    }
    follow();
}

bool EmptyState::isEmpty() const
{
    return !m_view->model() || m_view->model()->rowCount() == 0;
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyState::follow()
{
    setGeometry(m_view->viewport()->rect());
    setVisible(isEmpty());
    if (m_view->accessibleDescription() != text() && isEmpty())
        m_view->setAccessibleDescription(text());
    else if (!isEmpty())
        m_view->setAccessibleDescription(QString());
}

} // namespace shotbook::ui
