#include "PatientListModel.h"

#include "common/AppContext.h"
#include "patients/PatientRepository.h"

namespace shotbook::ui {

PatientListModel::PatientListModel(AppContext &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{
    connect(&m_context, &AppContext::changed, this, [this](const ChangeNotice &notice) {
        if (notice.affects(DataKind::Patients, 0))
            reload();
    });
    reload();
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_patients.size());
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Patient &patient = m_patients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return patient.name;
    case IdRole:
        return patient.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> PatientListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "patientId");
    return names;
}

int PatientListModel::rowOf(qint64 patientId) const
{
    for (qsizetype row = 0; row < m_patients.size(); ++row) {
        if (m_patients.at(row).id == patientId)
            return static_cast<int>(row);
    }
    return -1;
}

void PatientListModel::reload()
{
    PatientRepository repository(m_context.database(), m_context.clock());
    auto patients = repository.list();
    if (!patients) {
        m_context.reportError(patients.error().message);
        return;
    }
    if (*patients == m_patients)
        return;
    beginResetModel();
    m_patients = std::move(*patients);
    endResetModel();
}

} // namespace shotbook::ui
