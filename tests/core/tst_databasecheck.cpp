#include "common/Clock.h"
#include "maintenance/DatabaseCheck.h"
#include "patients/PatientRepository.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

class TestDatabaseCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanDatabasePasses()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(database);
        FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()));
        PatientRepository patients(**database, clock);
        QVERIFY(patients.add({QStringLiteral("Ada"), QDate(1970, 1, 1), 61.5, {}}));
        const auto report = DatabaseCheck::run(**database);
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }

    void findsBrokenRecords_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("blank name") << QStringLiteral("UPDATE patients SET name = '  '")
                                    << QStringLiteral("without a name");
        QTest::newRow("bad birth") << QStringLiteral("UPDATE patients SET birth_date = 'soon'")
                                   << QStringLiteral("birth date");
        QTest::newRow("weight out of range")
            << QStringLiteral("UPDATE weights SET kg = 900") << QStringLiteral("weight outside");
        QTest::newRow("dangling weight")
            << QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE weights SET patient_id = 42")
            << QStringLiteral("missing record in table patients");
        // Movements that add up to the lot's count, one of them of the wrong sign.
        const QString lot = QStringLiteral(
            "INSERT INTO lots (id, lot, expires, received, remaining, created_at) VALUES"
            " (1, 'L1', '2030-01-01', '2026-01-01', %1, '2026-01-01T00:00:00Z'); "
            "INSERT INTO stock_movements (lot_id, kind, count, at) VALUES"
            " (1, 'received', 5, '2026-01-01T00:00:00Z'); ");
        QTest::newRow("use that adds a syringe")
            << lot.arg(6) +
                   QStringLiteral("INSERT INTO stock_movements (lot_id, kind, count, at) VALUES"
                                  " (1, 'used', 1, '2026-01-02T00:00:00Z')")
            << QStringLiteral("does not fit its kind");
        QTest::newRow("receipt that takes away")
            << lot.arg(3) +
                   QStringLiteral("INSERT INTO stock_movements (lot_id, kind, count, at) VALUES"
                                  " (1, 'received', -2, '2026-01-02T00:00:00Z')")
            << QStringLiteral("does not fit its kind");
    }

    void findsBrokenRecords()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(database);
        FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()));
        PatientRepository patients(**database, clock);
        QVERIFY(patients.add({QStringLiteral("Ada"), QDate(1970, 1, 1), 61.5, {}}));
        QSqlQuery query((*database)->connection());
        for (const QString &statement : damage.split(QStringLiteral("; ")))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));

        const auto report = DatabaseCheck::run(**database);
        QVERIFY(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().contains(expected), qPrintable(report->problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
