#include "RegimenDialog.h"

#include "RegimenCommands.h"
#include "RegimenForm.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/PatientTitle.h"
#include "regimen/RegimenRepository.h"
#include "regimen/RegimenService.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace shotbook::ui {

RegimenDialog::RegimenDialog(AppContext &context, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(patientId)
    , m_form(new RegimenForm(context.clock().today(), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("regimenDialog"));
    QLabel *heading = PatientTitle::apply(this, context, patientId, tr("Set Regimen"));
    m_form->setPatientId(patientId);
    m_error->setObjectName(QStringLiteral("regimenError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Regimen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegimenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegimenDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    loadCurrent();
    m_form->setDoseSource([this](const Regimen &regimen) {
        RegimenService regimens(m_context.database(), m_context.clock());
        return regimens.doseFor(regimen, regimen.start);
    });
    // Typing starts in the dose, not on the button Enter presses.
    (m_form->fixedButton()->isChecked() ? m_form->dailyMgEdit() : m_form->mgPerKgEdit())
        ->setFocus();
    setMinimumWidth(480);
}

// Opens on the regimen in force (or the latest one): a changed dose starts
// from what the prescriber set, never from an adult default. Only the start
// date is today's: the new regimen replaces the old one from then.
void RegimenDialog::loadCurrent()
{
    RegimenService regimens(m_context.database(), m_context.clock());
    const auto history = regimens.history(m_patientId);
    if (!history || history->isEmpty())
        return;
    const QDate today = m_context.clock().today();
    const auto inForce = shotbook::regimenOn(*history, today);
    m_form->load(inForce ? *inForce : history->constLast());
}

Regimen RegimenDialog::value() const
{
    return m_form->value();
}

QRadioButton *RegimenDialog::fixedButton() const
{
    return m_form->fixedButton();
}

QRadioButton *RegimenDialog::perKgButton() const
{
    return m_form->perKgButton();
}

QDoubleSpinBox *RegimenDialog::dailyMgEdit() const
{
    return m_form->dailyMgEdit();
}

QDoubleSpinBox *RegimenDialog::mgPerKgEdit() const
{
    return m_form->mgPerKgEdit();
}

QComboBox *RegimenDialog::perDayBox() const
{
    return m_form->perDayBox();
}

QComboBox *RegimenDialog::intervalBox() const
{
    return m_form->intervalBox();
}

QTimeEdit *RegimenDialog::firstTime() const
{
    return m_form->firstTime();
}

QTimeEdit *RegimenDialog::secondTime() const
{
    return m_form->secondTime();
}

QDateEdit *RegimenDialog::startEdit() const
{
    return m_form->startEdit();
}

QLabel *RegimenDialog::arithmeticLabel() const
{
    return m_form->arithmeticLabel();
}

SyringeWidget *RegimenDialog::syringe() const
{
    return m_form->syringe();
}

void RegimenDialog::accept()
{
    auto command = std::make_unique<SetRegimenCommand>(m_context, value());
    if (auto done = DataCommand::execute(m_context, std::move(command)); !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace shotbook::ui
