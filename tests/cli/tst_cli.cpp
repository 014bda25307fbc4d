#include "CliFixture.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook::test;

class TestCli final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

    int patientCount() const
    {
        const CliRun run = m_db.bare(
            {QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--json")});
        return static_cast<int>(run.json().value(QStringLiteral("patients")).toArray().size());
    }

private Q_SLOTS:
    void init() { m_db.reset(QLatin1String(QTest::currentTestFunction())); }

    void addPrintsIdAndWarnings()
    {
        const CliRun run =
            m_db.bare({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Ada"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("{\"id\": 1, "), run.out.constData());
        QVERIFY(run.out.endsWith("\"warnings\": []}\n"));
        QCOMPARE(run.out.count('\n'), 1);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("id")).toInt(), 1);
        QVERIFY(json.value(QStringLiteral("warnings")).isArray());
        QVERIFY(json.value(QStringLiteral("warnings")).toArray().isEmpty());
        QVERIFY(run.err.isEmpty());
        if (!m_db.onServer())
            QVERIFY(isPrivate(m_db.path()));
    }

    void listAfterAdds()
    {
        QCOMPARE(m_db.bare({QStringLiteral("patient"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("Léa"),
                            QStringLiteral("--birth"), QStringLiteral("2024-11-30"),
                            QStringLiteral("--weight-kg"), QStringLiteral("7.25")})
                     .exitCode,
                 0);
        // Global options may also come after the command.
        QCOMPARE(runCli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Ada"), QStringLiteral("--db"), m_db.path()})
                     .exitCode,
                 0);
        const CliRun run = m_db.bare(
            {QStringLiteral("--json"), QStringLiteral("patient"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray patients = run.json().value(QStringLiteral("patients")).toArray();
        QCOMPARE(patients.size(), 2);
        QCOMPARE(patients.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ada"));
        QVERIFY(patients.at(0).toObject().value(QStringLiteral("birth")).isNull());
        QCOMPARE(patients.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Léa"));
        QCOMPARE(patients.at(1).toObject().value(QStringLiteral("birth")).toString(),
                 QStringLiteral("2024-11-30"));
        QCOMPARE(patients.at(1).toObject().value(QStringLiteral("id")).toInt(), 1);

        const CliRun text = m_db.bare({QStringLiteral("patient"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Léa"));
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("patient"), QStringLiteral("eat")};
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("patient"), QStringLiteral("add"),      QStringLiteral("--name"),
            QStringLiteral("A"),       QStringLiteral("--colour"), QStringLiteral("red")};
        QTest::newRow("missing required option")
            << QStringList{QStringLiteral("patient"), QStringLiteral("add")};
        QTest::newRow("missing value") << QStringList{
            QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name")};
        QTest::newRow("stray argument") << QStringList{
            QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("extra")};
    }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = m_db.bare(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("shotbook-cli: "));
        QVERIFY(!m_db.exists()); // nothing written, not even a file (or a table)

        const CliRun json = m_db.bare(arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 2);
        const QJsonObject error = json.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(json.json().value(QStringLiteral("warnings")).isArray());
    }

    void rejectedInputExit3_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QString add = QStringLiteral("add");
        const QString patient = QStringLiteral("patient");
        const QString name = QStringLiteral("--name");
        QTest::newRow("weight too high")
            << QStringList{patient,
                           add,
                           name,
                           QStringLiteral("Z"),
                           QStringLiteral("--weight-kg"),
                           QStringLiteral("301")}
            << QStringLiteral("invalid-weight") << QStringLiteral("300");
        QTest::newRow("weight not a number")
            << QStringList{patient,
                           add,
                           name,
                           QStringLiteral("Z"),
                           QStringLiteral("--weight-kg"),
                           QStringLiteral("7,5")}
            << QStringLiteral("invalid-number") << QStringLiteral("--weight-kg");
        QTest::newRow("bad birth date")
            << QStringList{patient,
                           add,
                           name,
                           QStringLiteral("Z"),
                           QStringLiteral("--birth"),
                           QStringLiteral("2024-02-30")}
            << QStringLiteral("invalid-date") << QStringLiteral("--birth");
        // On a fixed clock: the day after "now" is the future, whenever the test runs.
        QTest::newRow("birth tomorrow")
            << QStringList{QStringLiteral("--now"),
                           QStringLiteral("2026-11-22T23:30"),
                           patient,
                           add,
                           name,
                           QStringLiteral("Z"),
                           QStringLiteral("--birth"),
                           QStringLiteral("2026-11-23")}
            << QStringLiteral("invalid-birth") << QStringLiteral("2026-11-23");
        QTest::newRow("duplicate name")
            << QStringList{patient, add, name, QStringLiteral("ADA")}
            << QStringLiteral("duplicate-name") << QStringLiteral("ADA");
        QTest::newRow("bad --now")
            << QStringList{QStringLiteral("--now"), QStringLiteral("noon"), patient, add, name,
                           QStringLiteral("Z")}
            << QStringLiteral("invalid-time") << QStringLiteral("--now");
        QTest::newRow("unknown patient")
            << QStringList{patient,
                           QStringLiteral("rename"),
                           QStringLiteral("--patient"),
                           QStringLiteral("Nobody"),
                           name,
                           QStringLiteral("X")}
            << QStringLiteral("unknown-patient") << QStringLiteral("Nobody");
        QTest::newRow("remove unconfirmed")
            << QStringList{patient, QStringLiteral("remove"), QStringLiteral("--patient"),
                           QStringLiteral("Ada")}
            << QStringLiteral("confirmation-required") << QStringLiteral("--yes");
    }

    void rejectedInputExit3()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        QCOMPARE(m_db.bare({QStringLiteral("patient"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("Ada")})
                     .exitCode,
                 0);
        const QString before = m_db.dataDump();

        const CliRun run = m_db.bare(arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(mentions),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(patientCount(), 1);
        QCOMPARE(m_db.dataDump(), before);
    }

    void storageErrorsExit4_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QString>("code");
        QTest::newRow("garbage") << QStringLiteral("garbage.sqlite")
                                 << QStringLiteral("not-a-database");
        QTest::newRow("truncated")
            << QStringLiteral("truncated.sqlite") << QStringLiteral("database-truncated");
        QTest::newRow("corrupt") << QStringLiteral("corrupt.sqlite")
                                 << QStringLiteral("database-corrupt");
        QTest::newRow("newer") << QStringLiteral("newer.sqlite")
                               << QStringLiteral("database-newer");
    }

    void storageErrorsExit4()
    {
        if (m_db.onServer())
            QSKIP("damaged files are a file's; serverRecordsRefusedExit4 has the server's");
        QFETCH(QString, fixtureName);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, fixtureName);
        const QByteArray before = readAll(path);
        for (const QString &command : {QStringLiteral("add"), QStringLiteral("list")}) {
            QStringList arguments{QStringLiteral("--db"), path, QStringLiteral("--json"),
                                  QStringLiteral("patient"), command};
            if (command == QLatin1String("add"))
                arguments << QStringLiteral("--name") << QStringLiteral("Ada");
            const CliRun run = runCli(arguments);
            QCOMPARE(run.exitCode, 4);
            QCOMPARE(CliDatabase::errorCode(run), code);
            QCOMPARE(run.err.count('\n'), 1);
        }
        QCOMPARE(readAll(path), before);
    }

    // Opening reads every page only at the window's start, in `check` and
    // `backup`, and after an unclean close (Database::Scrutiny): an ordinary
    // command on a file closed cleanly finds a damaged page when it reads it.
    // SQLite's SQLITE_CORRUPT must then be exit 4, "database-corrupt", with
    // nothing written.
    void damagedPageFoundWhenReadExit4()
    {
        if (m_db.onServer())
            QSKIP("damaged pages are a file's");
        const QString now = QStringLiteral("2026-11-22T08:00");
        QVERIFY(m_db.addPatient(now));
        QVERIFY(m_db.ok(now, {QStringLiteral("regimen"), QStringLiteral("set"),
                              QStringLiteral("--dose-mg"), QStringLiteral("100"),
                              QStringLiteral("--every-days"), QStringLiteral("1"),
                              QStringLiteral("--start"), QStringLiteral("2026-11-01")}));
        for (const QString &day :
             {QStringLiteral("2026-11-20T08:00"), QStringLiteral("2026-11-21T08:00")})
            QVERIFY(m_db.ok(day, {QStringLiteral("inject"), QStringLiteral("--site"),
                                  QStringLiteral("thigh-left-upper")}));
        const QString path = m_db.path();
        qint64 page = 0;
        qint64 pageSize = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-damage"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
            pageSize = query.value(0).toLongLong();
            QVERIFY(query.exec(QStringLiteral(
                        "SELECT rootpage FROM sqlite_master WHERE name = 'injections'")) &&
                    query.next());
            page = query.value(0).toLongLong();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-damage"));
        QVERIFY(page > 1);
        // Closed cleanly: no log beside it, so opening does not read every page.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((page - 1) * pageSize));
            const QByteArray garbage =
                QByteArray("not a b-tree page ").repeated(static_cast<int>(pageSize / 18 + 1));
            QCOMPARE(file.write(garbage.left(pageSize)), pageSize);
        }
        const QByteArray before = readAll(path);

        // A command that does not read the injections does not notice.
        QCOMPARE(m_db.run(now, {QStringLiteral("patient"), QStringLiteral("list")}).exitCode, 0);
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("inject"), QStringLiteral("--site"),
                          QStringLiteral("thigh-right-upper")},
              QStringList{QStringLiteral("injections")}, QStringList{QStringLiteral("check")},
              QStringList{QStringLiteral("backup"), QStringLiteral("--out"),
                          path + QStringLiteral(".copy")}}) {
            const CliRun run = m_db.run(QStringLiteral("2026-11-22T08:00"), arguments);
            QVERIFY2(run.exitCode == 4, qPrintable(arguments.join(u' ') + QLatin1Char(' ') +
                                                   QString::fromUtf8(run.err)));
            QCOMPARE(CliDatabase::errorCode(run), QStringLiteral("database-corrupt"));
            QVERIFY2(run.err.contains("damaged"), run.err.constData());
            QCOMPARE(run.err.count('\n'), 1);
        }
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".copy")));

        // Not closed cleanly (a log left beside it): every page is read on
        // opening, so even a command that does not read the injections
        // refuses the file.
        {
            QFile log(path + QStringLiteral("-wal"));
            QVERIFY(log.open(QIODevice::WriteOnly));
        }
        const CliRun list = m_db.run(now, {QStringLiteral("patient"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 4);
        QCOMPARE(CliDatabase::errorCode(list), QStringLiteral("database-corrupt"));
        QCOMPARE(readAll(path), before);
    }

    void missingDatabaseForReadingExit4()
    {
        const CliRun run = m_db.bare({QStringLiteral("patient"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains("patient add"));
        QVERIFY(!m_db.exists());
        if (m_db.onServer())
            return; // a server has no folders
        const CliRun folder =
            runCli({QStringLiteral("--db"), m_db.sibling(QStringLiteral("-nope/x.sqlite")),
                    QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("A")});
        QCOMPARE(folder.exitCode, 4);
        QVERIFY(folder.err.contains("does not exist"));
    }

    // A server database of another program, or from a newer Shotbook, is
    // refused as the files are, and left as it was.
    void serverRecordsRefusedExit4_data()
    {
        QTest::addColumn<QStringList>("damage");
        QTest::addColumn<QString>("code");
        QTest::newRow("another program's tables")
            << QStringList{QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY)")}
            << QStringLiteral("not-a-database");
        QTest::newRow("newer") << QStringList{QStringLiteral(
                                      "UPDATE shotbook_meta SET value = '999'"
                                      " WHERE name = 'schema_version'")}
                               << QStringLiteral("database-newer");
        QTest::newRow("another program's meta")
            << QStringList{QStringLiteral("UPDATE shotbook_meta SET value = '7'"
                                          " WHERE name = 'application_id'")}
            << QStringLiteral("not-a-database");
    }

    void serverRecordsRefusedExit4()
    {
        if (!m_db.onServer())
            QSKIP("a server's record; storageErrorsExit4 has the files'");
        QFETCH(QStringList, damage);
        QFETCH(QString, code);
        if (damage.first().startsWith(QLatin1String("UPDATE")))
            QVERIFY(m_db.addPatient(QStringLiteral("2026-11-22T08:00")));
        for (const QString &statement : damage)
            QVERIFY(m_db.execute(statement));
        const QString before = m_db.dataDump();
        for (const QString &command : {QStringLiteral("add"), QStringLiteral("list")}) {
            QStringList arguments{QStringLiteral("patient"), command};
            if (command == QLatin1String("add"))
                arguments << QStringLiteral("--name") << QStringLiteral("Ben");
            const CliRun run = m_db.run(QStringLiteral("2026-11-22T09:00"), arguments);
            QCOMPARE(run.exitCode, 4);
            QCOMPARE(CliDatabase::errorCode(run), code);
        }
        QCOMPARE(m_db.dataDump(), before);
    }

    // `backup --out FILE` of a shared record writes an ordinary local file
    // holding the same record.
    void backupFromServerIsALocalFile()
    {
        if (!m_db.onServer())
            QSKIP("a shared record's; tst_backup_cli has the files'");
        const QString now = QStringLiteral("2026-11-22T08:00");
        QVERIFY(m_db.addPatient(now, QStringLiteral("Ada"),
                                {QStringLiteral("--weight-kg"), QStringLiteral("60")}));
        QVERIFY(m_db.ok(now, {QStringLiteral("regimen"), QStringLiteral("set"),
                              QStringLiteral("--dose-mg"), QStringLiteral("100"),
                              QStringLiteral("--start"), QStringLiteral("2026-11-01")}));
        QVERIFY(m_db.ok(now, {QStringLiteral("stock"), QStringLiteral("add"),
                              QStringLiteral("--lot"), QStringLiteral("AB1"),
                              QStringLiteral("--expires"), QStringLiteral("2027-06-30"),
                              QStringLiteral("--count"), QStringLiteral("7")}));
        QVERIFY(m_db.ok(now, {QStringLiteral("inject"), QStringLiteral("--site"),
                              QStringLiteral("thigh-left-upper")}));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(m_db.ok(now, {QStringLiteral("backup"), QStringLiteral("--out"), file}));
        QVERIFY(isPrivate(file));
        const auto inFile = [&](const QStringList &arguments) {
            return runCli(QStringList{QStringLiteral("--db"), file, QStringLiteral("--now"),
                                      QStringLiteral("2026-12-31T12:00"),
                                      QStringLiteral("--json")} +
                          arguments);
        };
        const CliRun listed = inFile({QStringLiteral("injections"), QStringLiteral("--from"),
                                      QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                                      QStringLiteral("2030-12-31")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().value(QStringLiteral("injections")).toArray(), m_db.injections());
        QCOMPARE(m_db.injections().size(), 1);
        const CliRun stock = inFile({QStringLiteral("stock"), QStringLiteral("list")});
        QCOMPARE(stock.json()
                     .value(QStringLiteral("lots"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("remaining"))
                     .toInt(),
                 6);
        const CliRun check = inFile({QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, check.out.constData());
    }

    void checkPassesThenFindsProblemExit1()
    {
        QCOMPARE(
            m_db.bare({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Ada"), QStringLiteral("--weight-kg"), QStringLiteral("60")})
                .exitCode,
            0);
        const CliRun good = m_db.bare({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(good.json().value(QStringLiteral("ok")).toBool(), true);

        QVERIFY(m_db.execute(QStringLiteral("UPDATE weights SET kg = 1000")));

        const CliRun bad = m_db.bare({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.json().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(bad.json().value(QStringLiteral("problems")).toArray().size(), 1);
        const CliRun text = m_db.bare({QStringLiteral("check")});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("weight outside"));
    }

    void renameAndRemove()
    {
        for (const QString &name : {QStringLiteral("Ada"), QStringLiteral("Ben")})
            QCOMPARE(m_db.bare({QStringLiteral("patient"), QStringLiteral("add"),
                                QStringLiteral("--name"), name, QStringLiteral("--weight-kg"),
                                QStringLiteral("20")})
                         .exitCode,
                     0);
        // Two patients: a command must say which.
        const CliRun ambiguous = m_db.bare({QStringLiteral("patient"), QStringLiteral("rename"),
                                            QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(ambiguous.exitCode, 3);
        QCOMPARE(m_db.bare({QStringLiteral("patient"), QStringLiteral("rename"),
                            QStringLiteral("--patient"), QStringLiteral("2"),
                            QStringLiteral("--name"), QStringLiteral("Benjamin")})
                     .exitCode,
                 0);
        const CliRun removed = m_db.bare({QStringLiteral("patient"), QStringLiteral("remove"),
                                          QStringLiteral("--patient"), QStringLiteral("Benjamin"),
                                          QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(removed.json().value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(patientCount(), 1);
    }

    void defaultDatabaseLivesInAppData()
    {
        // run-isolated.sh points XDG_DATA_HOME at a temporary folder.
        const QString expected =
            qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/shotbook/shotbook.sqlite");
        QVERIFY(!qEnvironmentVariable("XDG_DATA_HOME").isEmpty());
        QVERIFY(!QFileInfo::exists(expected));
        const CliRun run = runCli({QStringLiteral("patient"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("Ada")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo::exists(expected));
        QVERIFY(isPrivate(QFileInfo(expected).absolutePath()));
        QVERIFY(QFileInfo(QFileInfo(expected).absolutePath()).permissions() &
                QFileDevice::ExeOwner);
        QFile::remove(expected);
    }

    void helpAndVersion()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("patient add"));
        QVERIFY(help.out.contains("check"));
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("shotbook-cli "));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
