// Two caregivers, two Shotbook windows, one shared record on a PostgreSQL
// server: what one logs shows in the other within a second (LISTEN/NOTIFY),
// with who logged it, and the other can then not log the same dose without
// confirming it. Both windows live in this process, each with its own
// connection, as two machines would have.

#include "ScriptedPrompts.h"
#include "TestServer.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/DataCommand.h"
#include "injections/InjectionCommands.h"
#include "injections/LogTableModel.h"
#include "injections/LogView.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

// One caregiver's window on the shared record.
struct Caregiver
{
    std::unique_ptr<Database> database;
    test::ScriptedPrompts prompts;
    std::unique_ptr<ui::AppContext> context;
    std::unique_ptr<ui::AppSettings> settings;
    std::unique_ptr<ui::MainWindow> window;

    QAbstractItemModel *log() const
    {
        return window->logView()->findChild<QAbstractItemModel *>(u"model"_s);
    }
    // Rows of the Log view with a site: injections (a missed dose has none).
    int injectionsShown() const
    {
        int count = 0;
        QAbstractItemModel *model = log();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->index(row, ui::LogTableModel::SiteColumn).data().toString().isEmpty())
                ++count;
        }
        return count;
    }
};

} // namespace

class TestTwoWindows final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(8, 5), Qt::LocalTime)};
    QString m_serverName;
    QString m_url;
    Caregiver m_mother;
    Caregiver m_father;
    qint64 m_child = 0;

    void open(Caregiver &caregiver)
    {
        auto opened = Database::open(m_url);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        caregiver.database = std::move(*opened);
        caregiver.context =
            std::make_unique<ui::AppContext>(*caregiver.database, m_clock, caregiver.prompts);
        caregiver.settings = std::make_unique<ui::AppSettings>();
        caregiver.window =
            std::make_unique<ui::MainWindow>(*caregiver.context, *caregiver.settings);
        caregiver.context->setCurrentPatientId(m_child);
        caregiver.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(caregiver.window.get()));
        caregiver.window->showView(caregiver.window->logView());
    }
    static void close(Caregiver &caregiver)
    {
        caregiver.window.reset();
        caregiver.settings.reset();
        caregiver.context.reset();
        caregiver.database.reset();
    }

private Q_SLOTS:
    void init()
    {
        if (!test::TestServer::wanted() || !test::TestServer::available())
            QSKIP(test::TestServer::skipReason());
        auto created =
            test::TestServer::createDatabase(QLatin1String(QTest::currentTestFunction()), 1);
        QVERIFY2(created, created ? "" : qPrintable(created.error()));
        m_serverName = created->name;
        m_url = created->url;
        {
            auto first = Database::open(m_url);
            QVERIFY2(first, first ? "" : qPrintable(first.error().message));
            PatientRepository patients(**first, m_clock);
            m_child = patients.add({u"Noa"_s, QDate(2025, 6, 1), 8.0, {}})->id;
            Regimen regimen;
            regimen.patientId = m_child;
            regimen.start = QDate(2026, 11, 1);
            regimen.mgPerKgPerDay = 2;
            regimen.dosesPerDay = 1;
            regimen.times = {QTime(8, 0)};
            QVERIFY(RegimenService(**first, m_clock).set(regimen));
        }
        open(m_mother);
        open(m_father);
    }
    void cleanup()
    {
        close(m_mother);
        close(m_father);
        if (!m_serverName.isEmpty())
            test::TestServer::dropDatabase(m_serverName);
        m_serverName.clear();
    }

    void whatOneLogsTheOtherSeesWithinASecond()
    {
        QCOMPARE(m_father.injectionsShown(), 0);
        InjectionInput input;
        input.site = u"thigh-left-upper"_s;
        QElapsedTimer timer;
        qint64 shown = -1;
        connect(m_father.log(), &QAbstractItemModel::modelReset, this, [&] {
            if (shown < 0)
                shown = timer.elapsed();
        });
        timer.start();
        QVERIFY(ui::DataCommand::execute(
            *m_mother.context, std::make_unique<ui::LogInjectionCommand>(
                                   *m_mother.context, m_child, input, Confirmations::none())));
        const qint64 committed = timer.elapsed();
        QCOMPARE(m_mother.injectionsShown(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_father.injectionsShown(), 1, 1000);
        qInfo("the other window read the injection in %lld ms after it was committed (and "
              "showed it %lld ms after)",
              shown - committed, timer.elapsed() - committed);
        // Who gave it: the mother's login on the server.
        QAbstractItemModel *log = m_father.log();
        QStringList givenBy;
        for (int row = 0; row < log->rowCount(); ++row)
            givenBy << log->index(row, ui::LogTableModel::GivenByColumn).data().toString();
        QVERIFY2(givenBy.contains(m_mother.database->author()), qPrintable(givenBy.join(u',')));
    }

    void theSecondDoseOfASlotNeedsConfirming()
    {
        InjectionInput input;
        input.site = u"thigh-left-upper"_s;
        QVERIFY(ui::DataCommand::execute(
            *m_mother.context, std::make_unique<ui::LogInjectionCommand>(
                                   *m_mother.context, m_child, input, Confirmations::none())));
        QTRY_COMPARE_WITH_TIMEOUT(m_father.injectionsShown(), 1, 1000);

        // The father, ten minutes later, on his own machine: refused unless
        // confirmed, and told who gave the dose.
        input.site = u"thigh-right-upper"_s;
        const auto refused = ui::DataCommand::execute(
            *m_father.context, std::make_unique<ui::LogInjectionCommand>(
                                   *m_father.context, m_child, input, Confirmations::none()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"double-dose"_s);
        QVERIFY2(refused.error().message.contains(m_mother.database->author()),
                 qPrintable(refused.error().message));
        QSqlQuery count(m_father.database->connection());
        QVERIFY(count.exec(u"SELECT count(*) FROM injections"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        QCOMPARE(m_mother.injectionsShown(), 1);
    }
};

QTEST_MAIN(TestTwoWindows)
#include "tst_twowindows.moc"
