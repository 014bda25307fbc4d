#pragma once

#include "FirstRunStep.h"
#include "common/WeightUnit.h"

class QDoubleSpinBox;

namespace shotbook::ui {

class AppContext;
class RegimenForm;

// The regimen the prescriber set, fixed or by weight with today's weight,
// with the arithmetic as it is typed (core's RegimenService::preview);
// skippable: Today then asks for it.
class FirstRunRegimenPage final : public FirstRunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunRegimenPage)

public:
    FirstRunRegimenPage(AppContext &context, const FirstRunPlan &plan, WeightUnit unit,
                        QWidget *parent = nullptr);

    RegimenForm *form() const { return m_form; }
    QDoubleSpinBox *weightEdit() const { return m_weight; }
    std::optional<double> weightKg() const; // with a weight-based regimen only

    void initializePage() override;
    bool check() override;
    void fill(FirstRunPlan &plan) const override;
    void leaveOut(FirstRunPlan &plan) const override;

private:
    void updateWeightRow();

    AppContext &m_context;
    WeightUnit m_unit;
    RegimenForm *m_form;
    QDoubleSpinBox *m_weight;
    QString m_kindFor; // the indication the dose kind was last chosen for
};

} // namespace shotbook::ui
