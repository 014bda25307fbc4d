// Two caregivers on two machines log the same dose at the same moment: the
// shared record on a PostgreSQL server takes exactly one of them and refuses
// the other (double-dose, exit 3), naming who logged the first and when; and
// syringes taken at once from one shared lot never make its count negative.
// Real shotbook-cli processes, started together. SHOTBOOK_RACE_ROUNDS sets
// the number of rounds (default 10; 1000 for figures).

#include "CliFixture.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <memory>
#include <vector>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {

struct Racer
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    CliRun result;
};

// Starts every command at once, then waits for all of them.
std::vector<CliRun> runTogether(const QList<QStringList> &commands)
{
    std::vector<Racer> racers(commands.size());
    for (qsizetype i = 0; i < commands.size(); ++i)
        racers[i].process->start(QStringLiteral(SHOTBOOK_CLI_PATH), commands.at(i));
    std::vector<CliRun> results;
    for (Racer &racer : racers) {
        CliRun run;
        if (racer.process->waitForFinished(30000)) {
            run.exitCode = racer.process->exitStatus() == QProcess::NormalExit
                               ? racer.process->exitCode()
                               : -2;
            run.out = racer.process->readAllStandardOutput();
            run.err = racer.process->readAllStandardError();
        } else {
            racer.process->kill();
            racer.process->waitForFinished();
        }
        results.push_back(run);
    }
    return results;
}

int rounds()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("SHOTBOOK_RACE_ROUNDS", &ok);
    return ok && n > 0 ? n : 10;
}

} // namespace

class TestRace final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

    QStringList inject(const QString &patient, const QString &at, const QString &by) const
    {
        return {u"--db"_s,      m_db.path(),
                u"--now"_s,     at,
                u"--json"_s,    u"inject"_s,
                u"--patient"_s, patient,
                u"--site"_s,    u"abdomen-upper-left"_s,
                u"--at"_s,      at,
                u"--by"_s,      by};
    }

