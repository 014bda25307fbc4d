#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace shotbook::ui {

class AppContext;
class DoseHistoryChart;
class PatientListModel;

// "Patients": everyone whose records this database holds; add, rename, remove.
class PatientsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientsView)

public:
    PatientsView(AppContext &context, PatientListModel &model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    DoseHistoryChart *chart() const { return m_chart; }

Q_SIGNALS:
    void setRegimenRequested();

public Q_SLOTS:
    void addPatient();
    void renamePatient();
    void removePatient();
    void recordWeight();

private:
    void showCurrent();

    AppContext &m_context;
    PatientListModel &m_model;
    QListView *m_list;
    QLabel *m_details;
    QPushButton *m_rename;
    QPushButton *m_remove;
    DoseHistoryChart *m_chart;
};

} // namespace shotbook::ui
