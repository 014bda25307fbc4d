// Bad files and bad places through the real shotbook-cli (issue 15): every
// one is refused with one clear line and exit 4, and the file is left as it
// was. tst_cli covers garbage, truncated, corrupt and newer files; this adds
// the places: another program's SQLite file, a folder, an unreadable or
// read-only file, a read-only mount, a full disk, a stale or foreign lock.
#include "CliFixture.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace shotbook::test;

namespace {

const QString Now = QStringLiteral("2026-06-01T12:00");

bool isRoot()
{
    return ::geteuid() == 0;
}

QStringList patientAdd(const QString &path, const QString &name = QStringLiteral("Bea"))
{
    return {QStringLiteral("--db"),
            path,
            QStringLiteral("--now"),
            Now,
            QStringLiteral("--json"),
            QStringLiteral("patient"),
            QStringLiteral("add"),
            QStringLiteral("--name"),
            name};
}

QStringList withDb(const QString &path, const QStringList &arguments)
{
    return QStringList{QStringLiteral("--db"), path, QStringLiteral("--now"), Now,
                       QStringLiteral("--json")} +
           arguments;
}

// The folder's files with their bytes: "nothing overwritten, nothing added".
QMap<QString, QByteArray> folderState(const QString &folder)
{
    QMap<QString, QByteArray> state;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        state.insert(info.fileName(), readAll(info.filePath()));
    return state;
}

// A tmpfs of `size` mounted on `folder`, when this machine lets the test mount.
bool mountTmpfs(const QString &folder, const QString &options)
{
    if (!isRoot())
        return false;
    return QProcess::execute(QStringLiteral("mount"),
                             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              options, QStringLiteral("tmpfs"), folder}) == 0;
}

void unmount(const QString &folder)
{
    QProcess::execute(QStringLiteral("umount"), {folder});
}

