#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/EmptyState.h"
#include "diary/DiaryView.h"
#include "diary/HealthRecordService.h"
#include "injections/InjectionLog.h"
#include "injections/LogView.h"
#include "patients/PatientListModel.h"
#include "patients/PatientRepository.h"
#include "patients/PatientsView.h"
#include "regimen/RegimenService.h"
#include "shell/Translations.h"
#include "stock/LotTableModel.h"
#include "stock/StockService.h"
#include "stock/StockView.h"
#include "storage/Database.h"

#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;

// Empty lists say what to do; actions that need a selection wait for one.
class TestEmptyStates final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    qint64 m_patient = 0;

    static ui::EmptyState *emptyState(QWidget *view)
    {
        return view->findChild<ui::EmptyState *>(QStringLiteral("emptyState"));
    }

    static bool showsEmptyState(QWidget *view)
    {
        const ui::EmptyState *state = emptyState(view);
        return state && !state->isHidden();
    }

    void addPatientWithoutRegimen()
    {
        PatientRepository patients(*m_database, m_clock);
        m_patient = patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}})->id;
        m_context->setCurrentPatientId(m_patient);
    }

private Q_SLOTS:
    void initTestCase() { ui::installTranslations(*QCoreApplication::instance()); }

    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
    }

    void logSaysHowToLog()
    {
        addPatientWithoutRegimen();
        ui::LogView view(*m_context);
        view.show();
        QTableView *table = view.findChild<QTableView *>(QStringLiteral("logTable"));
        QVERIFY(showsEmptyState(table));
        QCOMPARE(emptyState(table)->text(),
                 QStringLiteral("No injections in these dates — Log Injection… or Ctrl+L"));
        QVERIFY(emptyState(table)->isVisible());
        auto *edit = view.findChild<QPushButton *>(QStringLiteral("editButton"));
        auto *remove = view.findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());

        InjectionInput input;
        input.at = m_clock.now().addSecs(-3600);
        input.doseMg = 100;
        input.site = QStringLiteral("abdomen-upper-left");
        InjectionLog log(*m_database, m_clock);
        QVERIFY(log.log(m_patient, input, {}));
        m_context->notifyChanged(ui::ChangeNotice::everything());
        QVERIFY(!showsEmptyState(table));
        QVERIFY(!edit->isEnabled()); // nothing chosen yet
        table->selectRow(0);
        QVERIFY(edit->isEnabled());
        QVERIFY(remove->isEnabled());
        table->clearSelection();
        QVERIFY(!edit->isEnabled());
    }

    void stockSaysHowToReceive()
    {
        addPatientWithoutRegimen();
        ui::StockView view(*m_context);
        view.show();
        QTableView *lots = view.findChild<QTableView *>(QStringLiteral("lotTable"));
        QVERIFY(showsEmptyState(lots));
        QVERIFY(emptyState(lots)->text().contains(QStringLiteral("Receive…")));
        QVERIFY(showsEmptyState(test::child<QTableWidget>(view, "history")));
        auto *discard = view.findChild<QPushButton *>(QStringLiteral("discardButton"));
        auto *takeOut = view.findChild<QPushButton *>(QStringLiteral("outOfFridgeButton"));
        QVERIFY(!discard->isEnabled());
        QVERIFY(!takeOut->isEnabled());

        StockService stock(*m_database, m_clock);
        QVERIFY(stock.receive(QStringLiteral("OLD"), QDate(2026, 11, 1), 3, QDate(2026, 10, 1)));
        QVERIFY(stock.receive(QStringLiteral("NEW"), QDate(2027, 6, 1), 7, std::nullopt));
        m_context->notifyChanged(ui::ChangeNotice::everything());
        QVERIFY(!showsEmptyState(lots));
        QVERIFY(!showsEmptyState(test::child<QTableWidget>(view, "history")));
        QVERIFY(!discard->isEnabled());
        for (int row = 0; row < test::child<ui::LotTableModel>(view, "lots")->rowCount(); ++row) {
            lots->selectRow(row);
            const bool expired = test::child<ui::LotTableModel>(view, "lots")->lotAt(row).lot ==
                                 QLatin1String("OLD");
            // An expired lot is discarded, never taken out to be used.
            QVERIFY(discard->isEnabled());
            QCOMPARE(takeOut->isEnabled(), !expired);
        }
    }

    void diaryListsSayWhatToRecord()
    {
        addPatientWithoutRegimen();
        ui::DiaryView view(*m_context);
        view.show();
        for (QListWidget *list :
             {test::child<QListWidget>(view, "sideEffects"),
              test::child<QListWidget>(view, "infections"), test::child<QListWidget>(view, "labs"),
              test::child<QListWidget>(view, "medicines")}) {
            QVERIFY(showsEmptyState(list));
            QVERIFY(emptyState(list)->text().contains(QStringLiteral("Record")));
        }
        auto *gone = view.findChild<QPushButton *>(QStringLiteral("sideEffectEnd"));
        QVERIFY(gone);
        QVERIFY(!gone->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("infectionEnd"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("medicineEnd"))->isEnabled());

        HealthRecordService records(*m_database, m_clock);
        SideEffect open;
        open.patientId = m_patient;
        open.term = QStringLiteral("headache");
        open.severity = QStringLiteral("mild");
        open.onset = QDate(2026, 11, 20);
        const auto added = records.addSideEffect(open);
        QVERIFY(added);
        SideEffect over = open;
        over.term = QStringLiteral("nausea");
        over.onset = QDate(2026, 11, 10);
        const auto gonePast = records.addSideEffect(over);
        QVERIFY(gonePast);
        QVERIFY(
            records.endRecord(RecordKind::SideEffect, gonePast->record.id, QDate(2026, 11, 12)));
        m_context->notifyChanged(ui::ChangeNotice::everything());
        QVERIFY(!showsEmptyState(test::child<QListWidget>(view, "sideEffects")));
        QVERIFY(!gone->isEnabled());
        for (int row = 0; row < test::child<QListWidget>(view, "sideEffects")->count(); ++row) {
            test::child<QListWidget>(view, "sideEffects")->setCurrentRow(row);
            const bool resolved = test::child<QListWidget>(view, "sideEffects")
                                      ->item(row)
                                      ->text()
                                      .contains(QStringLiteral("Nausea"), Qt::CaseInsensitive);
            // Only what is still going on can be gone today.
            QCOMPARE(gone->isEnabled(), !resolved);
        }
    }

    void patientsSayHowToAdd()
    {
        ui::PatientListModel model(*m_context);
        ui::PatientsView view(*m_context, model);
        view.show();
        QListView *list = view.findChild<QListView *>(QStringLiteral("patientList"));
        QVERIFY(showsEmptyState(list));
        QVERIFY(emptyState(list)->text().contains(QStringLiteral("Add Patient")));
        addPatientWithoutRegimen();
        m_context->notifyChanged(ui::ChangeNotice::everything());
        QVERIFY(!showsEmptyState(list));
    }
};

QTEST_MAIN(TestEmptyStates)
#include "tst_emptystates.moc"
