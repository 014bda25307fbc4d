// `shotbook-cli demo` through the real binary: the same seed (and clock) gives
// identical data in every table, another seed other data; the counts per year
// fall in the ranges a real record would have (an adult on 100 mg a day, a
// child with NOMID from infancy); the result passes `check`; an existing file
// is never written over; bad options are refused; twenty years for two
// patients take seconds. Run in Europe/Berlin (run-isolated.sh).

#include "CliRunner.h"
#include "TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {

const QString Now = u"2026-11-22T09:00"_s;

// Every row of every table, as text, in a stable order.
QStringList dump(const QString &path)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dump"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return {u"cannot open "_s + path};
        QSqlQuery tables(db);
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery rows(db);
            rows.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
            while (rows.next()) {
                QStringList fields{table};
                for (int i = 0; i < rows.record().count(); ++i)
                    fields << rows.value(i).toString();
                lines << fields.join(u'|');
            }
        }
    }
    QSqlDatabase::removeDatabase(u"dump"_s);
    return lines;
}

// One number from the database.
qint64 scalar(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scalar"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"scalar"_s);
    return value;
}

} // namespace

class TestDemoCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_twenty; // 20 years, 2 patients, seed 7

    CliRun demo(const QString &out, const QStringList &more = {}) const
    {
        return runCli(QStringList{u"--now"_s, Now, u"--json"_s, u"demo"_s, u"--out"_s, out} + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_twenty = m_dir.filePath(u"twenty.sqlite"_s);
        QElapsedTimer timer;
        timer.start();
        const CliRun run =
            demo(m_twenty, {u"--years"_s, u"20"_s, u"--patients"_s, u"2"_s, u"--seed"_s, u"7"_s});
        const qint64 ms = timer.elapsed();
        QVERIFY2(run.exitCode == 0, run.err.constData());
        qInfo("demo --years 20 --patients 2: %lld ms", ms);
        // Seconds, not minutes, in any build (debug, sanitizers).
        QVERIFY2(ms < 30000, qPrintable(QString::number(ms)));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"patients"_s).toInt(), 2);
        QVERIFY(json.value(u"injections"_s).toInt() > 0);
        QCOMPARE(json.value(u"warnings"_s).toArray().size(), 0);
    }

    void passesCheck()
    {
        const CliRun run = runCli({u"--db"_s, m_twenty, u"--json"_s, u"check"_s});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QCOMPARE(run.json().value(u"ok"_s).toBool(), true);
    }

    void sameSeedSameData()
    {
        const QString again = m_dir.filePath(u"again.sqlite"_s);
        const CliRun run =
            demo(again, {u"--years"_s, u"20"_s, u"--patients"_s, u"2"_s, u"--seed"_s, u"7"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList first = dump(m_twenty);
        const QStringList second = dump(again);
        QVERIFY(first.size() > 50000);
        QCOMPARE(second.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            if (first.at(i) != second.at(i))
                QFAIL(
                    qPrintable(u"row %1 differs:\n%2\n%3"_s.arg(i).arg(first.at(i), second.at(i))));
        }
    }

    void otherSeedOtherData()
    {
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        QCOMPARE(demo(other, {u"--years"_s, u"20"_s, u"--patients"_s, u"2"_s, u"--seed"_s, u"8"_s})
                     .exitCode,
                 0);
        QVERIFY(dump(other) != dump(m_twenty));
        // The same story, other days.
        QCOMPARE(scalar(other, u"SELECT count(*) FROM patients"_s), qint64(2));
        QCOMPARE(scalar(other, u"SELECT count(*) FROM regimens"_s),
                 scalar(m_twenty, u"SELECT count(*) FROM regimens"_s));
    }

    // Per full year of the record, for each kind of patient.
    void countsPerYear_data()
    {
        QTest::addColumn<int>("patient");
        QTest::addColumn<QString>("what"); // SQL counting rows of one year (%1 = year)
        QTest::addColumn<int>("firstYear");
        QTest::addColumn<int>("lastYear");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        const QString injections =
            u"SELECT count(*) FROM injections WHERE patient_id = %2 AND at LIKE '%1-%'"_s;
        const QString diaryDays = u"SELECT count(DISTINCT day) FROM diary_values"
                                  " WHERE patient_id = %2 AND day LIKE '%1-%'"_s;
        // Adult, 100 mg once a day; fewer in the 3 months every other day (2022) and in
        // a year with a week in hospital.
        QTest::newRow("adult injections") << 1 << injections << 2007 << 2025 << 300 << 362;
        QTest::newRow("adult diary days") << 1 << diaryDays << 2007 << 2025 << 270 << 345;
        // Child: twice a day from the second month to three years old.
        QTest::newRow("infant injections, twice a day")
            << 2 << injections << 2007 << 2008 << 690 << 730;
        QTest::newRow("child injections, once a day")
            << 2 << injections << 2010 << 2025 << 320 << 366;
        QTest::newRow("child diary days") << 2 << diaryDays << 2007 << 2025 << 200 << 366;
        QTest::newRow("child weights") << 2
                                       << u"SELECT count(*) FROM weights WHERE patient_id = %2"
                                          " AND measured_on LIKE '%1-%'"_s
                                       << 2007 << 2025 << 4 << 13;
        QTest::newRow("blood tests")
            << 1 << u"SELECT count(*) FROM labs WHERE patient_id = %2 AND taken_on LIKE '%1-%'"_s
            << 2008 << 2025 << 4 << 16;
        QTest::newRow("deliveries")
            << 1 << u"SELECT count(*) FROM lots WHERE received LIKE '%1-%'"_s << 2007 << 2025 << 11
            << 13;
        QTest::newRow("discards")
            << 1
            << u"SELECT count(*) FROM stock_movements WHERE kind = 'discarded'"
               " AND at LIKE '%1-%'"_s
            << 2007 << 2025 << 0 << 14;
        QTest::newRow("other medicines started")
            << 1
            << u"SELECT count(*) FROM medicines WHERE patient_id = %2 AND started LIKE '%1-%'"_s
            << 2007 << 2025 << 1 << 3;
    }

    void countsPerYear()
    {
        QFETCH(int, patient);
        QFETCH(QString, what);
        QFETCH(int, firstYear);
        QFETCH(int, lastYear);
        QFETCH(int, low);
        QFETCH(int, high);
        for (int year = firstYear; year <= lastYear; ++year) {
            const QString sql = QString(what)
                                    .replace(u"%1"_s, QString::number(year))
                                    .replace(u"%2"_s, QString::number(patient));
            const qint64 count = scalar(m_twenty, sql);
            QVERIFY2(count >= low && count <= high,
                     qPrintable(u"%1: %2 not in %3–%4"_s.arg(year).arg(count).arg(low).arg(high)));
        }
    }

    void realisticRecord_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("red flags, all acknowledged")
            << u"SELECT count(*) FROM side_effects WHERE red_flag = 1"
               " AND acknowledged_at IS NOT NULL"_s
            << 2 << 12;
        QTest::newRow("unacknowledged red flags")
            << u"SELECT count(*) FROM side_effects WHERE red_flag = 1 AND acknowledged_at IS NULL"_s
            << 0 << 0;
        QTest::newRow("site reactions in the first four weeks")
            << u"SELECT count(*) FROM site_reactions r JOIN regimens g ON g.patient_id ="
               " r.patient_id WHERE g.id = (SELECT min(id) FROM regimens WHERE patient_id ="
               " r.patient_id) AND julianday(r.started_at) - julianday(g.start_date) < 28"_s
            << 6 << 40;
        QTest::newRow("site reactions later, per year")
            << u"SELECT count(*) / 19 FROM site_reactions WHERE started_at >= '2007-06-01'"_s << 0
            << 6;
        QTest::newRow("infections") << u"SELECT count(*) FROM infections"_s << 30 << 120;
        QTest::newRow("a week in hospital")
            << u"SELECT count(*) FROM infections WHERE description LIKE '%hospital%'"_s << 1 << 5;
        QTest::newRow("child's mg/kg/day steps") << u"SELECT count(DISTINCT mg_per_kg_per_day)"
                                                    " FROM regimens WHERE patient_id = 2"_s
                                                 << 4 << 8;
        QTest::newRow("never above 8 mg/kg/day")
            << u"SELECT count(*) FROM regimens WHERE mg_per_kg_per_day > 8"_s << 0 << 0;
        QTest::newRow("twice-daily regimens")
            << u"SELECT count(*) FROM regimens WHERE doses_per_day = 2"_s << 1 << 4;
        QTest::newRow("infant weights under 8 kg")
            << u"SELECT count(*) FROM weights WHERE patient_id = 2 AND kg < 8"_s << 2 << 12;
        QTest::newRow("AIDAI items recorded")
            << u"SELECT count(*) FROM diary_values WHERE patient_id = 2 AND measure IN"
               " ('overall-symptoms', 'rash', 'joint-swelling')"_s
            << 5000 << 10000;
        QTest::newRow("arms and buttocks off for the adult")
            << u"SELECT count(*) FROM disabled_zones WHERE patient_id = 1"_s << 4 << 4;
        QTest::newRow("no injection in a disabled zone")
            << u"SELECT count(*) FROM injections i JOIN disabled_zones z ON z.patient_id ="
               " i.patient_id AND z.zone = i.site"_s
            << 0 << 0;
        QTest::newRow("every injection took a syringe")
            << u"SELECT count(*) FROM injections WHERE lot IS NULL"_s << 0 << 0;
        QTest::newRow("nothing after now")
            << u"SELECT count(*) FROM injections WHERE at > '2026-11-22T08:00:00Z'"_s << 0 << 0;
    }

    void realisticRecord()
    {
        QFETCH(QString, sql);
        QFETCH(int, low);
        QFETCH(int, high);
        const qint64 count = scalar(m_twenty, sql);
        QVERIFY2(count >= low && count <= high,
                 qPrintable(u"%1 not in %2–%3"_s.arg(count).arg(low).arg(high)));
    }

    void adherenceIsRealLife_data()
    {
        QTest::addColumn<QString>("patient");
        QTest::newRow("adult") << u"1"_s;
        QTest::newRow("child") << u"2"_s;
    }

    void adherenceIsRealLife()
    {
        QFETCH(QString, patient);
        const CliRun run =
            runCli({u"--db"_s, m_twenty, u"--now"_s, Now, u"--json"_s, u"adherence"_s,
                    u"--patient"_s, patient, u"--from"_s, u"2024-01-01"_s});
        QCOMPARE(run.exitCode, 0);
        const double percent = run.json().value(u"percent"_s).toDouble();
        QVERIFY2(percent >= 90 && percent < 100, qPrintable(QString::number(percent)));
    }

    void neverOverAnExistingFile()
    {
        const QString path = m_dir.filePath(u"mine.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my own records\n");
        file.close();
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        const CliRun run = demo(path, {u"--years"_s, u"2"_s, u"--patients"_s, u"1"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"file-exists"_s);
        QCOMPARE(readAll(path), QByteArray("my own records\n"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // no partial file left
        // Not over an existing database either.
        QCOMPARE(demo(m_twenty, {u"--years"_s, u"1"_s, u"--patients"_s, u"1"_s}).exitCode, 3);
        QCOMPARE(scalar(m_twenty, u"SELECT count(*) FROM patients"_s), qint64(2));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named"); // what the message names
        QTest::newRow("no years") << QStringList{u"--patients"_s, u"1"_s} << 2 << u"--years"_s;
        QTest::newRow("zero years")
            << QStringList{u"--years"_s, u"0"_s, u"--patients"_s, u"1"_s} << 3 << u"--years 0"_s;
        QTest::newRow("too many years")
            << QStringList{u"--years"_s, u"41"_s, u"--patients"_s, u"1"_s} << 3 << u"--years 41"_s;
        QTest::newRow("too many patients")
            << QStringList{u"--years"_s, u"1"_s, u"--patients"_s, u"9"_s} << 3 << u"--patients 9"_s;
        QTest::newRow("seed not a number")
            << QStringList{u"--years"_s, u"1"_s, u"--patients"_s, u"1"_s, u"--seed"_s, u"x"_s} << 3
            << u"--seed"_s;
    }

    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        const QString path = m_dir.filePath(u"bad.sqlite"_s);
        const CliRun run = demo(path, arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(named), run.err.constData());
        QVERIFY(!QFileInfo::exists(path));
    }

    void smallDemoIsComplete()
    {
        const QString path = m_dir.filePath(u"small.sqlite"_s);
        const CliRun run = demo(path, {u"--years"_s, u"1"_s, u"--patients"_s, u"3"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(u"patients"_s).toInt(), 3);
        QCOMPARE(runCli({u"--db"_s, path, u"check"_s}).exitCode, 0);
        // The patients list names them; the GUI can open the file.
        const CliRun list = runCli({u"--db"_s, path, u"--json"_s, u"patient"_s, u"list"_s});
        QCOMPARE(list.json().value(u"patients"_s).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDemoCli)
#include "tst_demo_cli.moc"
