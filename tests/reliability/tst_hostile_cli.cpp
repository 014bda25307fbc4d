// Hostile input through the real shotbook-cli (issue 15): every command fed
// values out of range, of the wrong type, empty, 100 kB long, NaN/inf/1e309,
// SQL-looking text, control characters, impossible dates and times (24:00,
// 2026-02-30, the hour skipped by daylight saving in Europe/Berlin, which
// run-isolated.sh sets), and CSV files of the same. Each one: exit 2 or 3,
// one line on stderr naming the field or value, and the data unchanged
// (DataDump.h, not the file's time). tst_cli and tst_exchange_cli hold the
// everyday refusals; these are the ones that try to break something.
#include "CliFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook::test;

namespace {

const QString Now = QStringLiteral("2026-06-01T12:00");

QString big()
{
    return QString(100 * 1000, u'a');
}

} // namespace

class TestHostileCli final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

private Q_SLOTS:
    void init()
    {
        m_db.reset(QStringLiteral("hostile"));
        QVERIFY(m_db.addPatient(Now));
        QVERIFY(m_db.ok(Now, {QStringLiteral("regimen"), QStringLiteral("set"),
                              QStringLiteral("--dose-mg"), QStringLiteral("100"),
                              QStringLiteral("--start"), QStringLiteral("2026-01-01")}));
        QVERIFY(m_db.ok(Now, {QStringLiteral("stock"), QStringLiteral("add"),
                              QStringLiteral("--lot"), QStringLiteral("L1"),
                              QStringLiteral("--expires"), QStringLiteral("2030-01-01"),
                              QStringLiteral("--count"), QStringLiteral("100"),
                              QStringLiteral("--received"), QStringLiteral("2026-01-01")}));
    }

    void argumentsRefused_data()
    {
        QTest::addColumn<QString>("command"); // split on spaces
        QTest::addColumn<QString>("option");  // the option given the value
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions"); // on the one stderr line
        const QString inject = QStringLiteral("inject --site arm-left --at 2026-05-01T08:00");
        const auto row = [](const char *name, const QString &command, const char *option,
                            const QString &value, const char *mentions) {
            QTest::newRow(name) << command << QString::fromLatin1(option) << value
                                << QString::fromUtf8(mentions);
        };
        row("dose NaN", inject, "--dose-mg", QStringLiteral("NaN"), "--dose-mg");
        row("dose inf", inject, "--dose-mg", QStringLiteral("inf"), "--dose-mg");
        row("dose -inf", inject, "--dose-mg", QStringLiteral("-inf"), "--dose-mg");
        row("dose 1e309", inject, "--dose-mg", QStringLiteral("1e309"), "--dose-mg");
        row("dose negative", inject, "--dose-mg", QStringLiteral("-5"), "out of range");
        row("dose huge", inject, "--dose-mg", QStringLiteral("99999999"), "out of range");
        row("dose empty", inject, "--dose-mg", QString(), "--dose-mg");
        row("dose hex", inject, "--dose-mg", QStringLiteral("0x64"), "--dose-mg");
        row("dose comma", inject, "--dose-mg", QStringLiteral("37,5"), "--dose-mg");
        row("dose 100 kB", inject, "--dose-mg", QString(100000, u'9'), "--dose-mg");
        row("site SQL", QStringLiteral("inject --at 2026-05-01T08:00"), "--site",
            QStringLiteral("arm-left'; DROP TABLE injections;--"), "Unknown site");
        row("site with a line break", QStringLiteral("inject --at 2026-05-01T08:00"), "--site",
            QStringLiteral("arm-left\nshotbook-cli: all fine"), "Unknown site");
        row("site with an escape sequence", QStringLiteral("inject --at 2026-05-01T08:00"),
            "--site", QStringLiteral("\u001b[2J\u001b[Harm-left"), "Unknown site");
        row("site unicode", QStringLiteral("inject --at 2026-05-01T08:00"), "--site",
            QStringLiteral("bras-gauche-\u00e9\u4e2d"), "Unknown site");
        row("at 24:00", QStringLiteral("inject --site arm-left"), "--at",
            QStringLiteral("2026-05-01T24:00"), "--at");
        row("at 2026-02-30", QStringLiteral("inject --site arm-left"), "--at",
            QStringLiteral("2026-02-30T08:00"), "--at");
        row("at in the skipped DST hour", QStringLiteral("inject --site arm-left"), "--at",
            QStringLiteral("2026-03-29T02:30"), "--at");
        row("at year 99999", QStringLiteral("inject --site arm-left"), "--at",
            QStringLiteral("99999-01-01T08:00"), "--at");
        row("at control characters", QStringLiteral("inject --site arm-left"), "--at",
            QStringLiteral("2026-05-01T08:00\u0007"), "--at");
        row("note 100 kB", inject, "--note", big(), "note");
        row("by 100 kB", inject, "--by", big(), "Given by");
        row("lot 100 kB", inject, "--lot", big(), "lot");
        row("name 100 kB", QStringLiteral("patient add"), "--name", big(), "name");
        row("name escape sequence", QStringLiteral("patient add"), "--name",
            QStringLiteral("Bob\u001b[31m"), "control character");
        row("name NUL-like", QStringLiteral("patient add"), "--name", QStringLiteral("Bo\u0001b"),
            "control character");
        row("name only spaces", QStringLiteral("patient add"), "--name", QStringLiteral(" \t "),
            "name");
        row("weight NaN", QStringLiteral("weight add"), "--kg", QStringLiteral("NaN"), "--kg");
        row("weight 1e309", QStringLiteral("weight add"), "--kg", QStringLiteral("1e309"), "--kg");
        row("weight 0", QStringLiteral("weight add"), "--kg", QStringLiteral("0"), "0.3");
        row("weight date far out", QStringLiteral("weight add --kg 30"), "--date",
            QStringLiteral("9999-12-31"), "9999-12-31");
        row("symptom 11", QStringLiteral("symptom add --measure pain"), "--value",
            QStringLiteral("11"), "pain");
        row("symptom NaN", QStringLiteral("symptom add --measure pain"), "--value",
            QStringLiteral("NaN"), "--value");
        row("measure SQL", QStringLiteral("symptom add --value 1"), "--measure",
            QStringLiteral("pain' OR 1=1 --"), "Unknown measure");
        row("diary 2026-02-30", QStringLiteral("symptom add --measure pain --value 1"), "--date",
            QStringLiteral("2026-02-30"), "--date");
        row("diary date and a line break", QStringLiteral("symptom add --measure pain --value 1"),
            "--date", QStringLiteral("2026-01-05\n"), "--date");
        row("diary 9999-12-31", QStringLiteral("symptom add --measure pain --value 1"), "--date",
            QStringLiteral("9999-12-31"), "future");
        row("stock count 2^64", QStringLiteral("stock add --lot L2 --expires 2030-01-01"),
            "--count", QStringLiteral("18446744073709551616"), "--count");
        row("stock count 1.5", QStringLiteral("stock add --lot L2 --expires 2030-01-01"), "--count",
            QStringLiteral("1.5"), "--count");
        row("stock count -1", QStringLiteral("stock add --lot L2 --expires 2030-01-01"), "--count",
            QStringLiteral("-1"), "out of range");
        row("stock expires 2026-02-30", QStringLiteral("stock add --lot L2 --count 5"), "--expires",
            QStringLiteral("2026-02-30"), "--expires");
        row("stock lot empty", QStringLiteral("stock add --expires 2030-01-01 --count 5"), "--lot",
            QString(), "lot");
        row("discard more than remain", QStringLiteral("stock discard --lot L1 --reason expired"),
            "--count", QStringLiteral("101"), "100 remain");
        row("discard reason SQL", QStringLiteral("stock discard --lot L1 --count 1"), "--reason",
            QStringLiteral("'; DELETE FROM lots;--"), "Unknown reason");
        row("regimen dose 0", QStringLiteral("regimen set"), "--dose-mg", QStringLiteral("0"),
            "out of range");
        row("regimen per day 3", QStringLiteral("regimen set --dose-mg 100"), "--per-day",
            QStringLiteral("3"), "3");
        row("regimen times 24:00", QStringLiteral("regimen set --dose-mg 100"), "--times",
            QStringLiteral("24:00"), "--times");
        row("regimen days -1", QStringLiteral("regimen set --dose-mg 100"), "--days",
            QStringLiteral("-1"), "out of range");
        row("regimen mg/kg 1e309", QStringLiteral("regimen set"), "--mg-per-kg",
            QStringLiteral("1e309"), "--mg-per-kg");
        row("lab inf", QStringLiteral("lab add --analyte anc"), "--value", QStringLiteral("inf"),
            "--value");
        row("lab analyte SQL", QStringLiteral("lab add --value 1"), "--analyte",
            QStringLiteral("x;DROP TABLE labs"), "Unknown analyte");
        row("side effect 100 kB", QStringLiteral("side-effect add"), "--term", big(), "200");
        row("medicine 100 kB", QStringLiteral("med add"), "--name", big(), "200");
        row("reaction severity 4", QStringLiteral("reaction add --site arm-left --kind pain"),
            "--severity", QStringLiteral("4"), "severity 4");
        row("from 2026-13-01", QStringLiteral("injections"), "--from", QStringLiteral("2026-13-01"),
            "--from");
        row("--now 2026-02-30", QString(), "--now", QStringLiteral("2026-02-30T08:00"), "--now");
    }

    void argumentsRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        const QString before = m_db.dataDump();
        QStringList arguments{QStringLiteral("--json")};
        if (option == QLatin1String("--now"))
            arguments << option << value << QStringLiteral("today");
        else
            arguments << QStringLiteral("--now") << Now << command.split(u' ', Qt::SkipEmptyParts)
                      << option << value;
        const CliRun run = m_db.bare(arguments);
        QVERIFY2(run.exitCode == 2 || run.exitCode == 3,
                 qPrintable(QStringLiteral("exit %1: %2")
                                .arg(run.exitCode)
                                .arg(QString::fromUtf8(run.err.left(300)))));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("shotbook-cli: "));
        QVERIFY2(!run.err.contains('\x1b'),
                 run.err.left(300).constData()); // nothing for the terminal
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions, Qt::CaseInsensitive),
                 run.err.left(300).constData());
        // The message stays a line a person can read, also for a 100 kB value.
        QVERIFY2(run.err.size() < 2000, run.err.left(300).constData());
        QVERIFY(!CliDatabase::errorCode(run).isEmpty());
        QCOMPARE(m_db.dataDump(), before);
    }

    void csvRefused_data()
    {
        QTest::addColumn<QByteArray>("row"); // after the header at,dose_mg,site,note
        QTest::addColumn<QString>("mentions");
        const QByteArray good = "2026-01-05T08:00,100,arm-left,fine\n";
        QTest::newRow("dose NaN") << good + "2026-01-06T08:00,NaN,arm-left,x\n"
                                  << QStringLiteral("line 3, dose_mg");
        QTest::newRow("dose inf") << good + "2026-01-06T08:00,inf,arm-left,x\n"
                                  << QStringLiteral("line 3, dose_mg");
        QTest::newRow("dose 1e309") << good + "2026-01-06T08:00,1e309,arm-left,x\n"
                                    << QStringLiteral("line 3, dose_mg");
        QTest::newRow("dose negative") << good + "2026-01-06T08:00,-5,arm-left,x\n"
                                       << QStringLiteral("line 3, dose_mg");
        QTest::newRow("24:00") << good + "2026-01-06T24:00,100,arm-left,x\n"
                               << QStringLiteral("line 3, at");
        QTest::newRow("skipped DST hour") << good + "2026-03-29T02:30,100,arm-left,x\n"
                                          << QStringLiteral("line 3, at");
        QTest::newRow("year 99999") << good + "99999-01-06T08:00,100,arm-left,x\n"
                                    << QStringLiteral("line 3, at");
        QTest::newRow("site SQL")
            << good + "2026-01-06T08:00,100,\"arm-left'); DELETE FROM injections;--\",x\n"
            << QStringLiteral("line 3, site");
        QTest::newRow("note 100 kB")
            << good + "2026-01-06T08:00,100,arm-left," + QByteArray(100000, 'n') + "\n"
            << QStringLiteral("line 3");
        QTest::newRow("not UTF-8") << good + "2026-01-06T08:00,100,arm-left,caf\xe9\n"
                                   << QStringLiteral("line 3");
        QTest::newRow("NUL byte") << good + QByteArray("2026-01-06T08:00,100,arm-left,a\0b\n", 33)
                                  << QStringLiteral("line 3");
    }

    // All or nothing: the good first row is not imported either.
    void csvRefused()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("hostile.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("at,dose_mg,site,note\n" + row);
        file.close();
        const QString before = m_db.dataDump();
        const CliRun run = m_db.run(Now, {QStringLiteral("import"), QStringLiteral("csv"), csv});
        QVERIFY2(run.exitCode == 3, qPrintable(QStringLiteral("exit %1: %2")
                                                   .arg(run.exitCode)
                                                   .arg(QString::fromUtf8(run.err.left(300)))));
        QVERIFY(run.err.startsWith("shotbook-cli: "));
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.left(300).constData());
        QVERIFY2(run.err.size() < 4000, run.err.left(300).constData());
        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(m_db.injectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
