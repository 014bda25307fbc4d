#include "DataDump.h"
#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "injections/InjectionDialog.h"
#include "injections/LogTableModel.h"
#include "injections/LogView.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenDialog.h"
#include "regimen/RegimenService.h"
#include "storage/Database.h"
#include "today/TodayView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace shotbook;

// Runs `answer` on the next modal dialog that opens, then lets it go on.
template <typename Dialog, typename Answer>
void onNextDialog(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<Dialog *>(widget); dialog && dialog->isVisible()) {
                answer(dialog);
                return;
            }
        }
        QFAIL("no dialog opened");
    });
}

class TestInjectionsUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // Sunday 22 Nov 2026, 09:30 in Berlin: the 08:00 dose is overdue.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    qint64 m_patient = 0;

private Q_SLOTS:
    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
        PatientRepository patients(*m_database, m_clock);
        m_patient = patients.add({QStringLiteral("Ada"), std::nullopt, 64.0, {}})->id;
        Regimen regimen;
        regimen.patientId = m_patient;
        regimen.start = QDate(2026, 11, 1);
        regimen.dailyMg = 100;
        RegimenService regimens(*m_database, m_clock);
        QVERIFY(regimens.set(regimen));
        m_prompts = test::ScriptedPrompts();
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_context->setCurrentPatientId(m_patient);
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
    }

    void todayShowsOverdueDose()
    {
        ui::TodayView today(*m_context);
        QCOMPARE(test::child<QLabel>(today, "doseLabel")->text(),
                 QStringLiteral("100 mg · 0.67 mL"));
        QVERIFY2(
            test::child<QLabel>(today, "whenLabel")->text().contains(QStringLiteral("Overdue")),
            qPrintable(test::child<QLabel>(today, "whenLabel")->text()));
        QVERIFY(test::child<QLabel>(today, "adviceLabel")
                    ->text()
                    .contains(QStringLiteral("Take it now")));
    }

    void logFromTodaySeenInLog()
    {
        ui::TodayView today(*m_context);
        ui::LogView log(*m_context);
        QAbstractItemModelTester tester(test::child<ui::LogTableModel>(log, "model"),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before =
            test::child<ui::LogTableModel>(log, "model")->rowCount(); // missed doses of this month
        QVERIFY(before > 0);

        onNextDialog<ui::InjectionDialog>([](ui::InjectionDialog *dialog) {
            // Pre-filled with now and the regimen's dose.
            QCOMPARE(test::child<QDateTimeEdit>(*dialog, "timeEdit")->dateTime(),
                     QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::LocalTime));
            QCOMPARE(test::child<QDoubleSpinBox>(*dialog, "doseEdit")->value(), 100.0);
            dialog->setSite(QStringLiteral("thigh-left-upper"));
            dialog->accept();
        });
        QTest::mouseClick(test::child<QPushButton>(today, "logButton"), Qt::LeftButton);

        QVERIFY(
            test::child<QLabel>(today, "whenLabel")->text().contains(QStringLiteral("tomorrow")));
        QVERIFY(test::child<QLabel>(today, "todayList")->text().contains(QStringLiteral("taken")));
        // The Log view now lists it (and no longer counts today's slot as open).
        const auto *model = test::child<ui::LogTableModel>(log, "model");
        int found = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row).injection)
                found = row;
        }
        QVERIFY(found >= 0);
        QCOMPARE(model->rowAt(found).injection->site, QStringLiteral("thigh-left-upper"));
        QCOMPARE(model->rowAt(found).injection->doseMg, 100.0);
        QCOMPARE(model->data(model->index(found, ui::LogTableModel::StatusColumn)).toString(),
                 QStringLiteral("1 h 30 min late"));
        QCOMPARE(model->rowCount(), before + 1);

        // Undo takes it out again.
        m_context->undoStack()->undo();
        QCOMPARE(model->rowCount(), before);
        QVERIFY(
            test::child<QLabel>(today, "whenLabel")->text().contains(QStringLiteral("Overdue")));
        m_context->undoStack()->redo();
        QCOMPARE(model->rowCount(), before + 1);
    }

    void secondDoseNeedsConfirmation()
    {
        const auto injectionCount = [this] {
            ui::LogView log(*m_context);
            int count = 0;
            for (int row = 0; row < test::child<ui::LogTableModel>(log, "model")->rowCount(); ++row)
                count += test::child<ui::LogTableModel>(log, "model")->rowAt(row).injection ? 1 : 0;
            return count;
        };
        ui::InjectionDialog first(*m_context, m_patient);
        first.setSite(QStringLiteral("arm-left"));
        first.accept();
        QCOMPARE(first.result(), int(QDialog::Accepted));
        QCOMPARE(injectionCount(), 1);

        // The user declines: the dialog stays open, nothing is written.
        m_prompts.confirmations.enqueue(false);
        ui::InjectionDialog declined(*m_context, m_patient);
        declined.setSite(QStringLiteral("arm-right"));
        declined.show();
        declined.accept();
        QVERIFY(m_prompts.asked.last().contains(QStringLiteral("already logged")));
        QVERIFY(declined.isVisible());
        QVERIFY(!declined.savedInjectionId());
        QCOMPARE(injectionCount(), 1);

        // The user confirms that a second dose really was given.
        m_prompts.confirmations.enqueue(true);
        ui::InjectionDialog confirmed(*m_context, m_patient);
        confirmed.setSite(QStringLiteral("arm-right"));
        confirmed.show();
        confirmed.accept();
        QVERIFY(!confirmed.isVisible());
        QVERIFY(confirmed.savedInjectionId());
        QCOMPARE(injectionCount(), 2);
        QVERIFY(m_prompts.confirmations.isEmpty());
    }

    void siteIsRequired()
    {
        ui::InjectionDialog dialog(*m_context, m_patient);
        // Pre-filled with the rotation's suggestion; the user clears it.
        QCOMPARE(test::child<QComboBox>(dialog, "siteBox")->currentData().toString(),
                 QStringLiteral("abdomen-upper-left"));
        test::child<QComboBox>(dialog, "siteBox")->setCurrentIndex(0);
        dialog.show();
        const QString before = test::dataDump(m_database->connection());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(test::child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("site")));
        QCOMPARE(test::dataDump(m_database->connection()), before); // nothing written
    }

    void regimenDialogShowsArithmetic()
    {
        ui::RegimenDialog dialog(*m_context, m_patient);
        test::child<QDoubleSpinBox>(dialog, "dailyMgEdit")->setValue(150);
        test::child<QComboBox>(dialog, "perDayBox")->setCurrentIndex(1);
        const QString text = test::child<QLabel>(dialog, "arithmeticLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("150 mg/day")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 doses of 75 mg")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("70 mg = 0.47 mL")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("above the labelled dose")));

        test::child<QRadioButton>(dialog, "perKgButton")->setChecked(true);
        test::child<QDoubleSpinBox>(dialog, "mgPerKgEdit")->setValue(2.0);
        test::child<QComboBox>(dialog, "perDayBox")->setCurrentIndex(0);
        QVERIFY2(test::child<QLabel>(dialog, "arithmeticLabel")
                     ->text()
                     .contains(QStringLiteral("2 mg/kg/day × 64 kg = <b>128 mg/day</b>")),
                 qPrintable(test::child<QLabel>(dialog, "arithmeticLabel")->text()));
    }

    void regimenDialogSetsRegimenUndoably()
    {
        ui::RegimenDialog dialog(*m_context, m_patient);
        test::child<QDoubleSpinBox>(dialog, "dailyMgEdit")->setValue(100);
        test::child<QComboBox>(dialog, "perDayBox")->setCurrentIndex(1);
        test::child<QTimeEdit>(dialog, "firstTime")->setTime(QTime(7, 30));
        test::child<QTimeEdit>(dialog, "secondTime")->setTime(QTime(19, 30));
        test::child<QDateEdit>(dialog, "startEdit")->setDate(QDate(2026, 11, 23));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        RegimenService regimens(*m_database, m_clock);
        const auto current = regimens.regimenOn(m_patient, QDate(2026, 11, 23));
        QVERIFY(current && *current);
        QCOMPARE((*current)->times, (QList<QTime>{QTime(7, 30), QTime(19, 30)}));
        QCOMPARE(regimens.history(m_patient)->size(), 2);
        m_context->undoStack()->undo();
        QCOMPARE(regimens.history(m_patient)->size(), 1);
    }
};

QTEST_MAIN(TestInjectionsUi)
#include "tst_injectionsui.moc"
