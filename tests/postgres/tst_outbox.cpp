// The shared record's server goes away mid-session (issue 18): the window
// says so at once, a dose logged meanwhile waits in the outbox on this
// computer, survives the window being closed, and reaches the server when it
// is back; when another caregiver logged that slot meanwhile, the sender gets
// a loud double-dose alert with both entries and Today shows it to everyone.
// "Away" is the mother's login being refused and her connection cut
// (ALTER ROLE … NOLOGIN, pg_terminate_backend): for her the server is gone,
// while the father, on his own login, goes on.

#include "ScriptedPrompts.h"
#include "TestServer.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/DataCommand.h"
#include "common/ServerLink.h"
#include "injections/InjectionCommands.h"
#include "injections/InjectionDialog.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "today/TodaySummary.h"

#include <QLabel>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

struct Window
{
    std::unique_ptr<Database> database;
    test::ScriptedPrompts prompts;
    std::unique_ptr<ui::AppContext> context;
    std::unique_ptr<ui::AppSettings> settings;
    std::unique_ptr<ui::MainWindow> window;

    ui::ServerLink &link() const { return *context->serverLink(); }
    bool bannerShown() const
    {
        auto *banner = window->findChild<QWidget *>(u"offlineBanner"_s);
        return banner && banner->isVisible();
    }
    QString bannerText() const
    {
        auto *text = window->findChild<QLabel *>(u"offlineText"_s);
        return text ? text->text() : QString();
    }
};

} // namespace

