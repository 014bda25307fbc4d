#include "TestFiles.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;
using namespace shotbook::test;

namespace {

QVariant scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto database = Database::open(path);
        QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
        QCOMPARE((*database)->schemaVersion(), currentSchemaVersion());
        QCOMPARE(scalar(**database, QStringLiteral("PRAGMA user_version")).toInt(),
                 currentSchemaVersion());
        QCOMPARE(scalar(**database, QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::ApplicationId);
        QCOMPARE(scalar(**database, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(**database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(isPrivate(path));
        QVERIFY((*database)->migrationBackupPath().isEmpty()); // nothing old to keep
    }

    void reopensCurrentWithoutBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QVERIFY(Database::open(path));
        auto again = Database::open(path);
        QVERIFY(again);
        QVERIFY((*again)->migrationBackupPath().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
    }

    void mustExistDoesNotCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        const auto database = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(!database);
        QCOMPARE(database.error().kind, ErrorKind::Storage);
        QCOMPARE(database.error().code, QStringLiteral("database-missing"));
        QVERIFY(!QFileInfo::exists(path));
    }

    void missingFolderIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/db.sqlite"));
        const auto database = Database::open(path);
        QVERIFY(!database);
        QCOMPARE(database.error().code, QStringLiteral("folder-missing"));
    }

    // An empty file without backups is a record whose making was cut short
    // (killed while it was created): it becomes a record. (With backups it
    // was a record the disk lost: refused, and the window offers the latest
    // backup: tst_databaseopener.)
    void emptyFileWithoutBackupsBecomesDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto database = Database::open(path);
        QVERIFY(database);
        QCOMPARE((*database)->schemaVersion(), currentSchemaVersion());
    }

    void emptyFileWithBackupsIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lost.sqlite"));
        QVERIFY(QDir().mkpath(Backups::folderFor(path)));
        QFile backup(Backups::folderFor(path) + QStringLiteral("/old.sqlite"));
        QVERIFY(backup.open(QIODevice::WriteOnly));
        backup.write("x");
        backup.close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto database = Database::open(path);
        QVERIFY(!database);
        QCOMPARE(database.error().code, QStringLiteral("database-empty"));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void migratesVersion1WithDataAndBackup()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
        const QByteArray before = readAll(path);
        {
            auto database = Database::open(path);
            QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
            QCOMPARE((*database)->schemaVersion(), currentSchemaVersion());
            QCOMPARE((*database)->migrationBackupPath(), path + QStringLiteral(".v1.bak"));

            QSqlQuery query((*database)->connection());
            QVERIFY(query.exec(QStringLiteral(
                "SELECT id, name, birth_date, created_at FROM patients ORDER BY id")));
            QVERIFY(query.next());
            QCOMPARE(query.value(1).toString(), QStringLiteral("Ada"));
            QCOMPARE(query.value(2).toString(), QStringLiteral("1961-04-02"));
            QVERIFY(query.next());
            QCOMPARE(query.value(1).toString(), QStringLiteral("Léa"));
            QCOMPARE(query.value(3).toString(), QStringLiteral("2025-02-10T19:30:00Z"));
            QVERIFY(!query.next());
            // The tables of later steps exist and work with the old rows.
            QVERIFY(query.exec(QStringLiteral("INSERT INTO weights (patient_id, measured_on, kg, "
                                              "created_at) VALUES (2, '2025-03-01', 5.2, "
                                              "'2025-03-01T10:00:00Z')")));
        }
        // The backup is the old database: version 1, same rows, still openable
        // by SQLite.
        const QString backup = path + QStringLiteral(".v1.bak");
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(isPrivate(backup));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("backup-check"));
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM patients")) && query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM weights")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));
        QVERIFY(readAll(path) != before);
    }

    void secondMigrationBackupDoesNotOverwriteFirst()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
        const QString taken = path + QStringLiteral(".v1.bak");
        QFile marker(taken);
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("an older backup");
        marker.close();
        auto database = Database::open(path);
        QVERIFY(database);
        QCOMPARE((*database)->migrationBackupPath(), path + QStringLiteral(".v1.2.bak"));
        QCOMPARE(readAll(taken), QByteArray("an older backup"));
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v1-conflict.sqlite"));
        {
            const auto database = Database::open(path);
            QVERIFY(!database);
            QCOMPARE(database.error().code, QStringLiteral("migration-failed"));
            QVERIFY(database.error().message.contains(QStringLiteral("version 2")));
        }
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("conflict-check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        {
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM patients")) && query.next());
            QCOMPARE(query.value(0).toInt(), 2);
        }
        raw.close();
        QSqlDatabase::removeDatabase(QStringLiteral("conflict-check"));
    }

    void refusesAndLeavesUnchanged_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QString>("code");
        QTest::newRow("newer version")
            << QStringLiteral("newer.sqlite") << QStringLiteral("database-newer");
        QTest::newRow("not sqlite")
            << QStringLiteral("garbage.sqlite") << QStringLiteral("not-a-database");
        QTest::newRow("truncated")
            << QStringLiteral("truncated.sqlite") << QStringLiteral("database-truncated");
        QTest::newRow("corrupt page")
            << QStringLiteral("corrupt.sqlite") << QStringLiteral("database-corrupt");
        QTest::newRow("another program's")
            << QStringLiteral("other-app.sqlite") << QStringLiteral("not-a-database");
    }

    void refusesAndLeavesUnchanged()
    {
        QFETCH(QString, fixtureName);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, fixtureName);
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        {
            const auto database = Database::open(path);
            QVERIFY(!database);
            QCOMPARE(database.error().kind, ErrorKind::Storage);
            QCOMPARE(database.error().code, code);
            QVERIFY(database.error().message.contains(QFileInfo(path).fileName()));
        }
        QCOMPARE(readAll(path), before);
        // Nothing beside it either: no backup, no journal left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{fixtureName});
    }

    void newerFileRefusedEvenInWalMode()
    {
        // The header check is a fast path; the PRAGMA read after opening is the
        // authority. Here the newer version sits in the write-ahead log, not
        // yet in the main file's header, while its writer still has it open.
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("v1.sqlite"));
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make-newer"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        {
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const QByteArray before = readAll(path);
        {
            const auto database = Database::open(path);
            QVERIFY(!database);
            QCOMPARE(database.error().code, QStringLiteral("database-newer"));
            QVERIFY(database.error().message.contains(QStringLiteral("999")));
        }
        QCOMPARE(readAll(path), before);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("make-newer"));
    }

    void snapshotRefusesToOverwrite()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY(database);
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY((*database)->snapshotTo(target));
        const QByteArray copy = readAll(target);
        const auto again = (*database)->snapshotTo(target);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("file-exists"));
        QCOMPARE(readAll(target), copy);
    }

    void dataVersionSeesOtherConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        auto first = Database::open(path);
        auto second = Database::open(path);
        QVERIFY(first && second);
        const auto before = (*first)->dataVersion();
        QVERIFY(before);
        QSqlQuery query((*second)->connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO patients (name, created_at) VALUES ('X', '2026-01-01T00:00:00Z')")));
        const auto after = (*first)->dataVersion();
        QVERIFY(after);
        QVERIFY(*after != *before);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
