#include "PatientSwitcher.h"

#include "PatientListModel.h"
#include "common/AppContext.h"

namespace shotbook::ui {

PatientSwitcher::PatientSwitcher(AppContext &context, PatientListModel &model, QWidget *parent)
    : QComboBox(parent)
    , m_context(context)
    , m_model(model)
{
    setModel(&m_model);
    setAccessibleName(tr("Patient"));
    setToolTip(tr("The patient whose records are shown"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::activated, this,
            [this](int row) { m_context.setCurrentPatientId(m_model.patientAt(row).id); });
    connect(&m_context, &AppContext::currentPatientChanged, this,
            &PatientSwitcher::syncFromContext);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &PatientSwitcher::onModelReset);
    onModelReset();
}

void PatientSwitcher::onModelReset()
{
    if (m_model.rowCount() == 0) {
        m_context.setCurrentPatientId(0);
        setEnabled(false);
        return;
    }
    setEnabled(true);
    if (m_model.rowOf(m_context.currentPatientId()) < 0)
        m_context.setCurrentPatientId(m_model.patientAt(0).id);
    syncFromContext();
}

void PatientSwitcher::syncFromContext()
{
    setCurrentIndex(m_model.rowOf(m_context.currentPatientId()));
}

} // namespace shotbook::ui
