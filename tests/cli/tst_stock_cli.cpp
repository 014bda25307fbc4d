// Syringe stock through the real shotbook-cli binary: receiving lots, the lot
// list, syringes taken by injections (first-expiry-first-out, two syringes for
// 150 mg, a chosen lot, an expired lot refused unless forced, no stock),
// syringes given back when an injection is deleted and taken again when it is
// restored (through the core, as the CLI has no delete), discards, out of the
// fridge, the forecast, bad input and the database check. Every test has its
// own database and fixes the time with --now; run-isolated.sh sets
// TZ=Europe/Berlin. Expected values are worked out by hand from DESIGN.md
// ("Stock"), spec/cli.md and issue 5.

#include "CliFixture.h"
#include "common/Clock.h"
#include "injections/InjectionLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>

using namespace shotbook;
using namespace shotbook::test;
using namespace Qt::StringLiterals;

// The error's message, or nothing (QVERIFY2 evaluates its message even on success).
template <typename T>
QString errorText(const std::expected<T, Error> &result)
{
    return result ? QString() : result.error().message;
}

// Readable failures for lot → remaining maps.
char *toString(const QMap<QString, int> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << u"%1=%2"_s.arg(it.key()).arg(it.value());
    return QTest::toString(parts.join(u", "_s));
}

namespace {

// When the patient and the regimen are set up.
const QString Setup = u"2026-11-01T12:00"_s;

// Friday 2026-11-20, before the 08:00 dose.
const QString Morning = u"2026-11-20T06:00"_s;

} // namespace

class TestStockCli final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

    // 100 mg once daily at 08:00 from 2026-11-01.
    bool dailyRegimen() const
    {
        return m_db.ok(Setup, {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s, u"--start"_s,
                               u"2026-11-01"_s});
    }

    bool receive(const QString &lot, const QString &expires, int count,
                 const QString &received = u"2026-10-01"_s, QJsonObject *json = nullptr) const
    {
        return m_db.ok(Morning,
                       {u"stock"_s, u"add"_s, u"--lot"_s, lot, u"--expires"_s, expires,
                        u"--count"_s, QString::number(count), u"--received"_s, received},
                       json);
    }

    // X expired on 2026-11-10; B expires 2026-12-31, C 2027-01-15, A 2027-03-01.
    bool threeLotsAndExpired(int each = 5) const
    {
        return receive(u"A"_s, u"2027-03-01"_s, each) && receive(u"X"_s, u"2026-11-10"_s, each) &&
               receive(u"C"_s, u"2027-01-15"_s, each) && receive(u"B"_s, u"2026-12-31"_s, each);
    }

    // Logs a dose given at `at` (local time), entered then.
    CliRun injectAt(const QString &at, const QStringList &extra = {}) const
    {
        return m_db.run(
            at,
            QStringList{u"inject"_s, u"--site"_s, u"abdomen-upper-left"_s, u"--at"_s, at} + extra);
    }

    struct LotRow
    {
        QString expires;
        int remaining = -1;
        int outOfFridge = -1;
        friend bool operator==(const LotRow &, const LotRow &) = default;
        friend char *toString(const LotRow &row)
        {
            return QTest::toString(
                u"%1, %2 left, %3 out"_s.arg(row.expires).arg(row.remaining).arg(row.outOfFridge));
        }
    };

    // `stock list`: lot → expiry and remaining. Empty if the command failed.
    QMap<QString, LotRow> lots(const QString &now = Morning) const
    {
        const CliRun run = m_db.run(now, {u"stock"_s, u"list"_s});
        QMap<QString, LotRow> rows;
        if (run.exitCode != 0)
            return rows;
        for (const QJsonValue &value : run.json().value(u"lots"_s).toArray()) {
            const QJsonObject lot = value.toObject();
            rows.insert(lot.value(u"lot"_s).toString(),
                        {lot.value(u"expires"_s).toString(), lot.value(u"remaining"_s).toInt(-1),
                         lot.value(u"out_of_fridge"_s).toInt(-1)});
        }
        return rows;
    }

    // lot → remaining, for short comparisons.
    QMap<QString, int> remaining(const QString &now = Morning) const
    {
        QMap<QString, int> out;
        const auto all = lots(now);
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            out.insert(it.key(), it.value().remaining);
        return out;
    }

    bool checkOk() const
    {
        QJsonObject json;
        if (!m_db.ok(u"2026-12-31T12:00"_s, {u"check"_s}, &json))
            return false;
        if (!json.value(u"ok"_s).toBool(false)) {
            qWarning("check: %s", QJsonDocument(json).toJson().constData());
            return false;
        }
        return true;
    }

    // "code:lot" of `stock status` alerts, sorted.
    static QStringList alertKeys(const QJsonObject &status)
    {
        QStringList keys;
        for (const QJsonValue &value : status.value(u"alerts"_s).toArray()) {
            const QJsonObject alert = value.toObject();
            keys << alert.value(u"code"_s).toString() + u':' + alert.value(u"lot"_s).toString();
        }
        keys.sort();
        return keys;
    }

    // Opens the test's database in this process (the CLI has no delete).
    std::unique_ptr<Database> openDatabase() const
    {
        auto database = Database::open(m_db.path(), Database::OpenMode::MustExist);
        if (!database) {
            qWarning("open: %s", qPrintable(database.error().message));
            return nullptr;
        }
        return std::move(*database);
    }

