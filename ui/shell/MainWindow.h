#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
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
class ChartsView;
class ReportsView;
class TodayView;
class ExchangeActions;

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
    ChartsView *chartsView() const { return m_chartsView; }
    ReportsView *reportsView() const { return m_reportsView; }
    void showView(QWidget *view);
    ReminderService *reminders() const { return m_reminders; }

    // Runs the first-run assistant when the database holds no patient.
    void runFirstRunIfEmpty();

    ExchangeActions *exchange() const { return m_exchange; }

public Q_SLOTS:
    // The dose times and blood tests as an .ics file.
    void exportCalendar();
    // File ▸ Backups…
    void showBackups();
    // The daily automatic backup, when Shotbook opens.
    void backUpIfDue();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addView(const QIcon &icon, const QString &title, QWidget *view);
    void fitNavigation();
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
    ChartsView *m_chartsView = nullptr;
    ReportsView *m_reportsView = nullptr;
    ReminderService *m_reminders;
    ExchangeActions *m_exchange;
    QSystemTrayIcon *m_tray = nullptr;
    QList<QAction *> m_viewActions;
    QList<QAction *> m_patientActions;
    QAction *m_exportCalendar = nullptr;
    bool m_quitting = false;
};

} // namespace shotbook::ui
