#include "ReactionDialog.h"

#include "common/LocaleFormat.h"
#include "common/PatientTitle.h"

#include "SiteCommands.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "sites/SiteReaction.h"
#include "sites/Zones.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shotbook::ui {

ReactionDialog::ReactionDialog(AppContext &context, qint64 patientId, const QString &zone,
                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(patientId)
    , m_zone(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_started(new QDateTimeEdit(context.clock().now().toLocalTime(), this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_severity->setObjectName(QStringLiteral("severityBox"));
    m_kind->setObjectName(QStringLiteral("kindBox"));
    QLabel *heading = PatientTitle::apply(this, context, patientId, tr("Record Site Reaction"));
    for (const QString &id : Zones::ids())
        m_zone->addItem(Zones::displayName(id), id);
    m_zone->setCurrentIndex(qMax(0, m_zone->findData(zone)));
    for (const QString &id : ReactionKinds::ids())
        m_kind->addItem(ReactionKinds::displayName(id), id);
    for (int severity = 1; severity <= 3; ++severity)
        m_severity->addItem(ReactionKinds::severityName(severity), severity);
    m_started->setCalendarPopup(true);
    m_started->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                                shotbook::locale::timeFormat());
    m_started->setMaximumDateTime(context.clock().now().toLocalTime().addDays(1));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *note = new QLabel(tr("Redness, swelling, itching or pain at the site are common in the "
                               "first weeks and usually fade within 4–6 weeks. Call your doctor "
                               "if a reaction is severe or does not fade."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), m_zone);
    form->addRow(tr("&Reaction:"), m_kind);
    form->addRow(tr("S&everity:"), m_severity);
    form->addRow(tr("S&tarted:"), m_started);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReactionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReactionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ReactionDialog::accept()
{
    SiteReaction reaction;
    reaction.patientId = m_patientId;
    reaction.zone = m_zone->currentData().toString();
    reaction.kind = m_kind->currentData().toString();
    reaction.severity = m_severity->currentData().toInt();
    reaction.startedAt = m_started->dateTime();
    reaction.note = m_note->text().trimmed();
    if (auto done = DataCommand::execute(m_context,
                                         std::make_unique<AddReactionCommand>(m_context, reaction));
        !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace shotbook::ui
