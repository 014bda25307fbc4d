#pragma once

#include <QComboBox>

namespace shotbook::ui {

class AppContext;
class PatientListModel;

// The toolbar's choice of the patient every view shows. Keeps the context's
// current patient valid: when it is removed, the first one is chosen.
class PatientSwitcher final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientSwitcher)

public:
    PatientSwitcher(AppContext &context, PatientListModel &model, QWidget *parent = nullptr);

private:
    void syncFromContext();
    void onModelReset();

    AppContext &m_context;
    PatientListModel &m_model;
};

} // namespace shotbook::ui
