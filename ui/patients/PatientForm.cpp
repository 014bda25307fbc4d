#include "PatientForm.h"

#include "patients/PatientRules.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace shotbook::ui {

PatientForm::PatientForm(const QDate &today, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_birthKnown(new QCheckBox(tr("&Known:"), this))
    , m_birth(new QDateEdit(this))
    , m_weightKnown(new QCheckBox(tr("K&nown:"), this))
    , m_weight(new QDoubleSpinBox(this))
{
    m_weight->setObjectName(QStringLiteral("weightEdit"));
    m_weightKnown->setObjectName(QStringLiteral("weightKnown"));
    m_birth->setObjectName(QStringLiteral("birthEdit"));
    m_birthKnown->setObjectName(QStringLiteral("birthKnown"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(PatientRules::MaxNameLength);
    m_name->setPlaceholderText(tr("Name or nickname"));
    m_name->setAccessibleName(tr("Name"));

    m_birth->setCalendarPopup(true);
    m_birth->setDateRange(QDate(1900, 1, 1), today);
    m_birth->setDate(today.addYears(-30));
    m_birth->setEnabled(false);
    m_birth->setAccessibleName(tr("Date of birth"));
    m_birthKnown->setToolTip(tr("Needed for a child's weight-based dose checks"));

    m_weight->setRange(PatientRules::MinWeightKg, PatientRules::MaxWeightKg);
    m_weight->setDecimals(2);
    m_weight->setSingleStep(0.1);
    m_weight->setValue(70.0);
    m_weight->setSuffix(tr(" kg"));
    m_weight->setEnabled(false);
    m_weight->setAccessibleName(tr("Weight in kilograms"));
    m_weightKnown->setToolTip(tr("Needed for a weight-based (mg/kg) dose"));

    auto *birthRow = new QHBoxLayout;
    birthRow->addWidget(m_birthKnown);
    birthRow->addWidget(m_birth, 1);
    auto *weightRow = new QHBoxLayout;
    weightRow->addWidget(m_weightKnown);
    weightRow->addWidget(m_weight, 1);

    m_layout = new QFormLayout(this);
    m_layout->addRow(tr("&Name:"), m_name);
    m_layout->addRow(tr("Date of birth:"), birthRow);
    m_layout->addRow(tr("Weight today:"), weightRow);

    connect(m_birthKnown, &QCheckBox::toggled, m_birth, &QWidget::setEnabled);
    connect(m_weightKnown, &QCheckBox::toggled, m_weight, &QWidget::setEnabled);
    connect(m_name, &QLineEdit::textChanged, this, &PatientForm::changed);
    connect(m_birthKnown, &QCheckBox::toggled, this, &PatientForm::changed);
    connect(m_weightKnown, &QCheckBox::toggled, this, &PatientForm::changed);
}

void PatientForm::setWeightShown(bool shown)
{
    m_layout->setRowVisible(2, shown); // the weight row
    if (!shown)
        m_weightKnown->setChecked(false);
}

NewPatient PatientForm::value() const
{
    NewPatient patient;
    patient.name = m_name->text();
    if (m_birthKnown->isChecked())
        patient.birth = m_birth->date();
    if (m_weightKnown->isChecked())
        patient.weightKg = m_weight->value();
    return patient;
}

} // namespace shotbook::ui
