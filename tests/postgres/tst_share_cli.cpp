// `shotbook-cli share --from FILE --to postgresql://…`: a local record moved
// onto a shared server, all or nothing. The refusals that need no server run
// in the ordinary suite; the copies in the postgres variant (ctest -L
// postgres), each into a fresh database of the test server.

#include "CliFixture.h"

#include <QSqlRecord>
#include <QTemporaryDir>

#include <QTest>
#include <algorithm>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {

const QString Now = u"2026-11-22T09:00"_s;

// Every row of every Shotbook table, in id order, whatever the engine (a NULL
// is written NULL: each driver turns a typed NULL into text its own way).
QString rowsOf(const QSqlDatabase &db)
{
    static const QStringList tables{
        u"patients"_s,     u"weights"_s,         u"regimens"_s,       u"injections"_s,
        u"lots"_s,         u"stock_movements"_s, u"fridge_outs"_s,    u"site_reactions"_s,
        u"side_effects"_s, u"diary_values"_s,    u"diary_notes"_s,    u"medicines"_s,
        u"labs"_s,         u"infections"_s,      u"disabled_zones"_s, u"settings"_s};
    QString out;
    for (const QString &table : tables) {
        out += u"== %1\n"_s.arg(table);
        QSqlQuery rows(db);
        if (!rows.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)))
            out += u"(cannot read: %1)\n"_s.arg(rows.lastError().text());
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << (rows.value(i).isNull() ? u"NULL"_s : rows.value(i).toString());
            out += values.join(u'|') + u'\n';
        }
    }
    return out;
}

QString fileRows(const QString &path)
{
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"share-file"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open())
            out = rowsOf(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"share-file"_s);
    return out;
}

} // namespace

class TestShareCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CliDatabase m_server; // the target, in the postgres variant
    QString m_file;

    CliRun share(const QString &from, const QString &to) const
    {
        return runCli({u"--json"_s, u"--now"_s, Now, u"share"_s, u"--from"_s, from, u"--to"_s, to});
    }
    CliRun on(const QString &db, const QStringList &arguments) const
    {
        return runCli(QStringList{u"--db"_s, db, u"--json"_s, u"--now"_s, Now} + arguments);
    }
    // A file with a year of two patients (the demo's), made for each test.
    bool makeDemoFile(qint64 *injections = nullptr)
    {
        const CliRun made =
            runCli({u"--json"_s, u"--now"_s, Now, u"demo"_s, u"--years"_s, u"1"_s, u"--patients"_s,
                    u"2"_s, u"--seed"_s, u"3"_s, u"--out"_s, m_file});
        if (made.exitCode != 0) {
            qWarning("demo: %s", made.err.constData());
            return false;
        }
        if (injections)
            *injections = made.json().value(u"injections"_s).toInteger();
        return true;
    }
    // Every row the server's record holds (none when it has no schema yet).
    QString serverRows() const
    {
        QString rows;
        {
            QSqlDatabase db =
                TestServer::connect(u"share-server"_s, m_server.path().section(u'/', -1));
            if (db.isOpen())
                rows = rowsOf(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"share-server"_s);
        return rows;
    }
    bool serverHoldsNoRecords() const
    {
        const QString rows = serverRows();
        const bool none =
            std::ranges::all_of(rows.split(u'\n', Qt::SkipEmptyParts), [](const QString &line) {
                return line.startsWith(u"== "_s) || line.startsWith(u"(cannot read"_s);
            });
        if (!none)
            qWarning("%s", qPrintable(rows.left(400)));
        return none;
    }

private Q_SLOTS:
    void init()
    {
        m_server.reset(QLatin1String(QTest::currentTestFunction()));
        static int number = 0;
        m_file = m_dir.filePath(u"local-%1.sqlite"_s.arg(++number));
    }

    // What share refuses before it reaches a server: exit 2 or 3 or 4 and one
    // line naming what was wrong.
    void refusesWhatIsNotAShare_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        const QString server = u"postgresql://nobody@%2Fno%2Fsuch%2Fsocket/shotbook"_s;
        QTest::newRow("--to a file")
            << QStringList{u"--from"_s, u"FILE"_s, u"--to"_s, u"/tmp/other.sqlite"_s} << 3
            << u"--to"_s;
        QTest::newRow("--from a server")
            << QStringList{u"--from"_s, server, u"--to"_s, server} << 3 << u"--from"_s;
        QTest::newRow("no --to") << QStringList{u"--from"_s, u"FILE"_s} << 2 << u"--to"_s;
        QTest::newRow("no --from") << QStringList{u"--to"_s, server} << 2 << u"--from"_s;
        QTest::newRow("missing file")
            << QStringList{u"--from"_s, u"MISSING"_s, u"--to"_s, server} << 4 << u"MISSING"_s;
        QTest::newRow("unreachable server")
            << QStringList{u"--from"_s, u"FILE"_s, u"--to"_s, server} << 4 << u"nobody"_s;
    }
    void refusesWhatIsNotAShare()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QVERIFY(
            runCli({u"--db"_s, m_file, u"patient"_s, u"add"_s, u"--name"_s, u"Ada"_s}).exitCode ==
            0);
        const QString before = fileRows(m_file);
        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        arguments.replaceInStrings(u"MISSING"_s, missing);
        arguments.replaceInStrings(u"FILE"_s, m_file);
        named.replace(u"MISSING"_s, missing);
        const CliRun run = runCli(QStringList{u"--now"_s, Now, u"share"_s} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        const QString error = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QCOMPARE(fileRows(m_file), before);
        QVERIFY(!QFileInfo::exists(missing));
    }

    // Every row arrives under its own id; the server's record then answers
    // every question as the file did; the file is left as it was.
    void copiesEveryRowAndTheSameAnswersComeBack()
    {
        if (!m_server.onServer())
            QSKIP("needs a server (ctest -L postgres)");
        qint64 injections = 0;
        QVERIFY(makeDemoFile(&injections));
        QVERIFY(injections > 300);
        const QString before = fileRows(m_file);
        QVERIFY(before.count(u'\n') > 1000);

        const CliRun shared = share(m_file, m_server.path());
        QVERIFY2(shared.exitCode == 0, shared.err.constData());
        QCOMPARE(shared.json().value(u"patients"_s).toInt(), 2);
        QCOMPARE(shared.json().value(u"injections"_s).toInteger(), injections);

        QCOMPARE(fileRows(m_file), before);
        const QString onServer = serverRows();
        QCOMPARE(onServer, before);

        const CliRun checked = on(m_server.path(), {u"check"_s});
        QVERIFY2(checked.exitCode == 0, checked.out.constData());
        for (const QString &patient : {u"1"_s, u"2"_s}) {
            for (const QStringList &question :
                 QList<QStringList>{{u"today"_s},
                                    {u"adherence"_s, u"--from"_s, u"2025-11-22"_s},
                                    {u"stock"_s, u"status"_s},
                                    {u"site"_s, u"next"_s},
                                    {u"dose"_s, u"show"_s},
                                    {u"lab"_s, u"due"_s},
                                    {u"injections"_s, u"--from"_s, u"2025-01-01"_s}}) {
                const QStringList asked = question + QStringList{u"--patient"_s, patient};
                const CliRun local = on(m_file, asked);
                const CliRun remote = on(m_server.path(), asked);
                QCOMPARE(remote.exitCode, local.exitCode);
                QCOMPARE(remote.json(), local.json());
            }
        }
        // The server's ids go on after the copied ones.
        const CliRun added =
            on(m_server.path(), {u"stock"_s, u"add"_s, u"--lot"_s, u"NEW1"_s, u"--expires"_s,
                                 u"2027-06-30"_s, u"--count"_s, u"4"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const CliRun lots = on(m_file, {u"stock"_s, u"list"_s});
        QCOMPARE(added.json().value(u"id"_s).toInteger(),
                 lots.json().value(u"lots"_s).toArray().size() + 1);
    }

    // Into an empty shared record only: a second share would mix two records.
    void aServerThatHoldsRecordsIsRefused()
    {
        if (!m_server.onServer())
            QSKIP("needs a server (ctest -L postgres)");
        QVERIFY(m_server.addPatient(Now, u"Ben"_s));
        const QString serverBefore = m_server.dataDump();
        QVERIFY(makeDemoFile());
        const CliRun refused = share(m_file, m_server.path());
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(refused), u"server-not-empty"_s);
        QCOMPARE(m_server.dataDump(), serverBefore);
    }

    // One row the server refuses (a medicine's name longer than its column
    // allows; the file never checked the length), in a table copied after
    // patients, injections and stock, and nothing at all is copied.
    void oneRefusedRowCopiesNothing()
    {
        if (!m_server.onServer())
            QSKIP("needs a server (ctest -L postgres)");
        QVERIFY(makeDemoFile());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                u"UPDATE medicines SET name = '%1' WHERE id = 2"_s.arg(QString(250, u'x'))));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        const CliRun refused = share(m_file, m_server.path());
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(CliDatabase::errorCode(refused), u"share-failed"_s);
        QVERIFY2(refused.err.contains("medicines"), refused.err.constData());
        QVERIFY(serverHoldsNoRecords());
    }

    // A file that fails its own check is not spread to a server.
    void aFileFailingItsCheckIsNotCopied()
    {
        if (!m_server.onServer())
            QSKIP("needs a server (ctest -L postgres)");
        QVERIFY(makeDemoFile());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE lots SET remaining = remaining + 3 WHERE id = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        const CliRun refused = share(m_file, m_server.path());
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(CliDatabase::errorCode(refused), u"check-failed"_s);
        QVERIFY(serverHoldsNoRecords());
    }
};

QTEST_GUILESS_MAIN(TestShareCli)
#include "tst_share_cli.moc"
