// `shotbook-cli backup` while another process writes, and `restore`: a good
// backup replaces the database and the replaced file is kept; garbage, a
// truncated file, a newer version, another program's file, or a database
// that a Shotbook window holds open are refused, the database unchanged
// byte for byte.

#include "CliRunner.h"
#include "TestFiles.h"
#include "storage/DatabaseLock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;
using namespace shotbook::test;

namespace {

CliRun cli(const QString &db, QStringList arguments)
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    return runCli(arguments);
}

int injections(const QString &db)
{
    const CliRun run = cli(db, {QStringLiteral("--json"), QStringLiteral("injections"),
                                QStringLiteral("--from"), QStringLiteral("1990-01-01")});
    return run.exitCode == 0
               ? static_cast<int>(run.json().value(QStringLiteral("injections")).toArray().size())
               : -1;
}

} // namespace

class TestBackupCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshDatabase(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        if (cli(db, {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Ada")})
                .exitCode != 0)
            return {};
        return db;
    }

private Q_SLOTS:
    // A child process logs injections as fast as it can while backups are
    // made: each backup is a consistent snapshot that opens and passes check.
    void backupWhileAnotherProcessWrites()
    {
        const QString db = freshDatabase(QStringLiteral("busy.sqlite"));
        QVERIFY(!db.isEmpty());
        const int rows = 150;
        QString script;
        for (int i = 0; i < rows; ++i)
            script += QStringLiteral("'%1' --db '%2' inject --site arm-left --dose-mg 100 --at "
                                     "%3 --force >/dev/null || exit 1\n")
                          .arg(QStringLiteral(SHOTBOOK_CLI_PATH), db,
                               QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate) +
                                   QStringLiteral("T08:00"));
        QProcess writer;
        writer.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        QVERIFY(writer.waitForStarted());
        QList<int> seen;
        // Backups until the writer is done, and one after it.
        bool writing = true;
        for (int n = 0; writing && n < 100; ++n) {
            writing = !writer.waitForFinished(0);
            const QString backup = m_dir.filePath(QStringLiteral("busy-%1.sqlite").arg(n));
            const CliRun made =
                cli(db, {QStringLiteral("backup"), QStringLiteral("--out"), backup});
            QVERIFY2(made.exitCode == 0, made.err.constData());
            QVERIFY(isPrivate(backup));
            const CliRun checked = cli(backup, {QStringLiteral("check")});
            QVERIFY2(checked.exitCode == 0, QByteArray(checked.out + checked.err).constData());
            seen << injections(backup);
        }
        if (writing)
            QVERIFY(writer.waitForFinished(120000));
        QCOMPARE(writer.exitCode(), 0);
        qInfo() << "injections in the backups made while writing:" << seen;
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(seen.constFirst() < rows); // some were made while the writer was writing
        QCOMPARE(injections(db), rows);
    }

    void backupNeverOverwrites()
    {
        const QString db = freshDatabase(QStringLiteral("plain.sqlite"));
        const QString taken = m_dir.filePath(QStringLiteral("taken.sqlite"));
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        const CliRun run = cli(db, {QStringLiteral("backup"), QStringLiteral("--out"), taken});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(readAll(taken), QByteArray("mine"));
    }

    void restoreRefuses_data()
    {
        QTest::addColumn<QString>("fixture"); // in tests/data, or "" for the case below
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << QStringLiteral("garbage.sqlite") << QString()
                                 << QStringLiteral("not an SQLite file");
        QTest::newRow("truncated")
            << QStringLiteral("truncated.sqlite") << QString() << QStringLiteral("truncated");
        QTest::newRow("corrupt") << QStringLiteral("corrupt.sqlite") << QString()
                                 << QStringLiteral("damaged");
        QTest::newRow("newer version") << QStringLiteral("newer.sqlite") << QString()
                                       << QStringLiteral("newer version of Shotbook");
        QTest::newRow("another program's")
            << QStringLiteral("other-app.sqlite") << QString() << QStringLiteral("another program");
        QTest::newRow("empty file")
            << QString() << QStringLiteral("empty") << QStringLiteral("is empty");
        QTest::newRow("no such file")
            << QString() << QStringLiteral("missing") << QStringLiteral("There is no file");
        QTest::newRow("open in a Shotbook window")
            << QString() << QStringLiteral("locked")
            << QStringLiteral("already open in another Shotbook window");
        QTest::newRow("fails Shotbook's check")
            << QString() << QStringLiteral("invariant") << QStringLiteral("fails Shotbook's check");
    }
    void restoreRefuses()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("current.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("patient"), QStringLiteral("add"),
                          QStringLiteral("--name"), QStringLiteral("Ada")})
                     .exitCode,
                 0);
        QString source = fixture.isEmpty() ? dir.filePath(QStringLiteral("source.sqlite"))
                                           : copyFixture(dir, fixture);
        std::optional<std::unique_ptr<QLockFile>> lock;
        if (kind == QLatin1String("empty")) {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("locked")) {
            QCOMPARE(cli(db, {QStringLiteral("backup"), QStringLiteral("--out"), source}).exitCode,
                     0);
            auto held = DatabaseLock::acquire(db); // as the GUI holds it
            QVERIFY(held);
            lock = std::move(*held);
        } else if (kind == QLatin1String("invariant")) {
            // A backup whose lot count disagrees with its movements.
            QCOMPARE(cli(db, {QStringLiteral("backup"), QStringLiteral("--out"), source}).exitCode,
                     0);
            QCOMPARE(cli(source, {QStringLiteral("stock"), QStringLiteral("add"),
                                  QStringLiteral("--lot"), QStringLiteral("X"),
                                  QStringLiteral("--expires"), QStringLiteral("2030-01-01"),
                                  QStringLiteral("--count"), QStringLiteral("5")})
                         .exitCode,
                     0);
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"),
                         {source, QStringLiteral("UPDATE lots SET remaining = 4;")});
            QVERIFY(sqlite.waitForFinished(10000));
            QCOMPARE(sqlite.exitCode(), 0);
        }
        const QByteArray before = readAll(db);
        const QStringList files =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        const CliRun run = cli(db, {QStringLiteral("--json"), QStringLiteral("restore"), source});
        QVERIFY2(run.exitCode == 4 || run.exitCode == 3, run.err.constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(!run.json().value(QStringLiteral("error")).toObject().isEmpty());
        QCOMPARE(readAll(db), before);
        // Nothing left behind: no copy, no backups folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 files);
    }

    void restoreReplacesAndKeeps()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("current.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("patient"), QStringLiteral("add"),
                          QStringLiteral("--name"), QStringLiteral("Ada")})
                     .exitCode,
                 0);
        const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
        QCOMPARE(cli(db, {QStringLiteral("patient"), QStringLiteral("add"),
                          QStringLiteral("--name"), QStringLiteral("Ben")})
                     .exitCode,
                 0);
        const QByteArray backupBytes = readAll(backup);

        const CliRun run = cli(db, {QStringLiteral("--json"), QStringLiteral("restore"), backup});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readAll(backup), backupBytes); // the backup itself is never written to
        const QString kept = run.json().value(QStringLiteral("kept")).toString();
        QVERIFY(kept.startsWith(QDir(dir.filePath(QStringLiteral("current-backups")))
                                    .filePath(QStringLiteral("before-restore-"))));
        QVERIFY(isPrivate(kept));
        QVERIFY(isPrivate(db));
        const CliRun listed =
            cli(db, {QStringLiteral("--json"), QStringLiteral("patient"), QStringLiteral("list")});
        QCOMPARE(listed.json().value(QStringLiteral("patients")).toArray().size(), 1);
        const CliRun old = cli(
            kept, {QStringLiteral("--json"), QStringLiteral("patient"), QStringLiteral("list")});
        QCOMPARE(old.json().value(QStringLiteral("patients")).toArray().size(), 2);
        QCOMPARE(cli(db, {QStringLiteral("check")}).exitCode, 0);
        // Only the database, the backup and the backups folder: no copy left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{QStringLiteral("current-backups"), QStringLiteral("current.sqlite"),
                              QStringLiteral("monday.sqlite")}));
    }

    // An old (version 1) backup is brought up to date on the way in.
    void restoreAnOlderBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("current.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("patient"), QStringLiteral("add"),
                          QStringLiteral("--name"), QStringLiteral("Zoe")})
                     .exitCode,
                 0);
        const QString old = copyFixture(dir, QStringLiteral("v1.sqlite"));
        const QByteArray oldBytes = readAll(old);
        const CliRun run = cli(db, {QStringLiteral("restore"), old});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readAll(old), oldBytes);
        const CliRun listed =
            cli(db, {QStringLiteral("--json"), QStringLiteral("patient"), QStringLiteral("list")});
        QCOMPARE(listed.json().value(QStringLiteral("patients")).toArray().size(), 2);
        QVERIFY(QDir(dir.path())
                    .entryList({QStringLiteral("*.bak")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backup_cli.moc"
