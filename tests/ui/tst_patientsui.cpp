#include "DataDump.h"
#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "patients/AddPatientDialog.h"
#include "patients/PatientForm.h"
#include "patients/PatientListModel.h"
#include "patients/PatientRepository.h"
#include "patients/PatientSwitcher.h"
#include "patients/PatientsView.h"
#include "regimen/RegimenService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

class TestPatientsUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;

    QStringList switcherItems(const QComboBox &box) const
    {
        QStringList items;
        for (int i = 0; i < box.count(); ++i)
            items << box.itemText(i);
        return items;
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(
            QStringLiteral("ui-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        auto opened = Database::open(m_path);
        QVERIFY(opened);
        m_database = std::move(*opened);
        PatientRepository patients(*m_database, m_clock);
        QVERIFY(patients.add({QStringLiteral("Noah"), QDate(2023, 5, 1), 12.0, {}}));
        QVERIFY(patients.add({QStringLiteral("Emma"), QDate(2021, 2, 3), 17.5, {}}));
        m_prompts = test::ScriptedPrompts();
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
    }

    void switcherListsBothPatients()
    {
        ui::PatientListModel model(*m_context);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::PatientSwitcher switcher(*m_context, model);
        QCOMPARE(switcherItems(switcher),
                 (QStringList{QStringLiteral("Emma"), QStringLiteral("Noah")}));
        // With no remembered patient the first is chosen.
        QCOMPARE(switcher.currentText(), QStringLiteral("Emma"));
        QCOMPARE(m_context->currentPatientId(), 2);

        QSignalSpy changed(m_context.get(), &ui::AppContext::currentPatientChanged);
        switcher.setFocus();
        QTest::keyClick(&switcher, Qt::Key_Down);
        QCOMPARE(switcher.currentText(), QStringLiteral("Noah"));
        QCOMPARE(m_context->currentPatientId(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void mainWindowShowsSwitcherAndViews()
    {
        ui::AppSettings settings;
        ui::MainWindow window(*m_context, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(switcherItems(*test::child<ui::PatientSwitcher>(window, "patientSwitcher")),
                 (QStringList{QStringLiteral("Emma"), QStringLiteral("Noah")}));
        QStringList views;
        for (int i = 0; i < test::child<QListWidget>(window, "navigation")->count(); ++i)
            views << test::child<QListWidget>(window, "navigation")->item(i)->text();
        QCOMPARE(
            views,
            (QStringList{QStringLiteral("Today"), QStringLiteral("Log"), QStringLiteral("Body Map"),
                         QStringLiteral("Stock"), QStringLiteral("Diary"), QStringLiteral("Charts"),
                         QStringLiteral("Reports"), QStringLiteral("Patients & Regimen")}));
    }

    void exportsTheDoseCalendar()
    {
        Regimen regimen;
        regimen.patientId = 1;
        regimen.start = QDate(2026, 11, 1);
        regimen.dailyMg = 100;
        RegimenService regimens(*m_database, m_clock);
        QVERIFY(regimens.set(regimen));
        ui::AppSettings settings;
        ui::MainWindow window(*m_context, settings);
        m_context->setCurrentPatientId(1);
        const QString path = m_dir.filePath(QStringLiteral("doses.ics"));
        QFile::remove(path);
        m_prompts.saveNames.enqueue(path);
        QMetaObject::invokeMethod(&window, "exportCalendar");
        QVERIFY(m_prompts.errors.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(text.contains("RRULE:FREQ=DAILY"));
        QVERIFY(text.contains("Noah"));
        // Never over an existing file.
        m_prompts.saveNames.enqueue(path);
        QMetaObject::invokeMethod(&window, "exportCalendar");
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY(m_prompts.errors.first().contains(QStringLiteral("already exists")));
    }

    void seesChangesFromAnotherProcess()
    {
        ui::PatientListModel model(*m_context);
        ui::PatientSwitcher switcher(*m_context, model);
        auto other = Database::open(m_path);
        QVERIFY(other);
        PatientRepository patients(**other, m_clock);
        QVERIFY(patients.add({QStringLiteral("Zoe"), std::nullopt, std::nullopt, {}}));
        m_context->pollExternalChanges();
        QCOMPARE(switcher.count(), 3);
        QCOMPARE(switcher.itemText(2), QStringLiteral("Zoe"));
    }

    void addUndoRedo()
    {
        ui::PatientListModel model(*m_context);
        ui::AddPatientDialog dialog(*m_context);
        QTest::keyClicks(test::child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ada"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 id = *dialog.addedPatientId();
        QCOMPARE(model.rowCount(), 3);

        m_context->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(id), -1);
        m_context->undoStack()->redo();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.rowOf(id) >= 0); // back under the same id
        QVERIFY(m_prompts.errors.isEmpty());
    }

    void addRefusedStaysOpen()
    {
        ui::AddPatientDialog dialog(*m_context);
        dialog.show();
        QTest::keyClicks(test::child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("emma"));
        const QString before = test::dataDump(m_database->connection());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(
            test::child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("already")));
        QCOMPARE(m_context->undoStack()->count(), 0);
        QCOMPARE(test::dataDump(m_database->connection()), before); // nothing written
    }

    void renameUndo()
    {
        ui::PatientListModel model(*m_context);
        ui::PatientsView view(*m_context, model);
        m_context->setCurrentPatientId(1);
        m_prompts.texts.enqueue(QStringLiteral("Noah James"));
        view.renamePatient();
        QCOMPARE(model.patientAt(model.rowOf(1)).name, QStringLiteral("Noah James"));
        m_context->undoStack()->undo();
        QCOMPARE(model.patientAt(model.rowOf(1)).name, QStringLiteral("Noah"));
    }

    void removeNeedsConfirmation()
    {
        ui::PatientListModel model(*m_context);
        ui::PatientsView view(*m_context, model);
        m_context->setCurrentPatientId(1);
        m_prompts.confirmations.enqueue(false);
        view.removePatient();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(m_prompts.asked.last().contains(QStringLiteral("cannot be undone")));

        m_prompts.texts.enqueue(QStringLiteral("Emma Rose"));
        m_context->setCurrentPatientId(2);
        view.renamePatient();
        QCOMPARE(m_context->undoStack()->count(), 1);

        m_context->setCurrentPatientId(1);
        m_prompts.confirmations.enqueue(true);
        view.removePatient();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(1), -1);
        QCOMPARE(m_context->undoStack()->count(), 0);
        PatientRepository patients(*m_database, m_clock);
        QCOMPARE(patients.get(1).error().code, QStringLiteral("unknown-patient"));
    }
};

QTEST_MAIN(TestPatientsUi)
#include "tst_patientsui.moc"
