#include "FirstRunRegimenPage.h"

#include "FirstRunPlan.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "patients/PatientRules.h"
#include "regimen/Indications.h"
#include "regimen/RegimenForm.h"
#include "regimen/RegimenRules.h"
#include "regimen/RegimenService.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QRadioButton>
#include <QVBoxLayout>

namespace shotbook::ui {

FirstRunRegimenPage::FirstRunRegimenPage(AppContext &context, const FirstRunPlan &plan,
                                         WeightUnit unit, QWidget *parent)
    : FirstRunStep(plan, true, parent)
    , m_context(context)
    , m_unit(unit)
    , m_form(new RegimenForm(context.clock().today(), this))
    , m_weight(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("firstRunRegimenPage"));
    setTitle(tr("The regimen"));
    setSubTitle(tr("Enter the dose exactly as your doctor prescribed it. Shotbook does the "
                   "arithmetic and warns about anything outside the labelled ranges; it never "
                   "chooses a dose."));
    m_form->setIndicationShown(false); // asked on the page before

    m_weight->setObjectName(QStringLiteral("firstRunWeight"));
    m_weight->setRange(m_unit.fromKg(PatientRules::MinWeightKg),
                       m_unit.fromKg(PatientRules::MaxWeightKg));
    m_weight->setDecimals(2);
    m_weight->setSingleStep(0.1);
    m_weight->setValue(m_unit.fromKg(10.0));
    m_weight->setSuffix(m_unit.suffix());
    m_weight->setAccessibleName(tr("Weight today"));
    m_weight->setToolTip(tr("A weight-based dose follows the latest weight: weigh again as the "
                            "doctor advises."));
    // Right under "By weight", which it belongs to.
    m_form->formLayout()->insertRow(2, tr("W&eight today:"), m_weight);
    body()->addWidget(m_form);

    m_form->setDoseSource([this](const Regimen &regimen) {
        RegimenService regimens(m_context.database(), m_context.clock());
        return regimens.preview(regimen, regimen.start, weightKg(), this->plan().patient.birth);
    });
    connect(m_form->perKgButton(), &QRadioButton::toggled, this,
            &FirstRunRegimenPage::updateWeightRow);
    connect(m_weight, &QDoubleSpinBox::valueChanged, m_form, &RegimenForm::updatePreview);
    connect(m_form, &RegimenForm::changed, this, &FirstRunRegimenPage::clearError);
    updateWeightRow();
}

std::optional<double> FirstRunRegimenPage::weightKg() const
{
    if (!m_form->perKgButton()->isChecked())
        return std::nullopt;
    return m_unit.toKg(m_weight->value());
}

void FirstRunRegimenPage::updateWeightRow()
{
    m_form->formLayout()->setRowVisible(m_weight, m_form->perKgButton()->isChecked());
}

void FirstRunRegimenPage::initializePage()
{
    m_form->setIndication(plan().indication);
    // The kind of dose the label gives for the indication, once per choice
    // of indication; the amounts stay what the user types.
    if (!plan().indication.isEmpty() && plan().indication != m_kindFor) {
        m_kindFor = plan().indication;
        if (Indications::dosedByWeight(plan().indication))
            m_form->perKgButton()->setChecked(true);
        else if (plan().indication == QLatin1String("ra"))
            m_form->fixedButton()->setChecked(true);
    }
    updateWeightRow();
    m_form->updatePreview();
}

bool FirstRunRegimenPage::check()
{
    if (const auto weight = weightKg())
        if (auto valid = PatientRules::checkWeightKg(*weight); !valid) {
            showError(valid.error().message);
            return false;
        }
    if (const auto regimen = RegimenRules::normalize(m_form->value()); !regimen) {
        showError(regimen.error().message);
        return false;
    }
    clearError();
    return true;
}

void FirstRunRegimenPage::fill(FirstRunPlan &plan) const
{
    Regimen regimen = m_form->value();
    regimen.indication = plan.indication;
    plan.regimen = regimen;
    plan.patient.weightKg = weightKg();
}

void FirstRunRegimenPage::leaveOut(FirstRunPlan &plan) const
{
    plan.regimen.reset();
    plan.patient.weightKg.reset();
}

} // namespace shotbook::ui
