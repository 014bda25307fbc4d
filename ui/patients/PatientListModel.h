#pragma once

#include "patients/Patient.h"

#include <QAbstractListModel>
#include <QList>

namespace shotbook::ui {

class AppContext;

// The patients of the open database, by name; reloads when data changes.
class PatientListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit PatientListModel(AppContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 patientId) const; // -1 when absent
    const Patient &patientAt(int row) const { return m_patients.at(row); }
    void reload();

private:
    AppContext &m_context;
    QList<Patient> m_patients;
};

} // namespace shotbook::ui
