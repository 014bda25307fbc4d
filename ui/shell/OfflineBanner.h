#pragma once

#include "injections/OfflineInjections.h"

#include <QFrame>

class QLabel;

namespace shotbook::ui {

class AppContext;

// The strip above the views of a shared record's window: says at once that
// the server cannot be reached, since when, that what is shown is what was
// last read, and how many doses wait on this computer; hidden when all is
// well. When the kept doses reach the server it says so, loudly when one of
// them turned out to be a double dose.
class OfflineBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineBanner(AppContext &context, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void update();
    void fitText();
    void tellSent(const QList<shotbook::OfflineInjections::Sent> &sent);

    AppContext &m_context;
    QLabel *m_text;
};

} // namespace shotbook::ui
