#include "DataDump.h"
#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "injections/InjectionDialog.h"
#include "injections/InjectionLog.h"
#include "injections/InjectionRepository.h"
#include "maintenance/DatabaseCheck.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "shell/Translations.h"
#include "stock/DiscardStockDialog.h"
#include "stock/LotTableModel.h"
#include "stock/ReceiveStockDialog.h"
#include "stock/StockChart.h"
#include "stock/StockService.h"
#include "stock/StockView.h"
#include "storage/Database.h"
#include "storage/SettingsService.h"
#include "today/TodayView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;

class TestStockUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    qint64 m_patient = 0;

    int remaining(const ui::LotTableModel &model, const QString &lot) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.lotAt(row).lot == lot)
                return model.lotAt(row).remaining;
        }
        return -1;
    }

    void receive(const QString &lot, const QDate &expires, int count)
    {
        ui::ReceiveStockDialog dialog(*m_context);
        test::child<QLineEdit>(dialog, "lotEdit")->setText(lot);
        test::child<QDateEdit>(dialog, "expiresEdit")->setDate(expires);
        test::child<QSpinBox>(dialog, "countEdit")->setValue(count);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

private Q_SLOTS:
    void initTestCase() { ui::installTranslations(*QCoreApplication::instance()); }

    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
        PatientRepository patients(*m_database, m_clock);
        m_patient = patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}})->id;
        Regimen regimen;
        regimen.patientId = m_patient;
        regimen.start = QDate(2026, 11, 1);
        regimen.dailyMg = 100;
        RegimenService regimens(*m_database, m_clock);
        QVERIFY(regimens.set(regimen));
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_context->setCurrentPatientId(m_patient);
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
    }

    void receiveThenInjectionTakesOne()
    {
        ui::StockView view(*m_context);
        QAbstractItemModelTester tester(test::child<ui::LotTableModel>(view, "lots"),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        receive(QStringLiteral("LATE"), QDate(2027, 6, 1), 28);
        receive(QStringLiteral("SOON"), QDate(2027, 1, 15), 7);
        QCOMPARE(remaining(*test::child<ui::LotTableModel>(view, "lots"), QStringLiteral("SOON")),
                 7);
        QVERIFY2(test::child<QLabel>(view, "forecastLabel")
                     ->text()
                     .contains(QStringLiteral("35 usable syringes")),
                 qPrintable(test::child<QLabel>(view, "forecastLabel")->text()));

        ui::InjectionDialog dialog(*m_context, m_patient);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // First expiry, first out.
        QCOMPARE(remaining(*test::child<ui::LotTableModel>(view, "lots"), QStringLiteral("SOON")),
                 6);
        QCOMPARE(remaining(*test::child<ui::LotTableModel>(view, "lots"), QStringLiteral("LATE")),
                 28);
        QVERIFY(test::child<QLabel>(view, "forecastLabel")
                    ->text()
                    .contains(QStringLiteral("34 usable syringes")));

        // Undo the injection: the syringe is back.
        m_context->undoStack()->undo();
        QCOMPARE(remaining(*test::child<ui::LotTableModel>(view, "lots"), QStringLiteral("SOON")),
                 7);
        // Undo receiving: a correcting movement takes them out again.
        m_context->undoStack()->undo();
        QCOMPARE(remaining(*test::child<ui::LotTableModel>(view, "lots"), QStringLiteral("SOON")),
                 0);
        QVERIFY(test::child<QTableWidget>(view, "history")->rowCount() >= 3);
    }

    void discardAndLowStockOnToday()
    {
        receive(QStringLiteral("A1"), QDate(2027, 6, 1), 7);
        ui::TodayView today(*m_context);
        QVERIFY(
            !test::child<QLabel>(today, "alertsLabel")->text().contains(QStringLiteral("reorder")));

        ui::DiscardStockDialog dialog(*m_context, QStringLiteral("A1"));
        test::child<QSpinBox>(dialog, "countEdit")->setValue(2);
        test::child<QComboBox>(dialog, "reasonBox")
            ->setCurrentIndex(
                test::child<QComboBox>(dialog, "reasonBox")->findData(QStringLiteral("cloudy")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // Five left at one a day: below the seven-day threshold.
        QVERIFY2(
            test::child<QLabel>(today, "alertsLabel")->text().contains(QStringLiteral("reorder")),
            qPrintable(test::child<QLabel>(today, "alertsLabel")->text()));

        ui::DiscardStockDialog tooMany(*m_context, QStringLiteral("A1"));
        test::child<QSpinBox>(tooMany, "countEdit")->setValue(6);
        tooMany.show();
        const QString before = test::dataDump(m_database->connection());
        tooMany.accept();
        QVERIFY(tooMany.isVisible());
        QVERIFY(test::child<QLabel>(tooMany, "errorLabel")
                    ->text()
                    .contains(QStringLiteral("5 remain")));
        QCOMPARE(test::dataDump(m_database->connection()), before); // nothing written
    }

    void receiveRefusesExpiryBeforeReceived()
    {
        ui::ReceiveStockDialog dialog(*m_context);
        test::child<QLineEdit>(dialog, "lotEdit")->setText(QStringLiteral("X"));
        test::child<QDateEdit>(dialog, "expiresEdit")->setDate(QDate(2026, 1, 1));
        dialog.show();
        const QString before = test::dataDump(m_database->connection());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(test::child<QLabel>(dialog, "errorLabel")
                    ->text()
                    .contains(QStringLiteral("before the received date")));
        QCOMPARE(test::dataDump(m_database->connection()), before); // nothing written
    }

    void undoDeleteAfterTheSyringeWasUsedUp()
    {
        receive(QStringLiteral("ONE"), QDate(2027, 6, 1), 1);
        receive(QStringLiteral("SPARE"), QDate(2027, 9, 1), 1);
        InjectionLog log(*m_database, m_clock);
        InjectionInput input;
        input.site = QStringLiteral("arm-left");
        const auto logged = log.log(m_patient, input, Confirmations::none());
        QVERIFY(logged);
        QCOMPARE(*logged->injection.lot, QStringLiteral("ONE"));
        const auto removed = log.remove(logged->injection.id);
        QVERIFY(removed);
        // Meanwhile the given-back syringe is discarded.
        StockService stock(*m_database, m_clock);
        QVERIFY(stock.discard(QStringLiteral("ONE"), 1, QStringLiteral("damaged"), QString()));
        // Undoing the deletion takes a syringe from the other lot instead of failing.
        QVERIFY(log.restore(*removed));
        ui::StockView view(*m_context);
        QCOMPARE(remaining(*test::child<ui::LotTableModel>(view, "lots"), QStringLiteral("ONE")),
                 0);
        QCOMPARE(remaining(*test::child<ui::LotTableModel>(view, "lots"), QStringLiteral("SPARE")),
                 0);
        const auto injection = InjectionRepository::get(m_database->connection(), removed->id);
        QCOMPARE(*injection->lot, QStringLiteral("SPARE"));
        const auto report = DatabaseCheck::run(*m_database);
        QVERIFY(report && report->ok());
    }

    void chartProjectsStock()
    {
        receive(QStringLiteral("A1"), QDate(2026, 12, 31), 10);
        ui::StockView view(*m_context);
        // At one a day the ten last until 2 Dec; the chart spans the supply
        // with a margin after it, to a whole number of ticks two days apart:
        // 22 Nov to 6 Dec, one point a day.
        QCOMPARE(view.chart()->runsOutOn(), QDate(2026, 12, 2));
        QCOMPARE(view.chart()->firstDay(), QDate(2026, 11, 22));
        QCOMPARE(view.chart()->tickDays(), 2);
        QCOMPARE(view.chart()->lastDay(), QDate(2026, 12, 6));
        QCOMPARE(view.chart()->pointCount(), 15);
        // A1 is used up before it expires: no mark for it in the span.
        QVERIFY(view.chart()->expiryMarks().isEmpty());
    }

    // The chart spans the whole supply, past 120 days, with every expiry in it marked.
    void chartSpansTheSupply()
    {
        receive(QStringLiteral("SOON"), QDate(2026, 12, 1), 20);
        receive(QStringLiteral("LATE"), QDate(2027, 12, 1), 200);
        ui::StockView view(*m_context);
        // 10 of SOON used by 1 Dec (the other 10 expire), then 200 of LATE.
        QCOMPARE(view.chart()->runsOutOn(), QDate(2026, 11, 22).addDays(210));
        QVERIFY(view.chart()->lastDay() > view.chart()->runsOutOn());
        QCOMPARE(view.chart()->expiryMarks(), QList<QDate>{QDate(2026, 12, 1)});
        // Ticks on whole days, at most eight of them.
        const int span = int(view.chart()->firstDay().daysTo(view.chart()->lastDay()));
        QCOMPARE(span % view.chart()->tickDays(), 0);
        QVERIFY(span / view.chart()->tickDays() <= 7);
    }

    // A lot expiring within the warning window is coloured and says so in
    // words; the window is the setting.
    void lotExpiringSoonIsMarked()
    {
        receive(QStringLiteral("SOON"), QDate(2026, 12, 12), 7); // in 20 days
        receive(QStringLiteral("LATE"), QDate(2027, 6, 1), 28);
        ui::StockView view(*m_context);
        const ui::LotTableModel &lots = *test::child<ui::LotTableModel>(view, "lots");
        const auto rowOf = [&lots](const QString &lot) {
            for (int row = 0; row < lots.rowCount(); ++row)
                if (lots.lotAt(row).lot == lot)
                    return row;
            return -1;
        };
        const auto expiry = [&](const QString &lot) {
            return lots.index(rowOf(lot), ui::LotTableModel::StatusColumn)
                .data(ui::LotTableModel::ExpiryRole)
                .toInt();
        };
        const QModelIndex soon = lots.index(rowOf(QStringLiteral("SOON")), 0);
        const QModelIndex late = lots.index(rowOf(QStringLiteral("LATE")), 0);
        QCOMPARE(expiry(QStringLiteral("SOON")), int(ui::LotTableModel::Expiry::Soon));
        QCOMPARE(expiry(QStringLiteral("LATE")), int(ui::LotTableModel::Expiry::InDate));
        QVERIFY(soon.data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!late.data(Qt::BackgroundRole).isValid());
        // Colour is not the only cue.
        QVERIFY(soon.data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(QStringLiteral("30-day warning window")));
        QCOMPARE(lots.index(soon.row(), ui::LotTableModel::StatusColumn).data().toString(),
                 QStringLiteral("expires in 20 days"));

        SettingsService settings(*m_database);
        QVERIFY(settings.set(*SettingsService::find(QStringLiteral("expiring-soon-days")), 14));
        m_context->notifyChanged(ui::ChangeNotice::everything());
        QCOMPARE(expiry(QStringLiteral("SOON")), int(ui::LotTableModel::Expiry::InDate));
        QVERIFY(!lots.index(rowOf(QStringLiteral("SOON")), 0).data(Qt::BackgroundRole).isValid());
    }
};

QTEST_MAIN(TestStockUi)
#include "tst_stockui.moc"
