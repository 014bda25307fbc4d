#include "WeightDialog.h"

#include "common/PatientTitle.h"

#include "WeightCommands.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/WeightUnit.h"
#include "patients/PatientRules.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shotbook::ui {

WeightDialog::WeightDialog(AppContext &context, qint64 patientId, const WeightUnit &unit,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(patientId)
    , m_pounds(unit.pounds())
    , m_weight(new QDoubleSpinBox(this))
    , m_date(new QDateEdit(context.clock().today(), this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_weight->setObjectName(QStringLiteral("weightEdit"));
    QLabel *heading = PatientTitle::apply(this, context, patientId, tr("Record Weight"));
    m_weight->setRange(unit.fromKg(PatientRules::MinWeightKg),
                       unit.fromKg(PatientRules::MaxWeightKg));
    m_weight->setDecimals(2);
    m_weight->setSingleStep(0.1);
    m_weight->setSuffix(unit.suffix());
    m_weight->setAccessibleName(tr("Weight"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(context.clock().today());
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("&Measured on:"), m_date);
    auto *note = new QLabel(tr("A weight-based dose follows the latest weight: weigh a growing "
                               "child regularly."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WeightDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WeightDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void WeightDialog::accept()
{
    const double kg = WeightUnit(m_pounds).toKg(m_weight->value());
    if (auto done = DataCommand::execute(
            m_context,
            std::make_unique<AddWeightCommand>(m_context, m_patientId, m_date->date(), kg));
        !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace shotbook::ui
