#pragma once

#include "FirstRunStep.h"

#include <QDate>

namespace shotbook::ui {

class PatientForm;

// Who the injections are for: name and date of birth (not skippable).
class FirstRunPatientPage final : public FirstRunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPatientPage)

public:
    FirstRunPatientPage(const FirstRunPlan &plan, const QDate &today, QWidget *parent = nullptr);

    PatientForm *form() const { return m_form; }
    bool check() override;
    void fill(FirstRunPlan &plan) const override;
    void leaveOut(FirstRunPlan &plan) const override;

private:
    QDate m_today;
    PatientForm *m_form;
};

} // namespace shotbook::ui
