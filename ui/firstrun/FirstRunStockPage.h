#pragma once

#include "FirstRunStep.h"

#include <QDate>

namespace shotbook::ui {

class LotForm;

// The first pack of syringes (lot, expiry, count), received today;
// skippable: Stock ▸ Receive… adds it later.
class FirstRunStockPage final : public FirstRunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunStockPage)

public:
    FirstRunStockPage(const FirstRunPlan &plan, const QDate &today, QWidget *parent = nullptr);

    LotForm *form() const { return m_form; }
    bool check() override;
    void fill(FirstRunPlan &plan) const override;
    void leaveOut(FirstRunPlan &plan) const override;

private:
    QDate m_today;
    LotForm *m_form;
};

} // namespace shotbook::ui
