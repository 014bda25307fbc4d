#include "MainWindow.h"

#include "AboutDialog.h"
#include "ConnectDialog.h"
#include "OfflineBanner.h"
#include "SettingsDialog.h"
#include "backups/AutomaticBackup.h"
#include "backups/BackupsDialog.h"
#include "charts/ChartsView.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/UserPrompts.h"
#include "diary/DiaryView.h"
#include "exchange/CalendarExport.h"
#include "exchange/ExchangeActions.h"
#include "firstrun/FirstRunWizard.h"
#include "injections/LogView.h"
#include "patients/PatientListModel.h"
#include "patients/PatientSwitcher.h"
#include "patients/PatientsView.h"
#include "regimen/RegimenDialog.h"
#include "reminders/ReminderService.h"
#include "reports/ReportsView.h"
#include "sites/BodyMapView.h"
#include "stock/StockView.h"
#include "storage/Database.h"
#include "today/TodayView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

namespace shotbook::ui {

MainWindow::MainWindow(AppContext &context, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(settings)
    , m_patients(new PatientListModel(context, this))
    , m_switcher(nullptr)
    , m_navigation(new QListWidget(this))
    , m_views(new QStackedWidget(this))
    , m_patientsView(nullptr)
    , m_todayView(nullptr)
    , m_logView(nullptr)
    , m_reminders(new ReminderService(context, settings, this))
    , m_exchange(new ExchangeActions(context, this))
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_views->setObjectName(QStringLiteral("views"));
    // The platform adds the application's display name ("… — Shotbook"):
    // the title names only the database, so "Shotbook" shows once.
    setWindowTitle(QFileInfo(context.database().path()).fileName());
    setObjectName(QStringLiteral("MainWindow"));

    // Restore the last patient of this database before the switcher picks one.
    m_context.setCurrentPatientId(m_settings.lastPatient(m_context.database().path()));
    m_switcher = new PatientSwitcher(context, *m_patients, this);
    m_switcher->setObjectName(QStringLiteral("patientSwitcher"));

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setMovable(false);
    auto *patientLabel = new QLabel(tr("&Patient:"), this);
    patientLabel->setBuddy(m_switcher);
    patientLabel->setContentsMargins(6, 0, 6, 0);
    toolbar->addWidget(patientLabel);
    toolbar->addWidget(m_switcher);

    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->addWidget(new OfflineBanner(context, central));
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_navigation);
    layout->addWidget(m_views, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    m_todayView = new TodayView(context, this);
    addView(QIcon(QStringLiteral(":/icons/today.svg")), tr("Today"), m_todayView);
    m_logView = new LogView(context, this);
    addView(QIcon(QStringLiteral(":/icons/log.svg")), tr("Log"), m_logView);
    m_bodyMapView = new BodyMapView(context, this);
    addView(QIcon(QStringLiteral(":/icons/bodymap.svg")), tr("Body Map"), m_bodyMapView);
    m_stockView = new StockView(context, this);
    addView(QIcon(QStringLiteral(":/icons/stock.svg")), tr("Stock"), m_stockView);
    m_diaryView = new DiaryView(context, this);
    addView(QIcon(QStringLiteral(":/icons/diary.svg")), tr("Diary"), m_diaryView);
    m_chartsView = new ChartsView(context, this);
    addView(QIcon(QStringLiteral(":/icons/charts.svg")), tr("Charts"), m_chartsView);
    m_reportsView = new ReportsView(context, this);
    addView(QIcon(QStringLiteral(":/icons/reports.svg")), tr("Reports"), m_reportsView);
    m_patientsView = new PatientsView(context, *m_patients, this);
    addView(QIcon(QStringLiteral(":/icons/patients.svg")), tr("Patients & Regimen"),
            m_patientsView);
    connect(m_todayView, &TodayView::setRegimenRequested, this, &MainWindow::setRegimen);
    connect(m_patientsView, &PatientsView::setRegimenRequested, this, &MainWindow::setRegimen);

    fitNavigation();
    connect(m_navigation, &QListWidget::currentRowChanged, m_views,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(qBound(0, m_settings.currentView(), m_navigation->count() - 1));

    createMenus();
    statusBar()->showMessage(
        tr("Database: %1").arg(QDir::toNativeSeparators(context.database().path())));

    connect(&m_context, &AppContext::errorReported, this, [this](const QString &message) {
        m_context.prompts().error(this, tr("Shotbook"), message);
    });
    connect(&m_context, &AppContext::currentPatientChanged, this,
            [this](qint64 id) { m_settings.setLastPatient(m_context.database().path(), id); });

    connect(m_reminders, &ReminderService::reminder, this, &MainWindow::showReminder);
    connect(m_exchange, &ExchangeActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    createTrayIcon();

    resize(1024, 680);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::addView(const QIcon &icon, const QString &title, QWidget *view)
{
    const int index = m_views->addWidget(view);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    // Ctrl+1 … Ctrl+9 open the views in the order of the list.
    if (index >= 9)
        return;
    const QKeySequence keys(
        QKeyCombination(Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + index)));
    auto *action = new QAction(icon, title, this);
    action->setObjectName(QStringLiteral("showView%1").arg(index + 1));
    action->setShortcut(keys);
    connect(action, &QAction::triggered, this, [this, view] { showView(view); });
    addAction(action);
    m_viewActions.append(action);
    item->setToolTip(tr("%1 (%2)").arg(title, keys.toString(QKeySequence::NativeText)));
}

// Wide enough for the longest (translated) view name beside its icon: the
// items' own size hints give no width.
void MainWindow::fitNavigation()
{
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    const int chrome = m_navigation->iconSize().width() + 4 * m_navigation->spacing() +
                       3 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 28;
    m_navigation->setFixedWidth(qMax(190, widest + chrome));
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::openDatabase);
    file->addAction(tr("Connect to a &Shared Record…"), this, [this] {
        ConnectDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && !dialog.location().isEmpty())
            startOn(dialog.location());
    });
    file->addSeparator();
    m_exportCalendar =
        file->addAction(tr("Export Dose &Calendar…"), this, &MainWindow::exportCalendar);
    auto *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&CSV Folder…"), m_exchange, &ExchangeActions::exportCsv);
    exportMenu->addAction(tr("&FHIR File…"), m_exchange, &ExchangeActions::exportFhir);
    file->addAction(tr("&Import CSV…"), m_exchange, &ExchangeActions::importCsv);
    file->addSeparator();
    file->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    file->addSeparator();
    auto *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        m_quitting = true;
        close();
    });
    quit->setMenuRole(QAction::QuitRole);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    auto *undo = m_context.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    auto *redo = m_context.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    auto *views = menuBar()->addMenu(tr("&View"));
    views->addActions(m_viewActions);

    auto *dose = menuBar()->addMenu(tr("&Dose"));
    auto *log = dose->addAction(tr("&Log Injection…"), m_todayView, &TodayView::logInjection);
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    auto *regimen = dose->addAction(tr("Set &Regimen…"), this, &MainWindow::setRegimen);

    auto *patients = menuBar()->addMenu(tr("&Patients"));
    patients->addAction(tr("&Add Patient…"), m_patientsView, &PatientsView::addPatient);
    auto *rename =
        patients->addAction(tr("&Rename Patient…"), m_patientsView, &PatientsView::renamePatient);
    auto *remove =
        patients->addAction(tr("Re&move Patient…"), m_patientsView, &PatientsView::removePatient);

    log->setObjectName(QStringLiteral("logInjectionAction"));
    regimen->setObjectName(QStringLiteral("setRegimenAction"));
    rename->setObjectName(QStringLiteral("renamePatientAction"));
    remove->setObjectName(QStringLiteral("removePatientAction"));
    m_exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    // What needs a patient waits for one.
    m_patientActions = {log, regimen, rename, remove, m_exportCalendar};
    const auto update = [this] {
        const bool patient = m_patients->rowOf(m_context.currentPatientId()) >= 0;
        for (QAction *action : std::as_const(m_patientActions))
            action->setEnabled(patient);
    };
    connect(&m_context, &AppContext::currentPatientChanged, this, update);
    connect(m_patients, &QAbstractItemModel::modelReset, this, update);
    update();

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Shotbook"), this, [this] {
        AboutDialog dialog(m_context.database().path(), this);
        dialog.exec();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showView(QWidget *view)
{
    m_navigation->setCurrentRow(m_views->indexOf(view));
}

