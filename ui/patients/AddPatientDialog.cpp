#include "AddPatientDialog.h"

#include "PatientCommands.h"
#include "PatientForm.h"
#include "common/AppContext.h"
#include "common/Clock.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shotbook::ui {

AddPatientDialog::AddPatientDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_form(new PatientForm(context.clock().today(), this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_form->setObjectName(QStringLiteral("form"));
    setWindowTitle(tr("Add Patient"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddPatientDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void AddPatientDialog::accept()
{
    auto command = std::make_unique<AddPatientCommand>(m_context, m_form->value());
    auto *added = command.get();
    if (auto done = DataCommand::execute(m_context, std::move(command)); !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    m_addedId = added->patientId();
    QDialog::accept();
}

} // namespace shotbook::ui
