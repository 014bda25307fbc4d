#pragma once

#include <QMainWindow>

class QListWidget;
class QSystemTrayIcon;
class QStackedWidget;

namespace shotbook::ui {

class AppContext;
class AppSettings;
class PatientListModel;
class PatientSwitcher;
class PatientsView;
class ReminderService;
class LogView;
class BodyMapView;
class StockView;
class DiaryView;
class TodayView;

// The one main window: a navigation list of the views, the patient switcher,
// menus with undo/redo. Each view is its own widget; this class only wires.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppContext &context, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    PatientsView *patientsView() const { return m_patientsView; }
    TodayView *todayView() const { return m_todayView; }
    LogView *logView() const { return m_logView; }
    BodyMapView *bodyMapView() const { return m_bodyMapView; }
    StockView *stockView() const { return m_stockView; }
    DiaryView *diaryView() const { return m_diaryView; }
    void showView(QWidget *view);
    ReminderService *reminders() const { return m_reminders; }

    // Runs the first-run assistant when the database holds no patient.
    void runFirstRunIfEmpty();

public Q_SLOTS:
    // The dose times and blood tests as an .ics file.
    void exportCalendar();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addView(const QIcon &icon, const QString &title, QWidget *view);
    void createMenus();
    void openDatabase();
    void newDatabase();
    void startOn(const QString &path);
    void setRegimen();
    void createTrayIcon();
    void showReminder(qint64 patientId, const QString &title, const QString &message);
    void showSettings();

    AppContext &m_context;
    AppSettings &m_settings;
    PatientListModel *m_patients;
    PatientSwitcher *m_switcher;
    QListWidget *m_navigation;
    QStackedWidget *m_views;
    PatientsView *m_patientsView;
    TodayView *m_todayView;
    LogView *m_logView;
    BodyMapView *m_bodyMapView = nullptr;
    StockView *m_stockView = nullptr;
    DiaryView *m_diaryView = nullptr;
    ReminderService *m_reminders;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_quitting = false;
};

} // namespace shotbook::ui