// Runs the CLI with its files limited to `maxBytes` (RLIMIT_FSIZE, which binds
// root too): a write past it fails as on a full disk.
CliRun runLimited(const QStringList &arguments, rlim_t maxBytes)
{
    QProcess process;
    process.setChildProcessModifier([maxBytes] {
        std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of being killed
        const rlimit limit{maxBytes, maxBytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(SHOTBOOK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

qint64 fileSetSize(const QString &path)
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        total += QFileInfo(path + suffix).size();
    return total;
}

} // namespace

class TestBadPlacesCli final : public QObject
{
    Q_OBJECT

    // A database with a patient, a regimen and stock, made by the CLI.
    static bool makeDatabase(const QString &path)
    {
        return runCli(patientAdd(path, QStringLiteral("Ada"))).exitCode == 0 &&
               runCli(withDb(path, {QStringLiteral("regimen"), QStringLiteral("set"),
                                    QStringLiteral("--dose-mg"), QStringLiteral("100"),
                                    QStringLiteral("--start"), QStringLiteral("2026-01-01")}))
                       .exitCode == 0 &&
               runCli(withDb(path, {QStringLiteral("stock"), QStringLiteral("add"),
                                    QStringLiteral("--lot"), QStringLiteral("L1"),
                                    QStringLiteral("--expires"), QStringLiteral("2030-01-01"),
                                    QStringLiteral("--count"), QStringLiteral("1000"),
                                    QStringLiteral("--received"), QStringLiteral("2026-01-01")}))
                       .exitCode == 0;
    }

    static QStringList inject(const QString &path, int n)
    {
        const QDateTime at = QDateTime(QDate(2026, 1, 1), QTime(8, 0)).addSecs(qint64(n) * 3600);
        return withDb(path, {QStringLiteral("inject"), QStringLiteral("--site"),
                             QStringLiteral("abdomen-upper-left"), QStringLiteral("--at"),
                             at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                             QStringLiteral("--force"), QStringLiteral("--note"),
                             QStringLiteral("n%1-").arg(n) + QString(1500, u'x')});
    }

    static int injectionCount(const QString &path)
    {
        const CliRun run = runCli(withDb(path, {QStringLiteral("injections")}));
        if (run.exitCode != 0)
            return -1;
        return int(run.json().value(QStringLiteral("injections")).toArray().size());
    }

    static void verifyRefusal(const CliRun &run, const QString &code, const QString &mentions)
    {
        QVERIFY2(run.exitCode == 4, run.err.constData());
        QCOMPARE(CliDatabase::errorCode(run), code);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    }

private Q_SLOTS:
    void badFileRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("another program's SQLite file")
            << QStringLiteral("other-app") << QStringLiteral("not-a-database");
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("not-a-database");
        QTest::newRow("newer Shotbook")
            << QStringLiteral("newer") << QStringLiteral("database-newer");
        QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("");
        QTest::newRow("unreadable") << QStringLiteral("unreadable") << QStringLiteral("");
    }

    // Every command that opens the file refuses it the same way.
    void badFileRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("unreadable")) {
            if (isRoot())
                QSKIP("running as root: file permissions do not stop root from reading");
            QVERIFY(makeDatabase(path));
            QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        } else {
            path = copyFixture(dir, kind + QStringLiteral(".sqlite"));
        }
        const auto before = folderState(dir.path());
        for (const QStringList &arguments :
             {patientAdd(path), withDb(path, {QStringLiteral("patient"), QStringLiteral("list")}),
              withDb(path, {QStringLiteral("check")}),
              withDb(path,
                     {QStringLiteral("symptom"), QStringLiteral("add"), QStringLiteral("--measure"),
                      QStringLiteral("pain"), QStringLiteral("--value"), QStringLiteral("3")})}) {
            const CliRun run = runCli(arguments);
            QVERIFY2(run.exitCode == 4, qPrintable(arguments.join(u' ') + QLatin1String(": ") +
                                                   QString::fromUtf8(run.err)));
            if (!code.isEmpty())
                QCOMPARE(CliDatabase::errorCode(run), code);
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY2(run.err.contains(QFileInfo(path).fileName().toUtf8()), run.err.constData());
        }
        QCOMPARE(folderState(dir.path()), before);
    }

    void readOnlyFileRefusesWrites()
    {
        if (isRoot())
            QSKIP("running as root: a 0400 file is writable by root (readOnlyMount covers it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        QVERIFY(makeDatabase(path));
        QVERIFY(runCli(withDb(path, {QStringLiteral("check")})).exitCode == 0);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const auto before = folderState(dir.path());
        const CliRun run = runCli(patientAdd(path));
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(readAll(path), before.value(QStringLiteral("ro.sqlite")));
    }

    void readOnlyMount()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("mnt"));
        QVERIFY(QDir().mkpath(folder));
        if (!mountTmpfs(folder, QStringLiteral("size=8m,mode=0700")))
            QSKIP("cannot mount a tmpfs here (needs root in a namespace that allows it)");
        const QString path = folder + QStringLiteral("/ro.sqlite");
        const bool made = makeDatabase(path);
        const bool remounted =
            made &&
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}) == 0;
        QMap<QString, QByteArray> before;
        CliRun write;
        CliRun read;
        if (remounted) {
            before = folderState(folder);
            write = runCli(patientAdd(path));
            read = runCli(withDb(path, {QStringLiteral("patient"), QStringLiteral("list")}));
        }
        const auto after = remounted ? folderState(folder) : before;
        unmount(folder);
        QVERIFY(made);
        QVERIFY(remounted);
        QVERIFY2(write.exitCode == 4, write.err.constData());
        QCOMPARE(write.err.count('\n'), 1);
        // The place is named as the trouble, not the file: "damaged, restore a
        // backup" would send people to replace a sound file.
        for (const CliRun &run : {write, read}) {
            QVERIFY2(run.exitCode == 4, run.err.constData());
            QCOMPARE(CliDatabase::errorCode(run), QStringLiteral("database-read-only"));
            QVERIFY2(run.err.contains("read-only") && !run.err.contains("damaged"),
                     run.err.constData());
        }
        QCOMPARE(after, before);
    }

    void fullDisk_data()
    {
        QTest::addColumn<bool>("tmpfs");
        QTest::newRow("file size limit") << false;
        QTest::newRow("small tmpfs") << true;
    }

    // Writes until the disk is full: the write that does not fit is refused
    // with exit 4 and says so; every write before it is still there, and the
    // file passes check.
    void fullDisk()
    {
        QFETCH(bool, tmpfs);
        QTemporaryDir dir;
        QString folder = dir.path();
        bool made = true;
        if (tmpfs) {
            // The database is made outside and copied in (closed, so without
            // its log): the disk then holds it and about 160 kB more, however
            // large the schema has grown.
            const QString outside = dir.filePath(QStringLiteral("made.sqlite"));
            made = makeDatabase(outside);
            folder = dir.filePath(QStringLiteral("mnt"));
            QVERIFY(QDir().mkpath(folder));
            const qint64 kib = QFileInfo(outside).size() / 1024 + 160;
            if (!mountTmpfs(folder, QStringLiteral("size=%1k,mode=0700").arg(kib)))
                QSKIP("cannot mount a tmpfs here (needs root in a namespace that allows it)");
            made = made && QFile::copy(outside, folder + QStringLiteral("/full.sqlite"));
        }
        const QString path = folder + QStringLiteral("/full.sqlite");
        if (!tmpfs)
            made = makeDatabase(path);
        int acknowledged = 0;
        CliRun refused;
        const rlim_t limit = rlim_t(fileSetSize(path) + 64 * 1024);
        for (int n = 0; made && n < 2000; ++n) {
            const CliRun run = tmpfs ? runCli(inject(path, n)) : runLimited(inject(path, n), limit);
            if (run.exitCode != 0) {
                refused = run;
                break;
            }
            ++acknowledged;
        }
        const int stored = injectionCount(path);
        const CliRun check = runCli(withDb(path, {QStringLiteral("check")}));
        if (tmpfs)
            unmount(folder);
        QVERIFY(made);
        QVERIFY2(refused.exitCode == 4, refused.err.constData());
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.contains("disk"), refused.err.constData());
        QVERIFY(acknowledged > 0);
        QCOMPARE(stored, acknowledged);
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }

    // A lock left by a process that no longer runs does not block a restore
    // for ever; a lock file of garbage is treated the same way, and neither
    // ever stops reading. (A live lock is tst_backup_cli's restoreRefuses.)
    void staleOrForeignLock_data()
    {
        QTest::addColumn<QByteArray>("content");
        // pid 2^22+1 is above Linux's largest pid_max and never runs.
        QTest::newRow("stale") << QByteArray("4194305\nshotbook\n") +
                                      QSysInfo::machineHostName().toUtf8() + "\n";
        QTest::newRow("garbage") << QByteArray("\x00\xff not a lock", 12);
    }

    void staleOrForeignLock()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        QVERIFY(makeDatabase(path));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(runCli(withDb(path, {QStringLiteral("backup"), QStringLiteral("--out"), backup}))
                     .exitCode,
                 0);
        QCOMPARE(runCli(patientAdd(path)).exitCode, 0);
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(content);
        lock.close();
        QVERIFY(QFile::setPermissions(lock.fileName(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        const CliRun list =
            runCli(withDb(path, {QStringLiteral("patient"), QStringLiteral("list")}));
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(list.json().value(QStringLiteral("patients")).toArray().size(), 2);
        const CliRun restore = runCli(withDb(path, {QStringLiteral("restore"), backup}));
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        const CliRun after =
            runCli(withDb(path, {QStringLiteral("patient"), QStringLiteral("list")}));
        QCOMPARE(after.json().value(QStringLiteral("patients")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBadPlacesCli)
#include "tst_badplaces_cli.moc"
