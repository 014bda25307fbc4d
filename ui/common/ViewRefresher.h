#pragma once

#include "ChangeNotice.h"

#include <QObject>

#include <functional>

class QWidget;

namespace shotbook::ui {

class AppContext;

// Reloads a view when data it shows changes (or the current patient does):
// at once while it is on screen, or when it is next shown if it is a page the
// window does not show now. One place for that rule instead of a copy per view.
class ViewRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewRefresher)

public:
    // `allPatients`: the view shows every patient (e.g. Today's other
    // patients), not only the current one.
    ViewRefresher(QWidget *view, AppContext &context, DataKinds shown,
                  std::function<void()> refresh, bool allPatients = false);

    int reloads() const { return m_reloads; }
    // The view's first load: at once for a view on its own; for a page of a
    // window (it has a parent) not on screen, when it is first shown, so that
    // the window's start loads only the page it shows (issue 16).
    void loadFirst();

Q_SIGNALS:
    void reloaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed(const ChangeNotice &notice);
    void reload();

    QWidget *m_view;
    AppContext &m_context;
    DataKinds m_shown;
    std::function<void()> m_refresh;
    bool m_allPatients;
    bool m_stale = false;
    int m_reloads = 0;
};

} // namespace shotbook::ui
