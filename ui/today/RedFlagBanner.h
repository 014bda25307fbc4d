#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace shotbook::ui {

class AppContext;

// An unmissable banner for a red-flag side effect (anaphylaxis, trouble
// breathing, …): what to do now. It stays, across restarts, until the user
// says they have got help.
class RedFlagBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedFlagBanner)

public:
    explicit RedFlagBanner(AppContext &context, QWidget *parent = nullptr);

    QPushButton *acknowledgeButton() const { return m_acknowledge; }

public Q_SLOTS:
    void refresh();
    void acknowledge();

private:
    AppContext &m_context;
    QLabel *m_text;
    QPushButton *m_acknowledge;
    QList<qint64> m_shown;
};

} // namespace shotbook::ui