void MainWindow::setRegimen()
{
    if (m_context.currentPatientId() <= 0)
        return;
    RegimenDialog dialog(m_context, m_context.currentPatientId(), this);
    dialog.exec();
}

void MainWindow::runFirstRunIfEmpty()
{
    if (m_patients->rowCount() > 0)
        return;
    FirstRunWizard wizard(m_context, this);
    connect(&wizard, &FirstRunWizard::sampleDataReady, this, &MainWindow::startOn);
    wizard.exec();
}

void MainWindow::openDatabase()
{
    const QString path = m_context.prompts().openFileName(
        this, tr("Open Database"), tr("Shotbook databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        startOn(path);
}

void MainWindow::newDatabase()
{
    const QString path = m_context.prompts().saveFileName(this, tr("New Database"),
                                                          tr("Shotbook databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_context.prompts().error(this, tr("New Database"),
                                  tr("%1 already exists. Choose a new name: Shotbook never "
                                     "overwrites a file.")
                                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    startOn(path);
}

// Each database gets its own window and process (one GUI per file, its own
// lock); this one closes once the other has started.
void MainWindow::startOn(const QString &path)
{
    const bool server = Database::isServerLocation(path);
    if ((server ? path : QFileInfo(path).absoluteFilePath()) == m_context.database().path())
        return;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 {QStringLiteral("--db"), path})) {
        m_context.prompts().error(
            this, tr("Open Database"),
            tr("Could not start Shotbook for %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    close();
}

void MainWindow::createTrayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("Shotbook"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("&Show Shotbook"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(tr("&Log Injection…"), this, [this] {
        showNormal();
        m_todayView->logInjection();
    });
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger) {
                    showNormal();
                    raise();
                    activateWindow();
                }
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        showView(m_todayView);
        activateWindow();
    });
    m_tray->show();
}

void MainWindow::showReminder(qint64 patientId, const QString &title, const QString &message)
{
    statusBar()->showMessage(title + QStringLiteral(" — ") + message);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 60 * 1000);
    else
        QApplication::alert(this);
    if (patientId == m_context.currentPatientId())
        showView(m_todayView);
}

// The dose times and blood tests as an .ics file, for a phone's calendar.
void MainWindow::exportCalendar()
{
    if (m_context.currentPatientId() <= 0)
        return;
    const QString path = m_context.prompts().saveFileName(this, tr("Export Dose Calendar"),
                                                          tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    CalendarExport calendar(m_context.database(), m_context.clock());
    const auto written =
        calendar.write(m_context.currentPatientId(), path, std::nullopt, std::nullopt);
    if (!written) {
        m_context.prompts().error(this, tr("Export Dose Calendar"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Wrote %1: import it into your calendar to be reminded of each "
                                "dose.")
                                 .arg(QDir::toNativeSeparators(written->path)),
                             10000);
}

void MainWindow::showBackups()
{
    BackupsDialog dialog(m_context, this);
    connect(&dialog, &BackupsDialog::restored, this, [this](const QString &kept) {
        statusBar()->showMessage(
            tr("Restored. The replaced file is kept as %1.").arg(QDir::toNativeSeparators(kept)),
            15000);
    });
    dialog.exec();
}

void MainWindow::backUpIfDue()
{
    const QString done = AutomaticBackup::runIfDue(m_context, m_settings);
    if (!done.isEmpty())
        statusBar()->showMessage(done, 10000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context, m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        m_reminders->checkNow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_tray && m_tray->isVisible() && m_settings.keepRunningInTray() &&
        m_settings.remindersEnabled()) {
        // Stay in the tray so that reminders still come; Quit really quits.
        hide();
        m_tray->showMessage(tr("Shotbook is still running"),
                            tr("It will remind you of due doses. Use Quit in the tray menu to "
                               "close it."),
                            QSystemTrayIcon::Information, 5000);
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setCurrentView(m_navigation->currentRow());
    m_settings.sync();
    event->accept();
}

} // namespace shotbook::ui
