#pragma once

#include "diary/HealthRecords.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QListWidget;
class QTabWidget;

namespace shotbook::ui {

class AppContext;
class DiaryDayForm;

// "Diary": a calendar (days with entries in bold) and the chosen day's form;
// side effects, infections, blood tests and other medicines.
class DiaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryView)

public:
    explicit DiaryView(AppContext &context, QWidget *parent = nullptr);

    QListWidget *infections() const { return m_infections; }
    QLabel *labDueLabel() const { return m_labDue; }

public Q_SLOTS:
    void refresh();
    bool saveDay();

private:
    void loadDay();
    void markDays();
    void addRecord(int kind);
    void endSelected(QListWidget *list, RecordKind kind);

    AppContext &m_context;
    QCalendarWidget *m_calendar;
    DiaryDayForm *m_form;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QListWidget *m_sideEffects;
    QListWidget *m_infections;
    QListWidget *m_labs;
    QListWidget *m_medicines;
    QLabel *m_labDue;
};

} // namespace shotbook::ui
