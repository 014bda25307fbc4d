#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace shotbook::ui {

struct FirstRunPlan;

// A page of the first-run assistant: it checks what was entered with core's
// rules (writing nothing), puts it into the plan, or, when skipped, leaves
// its part of the plan empty. Nothing is written before the last page.
class FirstRunStep : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunStep)

public:
    FirstRunStep(const FirstRunPlan &plan, bool skippable, QWidget *parent = nullptr);

    bool isSkippable() const { return m_skippable; }
    // Shows what is wrong and returns false when the page cannot be left.
    virtual bool check() { return true; }
    virtual void fill(FirstRunPlan &plan) const = 0;
    virtual void leaveOut(FirstRunPlan &plan) const = 0;
    QLabel *errorLabel() const { return m_error; }

protected:
    const FirstRunPlan &plan() const { return m_plan; }
    QVBoxLayout *body() const { return m_body; }
    void showError(const QString &message);
    void clearError();

private:
    const FirstRunPlan &m_plan;
    bool m_skippable;
    QVBoxLayout *m_body;
    QLabel *m_error;
};

} // namespace shotbook::ui
