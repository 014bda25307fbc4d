#include "FirstRunIndicationPage.h"

#include "FirstRunPlan.h"
#include "regimen/Indications.h"
#include "regimen/RegimenRules.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace shotbook::ui {

FirstRunIndicationPage::FirstRunIndicationPage(const FirstRunPlan &plan, QWidget *parent)
    : FirstRunStep(plan, true, parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("firstRunIndicationPage"));
    setTitle(tr("What is it for?"));
    setSubTitle(tr("The condition your doctor prescribed anakinra (Kineret) for. Shotbook uses "
                   "it to check the dose against the label."));
    for (const QString &id : RegimenRules::indications()) {
        auto *button = new QRadioButton(Indications::displayName(id), this);
        button->setObjectName(QStringLiteral("indication-") + id);
        button->setProperty("indication", id);
        auto *about = new QLabel(Indications::description(id), this);
        about->setWordWrap(true);
        about->setContentsMargins(24, 0, 0, 6);
        about->setForegroundRole(QPalette::PlaceholderText);
        button->setAccessibleDescription(about->text());
        m_group->addButton(button);
        body()->addWidget(button);
        body()->addWidget(about);
    }
    connect(m_group, &QButtonGroup::buttonToggled, this, &QWizardPage::completeChanged);
}

QString FirstRunIndicationPage::indication() const
{
    const QAbstractButton *checked = m_group->checkedButton();
    return checked ? checked->property("indication").toString() : QString();
}

QRadioButton *FirstRunIndicationPage::button(const QString &indication) const
{
    return findChild<QRadioButton *>(QStringLiteral("indication-") + indication);
}

bool FirstRunIndicationPage::isComplete() const
{
    return m_group->checkedButton() != nullptr; // or Skip
}

void FirstRunIndicationPage::fill(FirstRunPlan &plan) const
{
    plan.indication = indication();
}

void FirstRunIndicationPage::leaveOut(FirstRunPlan &plan) const
{
    plan.indication.clear();
}

} // namespace shotbook::ui
