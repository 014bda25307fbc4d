// A window on a shared record hears of another caregiver's entry within a
// second (LISTEN/NOTIFY), and not of its own: a second process (the real
// shotbook-cli) writes while this one listens on its own connection.

#include "CliFixture.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace shotbook;
using namespace shotbook::test;
using namespace Qt::StringLiterals;

class TestChangeListener final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

private Q_SLOTS:
    void init() { m_db.reset(QLatin1String(QTest::currentTestFunction())); }

    void anotherProcessesEntryArrivesWithinASecond()
    {
        if (!m_db.onServer())
            QSKIP("a shared record's (ctest -L postgres)");
        QVERIFY(m_db.addPatient(u"2026-11-22T08:00"_s)); // makes the record
        auto opened = Database::open(m_db.path(), Database::OpenMode::MustExist);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Database &database = **opened;
        ChangeListener listener(database);
        QVERIFY(listener.start());
        QVERIFY(listener.isListening());
        QSignalSpy spy(&listener, &ChangeListener::changedElsewhere);

        // Our own write is not news.
        QSqlQuery own(database.connection());
        QVERIFY(own.exec(u"UPDATE patients SET name = 'Ada' WHERE id = 1"_s));
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);

        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_db.ok(u"2026-11-22T08:05"_s,
                        {u"weight"_s, u"add"_s, u"--kg"_s, u"10"_s, u"--date"_s, u"2026-11-22"_s}));
        const qint64 written = timer.elapsed(); // the other process has exited: committed
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 1000);
        qInfo("heard of the other process's entry %lld ms after it committed",
              timer.elapsed() - written);
        QStringList tables;
        for (const QList<QVariant> &arguments : spy)
            tables << arguments.at(0).toString();
        QVERIFY2(tables.contains(u"weights"_s), qPrintable(tables.join(u',')));
    }

    // A local file has nothing to listen to: start() is no error, and the
    // window polls the file instead.
    void fileListensToNothing()
    {
        if (m_db.onServer())
            QSKIP("a local file's");
        QVERIFY(m_db.addPatient(u"2026-11-22T08:00"_s));
        auto opened = Database::open(m_db.path(), Database::OpenMode::MustExist);
        QVERIFY(opened);
        ChangeListener listener(**opened);
        QVERIFY(listener.start());
        QVERIFY(!listener.isListening());
    }
};

QTEST_GUILESS_MAIN(TestChangeListener)
#include "tst_changelistener.moc"