class TestOutbox final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(8, 20), Qt::LocalTime)};
    QString m_serverName;
    QString m_role; // the mother's login
    qint64 m_child = 0;
    Window m_mother;
    Window m_father;

    QSqlDatabase adminConnection() const
    {
        return QSqlDatabase::contains(u"outbox-admin"_s)
                   ? QSqlDatabase::database(u"outbox-admin"_s)
                   : test::TestServer::connect(u"outbox-admin"_s, m_serverName);
    }
    bool admin(const QString &sql) const
    {
        QSqlDatabase db = adminConnection();
        QSqlQuery query(db);
        const bool done = query.exec(sql);
        if (!done)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return done;
    }
    QString urlAs(const QString &user) const
    {
        // By text: the host may be a socket folder, percent-encoded.
        QString url = test::TestServer::url(m_serverName);
        if (!user.isEmpty()) {
            const qsizetype start = url.indexOf(u"://"_s) + 3;
            const qsizetype at = url.indexOf(u'@', start);
            url = at < 0 ? url.insert(start, user + u'@') : url.replace(start, at - start, user);
        }
        return url;
    }
    void open(Window &w, const QString &user, const QString &outbox)
    {
        auto opened = Database::open(urlAs(user));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        w.database = std::move(*opened);
        w.context = std::make_unique<ui::AppContext>(*w.database, m_clock, w.prompts, nullptr,
                                                     m_dir.filePath(outbox));
        w.settings = std::make_unique<ui::AppSettings>();
        w.window = std::make_unique<ui::MainWindow>(*w.context, *w.settings);
        w.context->setCurrentPatientId(m_child);
        w.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        QVERIFY(w.context->serverLink());
    }
    static void close(Window &w)
    {
        w.window.reset();
        w.settings.reset();
        w.context.reset();
        w.database.reset();
        w.prompts.asked.clear();
        w.prompts.errors.clear();
    }
    // The mother's login refused and her connection cut.
    bool cutMotherOff() const
    {
        return admin(u"ALTER ROLE %1 NOLOGIN"_s.arg(m_role)) &&
               admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     " WHERE usename = '%1'"_s.arg(m_role));
    }
    bool letMotherBackIn() const { return admin(u"ALTER ROLE %1 LOGIN"_s.arg(m_role)); }
    int injectionsOnServer() const
    {
        QSqlDatabase db = adminConnection();
        QSqlQuery query(db);
        return query.exec(u"SELECT count(*) FROM injections"_s) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }
    static InjectionInput dose(const QString &site, const QTime &at)
    {
        InjectionInput input;
        input.site = site;
        input.at = QDateTime(QDate(2026, 11, 20), at, Qt::LocalTime);
        return input;
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
        {
            auto first = Database::open(created->url);
            QVERIFY2(first, first ? "" : qPrintable(first.error().message));
            PatientRepository patients(**first, m_clock);
            m_child = patients.add({u"Noa"_s, QDate(2025, 6, 1), 8.0, {}})->id;
            Regimen regimen;
            regimen.patientId = m_child;
            regimen.start = QDate(2026, 11, 1);
            regimen.mgPerKgPerDay = 2;
            regimen.times = {QTime(8, 0)};
            QVERIFY(RegimenService(**first, m_clock).set(regimen));
        }
        m_role = u"sbt_mother_%1"_s.arg(QCoreApplication::applicationPid());
        admin(u"DROP ROLE IF EXISTS %1"_s.arg(m_role));
        QVERIFY(admin(u"CREATE ROLE %1 LOGIN"_s.arg(m_role)));
        QVERIFY(admin(u"GRANT ALL ON ALL TABLES IN SCHEMA public TO %1"_s.arg(m_role)));
        QVERIFY(admin(u"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(m_role)));
        open(m_mother, m_role, u"mother-outbox.sqlite"_s);
        open(m_father, QString(), u"father-outbox.sqlite"_s);
        QVERIFY(!m_mother.bannerShown());
    }
    void cleanup()
    {
        close(m_mother);
        close(m_father);
        if (QSqlDatabase::contains(u"outbox-admin"_s))
            QSqlDatabase::database(u"outbox-admin"_s).close();
        QSqlDatabase::removeDatabase(u"outbox-admin"_s);
        if (!m_serverName.isEmpty()) {
            test::TestServer::dropDatabase(m_serverName);
            {
                QSqlDatabase db = test::TestServer::connect(u"outbox-roles"_s, u"postgres"_s);
                QSqlQuery(db).exec(u"DROP ROLE IF EXISTS %1"_s.arg(m_role));
            }
            QSqlDatabase::removeDatabase(u"outbox-roles"_s);
        }
        m_serverName.clear();
    }

    void aDoseLoggedOfflineArrivesAndADoubleDoseIsLoud()
    {
        QVERIFY(cutMotherOff());
        // The window notices by itself (its probe) and says so.
        QTRY_VERIFY_WITH_TIMEOUT(!m_mother.link().online(), 2 * ui::ServerLink::PollMs + 1000);
        QVERIFY(m_mother.bannerShown());
        QVERIFY2(m_mother.bannerText().contains(u"Offline"_s), qPrintable(m_mother.bannerText()));

        QVERIFY(m_mother.link().keep(m_child, dose(u"thigh-left-upper"_s, QTime(8, 5))));
        QCOMPARE(m_mother.link().waiting(), 1);
        QVERIFY2(m_mother.bannerText().contains(u"1 injection"_s),
                 qPrintable(m_mother.bannerText()));
        // To look at it: SHOTBOOK_TEST_GRAB=folder.
        if (const QString folder = qEnvironmentVariable("SHOTBOOK_TEST_GRAB"); !folder.isEmpty())
            QVERIFY(m_mother.window->grab().save(folder + u"/offline.png"_s));
        QCOMPARE(injectionsOnServer(), 0);

        // Meanwhile the father, who cannot know, logs the same slot.
        QVERIFY(ui::DataCommand::execute(
            *m_father.context,
            std::make_unique<ui::LogInjectionCommand>(*m_father.context, m_child,
                                                      dose(u"thigh-right-upper"_s, QTime(8, 10)),
                                                      Confirmations::none())));
        QCOMPARE(injectionsOnServer(), 1);

        // The server lets her back: the window reconnects by itself, sends,
        // and both entries are recorded; nothing was merged or dropped.
        QVERIFY(letMotherBackIn());
        QTRY_VERIFY_WITH_TIMEOUT(m_mother.link().online(), 2 * ui::ServerLink::RetryMs + 1000);
        QTRY_COMPARE_WITH_TIMEOUT(injectionsOnServer(), 2, 2000);
        QCOMPARE(m_mother.link().waiting(), 0);
        QVERIFY(!m_mother.bannerShown());
        QCOMPARE(m_mother.prompts.errors.size(), 1);
        QVERIFY2(m_mother.prompts.asked.constFirst().startsWith(u"Double Dose"_s),
                 qPrintable(m_mother.prompts.asked.join(u'\n')));
        QVERIFY2(m_mother.prompts.errors.constFirst().contains(m_father.database->author()),
                 qPrintable(m_mother.prompts.errors.constFirst()));

        // And Today, on the father's window too, shows the double dose.
        TodayService today(*m_father.database, m_clock);
        const auto summary = today.summary(m_child);
        QVERIFY(summary);
        QStringList codes;
        for (const Warning &alert : summary->alerts())
            codes << alert.code;
        QVERIFY2(codes.contains(u"double-dose"_s), qPrintable(codes.join(u',')));
    }

    // The user's way in: the injection dialog, while the server is away,
    // says so and keeps the dose when asked to; declined, nothing is kept.
    void theDialogKeepsADoseWhileAway()
    {
        QVERIFY(cutMotherOff());
        m_mother.prompts.confirmations.enqueue(false);
        ui::InjectionDialog declined(*m_mother.context, m_child);
        declined.setSite(u"arm-left"_s);
        declined.show();
        declined.accept();
        QVERIFY(declined.isVisible());
        QCOMPARE(m_mother.link().waiting(), 0);
        QVERIFY2(m_mother.prompts.asked.constLast().contains(u"cannot be reached"_s),
                 qPrintable(m_mother.prompts.asked.join(u'\n')));

        m_mother.prompts.confirmations.enqueue(true);
        ui::InjectionDialog kept(*m_mother.context, m_child);
        kept.setSite(u"arm-left"_s);
        kept.show();
        kept.accept();
        QVERIFY(!kept.isVisible());
        QCOMPARE(m_mother.link().waiting(), 1);
        QVERIFY(m_mother.bannerShown());
        QCOMPARE(injectionsOnServer(), 0);
    }

    void whatWaitsSurvivesClosingTheWindow()
    {
        QVERIFY(cutMotherOff());
        QVERIFY(!m_mother.link().check());
        QVERIFY(m_mother.link().keep(m_child, dose(u"arm-left"_s, QTime(8, 2))));
        close(m_mother);
        // The outbox is a file of its own, private to its owner.
        const QFileInfo outbox(m_dir.filePath(u"mother-outbox.sqlite"_s));
        QVERIFY(outbox.exists());
        QCOMPARE(outbox.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        QVERIFY(letMotherBackIn());
        open(m_mother, m_role, u"mother-outbox.sqlite"_s);
        QTRY_COMPARE_WITH_TIMEOUT(injectionsOnServer(), 1, 3000);
        QCOMPARE(m_mother.link().waiting(), 0);
        QVERIFY2(m_mother.prompts.errors.isEmpty(), // no conflict, no alarm
                 qPrintable(m_mother.prompts.asked.join(u'\n')));
        // Sent once: closing and opening again does not send it twice.
        close(m_mother);
        open(m_mother, m_role, u"mother-outbox.sqlite"_s);
        QTest::qWait(200);
        QCOMPARE(injectionsOnServer(), 1);
    }
};

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
