#pragma once

#include <QLabel>

class QAbstractItemView;

namespace shotbook::ui {

// Says what to do while a list or table is empty ("No injections yet — Log
// Injection… or Ctrl+L"): a label over the view's viewport, shown while its
// model has no rows. Attach it once the view has its model.
class EmptyState final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(QAbstractItemView *view, const QString &text);

    // Shown when the view's model has no rows (and the view is shown).
    bool isEmpty() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QAbstractItemView *m_view;
};

} // namespace shotbook::ui
