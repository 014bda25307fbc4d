// Typed change notices: a write says what it changed, each view reloads only
// when it shows that, and a view the window does not show reloads when it is
// next shown. Counts the reloads per write.

#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/DataCommand.h"
#include "common/ViewRefresher.h"
#include "diary/DiaryCommands.h"
#include "diary/DiaryView.h"
#include "injections/InjectionCommands.h"
#include "injections/LogView.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "shell/MainWindow.h"
#include "stock/StockCommands.h"
#include "stock/StockView.h"
#include "storage/Database.h"
#include "today/TodayView.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

class TestChangeNotices final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(8, 5), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_ada = 0;
    QHash<QObject *, int> m_reloads; // per view

    void countReloads()
    {
        for (ui::ViewRefresher *refresher : m_window->findChildren<ui::ViewRefresher *>())
            connect(refresher, &ui::ViewRefresher::reloaded, this,
                    [this, refresher] { ++m_reloads[refresher->parent()]; });
    }
    int total() const
    {
        int sum = 0;
        for (const int n : m_reloads)
            sum += n;
        return sum;
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
        PatientRepository patients(*m_database, m_clock);
        m_ada = patients.add({u"Ada"_s, std::nullopt, 64.0, {}})->id;
        Regimen regimen;
        regimen.patientId = m_ada;
        regimen.start = QDate(2026, 11, 1);
        regimen.dailyMg = 100;
        QVERIFY(RegimenService(*m_database, m_clock).set(regimen));
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_settings = std::make_unique<ui::AppSettings>();
        m_window = std::make_unique<ui::MainWindow>(*m_context, *m_settings);
        m_context->setCurrentPatientId(m_ada);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        countReloads();
        // The pages load when first shown (firstShowLoadsAPage): show each
        // once, so that what follows counts the reloads of changes alone.
        if (QLatin1String(QTest::currentTestFunction()) != QLatin1String("firstShowLoadsAPage")) {
            auto *navigation = test::child<QListWidget>(*m_window, "navigation");
            for (int row = 0; row < navigation->count(); ++row)
                navigation->setCurrentRow(row);
        }
        m_window->showView(m_window->todayView());
        m_reloads.clear();
    }

    // The window's start loads only the page it shows; another page loads
    // when it is first shown, once (issue 16: a twenty-year stock history is
    // not read before anyone looks at it).
    void firstShowLoadsAPage()
    {
        const auto reloadsOf = [](QWidget *view) {
            const auto *refresher = view->findChild<ui::ViewRefresher *>();
            return refresher ? refresher->reloads() : -1;
        };
        QCOMPARE(reloadsOf(m_window->stockView()), 0);
        QCOMPARE(reloadsOf(m_window->diaryView()), 0);
        m_window->showView(m_window->stockView());
        QCOMPARE(reloadsOf(m_window->stockView()), 1);
        m_window->showView(m_window->todayView());
        m_window->showView(m_window->stockView());
        QCOMPARE(reloadsOf(m_window->stockView()), 1); // nothing changed since
        QCOMPARE(reloadsOf(m_window->diaryView()), 0);
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_context.reset();
        m_database.reset();
    }

    void oneWriteReloadsOnlyTheViewOnScreen()
    {
        InjectionInput input;
        input.site = u"thigh-left-upper"_s;
        QVERIFY(ui::DataCommand::execute(
            *m_context, std::make_unique<ui::LogInjectionCommand>(*m_context, m_ada, input,
                                                                  Confirmations::none())));
        // Today is on screen: it reloads; Log, Body map and Stock show
        // injections but are not on screen: they wait. Diary and Patients do
        // not show injections at all.
        QCOMPARE(total(), 1);
        QCOMPARE(m_reloads.value(m_window->todayView()), 1);

        // Showing the Log reloads it once, for the write it missed.
        m_window->showView(m_window->logView());
        QCOMPARE(total(), 2);
        // Showing the Diary does not: nothing it shows changed.
        m_window->showView(m_window->diaryView());
        QCOMPARE(total(), 2);
    }

    void aStockWriteIsNotAnInjectionWrite()
    {
        m_window->showView(m_window->logView());
        m_reloads.clear();
        QVERIFY(ui::DataCommand::execute(
            *m_context, std::make_unique<ui::ReceiveStockCommand>(
                            *m_context, u"L1"_s, QDate(2027, 6, 30), 10, QDate(2026, 11, 20))));
        QCOMPARE(total(), 0); // the Log shows no stock
        m_window->showView(m_window->stockView());
        QCOMPARE(total(), 1);
        // Undo is a write too, with the same notice.
        m_context->undoStack()->undo();
        QCOMPARE(total(), 2);
    }

    void anotherProcessWritingReloadsWhatIsShown()
    {
        m_reloads.clear();
        m_context->notifyChanged(ui::ChangeNotice::everything());
        QCOMPARE(total(), 1); // Today; the others when shown
        for (int row = 0; row < test::child<QListWidget>(*m_window, "navigation")->count(); ++row)
            test::child<QListWidget>(*m_window, "navigation")->setCurrentRow(row);
        QCOMPARE(total(), test::child<QListWidget>(*m_window, "navigation")->count());
    }
};

QTEST_MAIN(TestChangeNotices)
#include "tst_changenotices.moc"