private Q_SLOTS:
    void init() { m_db.reset(QLatin1String(QTest::currentTestFunction())); }

    // ---- receiving and listing -------------------------------------------

    void addReportsIdAndListShowsLots()
    {
        QJsonObject first;
        QJsonObject second;
        QVERIFY(receive(u"AB123"_s, u"2027-03-01"_s, 7, u"2026-11-01"_s, &first));
        QVERIFY(receive(u"CD456"_s, u"2026-12-31"_s, 28, u"2026-11-15"_s, &second));
        QVERIFY(first.value(u"id"_s).isDouble());
        QVERIFY(second.value(u"id"_s).isDouble());
        QVERIFY(first.value(u"id"_s).toInteger() > 0);
        QVERIFY(second.value(u"id"_s).toInteger() > 0);
        QVERIFY(first.value(u"id"_s).toInteger() != second.value(u"id"_s).toInteger());
        QCOMPARE(first.value(u"warnings"_s).toArray().size(), 0);

        const auto list = lots();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.value(u"AB123"_s), (LotRow{u"2027-03-01"_s, 7, 0}));
        QCOMPARE(list.value(u"CD456"_s), (LotRow{u"2026-12-31"_s, 28, 0}));

        // A second pack of a known lot (same expiry) adds to it, same id.
        QJsonObject again;
        QVERIFY(receive(u"AB123"_s, u"2027-03-01"_s, 1, u"2026-11-20"_s, &again));
        QCOMPARE(again.value(u"id"_s).toInteger(), first.value(u"id"_s).toInteger());
        QCOMPARE(remaining(), (QMap<QString, int>{{u"AB123"_s, 8}, {u"CD456"_s, 28}}));
        QVERIFY(checkOk());
    }

    void receivingAnExpiredLotWarns()
    {
        QJsonObject json;
        QVERIFY(receive(u"OLD"_s, u"2026-11-10"_s, 7, u"2026-10-01"_s, &json));
        QCOMPARE(CliDatabase::warningCodes(json), QStringList{u"lot-expired"_s});
        QCOMPARE(remaining(), (QMap<QString, int>{{u"OLD"_s, 7}}));
    }

    // ---- injections take syringes ----------------------------------------

    void injectionTakesFirstExpiryFirstOut()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(threeLotsAndExpired());
        // X expires soonest but has expired: B is the first usable expiry.
        const CliRun run = injectAt(u"2026-11-20T08:00"_s);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"lot"_s).toString(), u"B"_s);
        QVERIFY(!CliDatabase::warningCodes(run.json()).contains(u"no-stock"_s));
        QCOMPARE(remaining(),
                 (QMap<QString, int>{{u"A"_s, 5}, {u"B"_s, 4}, {u"C"_s, 5}, {u"X"_s, 5}}));
        const QJsonArray list = m_db.injections();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"lot"_s).toString(), u"B"_s);
        QVERIFY(checkOk());
    }

    void chosenLotIsUsed()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(threeLotsAndExpired());
        const CliRun run = injectAt(u"2026-11-20T08:00"_s, {u"--lot"_s, u"A"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"lot"_s).toString(), u"A"_s);
        QCOMPARE(remaining(),
                 (QMap<QString, int>{{u"A"_s, 4}, {u"B"_s, 5}, {u"C"_s, 5}, {u"X"_s, 5}}));
        QVERIFY(checkOk());
    }

    void dose150TakesTwoSyringes()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(threeLotsAndExpired());
        CliRun run = injectAt(u"2026-11-20T08:00"_s, {u"--dose-mg"_s, u"150"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"dose_mg"_s).toDouble(), 150.0);
        QCOMPARE(run.json().value(u"lot"_s).toString(), u"B"_s);
        QCOMPARE(remaining(),
                 (QMap<QString, int>{{u"A"_s, 5}, {u"B"_s, 3}, {u"C"_s, 5}, {u"X"_s, 5}}));
        // 200 mg takes two: B 3 → 1; then 150 mg takes B's last one and one of C.
        QCOMPARE(injectAt(u"2026-11-21T08:00"_s, {u"--dose-mg"_s, u"200"_s}).exitCode, 0);
        QCOMPARE(remaining(),
                 (QMap<QString, int>{{u"A"_s, 5}, {u"B"_s, 1}, {u"C"_s, 5}, {u"X"_s, 5}}));
        run = injectAt(u"2026-11-22T08:00"_s, {u"--dose-mg"_s, u"150"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"lot"_s).toString(), u"B"_s);
        QVERIFY(!CliDatabase::warningCodes(run.json()).contains(u"no-stock"_s));
        QCOMPARE(remaining(),
                 (QMap<QString, int>{{u"A"_s, 5}, {u"B"_s, 0}, {u"C"_s, 4}, {u"X"_s, 5}}));
        QVERIFY(checkOk());
    }

    void expiredLotRefusedUnlessForced()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(threeLotsAndExpired());
        const QString before = m_db.dataDump();
        CliRun run = injectAt(u"2026-11-20T08:00"_s, {u"--lot"_s, u"X"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(run), u"lot-expired"_s);
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(m_db.injections().size(), 0);

        run = injectAt(u"2026-11-20T08:00"_s, {u"--lot"_s, u"X"_s, u"--force"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(CliDatabase::warningCodes(run.json()).contains(u"lot-expired"_s));
        QCOMPARE(run.json().value(u"lot"_s).toString(), u"X"_s);
        QCOMPARE(remaining(),
                 (QMap<QString, int>{{u"A"_s, 5}, {u"B"_s, 5}, {u"C"_s, 5}, {u"X"_s, 4}}));
        QCOMPARE(m_db.injections().size(), 1);
        QVERIFY(checkOk());
    }

    void unknownLotRefused()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(threeLotsAndExpired());
        const QString before = m_db.dataDump();
        const CliRun run = injectAt(u"2026-11-20T08:00"_s, {u"--lot"_s, u"NOPE"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(run), u"unknown-lot"_s);
        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(m_db.injections().size(), 0);
    }

    void injectionWithoutStockIsLoggedWithWarning_data()
    {
        QTest::addColumn<bool>("expiredStock");
        QTest::newRow("nothing received") << false;
        QTest::newRow("only an expired lot") << true;
    }

    void injectionWithoutStockIsLoggedWithWarning()
    {
        QFETCH(bool, expiredStock);
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        if (expiredStock)
            QVERIFY(receive(u"X"_s, u"2026-11-10"_s, 5));
        const CliRun run = injectAt(u"2026-11-20T08:00"_s);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(CliDatabase::warningCodes(run.json()).contains(u"no-stock"_s));
        QVERIFY(run.json().contains(u"lot"_s));
        QVERIFY(run.json().value(u"lot"_s).isNull());
        QCOMPARE(m_db.injections().size(), 1);
        const QMap<QString, int> expected =
            expiredStock ? QMap<QString, int>{{u"X"_s, 5}} : QMap<QString, int>{};
        QCOMPARE(remaining(), expected);
        QVERIFY(checkOk());
    }

    // ---- deleting gives syringes back; undo takes them again ---------------

    void deletingAnInjectionGivesSyringesBack()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(receive(u"B"_s, u"2026-12-31"_s, 1));
        QVERIFY(receive(u"C"_s, u"2027-01-15"_s, 5));
        const CliRun run = injectAt(u"2026-11-20T08:00"_s, {u"--dose-mg"_s, u"150"_s});
        QCOMPARE(run.exitCode, 0);
        const qint64 id = run.json().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        const QMap<QString, int> taken{{u"B"_s, 0}, {u"C"_s, 4}};
        const QMap<QString, int> full{{u"B"_s, 1}, {u"C"_s, 5}};
        QCOMPARE(remaining(), taken);

        const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::LocalTime));
        std::optional<Injection> removed;
        {
            const auto database = openDatabase();
            QVERIFY(database);
            InjectionLog log(*database, clock);
            const auto done = log.remove(id);
            QVERIFY2(done.has_value(), qPrintable(errorText(done)));
            removed = *done;
        }
        QCOMPARE(remaining(), full);
        QCOMPARE(m_db.injections().size(), 0);
        QVERIFY(checkOk());

        {
            const auto database = openDatabase();
            QVERIFY(database);
            InjectionLog log(*database, clock);
            const auto done = log.restore(*removed);
            QVERIFY2(done.has_value(), qPrintable(errorText(done)));
        }
        QCOMPARE(remaining(), taken);
        const QJsonArray list = m_db.injections();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"id"_s).toInteger(), id);
        QCOMPARE(list.at(0).toObject().value(u"lot"_s).toString(), u"B"_s);
        QVERIFY(checkOk());
    }

    // ---- discarding --------------------------------------------------------

    void discardLowersRemaining()
    {
        QVERIFY(receive(u"B"_s, u"2026-12-31"_s, 5));
        QVERIFY(receive(u"C"_s, u"2027-01-15"_s, 5));
        QJsonObject json;
        QVERIFY(m_db.ok(Morning,
                        {u"stock"_s, u"discard"_s, u"--lot"_s, u"B"_s, u"--count"_s, u"2"_s,
                         u"--reason"_s, u"cloudy"_s},
                        &json));
        QCOMPARE(json.value(u"warnings"_s).toArray().size(), 0);
        QCOMPARE(remaining(), (QMap<QString, int>{{u"B"_s, 3}, {u"C"_s, 5}}));
        QVERIFY(m_db.ok(Morning, {u"stock"_s, u"discard"_s, u"--lot"_s, u"B"_s, u"--count"_s,
                                  u"3"_s, u"--reason"_s, u"frozen"_s}));
        QCOMPARE(remaining(), (QMap<QString, int>{{u"B"_s, 0}, {u"C"_s, 5}}));

        // The history keeps each discard with its reason.
        QVERIFY(m_db.ok(Morning, {u"stock"_s, u"history"_s}, &json));
        QStringList discards;
        for (const QJsonValue &value : json.value(u"movements"_s).toArray()) {
            const QJsonObject movement = value.toObject();
            if (movement.value(u"kind"_s).toString() == u"discarded"_s)
                discards << u"%1 %2 %3"_s.arg(movement.value(u"lot"_s).toString())
                                .arg(movement.value(u"count"_s).toInt())
                                .arg(movement.value(u"reason"_s).toString());
        }
        QCOMPARE(discards, (QStringList{u"B -2 cloudy"_s, u"B -3 frozen"_s}));
        QVERIFY(checkOk());
    }

    // ---- bad input: exit 3, nothing written --------------------------------

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");

        const QStringList add{u"stock"_s, u"add"_s,       u"--lot"_s,
                              u"NEW"_s,   u"--expires"_s, u"2027-06-30"_s};
        QTest::newRow("count 0") << add + QStringList{u"--count"_s, u"0"_s} << u"invalid-count"_s;
        QTest::newRow("count -1") << add + QStringList{u"--count"_s, u"-1"_s} << u"invalid-count"_s;
        QTest::newRow("count 1001")
            << add + QStringList{u"--count"_s, u"1001"_s} << u"invalid-count"_s;
        QTest::newRow("expiry before received")
            << QStringList{u"stock"_s,     u"add"_s,        u"--lot"_s,      u"NEW"_s,
                           u"--expires"_s, u"2026-11-01"_s, u"--received"_s, u"2026-11-02"_s,
                           u"--count"_s,   u"7"_s}
            << u"invalid-date"_s;
        QTest::newRow("received in the future")
            << add + QStringList{u"--count"_s, u"7"_s, u"--received"_s, u"2026-11-21"_s}
            << u"invalid-date"_s;
        QTest::newRow("known lot with another expiry")
            << QStringList{u"stock"_s,     u"add"_s,        u"--lot"_s,   u"B"_s,
                           u"--expires"_s, u"2027-01-01"_s, u"--count"_s, u"7"_s}
            << u"lot-mismatch"_s;
        QTest::newRow("discard: unknown lot")
            << QStringList{u"stock"_s,   u"discard"_s, u"--lot"_s,    u"NOPE"_s,
                           u"--count"_s, u"1"_s,       u"--reason"_s, u"other"_s}
            << u"unknown-lot"_s;
        QTest::newRow("discard: more than remain")
            << QStringList{u"stock"_s,   u"discard"_s, u"--lot"_s,    u"B"_s,
                           u"--count"_s, u"6"_s,       u"--reason"_s, u"other"_s}
            << u"invalid-count"_s;
        QTest::newRow("discard: count 0")
            << QStringList{u"stock"_s,   u"discard"_s, u"--lot"_s,    u"B"_s,
                           u"--count"_s, u"0"_s,       u"--reason"_s, u"other"_s}
            << u"invalid-count"_s;
        QTest::newRow("discard: unknown reason")
            << QStringList{u"stock"_s,   u"discard"_s, u"--lot"_s,    u"B"_s,
                           u"--count"_s, u"1"_s,       u"--reason"_s, u"lost"_s}
            << u"invalid-reason"_s;
        QTest::newRow("out: more than are in the fridge")
            << QStringList{u"stock"_s, u"out"_s, u"--lot"_s, u"B"_s, u"--count"_s, u"6"_s}
            << u"invalid-count"_s;
        QTest::newRow("out: unknown lot")
            << QStringList{u"stock"_s, u"out"_s, u"--lot"_s, u"NOPE"_s} << u"unknown-lot"_s;
    }

    void badInputWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QVERIFY(receive(u"B"_s, u"2026-12-31"_s, 5));
        const QString before = m_db.dataDump();
        const CliRun run = m_db.run(Morning, arguments);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(run), code);
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(lots(), (QMap<QString, LotRow>{{u"B"_s, {u"2026-12-31"_s, 5, 0}}}));
    }

    void usageErrorWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("add without --lot") << QStringList{
            u"stock"_s, u"add"_s, u"--expires"_s, u"2027-06-30"_s, u"--count"_s, u"7"_s};
        QTest::newRow("add without --expires")
            << QStringList{u"stock"_s, u"add"_s, u"--lot"_s, u"NEW"_s, u"--count"_s, u"7"_s};
        QTest::newRow("add without --count") << QStringList{
            u"stock"_s, u"add"_s, u"--lot"_s, u"NEW"_s, u"--expires"_s, u"2027-06-30"_s};
        QTest::newRow("discard without --reason")
            << QStringList{u"stock"_s, u"discard"_s, u"--lot"_s, u"B"_s, u"--count"_s, u"1"_s};
    }

    void usageErrorWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(receive(u"B"_s, u"2026-12-31"_s, 5));
        const QString before = m_db.dataDump();
        const CliRun run = m_db.run(Morning, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(remaining(), (QMap<QString, int>{{u"B"_s, 5}}));
    }

    // ---- forecast ----------------------------------------------------------

    void status_data()
    {
        QTest::addColumn<QStringList>("patient"); // extra `patient add` options
        QTest::addColumn<QStringList>("regimen"); // `regimen set` options
        QTest::addColumn<int>("syringes");        // one lot expiring 2027-12-31
        QTest::addColumn<double>("perDay");
        QTest::addColumn<double>("daysLeft");
        QTest::addColumn<QString>("runsOutOn");
        QTest::addColumn<QStringList>("alerts");

        // Regimens start today, 2026-11-20; stock is used from today.
        const QStringList once{u"--dose-mg"_s, u"100"_s};
        const QStringList twice{u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"2"_s};
        const QStringList alternate{u"--dose-mg"_s, u"100"_s, u"--every-days"_s, u"2"_s};
        QTest::newRow("once daily, 10")
            << QStringList{} << once << 10 << 1.0 << 10.0 << u"2026-11-30"_s << QStringList{};
        QTest::newRow("once daily, 6: low") << QStringList{} << once << 6 << 1.0 << 6.0
                                            << u"2026-11-26"_s << QStringList{u"low-stock:"_s};
        QTest::newRow("once daily, 7: not low")
            << QStringList{} << once << 7 << 1.0 << 7.0 << u"2026-11-27"_s << QStringList{};
        QTest::newRow("twice daily 50 mg, 10: low")
            << QStringList{} << twice << 10 << 2.0 << 5.0 << u"2026-11-25"_s
            << QStringList{u"low-stock:"_s};
        QTest::newRow("twice daily 50 mg, 14")
            << QStringList{} << twice << 14 << 2.0 << 7.0 << u"2026-11-27"_s << QStringList{};
        QTest::newRow("every other day, 6")
            << QStringList{} << alternate << 6 << 0.5 << 12.0 << u"2026-12-02"_s << QStringList{};
        QTest::newRow("every other day, 3: low") << QStringList{} << alternate << 3 << 0.5 << 6.0
                                                 << u"2026-11-26"_s << QStringList{u"low-stock:"_s};
        QTest::newRow("2 mg/kg at 80 kg: 160 mg, 2 syringes a day")
            << QStringList{u"--weight-kg"_s, u"80"_s} << QStringList{u"--mg-per-kg"_s, u"2"_s} << 20
            << 2.0 << 10.0 << u"2026-11-30"_s << QStringList{};
    }

    void status()
    {
        QFETCH(QStringList, patient);
        QFETCH(QStringList, regimen);
        QFETCH(int, syringes);
        QFETCH(double, perDay);
        QFETCH(double, daysLeft);
        QFETCH(QString, runsOutOn);
        QFETCH(QStringList, alerts);
        QVERIFY(
            m_db.ok(Morning, QStringList{u"patient"_s, u"add"_s, u"--name"_s, u"Ada"_s} + patient));
        QVERIFY(m_db.ok(Morning, QStringList{u"regimen"_s, u"set"_s} + regimen));
        QVERIFY(receive(u"A"_s, u"2027-12-31"_s, syringes));
        QJsonObject json;
        QVERIFY(m_db.ok(Morning, {u"stock"_s, u"status"_s}, &json));
        QCOMPARE(json.value(u"syringes_left"_s).toInt(-1), syringes);
        QCOMPARE(json.value(u"syringes_per_day"_s).toDouble(), perDay);
        QCOMPARE(json.value(u"days_left"_s).toDouble(-1), daysLeft);
        QCOMPARE(json.value(u"runs_out_on"_s).toString(), runsOutOn);
        QCOMPARE(alertKeys(json), alerts);
        // The same for the named patient.
        QJsonObject named;
        QVERIFY(m_db.ok(Morning, {u"stock"_s, u"status"_s, u"--patient"_s, u"Ada"_s}, &named));
        QCOMPARE(named.value(u"days_left"_s).toDouble(-1), daysLeft);
    }

    void statusFallsAsInjectionsTakeStock()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(receive(u"A"_s, u"2027-12-31"_s, 8));
        QJsonObject json;
        QVERIFY(m_db.ok(Morning, {u"stock"_s, u"status"_s}, &json));
        QCOMPARE(json.value(u"days_left"_s).toDouble(-1), 8.0);
        QCOMPARE(alertKeys(json), QStringList{});
        // Today's and tomorrow's doses: 6 left on 2026-11-22 before the dose.
        QCOMPARE(injectAt(u"2026-11-20T08:00"_s).exitCode, 0);
        QCOMPARE(injectAt(u"2026-11-21T08:00"_s).exitCode, 0);
        QVERIFY(m_db.ok(u"2026-11-22T06:00"_s, {u"stock"_s, u"status"_s}, &json));
        QCOMPARE(json.value(u"syringes_left"_s).toInt(-1), 6);
        QCOMPARE(json.value(u"days_left"_s).toDouble(-1), 6.0);
        QCOMPARE(json.value(u"runs_out_on"_s).toString(), u"2026-11-28"_s);
        QCOMPARE(alertKeys(json), QStringList{u"low-stock:"_s});
    }

    void statusExpiredLotCountsForNothing()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(receive(u"X"_s, u"2026-11-10"_s, 20));
        QVERIFY(receive(u"A"_s, u"2027-12-31"_s, 10));
        QJsonObject json;
        QVERIFY(m_db.ok(Morning, {u"stock"_s, u"status"_s}, &json));
        QCOMPARE(json.value(u"syringes_left"_s).toInt(-1), 10);
        QCOMPARE(json.value(u"days_left"_s).toDouble(-1), 10.0);
        QCOMPARE(alertKeys(json), QStringList{u"lot-expired:X"_s});
    }

    void expiringSoonOnlyWhenNotUsedUpInTime_data()
    {
        QTest::addColumn<int>("soonCount"); // lot S expiring 2026-12-10, in 20 days
        QTest::addColumn<QString>("soonExpires");
        QTest::addColumn<double>("daysLeft");
        QTest::addColumn<QStringList>("alerts");
        // Once daily; S can be used 2026-11-20..12-10 (21 days), then lot L
        // (10, expiring 2027-12-31).
        QTest::newRow("20 days, 10 syringes: used up, no alert")
            << 10 << u"2026-12-10"_s << 20.0 << QStringList{};
        QTest::newRow("20 days, 21 syringes: just used up, no alert")
            << 21 << u"2026-12-10"_s << 31.0 << QStringList{};
        QTest::newRow("20 days, 25 syringes: 4 left over")
            << 25 << u"2026-12-10"_s << 31.0 << QStringList{u"expiring-soon:S"_s};
        // 2026-12-30, in 40 days: 41 usable, 19 left over, outside the window.
        QTest::newRow("40 days, 60 syringes: not used up, but no alert")
            << 60 << u"2026-12-30"_s << 51.0 << QStringList{};
    }

    void expiringSoonOnlyWhenNotUsedUpInTime()
    {
        QFETCH(int, soonCount);
        QFETCH(QString, soonExpires);
        QFETCH(double, daysLeft);
        QFETCH(QStringList, alerts);
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(receive(u"S"_s, soonExpires, soonCount));
        QVERIFY(receive(u"L"_s, u"2027-12-31"_s, 10));
        QJsonObject json;
        QVERIFY(m_db.ok(Morning, {u"stock"_s, u"status"_s}, &json));
        QCOMPARE(json.value(u"syringes_left"_s).toInt(-1), soonCount + 10);
        QCOMPARE(json.value(u"days_left"_s).toDouble(-1), daysLeft);
        QCOMPARE(alertKeys(json), alerts);
    }

    // ---- out of the fridge -------------------------------------------------

    void outOfFridgeAllowance()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(receive(u"L"_s, u"2027-12-31"_s, 10));
        const QString takenOut = u"2026-11-20T09:00"_s;
        QVERIFY(m_db.ok(u"2026-11-20T09:05"_s, {u"stock"_s, u"out"_s, u"--lot"_s, u"L"_s,
                                                u"--count"_s, u"2"_s, u"--at"_s, takenOut}));
        QCOMPARE(lots().value(u"L"_s), (LotRow{u"2027-12-31"_s, 10, 2}));

        const auto statusAt = [this](const QString &now) {
            QJsonObject json;
            if (!m_db.ok(now, {u"stock"_s, u"status"_s}, &json))
                return QStringList{u"failed"_s};
            return alertKeys(json);
        };
        // 71 h and 72 h later: within the allowance; 73 h: past it.
        QCOMPARE(statusAt(u"2026-11-23T08:00"_s), QStringList{});
        QCOMPARE(statusAt(u"2026-11-23T09:00"_s), QStringList{});
        QCOMPARE(statusAt(u"2026-11-23T10:00"_s), QStringList{u"room-temperature:L"_s});

        // Discarding them clears the flag.
        QVERIFY(m_db.ok(u"2026-11-23T10:00"_s,
                        {u"stock"_s, u"discard"_s, u"--lot"_s, u"L"_s, u"--count"_s, u"2"_s,
                         u"--reason"_s, u"room-temperature"_s}));
        QCOMPARE(lots(u"2026-11-23T10:00"_s).value(u"L"_s), (LotRow{u"2027-12-31"_s, 8, 0}));
        QCOMPARE(statusAt(u"2026-11-23T10:00"_s), QStringList{});
        QVERIFY(checkOk());
    }

    void injectionUsesSyringesOutOfTheFridgeFirst()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(receive(u"L"_s, u"2027-12-31"_s, 10));
        QVERIFY(
            m_db.ok(u"2026-11-20T07:00"_s, {u"stock"_s, u"out"_s, u"--lot"_s, u"L"_s, u"--count"_s,
                                            u"1"_s, u"--at"_s, u"2026-11-20T07:00"_s}));
        QCOMPARE(injectAt(u"2026-11-20T08:00"_s).exitCode, 0);
        QCOMPARE(lots(u"2026-11-20T08:00"_s).value(u"L"_s), (LotRow{u"2027-12-31"_s, 9, 0}));
        // Nothing left out of the fridge: no flag three days later.
        QJsonObject json;
        QVERIFY(m_db.ok(u"2026-11-23T10:00"_s, {u"stock"_s, u"status"_s}, &json));
        QVERIFY(!alertKeys(json).contains(u"room-temperature:L"_s));
        QVERIFY(checkOk());
    }

    // ---- everything together keeps the books balanced ----------------------

    void checkStaysOkAfterEverything()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(dailyRegimen());
        QVERIFY(threeLotsAndExpired());
        QCOMPARE(injectAt(u"2026-11-20T08:00"_s).exitCode, 0);                             // B 4
        QCOMPARE(injectAt(u"2026-11-21T08:00"_s, {u"--dose-mg"_s, u"150"_s}).exitCode, 0); // B 2
        QCOMPARE(injectAt(u"2026-11-22T08:00"_s, {u"--lot"_s, u"X"_s, u"--force"_s}).exitCode,
                 0);                                                                       // X 4
        QCOMPARE(injectAt(u"2026-11-23T08:00"_s, {u"--lot"_s, u"A"_s}).exitCode, 0);       // A 4
        QCOMPARE(injectAt(u"2026-11-24T08:00"_s, {u"--dose-mg"_s, u"200"_s}).exitCode, 0); // B 0
        QVERIFY(m_db.ok(u"2026-11-24T08:30"_s,
                        {u"stock"_s, u"discard"_s, u"--lot"_s, u"X"_s, u"--count"_s, u"4"_s,
                         u"--reason"_s, u"expired"_s})); // X 0
        QVERIFY(m_db.ok(u"2026-11-24T09:00"_s,
                        {u"stock"_s, u"out"_s, u"--lot"_s, u"C"_s, u"--count"_s, u"2"_s}));
        QCOMPARE(injectAt(u"2026-11-25T08:00"_s, {u"--dose-mg"_s, u"150"_s}).exitCode, 0); // C 3
        QCOMPARE(remaining(u"2026-11-25T09:00"_s),
                 (QMap<QString, int>{{u"A"_s, 4}, {u"B"_s, 0}, {u"C"_s, 3}, {u"X"_s, 0}}));
        QCOMPARE(lots(u"2026-11-25T09:00"_s).value(u"C"_s).outOfFridge, 0);
        QVERIFY(checkOk());

        // Delete the 150 mg dose of 2026-11-21 (two of B) and put it back.
        const QJsonArray list = m_db.injections();
        QCOMPARE(list.size(), 6);
        const qint64 id = list.at(1).toObject().value(u"id"_s).toInteger();
        const FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::LocalTime));
        std::optional<Injection> removed;
        {
            const auto database = openDatabase();
            QVERIFY(database);
            InjectionLog log(*database, clock);
            const auto done = log.remove(id);
            QVERIFY2(done.has_value(), qPrintable(errorText(done)));
            removed = *done;
        }
        QCOMPARE(remaining(u"2026-11-25T09:00"_s).value(u"B"_s), 2);
        QVERIFY(checkOk());
        {
            const auto database = openDatabase();
            QVERIFY(database);
            InjectionLog log(*database, clock);
            const auto done = log.restore(*removed);
            QVERIFY2(done.has_value(), qPrintable(errorText(done)));
        }
        QCOMPARE(remaining(u"2026-11-25T09:00"_s).value(u"B"_s), 0);
        QVERIFY(checkOk());
    }
};

QTEST_GUILESS_MAIN(TestStockCli)
#include "tst_stock_cli.moc"
