#include "FirstRunPatientPage.h"

#include "FirstRunPlan.h"
#include "patients/PatientForm.h"
#include "patients/PatientRules.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace shotbook::ui {

FirstRunPatientPage::FirstRunPatientPage(const FirstRunPlan &plan, const QDate &today,
                                         QWidget *parent)
    : FirstRunStep(plan, false, parent)
    , m_today(today)
    , m_form(new PatientForm(today, this))
{
    setObjectName(QStringLiteral("firstRunPatientPage"));
    setTitle(tr("Who are the injections for?"));
    setSubTitle(tr("You can add more people later, for example a second child."));
    m_form->setWeightShown(false); // asked with a weight-based regimen
    body()->addWidget(m_form);
    connect(m_form, &PatientForm::changed, this, &FirstRunPatientPage::clearError);
}

bool FirstRunPatientPage::check()
{
    const NewPatient patient = m_form->value();
    if (const auto name = PatientRules::normalizeName(patient.name); !name) {
        showError(name.error().message);
        m_form->nameEdit()->setFocus();
        return false;
    }
    if (const auto birth = PatientRules::checkBirth(patient.birth, m_today); !birth) {
        showError(birth.error().message);
        return false;
    }
    clearError();
    return true;
}

void FirstRunPatientPage::fill(FirstRunPlan &plan) const
{
    const NewPatient entered = m_form->value();
    plan.patient.name = entered.name;
    plan.patient.birth = entered.birth;
}

void FirstRunPatientPage::leaveOut(FirstRunPlan &plan) const
{
    fill(plan); // a patient cannot be left out
}

} // namespace shotbook::ui
