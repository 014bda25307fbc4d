// `shotbook-cli export csv` and `import csv`: every exported file read by an
// independent strict parser (Python's csv module, strict=True), the round
// trip export → import into an empty database → export, and every bad input
// the import must refuse with the line and the field, the database unchanged.

#include "CliRunner.h"
#include "TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook::test;

namespace {

const QString Now = QStringLiteral("2026-03-01T12:00");
const QString TrickyNote =
    QStringLiteral("says \"hi\", then; a tab\tand\nnew lines\r\nLéa ü ß 日本 😀 =1+2");

CliRun cli(const QString &db, QStringList arguments)
{
    arguments.prepend(Now);
    arguments.prepend(QStringLiteral("--now"));
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    return runCli(arguments);
}

// The data of a database as text (sqlite3's own dump), to compare before
// and after a refused import: what matters is what is stored, not the file.
QByteArray dump(const QString &db)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {db, QStringLiteral(".dump")});
    if (!sqlite.waitForFinished(30000))
        return "sqlite3 did not finish";
    return sqlite.readAllStandardOutput();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestExchangeCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    // Ada with a regimen, stock, injections with tricky notes, a missed
    // dose, diary, labs, side effects, infections, medicines, a reaction.
    void populate(const QString &db)
    {
        const QList<QStringList> commands = {
            {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Ada, \"A\"")},
            {QStringLiteral("weight"), QStringLiteral("add"), QStringLiteral("--kg"),
             QStringLiteral("70.5"), QStringLiteral("--date"), QStringLiteral("2026-02-01")},
            {QStringLiteral("regimen"), QStringLiteral("set"), QStringLiteral("--dose-mg"),
             QStringLiteral("100"), QStringLiteral("--times"), QStringLiteral("08:00"),
             QStringLiteral("--start"), QStringLiteral("2026-02-20")},
            {QStringLiteral("stock"), QStringLiteral("add"), QStringLiteral("--lot"),
             QStringLiteral("L1;x"), QStringLiteral("--expires"), QStringLiteral("2027-01-01"),
             QStringLiteral("--count"), QStringLiteral("20")},
            {QStringLiteral("symptom"), QStringLiteral("add"), QStringLiteral("--measure"),
             QStringLiteral("pain"), QStringLiteral("--value"), QStringLiteral("3"),
             QStringLiteral("--date"), QStringLiteral("2026-02-25")},
            {QStringLiteral("symptom"), QStringLiteral("add"), QStringLiteral("--measure"),
             QStringLiteral("fever-c"), QStringLiteral("--value"), QStringLiteral("37.4"),
             QStringLiteral("--date"), QStringLiteral("2026-02-25")},
            {QStringLiteral("lab"), QStringLiteral("add"), QStringLiteral("--analyte"),
             QStringLiteral("anc"), QStringLiteral("--value"), QStringLiteral("2.1"),
             QStringLiteral("--date"), QStringLiteral("2026-02-21")},
            {QStringLiteral("side-effect"), QStringLiteral("add"), QStringLiteral("--term"),
             QStringLiteral("headache, mild"), QStringLiteral("--onset"),
             QStringLiteral("2026-02-22")},
            {QStringLiteral("med"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("methotrexate"), QStringLiteral("--start"),
             QStringLiteral("2026-01-01")},
            {QStringLiteral("reaction"), QStringLiteral("add"), QStringLiteral("--site"),
             QStringLiteral("thigh-left-upper"), QStringLiteral("--kind"),
             QStringLiteral("redness"), QStringLiteral("--at"), QStringLiteral("2026-02-21T09:00")},
        };
        for (const QStringList &command : commands) {
            const CliRun run = cli(db, command);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        const QStringList sites = {QStringLiteral("thigh-left-upper"),
                                   QStringLiteral("abdomen-lower-right"),
                                   QStringLiteral("arm-left"), QStringLiteral("thigh-right-lower")};
        int i = 0;
        for (int dayOfMonth : {20, 21, 23, 24, 25, 26, 27, 28}) {
            const CliRun run =
                cli(db, {QStringLiteral("inject"), QStringLiteral("--site"), sites.at(i % 4),
                         QStringLiteral("--at"), QStringLiteral("2026-02-%1T08:05").arg(dayOfMonth),
                         QStringLiteral("--by"), i % 2 ? QStringLiteral("Mum") : QString(),
                         QStringLiteral("--note"), i % 3 ? TrickyNote : QString(),
                         QStringLiteral("--force")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            ++i;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("record.sqlite"));
        populate(m_db);
    }

    // Every table, read by a strict parser no one here wrote.
    void everyFileReadsStrictly()
    {
        const QString out = m_dir.filePath(QStringLiteral("export-strict"));
        const CliRun run = cli(m_db, {QStringLiteral("--json"), QStringLiteral("export"),
                                      QStringLiteral("csv"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList files =
            run.json().value(QStringLiteral("files")).toVariant().toStringList();
        QCOMPARE(files.size(), 16);
        for (const char *name :
             {"manifest.csv", "patients.csv", "injections.csv", "missed_slots.csv", "zones.csv",
              "site_reactions.csv", "regimens.csv", "weights.csv", "stock_lots.csv",
              "stock_movements.csv", "diary.csv", "diary_notes.csv", "side_effects.csv",
              "infections.csv", "labs.csv", "medicines.csv"})
            QVERIFY2(files.contains(QDir(out).filePath(QLatin1String(name))), name);
        for (const QString &file : files)
            QVERIFY(isPrivate(file));

        QProcess python;
        QStringList arguments{QStringLiteral(SHOTBOOK_CSV_CHECK)};
        arguments << files;
        python.start(QStringLiteral(SHOTBOOK_CSV_PYTHON), arguments);
        QVERIFY(python.waitForFinished(60000));
        const QString report = QString::fromUtf8(python.readAllStandardOutput());
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        qInfo().noquote() << "python3 csv strict:" << report.simplified();
        QVERIFY(report.contains(QDir(out).filePath(QStringLiteral("injections.csv")) +
                                QStringLiteral(" 8")));
        QVERIFY(report.contains(QDir(out).filePath(QStringLiteral("missed_slots.csv")) +
                                QStringLiteral(" 1")));
        QVERIFY(report.contains(QDir(out).filePath(QStringLiteral("zones.csv")) +
                                QStringLiteral(" 12")));

        const QByteArray injections = readAll(QDir(out).filePath(QStringLiteral("injections.csv")));
        QVERIFY(
            injections.startsWith("patient,at,dose_mg,site,lot,given_by,spot_x,spot_y,note\r\n"));
        QVERIFY(injections.contains(
            "\"Ada, \"\"A\"\"\",2026-02-20T08:05:00+01:00,100,thigh-left-upper,\"L1;x\""));
        const QByteArray manifest = readAll(QDir(out).filePath(QStringLiteral("manifest.csv")));
        QVERIFY(manifest.contains("format_version,1\r\n"));
        QVERIFY(manifest.contains("schema_version,"));
    }

    // Export → import into an empty database → export gives the same log.
    void roundTrip()
    {
        const QString first = m_dir.filePath(QStringLiteral("round-1"));
        const QString second = m_dir.filePath(QStringLiteral("round-2"));
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QCOMPARE(cli(m_db, {QStringLiteral("export"), QStringLiteral("csv"),
                            QStringLiteral("--out"), first})
                     .exitCode,
                 0);
        const QString log = QDir(first).filePath(QStringLiteral("injections.csv"));

        const CliRun imported = cli(empty, {QStringLiteral("--json"), QStringLiteral("import"),
                                            QStringLiteral("csv"), log});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 8);
        QCOMPARE(imported.json().value(QStringLiteral("patients_added")).toArray().size(), 1);

        QCOMPARE(cli(empty, {QStringLiteral("export"), QStringLiteral("csv"),
                             QStringLiteral("--out"), second})
                     .exitCode,
                 0);
        QCOMPARE(readAll(QDir(second).filePath(QStringLiteral("injections.csv"))), readAll(log));

        // Again: every row is recognised, nothing is doubled.
        const QByteArray before = dump(empty);
        const CliRun again = cli(empty, {QStringLiteral("--json"), QStringLiteral("import"),
                                         QStringLiteral("csv"), log});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("already_present")).toInt(), 8);
        QCOMPARE(dump(empty), before);

        // Imported history took no syringes and passes the check.
        const CliRun stock =
            cli(empty, {QStringLiteral("--json"), QStringLiteral("stock"), QStringLiteral("list")});
        QCOMPARE(stock.json().value(QStringLiteral("lots")).toArray().size(), 0);
        QCOMPARE(cli(empty, {QStringLiteral("check")}).exitCode, 0);
        // Into the original: all already there.
        const CliRun original = cli(
            m_db, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("csv"), log});
        QCOMPARE(original.json().value(QStringLiteral("already_present")).toInt(), 8);
    }

    void otherTrackersAndBadInput_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("errorLines"); // each must appear on stderr
        QTest::addColumn<int>("imported");

        QTest::newRow("another tracker, BOM, CRLF")
            << QByteArray("\xEF\xBB\xBF"
                          "Date,Time,Dose (mg),Injection Site,Mood\r\n"
                          "2026-01-05,08:00,100,Left thigh,fine\r\n"
                          "2026-01-06,8:10,100,abdomen right,\"tired, a bit\"\r\n")
            << 0 << QStringList{} << 2;
        QTest::newRow("semicolons, timestamp, amount")
            << QByteArray("timestamp;amount;location\n2026-01-07T08:00:00Z;100 mg;LUQ\n") << 0
            << QStringList{} << 1;
        QTest::newRow("missing column")
            << QByteArray("date,time,site\n2026-01-05,08:00,arm-left\n") << 3
            << QStringList{QStringLiteral("line 1, dose_mg: no column for the dose")} << 0;
        QTest::newRow("duplicated header")
            << QByteArray("at,dose,site,Dose\n2026-01-05T08:00,100,arm-left,100\n") << 3
            << QStringList{QStringLiteral("line 1, Dose: column 4")} << 0;
        QTest::newRow("unknown zone")
            << QByteArray("at,dose_mg,site\n2026-01-05T08:00,100,arm-left\n2026-01-06T08:00,100,"
                          "left knee\n")
            << 3 << QStringList{QStringLiteral("line 3, site: unknown site \"left knee\"")} << 0;
        QTest::newRow("2026-02-30")
            << QByteArray("at,dose_mg,site\n2026-02-30T08:00,100,arm-left\n") << 3
            << QStringList{QStringLiteral(
                   "line 2, at: \"2026-02-30T08:00\" is not a date and time")}
            << 0;
        QTest::newRow("dose 0 and 5000, every line listed")
            << QByteArray(
                   "at,dose_mg,site\n2026-01-05T08:00,0,arm-left\n2026-01-06T08:00,100,arm-left\n"
                   "2026-01-07T08:00,5000,arm-left\n")
            << 3
            << QStringList{QStringLiteral("line 2, dose_mg: The dose 0 mg is out of range"),
                           QStringLiteral("line 4, dose_mg: The dose 5000 mg is out of range")}
            << 0;
        QTest::newRow("broken quote")
            << QByteArray("at,dose_mg,site,note\n2026-01-05T08:00,100,arm-left,\"open\n2026-01-"
                          "06T08:00,100,arm-left,x\n")
            << 3 << QStringList{QStringLiteral("line 2: a quoted field starts here and never ends")}
            << 0;
        QTest::newRow("a patient the database does not know")
            << QByteArray("patient,at,dose_mg,site\nZed,2026-01-05T08:00,100,arm-left\n") << 3
            << QStringList{QStringLiteral("line 2, patient: there is no patient \"Zed\"")} << 0;
        QTest::newRow("the same second, another dose")
            << QByteArray("at,dose_mg,site\n2026-02-20T08:05,80,thigh-left-upper\n") << 3
            << QStringList{QStringLiteral(
                   "line 2, at: another injection is logged at this very time")}
            << 0;
        QTest::newRow("empty file")
            << QByteArray() << 3 << QStringList{QStringLiteral("is empty")} << 0;
    }
    void otherTrackersAndBadInput()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, exitCode);
        QFETCH(QStringList, errorLines);
        QFETCH(int, imported);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(m_db, db));
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        writeFile(csv, file);
        const QByteArray before = dump(db);
        const CliRun run = cli(
            db, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("csv"), csv});
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        const QString err = QString::fromUtf8(run.err);
        for (const QString &line : errorLines)
            QVERIFY2(err.contains(line), qPrintable(err));
        if (exitCode == 0) {
            QCOMPARE(run.json().value(QStringLiteral("imported")).toInt(), imported);
        } else {
            QVERIFY(err.startsWith(QLatin1String("shotbook-cli: ")));
            QCOMPARE(dump(db), before);
            const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
            QVERIFY(!error.value(QStringLiteral("code")).toString().isEmpty());
        }
    }

    // 50 MB: read as a stream; valid rows are imported, one bad row at the
    // end refuses them all.
    void fiftyMegabytes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("big.sqlite"));
        QVERIFY(QFile::copy(m_db, db));
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        const QByteArray note(1900, 'n');
        QByteArray rows = "at,dose_mg,site,note\n";
        const QDateTime first(QDate(1995, 1, 1), QTime(8, 0), QTimeZone::utc());
        int count = 0;
        while (rows.size() < 50 * 1024 * 1024) {
            rows += first.addSecs(qint64(count) * 6 * 3600).toString(Qt::ISODate).toUtf8() +
                    ",100,arm-left,\"" + note + "\"\n";
            ++count;
        }
        writeFile(good, rows);
        writeFile(bad, rows + "2026-01-01T08:00,5000,arm-left,x\n");
        qInfo() << "rows:" << count << "bytes:" << rows.size();

        const QByteArray before = dump(db);
        QElapsedTimer timer;
        timer.start();
        const CliRun refused = cli(db, {QStringLiteral("import"), QStringLiteral("csv"), bad});
        qInfo() << "50 MB, refused at the last line:" << timer.elapsed() << "ms";
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("line %1, dose_mg").arg(count + 2).toUtf8()),
                 refused.err.constData());
        QCOMPARE(dump(db), before);

        timer.restart();
        const CliRun run = cli(
            db, {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("csv"), good});
        qInfo() << "50 MB," << count << "rows imported:" << timer.elapsed() << "ms";
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("imported")).toInt(), count);
    }

    void exportNeverOverwrites()
    {
        const QString out = m_dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(out));
        writeFile(QDir(out).filePath(QStringLiteral("keep.txt")), "mine");
        const CliRun run = cli(
            m_db, {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("--out:"));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("keep.txt")});
        // An empty folder is used; nothing is left beside it.
        const QString emptyFolder = m_dir.filePath(QStringLiteral("empty-folder"));
        QVERIFY(QDir().mkpath(emptyFolder));
        QCOMPARE(cli(m_db, {QStringLiteral("export"), QStringLiteral("csv"),
                            QStringLiteral("--out"), emptyFolder})
                     .exitCode,
                 0);
        QCOMPARE(QDir(emptyFolder).entryList(QDir::Files).size(), 16);
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral(".shotbook-csv-*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchange_cli.moc"
