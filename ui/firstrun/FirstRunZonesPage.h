#pragma once

#include "FirstRunStep.h"

#include <QDate>

class QRadioButton;

namespace shotbook::ui {

// Who gives the injections: the patient (arms and buttocks start switched
// off) or someone else (every zone on); skippable: every zone stays on.
class FirstRunZonesPage final : public FirstRunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunZonesPage)

public:
    FirstRunZonesPage(const FirstRunPlan &plan, const QDate &today, QWidget *parent = nullptr);

    QRadioButton *selfButton() const { return m_self; }
    QRadioButton *helperButton() const { return m_helper; }

    void initializePage() override;
    void fill(FirstRunPlan &plan) const override;
    void leaveOut(FirstRunPlan &plan) const override;

private:
    QDate m_today;
    QRadioButton *m_self;
    QRadioButton *m_helper;
    bool m_chosen = false; // the user picked one: keep it
};

} // namespace shotbook::ui
