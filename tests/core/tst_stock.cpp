// Syringe stock rules as pure functions: first-expiry-first-out allocation,
// syringes per dose, receive and discard checks, and the supply forecast with
// its alerts. Expected values are worked out by hand from DESIGN.md ("Stock")
// and issue 5; run-isolated.sh sets TZ=Europe/Berlin. "Today" is Friday
// 2026-11-20 throughout (no daylight-saving change near it).

#include "stock/Fefo.h"
#include "stock/StockForecast.h"
#include "stock/StockRules.h"

#include <QTest>

#include <algorithm>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 11, 20);
// Early morning: today's dose is still to come.
const QDateTime Now(Today, QTime(7, 0), Qt::LocalTime);

Lot lot(qint64 id, const QString &number, const QDate &expires, int remaining,
        const QDate &received = QDate(2026, 10, 1), int outOfFridge = 0,
        const QDateTime &outSince = {})
{
    Lot l;
    l.id = id;
    l.lot = number;
    l.expires = expires;
    l.received = received;
    l.remaining = remaining;
    l.outOfFridge = outOfFridge;
    l.outOfFridgeSince = outSince;
    if (outOfFridge > 0)
        l.fridgeOuts = {FridgeOut{outSince, outOfFridge}};
    return l;
}

// The error's message, or nothing (QVERIFY2 evaluates its message even on success).
template <typename T>
QString errorText(const std::expected<T, Error> &result)
{
    return result ? QString() : result.error().message;
}

// "id:lot×count" for each allocation, in order.
QStringList describe(const QList<LotAllocation> &taken)
{
    QStringList out;
    for (const LotAllocation &allocation : taken)
        out << u"%1:%2×%3"_s.arg(allocation.lotId).arg(allocation.lot).arg(allocation.count);
    return out;
}

// "code:lot" for each alert, sorted (the order of alerts is not a rule).
QStringList alertKeys(const QList<StockAlert> &alerts)
{
    QStringList out;
    for (const StockAlert &alert : alerts)
        out << alert.code + u':' + alert.lot;
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Three usable lots and an expired one that expires soonest, in no useful order.
// X expired yesterday; B expires 2026-12-31, C 2027-01-15, A 2027-03-01.
QList<Lot> threeLotsAndExpired(int each = 5)
{
    return {lot(2, u"A"_s, QDate(2027, 3, 1), each), lot(1, u"X"_s, QDate(2026, 11, 19), each),
            lot(4, u"C"_s, QDate(2027, 1, 15), each), lot(3, u"B"_s, QDate(2026, 12, 31), each)};
}

} // namespace

Q_DECLARE_METATYPE(QList<Lot>)

