#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;

namespace {

int count(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status insertSetting(Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, '1')"));
    query.addBindValue(name);
    if (!query.exec())
        return fail(Error::storage(QStringLiteral("test"), query.lastError().text()));
    return {};
}

Error refused()
{
    return Error::rejected(QStringLiteral("refused"), QStringLiteral("a step said no"));
}

} // namespace

// One user action is one transaction however many services it calls: the
// outermost scope begins and commits, inner scopes are savepoints.
class TestTransaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_n)));
        QVERIFY(opened);
        m_database = std::move(*opened);
    }
    void cleanup() { m_database.reset(); }

    void nestedScopesCommitTogether()
    {
        Transaction outer(*m_database);
        QVERIFY(outer.begun());
        QCOMPARE(outer.level(), 1);
        QVERIFY(m_database->inTransaction());
        QVERIFY(insertSetting(*m_database, QStringLiteral("a")));
        {
            Transaction inner(*m_database);
            QVERIFY(inner.begun());
            QCOMPARE(inner.level(), 2);
            QVERIFY(insertSetting(*m_database, QStringLiteral("b")));
            QVERIFY(inner.commit());
        }
        QVERIFY(m_database->inTransaction());
        QVERIFY(outer.commit());
        QVERIFY(!m_database->inTransaction());
        QCOMPARE(count(*m_database, QStringLiteral("settings")), 2);
    }

    void innerScopeLeftWithoutCommitUndoesOnlyItsPart()
    {
        Transaction outer(*m_database);
        QVERIFY(insertSetting(*m_database, QStringLiteral("kept")));
        {
            Transaction inner(*m_database);
            QVERIFY(insertSetting(*m_database, QStringLiteral("undone")));
        }
        QCOMPARE(count(*m_database, QStringLiteral("settings")), 1);
        QVERIFY(outer.commit());
        QCOMPARE(count(*m_database, QStringLiteral("settings")), 1);
    }

    void outerScopeLeftWithoutCommitUndoesEverything()
    {
        {
            Transaction outer(*m_database);
            QVERIFY(insertSetting(*m_database, QStringLiteral("a")));
            Transaction inner(*m_database);
            QVERIFY(insertSetting(*m_database, QStringLiteral("b")));
            QVERIFY(inner.commit()); // a step that worked, in an action that did not
        }
        QVERIFY(!m_database->inTransaction());
        QCOMPARE(count(*m_database, QStringLiteral("settings")), 0);
    }

    // A second step failing takes the first with it: the user's action is all
    // or nothing, e.g. two patients added in one action.
    void runUndoesEveryStepWhenALaterOneFails()
    {
        FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        PatientRepository patients(*m_database, clock);
        const Status done = Transaction::run(*m_database, [&]() -> Status {
            if (auto first = patients.add({QStringLiteral("Ada"), {}, {}, {}}); !first)
                return fail(first.error());
            if (auto second = patients.add({QStringLiteral("Ben"), {}, {}, {}}); !second)
                return fail(second.error());
            return fail(refused());
        });
        QVERIFY(!done);
        QCOMPARE(done.error().code, QStringLiteral("refused"));
        QCOMPARE(count(*m_database, QStringLiteral("patients")), 0);

        const Status kept = Transaction::run(*m_database, [&]() -> Status {
            if (auto first = patients.add({QStringLiteral("Ada"), {}, {}, {}}); !first)
                return fail(first.error());
            if (auto again = patients.add({QStringLiteral("Ada"), {}, {}, {}}); !again)
                return fail(again.error()); // a refused step: the whole action is refused
            return {};
        });
        QVERIFY(!kept);
        QCOMPARE(kept.error().code, QStringLiteral("duplicate-name"));
        QCOMPARE(count(*m_database, QStringLiteral("patients")), 0);
    }

    void afterCommitRunsOnlyWhenTheOutermostCommits()
    {
        int ran = 0;
        {
            Transaction outer(*m_database);
            {
                Transaction inner(*m_database);
                m_database->afterCommit([&] { ++ran; });
                QVERIFY(inner.commit());
            }
            QCOMPARE(ran, 0);
            QVERIFY(outer.commit());
        }
        QCOMPARE(ran, 1);

        {
            Transaction outer(*m_database);
            m_database->afterCommit([&] { ran += 10; });
        } // rolled back
        QCOMPARE(ran, 1);

        {
            Transaction outer(*m_database);
            {
                Transaction inner(*m_database);
                m_database->afterCommit([&] { ran += 100; });
            } // the step that asked for it was undone
            m_database->afterCommit([&] { ran += 1000; });
            QVERIFY(outer.commit());
        }
        QCOMPARE(ran, 1001);

        m_database->afterCommit([&] { ran += 5; }); // no transaction: at once
        QCOMPARE(ran, 1006);
    }

    void commitTwiceIsAnError()
    {
        Transaction outer(*m_database);
        QVERIFY(outer.commit());
        const Status again = outer.commit();
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("no-transaction"));
    }

    void committingOuterWhileInnerOpenIsRefused()
    {
        Transaction outer(*m_database);
        QVERIFY(insertSetting(*m_database, QStringLiteral("a")));
        Transaction inner(*m_database);
        const Status early = outer.commit();
        QVERIFY(!early);
        QCOMPARE(early.error().code, QStringLiteral("transaction-order"));
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
