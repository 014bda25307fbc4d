#pragma once

#include "FirstRunStep.h"
#include "common/WeightUnit.h"

class QLabel;

namespace shotbook::ui {

class AppContext;

// What will be written, and what was skipped and where to set it later.
// Finishing writes it all as one undoable step.
class FirstRunSummaryPage final : public FirstRunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunSummaryPage)

public:
    FirstRunSummaryPage(AppContext &context, const FirstRunPlan &plan, WeightUnit unit,
                        QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    void initializePage() override;
    void fill(FirstRunPlan &) const override {}
    void leaveOut(FirstRunPlan &) const override {}
    void showFailure(const QString &message) { showError(message); }

private:
    QString regimenText() const;

    AppContext &m_context;
    WeightUnit m_unit;
    QLabel *m_summary;
};

} // namespace shotbook::ui
