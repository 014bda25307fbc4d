#include "ScriptedPrompts.h"
#include "TestFiles.h"
#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "shell/DatabaseOpener.h"
#include "storage/Backups.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace shotbook;

class TestDatabaseOpener final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFileOffersAnotherAndNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString garbage = test::copyFixture(dir, QStringLiteral("garbage.sqlite"));
        const QByteArray before = test::readAll(garbage);
        test::ScriptedPrompts prompts;
        // "Create new" with the damaged file's own name: refused; then a new name.
        prompts.choices << ui::DatabaseOpener::CreateNew << ui::DatabaseOpener::CreateNew;
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        prompts.saveNames << garbage << fresh;

        ui::DatabaseOpener opener(prompts);
        auto opened = opener.open(garbage);
        QVERIFY(opened);
        QCOMPARE(opened->database->path(), fresh);
        QVERIFY(prompts.asked.first().contains(QStringLiteral("not a Shotbook database")));
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY(prompts.errors.first().contains(QStringLiteral("already exists")));
        QCOMPARE(test::readAll(garbage), before);
    }

    // A damaged file with a backup: the latest backup is offered; chosen, it
    // replaces the damaged file (kept in the backups folder) and opens. A
    // newer file is never "mended" with an older backup.
    void damagedFileOffersItsLatestBackup_data()
    {
        QTest::addColumn<QByteArray>("damage"); // written over the file's first bytes
        QTest::addColumn<bool>("offered");
        QTest::newRow("garbage header") << QByteArray(100, 'x') << true;
        QTest::newRow("truncated to zero") << QByteArray() << true;
    }
    void damagedFileOffersItsLatestBackup()
    {
        QFETCH(QByteArray, damage);
        QFETCH(bool, offered);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("record.sqlite"));
        const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::LocalTime));
        {
            auto opened = ui::DatabaseOpener::tryOpen(path);
            QVERIFY(opened);
            PatientRepository patients(*opened->database, clock);
            QVERIFY(patients.add({QStringLiteral("Ada"), std::nullopt, 64.0, {}}));
            QVERIFY(Backups::make(*opened->database, clock, BackupFile::Kind::Automatic));
            QVERIFY(opened->database->checkpoint());
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (damage.isEmpty())
                QVERIFY(file.resize(0));
            else
                file.write(damage);
        }
        const QByteArray damaged = test::readAll(path);
        test::ScriptedPrompts prompts;
        prompts.choices << ui::DatabaseOpener::RestoreLatestBackup;
        ui::DatabaseOpener opener(prompts);
        auto opened = opener.open(path);
        QCOMPARE(prompts.asked.first().contains(QStringLiteral("A backup of this database")),
                 offered);
        QVERIFY(opened);
        QCOMPARE(opened->database->path(), QFileInfo(path).absoluteFilePath());
        PatientRepository patients(*opened->database, clock);
        const auto listed = patients.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        // The damaged file is kept, byte for byte.
        const auto backups = Backups::list(path);
        QVERIFY(backups);
        bool kept = false;
        for (const BackupFile &backup : *backups)
            kept = kept || (backup.kind == BackupFile::Kind::BeforeRestore &&
                            test::readAll(backup.path) == damaged);
        QVERIFY(kept);
    }

    void newerFileIsNotMendedWithABackup()
    {
        QTemporaryDir dir;
        const QString newer = test::copyFixture(dir, QStringLiteral("newer.sqlite"));
        QCOMPARE(ui::DatabaseOpener::backupToOffer(
                     newer, Error::storage(QStringLiteral("database-newer"), QString())),
                 std::nullopt);
        QCOMPARE(ui::DatabaseOpener::backupToOffer(
                     newer, Error::storage(QStringLiteral("database-open-elsewhere"), QString())),
                 std::nullopt);
    }

    void newerFileOffersToOpenAnother()
    {
        QTemporaryDir dir;
        const QString newer = test::copyFixture(dir, QStringLiteral("newer.sqlite"));
        const QString good = dir.filePath(QStringLiteral("good.sqlite"));
        QVERIFY(ui::DatabaseOpener::tryOpen(good)); // creates it
        test::ScriptedPrompts prompts;
        prompts.choices << ui::DatabaseOpener::OpenAnother;
        prompts.openNames << good;
        ui::DatabaseOpener opener(prompts);
        auto opened = opener.open(newer);
        QVERIFY(opened);
        QCOMPARE(opened->database->path(), good);
        QVERIFY(prompts.asked.first().contains(QStringLiteral("newer version")));
    }

    // The shared record's server is down: the window says so at once and
    // offers this computer's own record; trying again asks again.
    void unreachableServerOffersTheLocalRecord()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("no-server"));
        const QString location = QStringLiteral("postgresql://nobody@") +
                                 QString::fromUtf8(QUrl::toPercentEncoding(socket)) +
                                 QStringLiteral("/household");
        test::ScriptedPrompts prompts;
        prompts.choices << ui::DatabaseOpener::TryAgain << ui::DatabaseOpener::OpenLocal;
        ui::DatabaseOpener opener(prompts);
        auto opened = opener.open(location);
        QVERIFY(opened);
        QCOMPARE(opened->database->path(), Database::defaultPath());
        QVERIFY(!opened->database->isShared());
        QCOMPARE(prompts.asked.size(), 2);
        for (const QString &asked : prompts.asked) {
            QVERIFY2(asked.contains(QStringLiteral("postgresql://nobody@")), qPrintable(asked));
            QVERIFY2(asked.contains(QStringLiteral("this computer")), qPrintable(asked));
        }
    }

    void quitReturnsNothing()
    {
        QTemporaryDir dir;
        const QString truncated = test::copyFixture(dir, QStringLiteral("truncated.sqlite"));
        test::ScriptedPrompts prompts;
        prompts.choices << ui::DatabaseOpener::Quit;
        ui::DatabaseOpener opener(prompts);
        QVERIFY(!opener.open(truncated));
    }

    void secondWindowIsToldFileIsOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        auto first = ui::DatabaseOpener::tryOpen(path);
        QVERIFY(first);
        const auto second = ui::DatabaseOpener::tryOpen(path);
        QVERIFY(!second);
        QCOMPARE(second.error().code, QStringLiteral("database-open-elsewhere"));
        first = fail(Error::internal(QString(), QString())); // releases the lock
        QVERIFY(ui::DatabaseOpener::tryOpen(path));
    }
};

QTEST_MAIN(TestDatabaseOpener)
#include "tst_databaseopener.moc"
