#pragma once

#include "FirstRunStep.h"

class QButtonGroup;
class QRadioButton;

namespace shotbook::ui {

// What the medicine is for (the regimen's indication); skippable.
class FirstRunIndicationPage final : public FirstRunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunIndicationPage)

public:
    explicit FirstRunIndicationPage(const FirstRunPlan &plan, QWidget *parent = nullptr);

    QString indication() const; // a core id; empty when none is chosen
    QRadioButton *button(const QString &indication) const;
    bool isComplete() const override;
    void fill(FirstRunPlan &plan) const override;
    void leaveOut(FirstRunPlan &plan) const override;

private:
    QButtonGroup *m_group;
};

} // namespace shotbook::ui
