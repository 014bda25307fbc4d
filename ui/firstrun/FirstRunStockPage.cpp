#include "FirstRunStockPage.h"

#include "FirstRunPlan.h"
#include "stock/LotForm.h"
#include "stock/StockRules.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace shotbook::ui {

FirstRunStockPage::FirstRunStockPage(const FirstRunPlan &plan, const QDate &today, QWidget *parent)
    : FirstRunStep(plan, true, parent)
    , m_today(today)
    , m_form(new LotForm(today, false, this))
{
    setObjectName(QStringLiteral("firstRunStockPage"));
    setTitle(tr("Your syringes"));
    setSubTitle(tr("The pack you have now, so that Shotbook can tell you when to order more and "
                   "which lot to use first."));
    auto *advice = new QLabel(tr("Keep the syringes in the fridge (2–8 °C) in their carton, away "
                                 "from light. Do not freeze or shake them."),
                              this);
    advice->setWordWrap(true);
    body()->addWidget(m_form);
    body()->addSpacing(8);
    body()->addWidget(advice);
    connect(m_form->lotEdit(), &QLineEdit::textChanged, this, &FirstRunStockPage::clearError);
}

bool FirstRunStockPage::check()
{
    if (auto valid = StockRules::checkReceive(m_form->lot(), m_form->expires(), m_form->received(),
                                              m_form->count(), m_today);
        !valid) {
        showError(valid.error().message);
        m_form->lotEdit()->setFocus();
        return false;
    }
    clearError();
    return true;
}

void FirstRunStockPage::fill(FirstRunPlan &plan) const
{
    plan.stock =
        FirstRunPlan::Stock{m_form->lot(), m_form->expires(), m_form->count(), m_form->received()};
}

void FirstRunStockPage::leaveOut(FirstRunPlan &plan) const
{
    plan.stock.reset();
}

} // namespace shotbook::ui
