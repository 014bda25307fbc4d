#include "FirstRunStep.h"

#include <QLabel>
#include <QVBoxLayout>

namespace shotbook::ui {

FirstRunStep::FirstRunStep(const FirstRunPlan &plan, bool skippable, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_skippable(skippable)
    , m_body(new QVBoxLayout)
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    layout->addWidget(m_error);
    layout->addStretch();
}

void FirstRunStep::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void FirstRunStep::clearError()
{
    m_error->clear();
    m_error->hide();
}

} // namespace shotbook::ui
