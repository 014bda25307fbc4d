#include "OfflineBanner.h"

#include "common/AppContext.h"
#include "common/LocaleFormat.h"
#include "common/ServerLink.h"
#include "common/UserPrompts.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>

namespace shotbook::ui {

OfflineBanner::OfflineBanner(AppContext &context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    m_text->setObjectName(QStringLiteral("offlineText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    warning.setColor(QPalette::WindowText, QColor(0x4a, 0x32, 0x00));
    setPalette(warning);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Connection to the shared record"));
    hide();
    if (ServerLink *link = m_context.serverLink()) {
        connect(link, &ServerLink::stateChanged, this, &OfflineBanner::update);
        connect(link, &ServerLink::sent, this, &OfflineBanner::tellSent);
        update();
    }
}

void OfflineBanner::update()
{
    ServerLink *link = m_context.serverLink();
    const int waiting = link ? link->waiting() : 0;
    if (!link || (link->online() && waiting == 0)) {
        hide();
        return;
    }
    QString text;
    if (!link->online()) {
        text =
            tr("<b>Offline since %1:</b> the shared record %2 cannot be reached (%3). What "
               "you see is what was last read. Injections you log are kept on this computer "
               "and sent when it is back; until then nobody else sees them.")
                .arg(locale::shortDateTime(link->offlineSince()).toHtmlEscaped(),
                     m_context.database().path().toHtmlEscaped(), link->reason().toHtmlEscaped());
    }
    if (waiting > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral("<br>")) +
                tr("<b>%n injection(s) wait on this computer</b> to be sent.", nullptr, waiting);
    m_text->setText(text);
    show();
    fitText();
}

// A wrapped label asks its layout for too little height in a main window.
void OfflineBanner::fitText()
{
    const int textHeight = m_text->heightForWidth(qMax(1, m_text->width()));
    const QMargins margins = layout()->contentsMargins();
    setMinimumHeight(textHeight + margins.top() + margins.bottom() + 2 * frameWidth());
}

void OfflineBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitText();
}

void OfflineBanner::tellSent(const QList<OfflineInjections::Sent> &sent)
{
    QStringList doubles;
    QStringList kept;
    int arrived = 0;
    for (const OfflineInjections::Sent &one : sent) {
        if (one.error) {
            kept << one.error->message;
            continue;
        }
        ++arrived;
        if (!one.doubleDose())
            continue;
        for (const Warning &warning : one.logged->warnings) {
            if (warning.code == QLatin1String("double-dose") ||
                warning.code == QLatin1String("too-soon"))
                doubles << warning.message;
        }
    }
    update();
    if (!doubles.isEmpty())
        m_context.prompts().error(
            window(), tr("Double Dose"),
            tr("An injection logged while the shared record could not be reached was sent; "
               "someone else had logged a dose for the same time meanwhile. Both are recorded. "
               "Call the doctor or pharmacist for advice before the next dose.") +
                QStringLiteral("\n\n• ") + doubles.join(QStringLiteral("\n• ")));
    if (!kept.isEmpty())
        m_context.prompts().error(
            window(), tr("Injections Not Sent"),
            tr("%n injection(s) stay on this computer; the shared record refused them:", nullptr,
               static_cast<int>(kept.size())) +
                QStringLiteral("\n\n• ") + kept.join(QStringLiteral("\n• ")));
    if (arrived > 0 && doubles.isEmpty())
        setToolTip(tr("%n injection(s) kept on this computer reached the shared record.", nullptr,
                      arrived));
}

} // namespace shotbook::ui