class TestStock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- first expiry, first out ----------------------------------------

    void fefo_data()
    {
        QTest::addColumn<QList<Lot>>("lots");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("chosen"); // 0: none chosen
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<int>("missing");

        QTest::newRow("earliest unexpired of three, expired one skipped")
            << threeLotsAndExpired() << 1 << qint64(0) << QStringList{u"3:B×1"_s} << 0;
        QTest::newRow("across all three by expiry, never the expired one")
            << threeLotsAndExpired() << 12 << qint64(0)
            << QStringList{u"3:B×5"_s, u"4:C×5"_s, u"2:A×2"_s} << 0;
        QTest::newRow("short: usable stock taken, the rest missing, expired untouched")
            << threeLotsAndExpired() << 17 << qint64(0)
            << QStringList{u"3:B×5"_s, u"4:C×5"_s, u"2:A×5"_s} << 2;
        QTest::newRow("only expired stock: nothing taken")
            << QList<Lot>{lot(1, u"X"_s, QDate(2026, 11, 19), 10)} << 1 << qint64(0)
            << QStringList{} << 1;
        QTest::newRow("no stock at all") << QList<Lot>{} << 2 << qint64(0) << QStringList{} << 2;
        QTest::newRow("a lot expiring today is still used, and first")
            << QList<Lot>{lot(1, u"LATER"_s, QDate(2026, 12, 1), 5), lot(2, u"TODAY"_s, Today, 1)}
            << 2 << qint64(0) << QStringList{u"2:TODAY×1"_s, u"1:LATER×1"_s} << 0;
        QTest::newRow("empty lots are passed over")
            << QList<Lot>{lot(1, u"EMPTY"_s, QDate(2026, 11, 25), 0),
                          lot(2, u"FULL"_s, QDate(2026, 12, 1), 3)}
            << 1 << qint64(0) << QStringList{u"2:FULL×1"_s} << 0;
        QTest::newRow("chosen lot first, then FEFO for the rest")
            << QList<Lot>{lot(2, u"A"_s, QDate(2027, 3, 1), 1),
                          lot(3, u"B"_s, QDate(2026, 12, 31), 5),
                          lot(4, u"C"_s, QDate(2027, 1, 15), 5)}
            << 2 << qint64(2) << QStringList{u"2:A×1"_s, u"3:B×1"_s} << 0;
        // The chosen lot expires first, so FEFO would pick it again: its one
        // syringe is taken once, the rest from the others by expiry.
        QTest::newRow("chosen lot runs short: the rest from the others, never it twice")
            << QList<Lot>{lot(2, u"A"_s, QDate(2027, 3, 1), 5),
                          lot(3, u"S"_s, QDate(2026, 12, 1), 1),
                          lot(4, u"C"_s, QDate(2027, 1, 15), 5)}
            << 3 << qint64(3) << QStringList{u"3:S×1"_s, u"4:C×2"_s} << 0;
        QTest::newRow("chosen lot runs short and no other has enough: missing, not taken twice")
            << QList<Lot>{lot(3, u"S"_s, QDate(2026, 12, 1), 1),
                          lot(4, u"C"_s, QDate(2027, 1, 15), 1)}
            << 3 << qint64(3) << QStringList{u"3:S×1"_s, u"4:C×1"_s} << 1;
        QTest::newRow("chosen lot covers the whole dose")
            << threeLotsAndExpired() << 2 << qint64(4) << QStringList{u"4:C×2"_s} << 0;
        QTest::newRow("chosen (confirmed) expired lot is used")
            << threeLotsAndExpired() << 1 << qint64(1) << QStringList{u"1:X×1"_s} << 0;
        QTest::newRow("chosen expired lot, then FEFO among unexpired only")
            << QList<Lot>{lot(1, u"X"_s, QDate(2026, 11, 19), 1),
                          lot(2, u"Y"_s, QDate(2026, 11, 18), 4),
                          lot(3, u"B"_s, QDate(2026, 12, 31), 5)}
            << 2 << qint64(1) << QStringList{u"1:X×1"_s, u"3:B×1"_s} << 0;
        // Same expiry: P was received first and has the lower id, so only the
        // out-of-fridge rule can put Q first.
        QTest::newRow("same expiry: the lot with syringes out of the fridge first")
            << QList<Lot>{lot(1, u"P"_s, QDate(2027, 1, 1), 5, QDate(2026, 10, 1)),
                          lot(2, u"Q"_s, QDate(2027, 1, 1), 5, QDate(2026, 11, 1), 1,
                              QDateTime(Today, QTime(6, 0), Qt::LocalTime))}
            << 1 << qint64(0) << QStringList{u"2:Q×1"_s} << 0;
        // Same expiry, none out: Q has the higher id and comes later in the
        // list, so only "received first" can put it first.
        QTest::newRow("same expiry, none out: the lot received first")
            << QList<Lot>{lot(1, u"P"_s, QDate(2027, 1, 1), 5, QDate(2026, 11, 1)),
                          lot(2, u"Q"_s, QDate(2027, 1, 1), 5, QDate(2026, 10, 1))}
            << 1 << qint64(0) << QStringList{u"2:Q×1"_s} << 0;
        QTest::newRow("earlier expiry beats out of the fridge")
            << QList<Lot>{lot(1, u"P"_s, QDate(2027, 1, 2), 5, QDate(2026, 10, 1), 2,
                              QDateTime(Today, QTime(6, 0), Qt::LocalTime)),
                          lot(2, u"Q"_s, QDate(2027, 1, 1), 5, QDate(2026, 11, 1))}
            << 1 << qint64(0) << QStringList{u"2:Q×1"_s} << 0;
    }

    void fefo()
    {
        QFETCH(QList<Lot>, lots);
        QFETCH(int, count);
        QFETCH(qint64, chosen);
        QFETCH(QStringList, taken);
        QFETCH(int, missing);
        const FefoResult result =
            allocateFefo(lots, count, Today, chosen ? std::optional<qint64>(chosen) : std::nullopt);
        QCOMPARE(describe(result.taken), taken);
        QCOMPARE(result.missing, missing);
    }

    void dose150TakesTwoSyringesFromTwoLots()
    {
        // 150 mg: ⌈150 ÷ 100⌉ = 2 syringes; B holds only one, C gives the other.
        const QList<Lot> lots{lot(3, u"B"_s, QDate(2026, 12, 31), 1),
                              lot(4, u"C"_s, QDate(2027, 1, 15), 5)};
        const FefoResult result = allocateFefo(lots, StockRules::syringesFor(150.0), Today);
        QCOMPARE(describe(result.taken), (QStringList{u"3:B×1"_s, u"4:C×1"_s}));
        QCOMPARE(result.missing, 0);
        // Only the one B syringe: one short.
        const FefoResult shortOne =
            allocateFefo({lots.first()}, StockRules::syringesFor(150.0), Today);
        QCOMPARE(describe(shortOne.taken), QStringList{u"3:B×1"_s});
        QCOMPARE(shortOne.missing, 1);
    }

    // ---- syringes per injection ------------------------------------------

    void syringesFor_data()
    {
        QTest::addColumn<double>("doseMg");
        QTest::addColumn<int>("syringes");
        QTest::newRow("20 mg") << 20.0 << 1;
        QTest::newRow("50 mg") << 50.0 << 1;
        QTest::newRow("100 mg") << 100.0 << 1;
        QTest::newRow("100.0001 mg") << 100.0001 << 2;
        QTest::newRow("150 mg") << 150.0 << 2;
        QTest::newRow("160 mg") << 160.0 << 2;
        QTest::newRow("200 mg") << 200.0 << 2;
        QTest::newRow("201 mg") << 201.0 << 3;
        QTest::newRow("300 mg") << 300.0 << 3;
    }

    void syringesFor()
    {
        QFETCH(double, doseMg);
        QFETCH(int, syringes);
        QCOMPARE(StockRules::syringesFor(doseMg), syringes);
    }

    // ---- receiving and discarding ----------------------------------------

    void checkReceive_data()
    {
        QTest::addColumn<QString>("lotNumber");
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("error"); // empty: accepted

        const QDate exp(2027, 6, 30);
        QTest::newRow("ordinary pack of 7") << u"AB123"_s << exp << Today << 7 << QString();
        QTest::newRow("1 syringe") << u"AB123"_s << exp << Today << 1 << QString();
        QTest::newRow("1000 syringes") << u"AB123"_s << exp << Today << 1000 << QString();
        QTest::newRow("count 0") << u"AB123"_s << exp << Today << 0 << u"invalid-count"_s;
        QTest::newRow("count -1") << u"AB123"_s << exp << Today << -1 << u"invalid-count"_s;
        QTest::newRow("count 1001") << u"AB123"_s << exp << Today << 1001 << u"invalid-count"_s;
        QTest::newRow("expiry before received")
            << u"AB123"_s << Today.addDays(-1) << Today << 7 << u"invalid-date"_s;
        QTest::newRow("expiry on the received day")
            << u"AB123"_s << Today << Today << 7 << QString();
        QTest::newRow("received yesterday")
            << u"AB123"_s << exp << Today.addDays(-1) << 7 << QString();
        QTest::newRow("received tomorrow")
            << u"AB123"_s << exp << Today.addDays(1) << 7 << u"invalid-date"_s;
        QTest::newRow("no expiry date") << u"AB123"_s << QDate() << Today << 7 << u"invalid-date"_s;
        QTest::newRow("empty lot number") << QString() << exp << Today << 7 << u"invalid-lot"_s;
        QTest::newRow("blank lot number") << u"   "_s << exp << Today << 7 << u"invalid-lot"_s;
        QTest::newRow("60 characters") << QString(60, u'L') << exp << Today << 7 << QString();
        QTest::newRow("61 characters")
            << QString(61, u'L') << exp << Today << 7 << u"invalid-lot"_s;
    }

    void checkReceive()
    {
        QFETCH(QString, lotNumber);
        QFETCH(QDate, expires);
        QFETCH(QDate, received);
        QFETCH(int, count);
        QFETCH(QString, error);
        const Status status = StockRules::checkReceive(lotNumber, expires, received, count, Today);
        if (error.isEmpty()) {
            QVERIFY2(status.has_value(), qPrintable(errorText(status)));
        } else {
            QVERIFY(!status.has_value());
            QCOMPARE(status.error().kind, ErrorKind::Rejected);
            QCOMPARE(status.error().code, error);
            QVERIFY(!status.error().message.isEmpty());
        }
    }

    void checkDiscard_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("error"); // empty: accepted

        for (const QString &reason : {u"expired"_s, u"cloudy"_s, u"frozen"_s, u"damaged"_s,
                                      u"room-temperature"_s, u"other"_s})
            QTest::addRow("1, %s", qPrintable(reason)) << 1 << reason << QString();
        QTest::newRow("all 5 remaining") << 5 << u"damaged"_s << QString();
        QTest::newRow("6 of 5") << 6 << u"damaged"_s << u"invalid-count"_s;
        QTest::newRow("0") << 0 << u"damaged"_s << u"invalid-count"_s;
        QTest::newRow("-1") << -1 << u"damaged"_s << u"invalid-count"_s;
        QTest::newRow("unknown reason") << 1 << u"lost"_s << u"invalid-reason"_s;
        QTest::newRow("no reason") << 1 << QString() << u"invalid-reason"_s;
    }

    void checkDiscard()
    {
        QFETCH(int, count);
        QFETCH(QString, reason);
        QFETCH(QString, error);
        const Lot five = lot(1, u"AB123"_s, QDate(2027, 6, 30), 5);
        const Status status = StockRules::checkDiscard(five, count, reason);
        if (error.isEmpty()) {
            QVERIFY2(status.has_value(), qPrintable(errorText(status)));
        } else {
            QVERIFY(!status.has_value());
            QCOMPARE(status.error().kind, ErrorKind::Rejected);
            QCOMPARE(status.error().code, error);
        }
    }

    void discardReasonsAreTheSix()
    {
        QCOMPARE(sorted(StockRules::discardReasons()),
                 sorted({u"expired"_s, u"cloudy"_s, u"frozen"_s, u"damaged"_s,
                         u"room-temperature"_s, u"other"_s}));
    }

    // ---- forecast --------------------------------------------------------

    void forecast_data()
    {
        QTest::addColumn<QList<Lot>>("lots");
        QTest::addColumn<double>("perDay");
        QTest::addColumn<int>("syringesLeft");
        QTest::addColumn<double>("daysLeft"); // -1: none
        QTest::addColumn<QDate>("runsOutOn"); // invalid: none
        QTest::addColumn<int>("wasted");
        QTest::addColumn<QStringList>("alerts"); // "code:lot", sorted

        const QDate far(2027, 12, 31); // never in the way
        // Syringes are used from today (the dose of 2026-11-20 is still to
        // come); a lot may be used up to the end of its expiry day.

        QTest::newRow("once daily: 30 syringes last 30 days")
            << QList<Lot>{lot(1, u"A"_s, far, 30)} << 1.0 << 30 << 30.0 << QDate(2026, 12, 20) << 0
            << QStringList{};
        QTest::newRow("twice daily 50 mg: 2 a day, 15 days")
            << QList<Lot>{lot(1, u"A"_s, far, 30)} << 2.0 << 30 << 15.0 << QDate(2026, 12, 5) << 0
            << QStringList{};
        QTest::newRow("every other day: 0.5 a day, 60 days")
            << QList<Lot>{lot(1, u"A"_s, far, 30)} << 0.5 << 30 << 60.0 << QDate(2027, 1, 19) << 0
            << QStringList{};
        QTest::newRow("weight-based 160 mg once daily: 2 syringes a dose, 5 days, low")
            << QList<Lot>{lot(1, u"A"_s, far, 10)} << 2.0 << 10 << 5.0 << QDate(2026, 11, 25) << 0
            << QStringList{u"low-stock:"_s};
        QTest::newRow("two lots add up")
            << QList<Lot>{lot(1, u"A"_s, far, 8), lot(2, u"B"_s, far.addDays(-10), 4)} << 1.0 << 12
            << 12.0 << QDate(2026, 12, 2) << 0 << QStringList{};
        QTest::newRow("6 days left: low-stock (threshold 7)")
            << QList<Lot>{lot(1, u"A"_s, far, 6)} << 1.0 << 6 << 6.0 << QDate(2026, 11, 26) << 0
            << QStringList{u"low-stock:"_s};
        QTest::newRow("7 days left: no alert (threshold 7)")
            << QList<Lot>{lot(1, u"A"_s, far, 7)} << 1.0 << 7 << 7.0 << QDate(2026, 11, 27) << 0
            << QStringList{};
        QTest::newRow("twice daily, 13 syringes: 6.5 days, low")
            << QList<Lot>{lot(1, u"A"_s, far, 13)} << 2.0 << 13 << 6.5 << QDate(2026, 11, 26) << 0
            << QStringList{u"low-stock:"_s};
        QTest::newRow("twice daily, 14 syringes: 7 days, not low")
            << QList<Lot>{lot(1, u"A"_s, far, 14)} << 2.0 << 14 << 7.0 << QDate(2026, 11, 27) << 0
            << QStringList{};
        // Expires 2026-12-10 (in 20 days): usable 2026-11-20..12-10, 21 days.
        QTest::newRow("expiring in 20 days, 10 syringes at 1/day: used up in time, no alert")
            << QList<Lot>{lot(1, u"A"_s, QDate(2026, 12, 10), 10)} << 1.0 << 10 << 10.0
            << QDate(2026, 11, 30) << 0 << QStringList{};
        QTest::newRow("expiring in 20 days, 25 syringes at 1/day: 21 used, 4 left over")
            << QList<Lot>{lot(1, u"A"_s, QDate(2026, 12, 10), 25)} << 1.0 << 25 << 21.0
            << QDate(2026, 12, 11) << 4 << QStringList{u"expiring-soon:A"_s};
        QTest::newRow("expiring in 20 days, 25 syringes at 2/day: used up in time")
            << QList<Lot>{lot(1, u"A"_s, QDate(2026, 12, 10), 25)} << 2.0 << 25 << 12.5
            << QDate(2026, 12, 2) << 0 << QStringList{};
        QTest::newRow("expiring in 20 days, 25 syringes every other day: 10.5 used")
            << QList<Lot>{lot(1, u"A"_s, QDate(2026, 12, 10), 25)} << 0.5 << 25 << 21.0
            << QDate(2026, 12, 11) << 15 << QStringList{u"expiring-soon:A"_s};
        // Expires 2026-12-20 (in 30 days, the edge of the window): 31 usable.
        QTest::newRow("expiring in 30 days, not used up: alert")
            << QList<Lot>{lot(1, u"A"_s, QDate(2026, 12, 20), 40)} << 1.0 << 40 << 31.0
            << QDate(2026, 12, 21) << 9 << QStringList{u"expiring-soon:A"_s};
        // Expires 2026-12-30 (in 40 days): 41 usable, 19 lost, but outside the window.
        QTest::newRow("expiring in 40 days, not used up: no alert (window 30 days)")
            << QList<Lot>{lot(1, u"A"_s, QDate(2026, 12, 30), 60)} << 1.0 << 60 << 41.0
            << QDate(2026, 12, 31) << 19 << QStringList{};
        // A (10, expires 12-10) is used 11-20..11-29; B (20, expires 12-15)
        // starts 11-30 and can be used 16 days, to 12-15: 4 left over. B alone
        // (20 in 26 days) would fit; only the wait for A makes it not.
        QTest::newRow("a later lot starts only after the earlier one is used up")
            << QList<Lot>{lot(2, u"B"_s, QDate(2026, 12, 15), 20),
                          lot(1, u"A"_s, QDate(2026, 12, 10), 10)}
            << 1.0 << 30 << 26.0 << QDate(2026, 12, 16) << 4 << QStringList{u"expiring-soon:B"_s};
        QTest::newRow("a later lot after the earlier one, both used up in time")
            << QList<Lot>{lot(2, u"B"_s, QDate(2026, 12, 15), 15),
                          lot(1, u"A"_s, QDate(2026, 12, 10), 10)}
            << 1.0 << 25 << 25.0 << QDate(2026, 12, 15) << 0 << QStringList{};
        QTest::newRow("expired lot: lot-expired, counted neither in syringes nor days")
            << QList<Lot>{lot(1, u"X"_s, QDate(2026, 11, 19), 5), lot(2, u"A"_s, far, 10)} << 1.0
            << 10 << 10.0 << QDate(2026, 11, 30) << 0 << QStringList{u"lot-expired:X"_s};
        QTest::newRow("empty expired lot: no alert")
            << QList<Lot>{lot(1, u"X"_s, QDate(2026, 11, 19), 0), lot(2, u"A"_s, far, 10)} << 1.0
            << 10 << 10.0 << QDate(2026, 11, 30) << 0 << QStringList{};
        QTest::newRow("lot expiring today: one usable today, 2 left over")
            << QList<Lot>{lot(1, u"T"_s, Today, 3)} << 1.0 << 3 << 1.0 << QDate(2026, 11, 21) << 2
            << QStringList{u"expiring-soon:T"_s, u"low-stock:"_s};
        QTest::newRow("only expired stock: no-stock")
            << QList<Lot>{lot(1, u"X"_s, QDate(2026, 11, 19), 5)} << 1.0 << 0 << 0.0 << Today << 0
            << QStringList{u"lot-expired:X"_s, u"no-stock:"_s};
        QTest::newRow("no regimen: no days, a lot expiring within 30 days is flagged")
            << QList<Lot>{lot(1, u"A"_s, QDate(2026, 12, 10), 5), lot(2, u"B"_s, far, 5)} << 0.0
            << 10 << -1.0 << QDate() << 0 << QStringList{u"expiring-soon:A"_s};
    }

    void forecast()
    {
        QFETCH(QList<Lot>, lots);
        QFETCH(double, perDay);
        QFETCH(int, syringesLeft);
        QFETCH(double, daysLeft);
        QFETCH(QDate, runsOutOn);
        QFETCH(int, wasted);
        QFETCH(QStringList, alerts);

        const StockForecast result =
            StockForecaster::forecast(lots, perDay, Now, StockForecastSettings{});
        QCOMPARE(result.syringesLeft, syringesLeft);
        QCOMPARE(result.syringesPerDay, perDay);
        if (daysLeft < 0) {
            QVERIFY(!result.daysLeft);
            QVERIFY(!result.runsOutOn);
        } else {
            QVERIFY(result.daysLeft);
            QVERIFY2(
                qAbs(*result.daysLeft - daysLeft) < 1e-6,
                qPrintable(u"days left %1, expected %2"_s.arg(*result.daysLeft).arg(daysLeft)));
            QVERIFY(result.runsOutOn);
            QCOMPARE(*result.runsOutOn, runsOutOn);
        }
        QCOMPARE(result.wasted, wasted);
        QCOMPARE(alertKeys(result.alerts), alerts);
        for (const StockAlert &alert : result.alerts)
            QVERIFY2(!alert.message.isEmpty(), qPrintable(alert.code));
    }

    void expiringSoonSaysHowManyAreLeftOver()
    {
        // 25 syringes, usable 21 days at 1 a day: 4 left over.
        const StockForecast result = StockForecaster::forecast(
            {lot(1, u"A"_s, QDate(2026, 12, 10), 25)}, 1.0, Now, StockForecastSettings{});
        QCOMPARE(result.alerts.size(), 1);
        QVERIFY2(result.alerts.first().message.contains(u"about 4 "_s),
                 qPrintable(result.alerts.first().message));
        QVERIFY(result.alerts.first().message.contains(u"2026-12-10"_s));
    }

    void thresholdsAreSettings()
    {
        StockForecastSettings settings;
        settings.lowStockDays = 10;
        // 9 days left: low with a threshold of 10, not with the default 7.
        const QList<Lot> nine{lot(1, u"A"_s, QDate(2027, 12, 31), 9)};
        QCOMPARE(alertKeys(StockForecaster::forecast(nine, 1.0, Now, settings).alerts),
                 QStringList{u"low-stock:"_s});
        QCOMPARE(
            alertKeys(StockForecaster::forecast(nine, 1.0, Now, StockForecastSettings{}).alerts),
            QStringList{});
    }

    // ---- out of the fridge -------------------------------------------------

    void roomTemperature_data()
    {
        QTest::addColumn<int>("hoursOut");
        QTest::addColumn<int>("allowanceHours");
        QTest::addColumn<bool>("alert");
        QTest::newRow("71 h of 72") << 71 << 72 << false;
        QTest::newRow("72 h of 72") << 72 << 72 << false;
        QTest::newRow("73 h of 72") << 73 << 72 << true;
        QTest::newRow("200 h of 72") << 200 << 72 << true;
        QTest::newRow("25 h of a 24 h setting") << 25 << 24 << true;
        QTest::newRow("73 h of a 96 h setting") << 73 << 96 << false;
    }

    void roomTemperature()
    {
        QFETCH(int, hoursOut);
        QFETCH(int, allowanceHours);
        QFETCH(bool, alert);
        StockForecastSettings settings;
        settings.roomTemperatureHours = allowanceHours;
        const QDateTime since = Now.addSecs(-qint64(hoursOut) * 3600);
        // Two of the ten are out of the fridge; the lot lasts 10 days, no other alert.
        const QList<Lot> lots{
            lot(1, u"W"_s, QDate(2027, 12, 31), 10, QDate(2026, 10, 1), 2, since)};
        const StockForecast result = StockForecaster::forecast(lots, 1.0, Now, settings);
        QCOMPARE(alertKeys(result.alerts),
                 alert ? QStringList{u"room-temperature:W"_s} : QStringList{});
        // Out too long: not counted as stock (the alert asks to discard them).
        QCOMPARE(result.syringesLeft, alert ? 8 : 10);
    }

    void roomTemperatureNeedsSyringesOut()
    {
        // A time but no syringe out (all used): nothing to flag.
        const QList<Lot> lots{lot(1, u"W"_s, QDate(2027, 12, 31), 10, QDate(2026, 10, 1), 0,
                                  Now.addSecs(-100 * 3600))};
        QCOMPARE(
            alertKeys(StockForecaster::forecast(lots, 1.0, Now, StockForecastSettings{}).alerts),
            QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestStock)
#include "tst_stock.moc"