private Q_SLOTS:
    void init()
    {
        if (!TestServer::wanted())
            QSKIP("runs in the postgres variant only (ctest -L postgres)");
        m_db.reset(QLatin1String(QTest::currentTestFunction()));
    }

    // The mother at 07:55 and the father at 08:05, both for the 08:00 dose.
    void sameSlotOnlyOnce()
    {
        const QString setup = u"2026-10-01T07:00"_s;
        QVERIFY(m_db.addPatient(setup, u"Noa"_s, {u"--weight-kg"_s, u"10"_s}));
        QVERIFY(m_db.ok(setup, {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"20"_s, u"--times"_s,
                                u"08:00"_s, u"--start"_s, u"2026-10-01"_s}));
        const int n = rounds();
        // A lot holds at most 1000 syringes.
        for (int left = n + 5, lot = 1; left > 0; left -= 1000, ++lot)
            QVERIFY(
                m_db.ok(setup, {u"stock"_s, u"add"_s, u"--lot"_s, u"L%1"_s.arg(lot), u"--expires"_s,
                                u"2099-12-31"_s, u"--count"_s, QString::number(qMin(left, 1000)),
                                u"--received"_s, u"2026-10-01"_s}));
        int motherWon = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < n; ++round) {
            const QString day = QDate(2026, 10, 2).addDays(round).toString(Qt::ISODate);
            const auto results = runTogether({inject(u"Noa"_s, day + u"T07:55"_s, u"Mother"_s),
                                              inject(u"Noa"_s, day + u"T08:05"_s, u"Father"_s)});
            const CliRun &mother = results.at(0);
            const CliRun &father = results.at(1);
            const QString context = u"round %1 (%2): mother exit %3 %4, father exit %5 %6"_s.arg(
                QString::number(round), day, QString::number(mother.exitCode),
                QString::fromUtf8(mother.err), QString::number(father.exitCode),
                QString::fromUtf8(father.err));
            QVERIFY2((mother.exitCode == 0) != (father.exitCode == 0), qPrintable(context));
            const CliRun &loser = mother.exitCode == 0 ? father : mother;
            QVERIFY2(loser.exitCode == 3, qPrintable(context));
            QCOMPARE(CliDatabase::errorCode(loser), u"double-dose"_s);
            const QString message = loser.json()[u"error"_s].toObject()[u"message"_s].toString();
            // Who logged the first one, and when.
            const bool won = mother.exitCode == 0;
            motherWon += won ? 1 : 0;
            QVERIFY2(message.contains(won ? u"Mother"_s : u"Father"_s), qPrintable(message));
            QVERIFY2(message.contains(won ? u"07:55"_s : u"08:05"_s), qPrintable(message));
        }
        const qint64 ms = timer.elapsed();
        qInfo("%d rounds in %lld ms (%.1f ms a round); the first at 07:55 won %d, the one at "
              "08:05 won %d",
              n, ms, double(ms) / n, motherWon, n - motherWon);
        QCOMPARE(m_db.injectionCount(), n);
        const QJsonObject lots = m_db.run(u"2026-10-01T07:00"_s, {u"stock"_s, u"list"_s}).json();
        int remaining = 0;
        for (const QJsonValue &lot : lots[u"lots"_s].toArray())
            remaining += lot.toObject()[u"remaining"_s].toInt();
        QCOMPARE(remaining, 5); // one syringe for each dose logged, none for the refused
    }

    // Four patients injected at once from a lot of two syringes: two take
    // one each, the others are logged without one (no-stock), and the lot
    // holds none, never fewer.
    void sharedLotNeverNegative()
    {
        const QString setup = u"2026-10-01T07:00"_s;
        const QStringList names{u"Ada"_s, u"Ben"_s, u"Cy"_s, u"Di"_s};
        for (const QString &name : names) {
            QVERIFY(m_db.addPatient(setup, name, {u"--weight-kg"_s, u"10"_s}));
            QVERIFY(
                m_db.ok(setup, {u"regimen"_s, u"set"_s, u"--patient"_s, name, u"--dose-mg"_s,
                                u"20"_s, u"--times"_s, u"08:00"_s, u"--start"_s, u"2026-10-01"_s}));
        }
        const int n = qMax(1, rounds() / 5);
        for (int round = 0; round < n; ++round) {
            const QString lot = u"R%1"_s.arg(round);
            QVERIFY(m_db.ok(setup,
                            {u"stock"_s, u"add"_s, u"--lot"_s, lot, u"--expires"_s, u"2099-12-31"_s,
                             u"--count"_s, u"2"_s, u"--received"_s, u"2026-10-01"_s}));
            const QString at =
                QDate(2026, 10, 2).addDays(round).toString(Qt::ISODate) + u"T08:00"_s;
            QList<QStringList> commands;
            for (const QString &name : names)
                commands << inject(name, at, name) + QStringList{u"--lot"_s, lot};
            int withSyringe = 0;
            for (const CliRun &run : runTogether(commands)) {
                QVERIFY2(run.exitCode == 0 || run.exitCode == 3, run.err.constData());
                if (run.exitCode == 0 && run.json()[u"lot"_s].toString() == lot)
                    ++withSyringe;
            }
            QVERIFY2(withSyringe <= 2,
                     qPrintable(u"round %1: %2 took a syringe from a lot of 2"_s.arg(round).arg(
                         withSyringe)));
            const QJsonArray lots = m_db.run(u"2026-10-01T07:00"_s, {u"stock"_s, u"list"_s})
                                        .json()[u"lots"_s]
                                        .toArray();
            for (const QJsonValue &value : lots) {
                const QJsonObject entry = value.toObject();
                if (entry[u"lot"_s].toString() == lot)
                    QCOMPARE(entry[u"remaining"_s].toInt(), 2 - withSyringe);
            }
        }
        const CliRun check = m_db.run(u"2026-12-31T12:00"_s, {u"check"_s});
        QVERIFY2(check.exitCode == 0, check.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestRace)
#include "tst_race.moc"
