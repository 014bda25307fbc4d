#include "TestFiles.h"
#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "storage/BackupRotation.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/DatabaseRestore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

namespace {

BackupFile backup(const QString &name, BackupFile::Kind kind, const QDateTime &made)
{
    return {name, kind, made, 0};
}

QDateTime utc(int day, int hour = 7)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc());
}

} // namespace

class TestBackups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotationKeepsTheNewestAutomatic_data()
    {
        QTest::addColumn<QList<BackupFile>>("backups");
        QTest::addColumn<int>("keep");
        QTest::addColumn<QStringList>("deleted");
        using K = BackupFile::Kind;
        QList<BackupFile> five;
        for (int day = 1; day <= 5; ++day)
            five << backup(QStringLiteral("a%1").arg(day), K::Automatic, utc(day));
        QTest::newRow("fewer than kept") << five << 14 << QStringList{};
        QTest::newRow("exactly kept") << five << 5 << QStringList{};
        QTest::newRow("oldest go")
            << five << 3 << QStringList{QStringLiteral("a2"), QStringLiteral("a1")};
        QTest::newRow("keep one") << five << 1
                                  << QStringList{QStringLiteral("a4"), QStringLiteral("a3"),
                                                 QStringLiteral("a2"), QStringLiteral("a1")};
        QList<BackupFile> mixed = five;
        mixed << backup(QStringLiteral("m0"), K::Manual, utc(1, 1))
              << backup(QStringLiteral("r0"), K::BeforeRestore, utc(1, 2));
        QTest::newRow("manual and replaced ones stay")
            << mixed << 2
            << QStringList{QStringLiteral("a3"), QStringLiteral("a2"), QStringLiteral("a1")};
        QList<BackupFile> unordered = {backup(QStringLiteral("a3"), K::Automatic, utc(3)),
                                       backup(QStringLiteral("a1"), K::Automatic, utc(1)),
                                       backup(QStringLiteral("a2"), K::Automatic, utc(2))};
        QTest::newRow("any order")
            << unordered << 1 << QStringList{QStringLiteral("a2"), QStringLiteral("a1")};
    }
    void rotationKeepsTheNewestAutomatic()
    {
        QFETCH(QList<BackupFile>, backups);
        QFETCH(int, keep);
        QFETCH(QStringList, deleted);
        QCOMPARE(BackupRotation::toDelete(backups, keep), deleted);
    }

    void dueOncePerLocalDay()
    {
        using K = BackupFile::Kind;
        const QDate today(2026, 3, 5);
        QVERIFY(BackupRotation::isDue({}, today));
        QVERIFY(BackupRotation::isDue({backup(QStringLiteral("a"), K::Automatic, utc(4))}, today));
        QVERIFY(!BackupRotation::isDue({backup(QStringLiteral("a"), K::Automatic, utc(5))}, today));
        // A manual backup today does not stand in for the daily one.
        QVERIFY(BackupRotation::isDue({backup(QStringLiteral("m"), K::Manual, utc(5))}, today));
    }

    void namesReadBack()
    {
        QTemporaryDir dir;
        const QDateTime made(QDate(2026, 3, 1), QTime(9, 15, 30), QTimeZone::utc());
        const QString name = Backups::fileName(BackupFile::Kind::Automatic, made);
        QCOMPARE(name, QStringLiteral("auto-20260301T091530Z.sqlite"));
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        const auto parsed = Backups::parse(file.fileName());
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, BackupFile::Kind::Automatic);
        QCOMPARE(parsed->made, made);
        QCOMPARE(parsed->size, 1);
        QVERIFY(!Backups::parse(dir.filePath(QStringLiteral("notes.sqlite"))));
        QCOMPARE(Backups::folderFor(QStringLiteral("/data/shotbook.sqlite")),
                 QStringLiteral("/data/shotbook-backups"));
    }

    // Once a day, private files in a private folder, the newest few kept.
    void automaticBackupsRotate()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("rec.sqlite")));
        QVERIFY(database);
        FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()));
        PatientRepository patients(**database, clock);
        QVERIFY(patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, QDate()}));
        for (int day = 0; day < 5; ++day) {
            const auto first = Backups::automatic(**database, clock, 3);
            QVERIFY(first);
            QVERIFY(first->made);
            const auto again = Backups::automatic(**database, clock, 3);
            QVERIFY(again);
            QVERIFY(!again->made); // not twice a day
            clock.advanceDays(1);
        }
        const auto list = Backups::list((*database)->path());
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->constFirst().made.date(), QDate(2026, 3, 5));
        QVERIFY(test::isPrivate(Backups::folderFor((*database)->path())));
        for (const BackupFile &file : *list) {
            QVERIFY(test::isPrivate(file.path));
            auto copy = Database::open(file.path, Database::OpenMode::MustExist);
            QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
            QCOMPARE(PatientRepository(**copy, clock).list()->size(), 1);
        }
    }

    void lockIsExclusive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rec.sqlite"));
        auto first = DatabaseLock::acquire(path);
        QVERIFY(first);
        const auto second = DatabaseLock::acquire(path);
        QVERIFY(!second);
        QCOMPARE(second.error().code, QStringLiteral("database-open-elsewhere"));
        first->reset();
        QVERIFY(DatabaseLock::acquire(path));
    }

    // The GUI's way: the open database is suspended, replaced and resumed,
    // and the same Database object then reads the restored file.
    void restoreIntoAnOpenDatabase()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()));
        auto database = Database::open(dir.filePath(QStringLiteral("rec.sqlite")));
        QVERIFY(database);
        PatientRepository patients(**database, clock);
        QVERIFY(patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, QDate()}));
        const auto backup = Backups::make(**database, clock, BackupFile::Kind::Manual);
        QVERIFY(backup);
        QVERIFY(patients.add({QStringLiteral("Ben"), std::nullopt, std::nullopt, QDate()}));
        QCOMPARE(patients.list()->size(), 2);

        auto restore = DatabaseRestore::prepare(backup->path, (*database)->path());
        QVERIFY2(restore, qPrintable(restore ? QString() : restore.error().message));
        clock.advanceSecs(60);
        const auto kept = restore->replace(clock, database->get());
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
        QCOMPARE(patients.list()->size(), 1);
        auto old = Database::open(*kept, Database::OpenMode::MustExist);
        QVERIFY(old);
        QCOMPARE(PatientRepository(**old, clock).list()->size(), 2);
        QCOMPARE(Backups::parse(*kept)->kind, BackupFile::Kind::BeforeRestore);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
