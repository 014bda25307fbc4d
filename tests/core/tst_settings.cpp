// The product settings people tune (core's SettingsService): each stored
// through ProductSettings, each refused outside its range with a message
// that names the setting, the value and the range, several written as one
// transaction; and the expiry warning read where the stock forecast is made.

#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "storage/ProductSettings.h"
#include "storage/SettingsService.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

class TestSettings final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc())};

    static SettingsService::Setting setting(const QString &name)
    {
        const auto found = SettingsService::find(name);
        if (!found)
            qFatal("no setting %s", qPrintable(name));
        return *found;
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
    }

    void cleanup() { m_database.reset(); }

    void theTunableSettings()
    {
        QStringList names;
        for (const SettingsService::Setting &each : SettingsService::all())
            names << QLatin1String(each.name);
        QCOMPARE(names, (QStringList{QStringLiteral("low-stock-days"),
                                     QStringLiteral("expiring-soon-days"),
                                     QStringLiteral("room-temperature-hours"),
                                     QStringLiteral("rounding-tolerance-percent"),
                                     QStringLiteral("site-rest-days")}));
        QVERIFY(!SettingsService::find(QStringLiteral("no-such-setting")));
    }

    void defaults_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("value");
        QTest::newRow("low stock") << QStringLiteral("low-stock-days") << 7;
        QTest::newRow("expiring soon") << QStringLiteral("expiring-soon-days") << 30;
        QTest::newRow("room temperature") << QStringLiteral("room-temperature-hours") << 72;
        QTest::newRow("rounding") << QStringLiteral("rounding-tolerance-percent") << 10;
        QTest::newRow("rest") << QStringLiteral("site-rest-days") << 7;
    }

    void defaults()
    {
        QFETCH(QString, name);
        QFETCH(int, value);
        SettingsService service(*m_database);
        QCOMPARE(*service.get(setting(name)), value);
    }

    void range_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message"); // of a refusal
        const QString stock = QStringLiteral("low-stock-days");
        const QString soon = QStringLiteral("expiring-soon-days");
        const QString hours = QStringLiteral("room-temperature-hours");
        const QString rounding = QStringLiteral("rounding-tolerance-percent");
        const QString rest = QStringLiteral("site-rest-days");
        QTest::newRow("low stock 1") << stock << 1 << true << QString();
        QTest::newRow("low stock 90") << stock << 90 << true << QString();
        QTest::newRow("low stock 0")
            << stock << 0 << false
            << QStringLiteral("Low-stock alert must be from 1 to 90 days, not 0.");
        QTest::newRow("low stock 91")
            << stock << 91 << false << QStringLiteral("from 1 to 90 days, not 91");
        QTest::newRow("expiring 1") << soon << 1 << true << QString();
        QTest::newRow("expiring 180") << soon << 180 << true << QString();
        QTest::newRow("expiring 181")
            << soon << 181 << false
            << QStringLiteral("Expiry warning must be from 1 to 180 days, not 181.");
        QTest::newRow("expiring -5") << soon << -5 << false << QStringLiteral("not -5");
        QTest::newRow("hours 336") << hours << 336 << true << QString();
        QTest::newRow("hours 337")
            << hours << 337 << false
            << QStringLiteral("Time allowed out of the fridge must be from 1 to 336 hours, not "
                              "337.");
        QTest::newRow("rounding 50") << rounding << 50 << true << QString();
        QTest::newRow("rounding 0") << rounding << 0 << false
                                    << QStringLiteral("Rounding tolerance must be from 1 to 50 %");
        QTest::newRow("rest 60") << rest << 60 << true << QString();
        QTest::newRow("rest 61") << rest << 61 << false
                                 << QStringLiteral("Rest period of a zone must be from 1 to 60");
    }

    void range()
    {
        QFETCH(QString, name);
        QFETCH(int, value);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        SettingsService service(*m_database);
        const int before = *service.get(setting(name));
        const Status set = service.set(setting(name), value);
        QCOMPARE(bool(set), accepted);
        if (accepted) {
            QCOMPARE(*service.get(setting(name)), value);
            // The rules read the same store.
            QCOMPARE(*ProductSettings::get(m_database->connection(), setting(name)), value);
        } else {
            QCOMPARE(set.error().code, QStringLiteral("invalid-setting"));
            QVERIFY2(set.error().message.contains(message), qPrintable(set.error().message));
            QCOMPARE(*service.get(setting(name)), before);
        }
    }

    // Several at once: one out of range and none is written.
    void oneRefusedWritesNone()
    {
        SettingsService service(*m_database);
        const Status set = service.set(QHash<QString, int>{
            {QStringLiteral("low-stock-days"), 14},
            {QStringLiteral("expiring-soon-days"), 60},
            {QStringLiteral("site-rest-days"), 0},
        });
        QVERIFY(!set);
        QVERIFY(set.error().message.contains(QStringLiteral("Rest period of a zone")));
        const auto values = service.values();
        QVERIFY(values);
        QCOMPARE(values->value(QStringLiteral("low-stock-days")), 7);
        QCOMPARE(values->value(QStringLiteral("expiring-soon-days")), 30);
        QCOMPARE(values->value(QStringLiteral("site-rest-days")), 7);

        QVERIFY(!service.set(QHash<QString, int>{{QStringLiteral("low-stock-days"), 14},
                                                 {QStringLiteral("colour"), 3}}));
        QCOMPARE(*service.get(setting(QStringLiteral("low-stock-days"))), 7);

        QVERIFY(service.set(QHash<QString, int>{{QStringLiteral("low-stock-days"), 14},
                                                {QStringLiteral("expiring-soon-days"), 60}}));
        QCOMPARE(service.values()->value(QStringLiteral("low-stock-days")), 14);
        QCOMPARE(service.values()->value(QStringLiteral("expiring-soon-days")), 60);
    }

    // The forecast warns of a lot that will expire unused within the window
    // the setting gives, not the one fixed before.
    void expiryWarningFollowsTheSetting()
    {
        PatientRepository patients(*m_database, m_clock);
        const qint64 ada =
            patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}})->id;
        Regimen regimen;
        regimen.patientId = ada;
        regimen.start = QDate(2026, 11, 1);
        regimen.dailyMg = 100;
        QVERIFY(RegimenService(*m_database, m_clock).set(regimen));
        StockService stock(*m_database, m_clock);
        // 28 syringes expiring in 20 days at one a day: 7 will be left over.
        QVERIFY(stock.receive(QStringLiteral("SOON"), QDate(2026, 12, 12), 28, std::nullopt));
        const auto codes = [&stock] {
            QStringList out;
            const auto status = stock.status(std::nullopt);
            if (!status)
                return QStringList{status.error().message};
            for (const StockAlert &alert : status->alerts)
                out << alert.code;
            return out;
        };
        QVERIFY(codes().contains(QStringLiteral("expiring-soon")));
        QCOMPARE(*stock.expiringSoonDays(), 30);

        SettingsService settings(*m_database);
        QVERIFY(settings.set(setting(QStringLiteral("expiring-soon-days")), 14));
        QCOMPARE(*stock.expiringSoonDays(), 14);
        QVERIFY(!codes().contains(QStringLiteral("expiring-soon")));
        QVERIFY(settings.set(setting(QStringLiteral("expiring-soon-days")), 20));
        QVERIFY(codes().contains(QStringLiteral("expiring-soon")));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
