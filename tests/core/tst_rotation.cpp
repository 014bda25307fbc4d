// The rotation rule and the site warnings, as pure functions over hand-made
// zone states. Expected values are worked out by hand from DESIGN.md
// ("Sites"): suggest the enabled zone without an open site reaction that was
// used longest ago, never-used first, ties in the canonical order; warn when a
// zone was used within the rest period or has an open reaction; keep each new
// injection about 2.5 cm from the last.
//
// The tests run in Europe/Berlin (run-isolated.sh): CET (+01:00) in winter,
// CEST (+02:00) from 2026-03-29 to 2026-10-25.

#include "sites/Rotation.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

// DESIGN.md's order, which is also the tie-break order (typed out here, not
// taken from Zones::ids()).
const QStringList Canonical = {
    u"abdomen-upper-left"_s,  u"abdomen-upper-right"_s, u"abdomen-lower-left"_s,
    u"abdomen-lower-right"_s, u"thigh-left-upper"_s,    u"thigh-left-lower"_s,
    u"thigh-right-upper"_s,   u"thigh-right-lower"_s,   u"arm-left"_s,
    u"arm-right"_s,           u"buttock-left"_s,        u"buttock-right"_s,
};
// What a self-injecting patient keeps: abdomen and thighs.
const QStringList HelperZones = {u"arm-left"_s, u"arm-right"_s, u"buttock-left"_s,
                                 u"buttock-right"_s};

// "yyyy-MM-ddTHH:mm[:ss]" in local time.
QDateTime local(const QString &text)
{
    const QTime time = text.size() > 16 ? QTime::fromString(text.mid(11), u"HH:mm:ss"_s)
                                        : QTime::fromString(text.mid(11), u"HH:mm"_s);
    return QDateTime(QDate::fromString(text.left(10), Qt::ISODate), time, Qt::LocalTime);
}

// All twelve zones, switched on, never used, no reactions, in canonical order.
QList<ZoneUse> fresh()
{
    QList<ZoneUse> uses;
    for (const QString &zone : Canonical)
        uses.append(ZoneUse{zone, true, std::nullopt, std::nullopt, 0, 0});
    return uses;
}

ZoneUse &zoneIn(QList<ZoneUse> &uses, const QString &zone)
{
    for (ZoneUse &use : uses) {
        if (use.zone == zone)
            return use;
    }
    qFatal("no zone %s", qPrintable(zone));
}

QList<ZoneUse> used(QList<ZoneUse> uses, const QString &zone, const QDateTime &at,
                    std::optional<QPointF> spot = std::nullopt)
{
    ZoneUse &use = zoneIn(uses, zone);
    use.lastUsed = at;
    use.lastSpot = spot;
    ++use.count;
    return uses;
}

QList<ZoneUse> disabled(QList<ZoneUse> uses, const QStringList &zones)
{
    for (const QString &zone : zones)
        zoneIn(uses, zone).enabled = false;
    return uses;
}

QList<ZoneUse> withReactions(QList<ZoneUse> uses, const QString &zone, int open)
{
    zoneIn(uses, zone).openReactions = open;
    return uses;
}

QList<ZoneUse> reversed(QList<ZoneUse> uses)
{
    std::reverse(uses.begin(), uses.end());
    return uses;
}

// Every zone used, zone i on 2026-01-(i+1) at 08:00 (so abdomen-upper-left
// longest ago, buttock-right most recently).
QList<ZoneUse> allUsedInOrder()
{
    QList<ZoneUse> uses = fresh();
    for (qsizetype i = 0; i < Canonical.size(); ++i)
        uses = used(uses, Canonical.at(i), QDateTime(QDate(2026, 1, 1).addDays(i), QTime(8, 0)));
    return uses;
}

QStringList codes(const Warnings &warnings)
{
    QStringList list;
    for (const Warning &warning : warnings)
        list << warning.code;
    list.sort();
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList repeatTo(const QStringList &cycle, qsizetype length)
{
    QStringList out;
    while (out.size() < length)
        out << cycle.at(out.size() % cycle.size());
    return out;
}

} // namespace

Q_DECLARE_METATYPE(QList<ZoneUse>)
Q_DECLARE_METATYPE(std::optional<QPointF>)

class TestRotation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- suggest ----------------------------------------------------------

    void suggest_data()
    {
        QTest::addColumn<QList<ZoneUse>>("uses");
        QTest::addColumn<QString>("expected"); // empty: no suggestion

        const QDateTime jan10 = local(u"2026-01-10T08:00"_s);
        const QDateTime jan11 = local(u"2026-01-11T08:00"_s);

        // Never-used zones first, in canonical order.
        QTest::newRow("new patient: first zone") << fresh() << u"abdomen-upper-left"_s;
        QTest::newRow("new patient, list in reverse order")
            << reversed(fresh()) << u"abdomen-upper-left"_s;
        QTest::newRow("first used: the second")
            << used(fresh(), u"abdomen-upper-left"_s, jan10) << u"abdomen-upper-right"_s;
        {
            // The first six used; the first never-used one in canonical order
            // wins even when the list comes in another order.
            QList<ZoneUse> uses = fresh();
            for (int i = 0; i < 6; ++i)
                uses = used(uses, Canonical.at(i), jan10.addDays(i));
            QTest::newRow("six used: the seventh") << uses << u"thigh-right-upper"_s;
            QTest::newRow("six used, reversed list") << reversed(uses) << u"thigh-right-upper"_s;
        }
        {
            // A never-used zone beats one used years ago.
            QList<ZoneUse> uses = allUsedInOrder();
            zoneIn(uses, u"abdomen-upper-left"_s).lastUsed = local(u"2020-01-01T08:00"_s);
            zoneIn(uses, u"buttock-right"_s).lastUsed.reset();
            zoneIn(uses, u"buttock-right"_s).count = 0;
            QTest::newRow("never used beats used long ago") << uses << u"buttock-right"_s;
        }

        // Then the least recently used.
        QTest::newRow("all used: the oldest") << allUsedInOrder() << u"abdomen-upper-left"_s;
        QTest::newRow("all used, reversed list")
            << reversed(allUsedInOrder()) << u"abdomen-upper-left"_s;
        QTest::newRow("oldest in the middle")
            << used(used(allUsedInOrder(), u"abdomen-upper-left"_s, jan10.addDays(30)),
                    u"abdomen-upper-right"_s, jan10.addDays(31))
            << u"abdomen-lower-left"_s;
        {
            QList<ZoneUse> uses = allUsedInOrder();
            zoneIn(uses, u"thigh-left-lower"_s).lastUsed = local(u"2025-12-31T23:59:59"_s);
            QTest::newRow("one second older wins") << uses << u"thigh-left-lower"_s;
        }
        {
            // Used a minute apart on the same day: the earlier one.
            QList<ZoneUse> uses = fresh();
            for (const QString &zone : Canonical)
                uses = used(uses, zone, jan11);
            zoneIn(uses, u"arm-right"_s).lastUsed = local(u"2026-01-11T07:59"_s);
            QTest::newRow("a minute earlier wins") << uses << u"arm-right"_s;
        }

        // Ties on the same last-use time: canonical order.
        {
            QList<ZoneUse> uses = fresh();
            for (const QString &zone : Canonical)
                uses = used(uses, zone, jan11);
            QTest::newRow("all used at the same time") << uses << u"abdomen-upper-left"_s;
            QTest::newRow("all at the same time, reversed")
                << reversed(uses) << u"abdomen-upper-left"_s;
            zoneIn(uses, u"arm-right"_s).lastUsed = jan10;
            zoneIn(uses, u"abdomen-lower-right"_s).lastUsed = jan10;
            QTest::newRow("two oldest tie: the earlier in canonical order")
                << uses << u"abdomen-lower-right"_s;
            QTest::newRow("two oldest tie, reversed list")
                << reversed(uses) << u"abdomen-lower-right"_s;
            // The same instant written in UTC and in local time is a tie.
            zoneIn(uses, u"abdomen-lower-right"_s).lastUsed = jan10.toUTC();
            QTest::newRow("tie across UTC and local time") << uses << u"abdomen-lower-right"_s;
            QTest::newRow("tie across UTC and local time, reversed")
                << reversed(uses) << u"abdomen-lower-right"_s;
        }

        // Disabled zones are never suggested.
        QTest::newRow("first zone disabled")
            << disabled(fresh(), {u"abdomen-upper-left"_s}) << u"abdomen-upper-right"_s;
        QTest::newRow("abdomen disabled")
            << disabled(fresh(), {u"abdomen-upper-left"_s, u"abdomen-upper-right"_s,
                                  u"abdomen-lower-left"_s, u"abdomen-lower-right"_s})
            << u"thigh-left-upper"_s;
        QTest::newRow("oldest disabled: the next oldest")
            << disabled(allUsedInOrder(), {u"abdomen-upper-left"_s}) << u"abdomen-upper-right"_s;
        QTest::newRow("never-used disabled: the oldest used")
            << disabled(used(fresh(), u"abdomen-upper-left"_s, jan10), Canonical.mid(1))
            << u"abdomen-upper-left"_s;
        {
            // Arms and buttocks off and never used; the abdomen and thighs used.
            QList<ZoneUse> uses = disabled(fresh(), HelperZones);
            for (int i = 0; i < 8; ++i)
                uses = used(uses, Canonical.at(i), jan10.addDays(i));
            QTest::newRow("never-used but disabled zones are skipped")
                << uses << u"abdomen-upper-left"_s;
        }

        // An open reaction excludes its zone until it is resolved.
        QTest::newRow("reaction on the first never-used zone")
            << withReactions(fresh(), u"abdomen-upper-left"_s, 1) << u"abdomen-upper-right"_s;
        QTest::newRow("reaction on the oldest")
            << withReactions(allUsedInOrder(), u"abdomen-upper-left"_s, 1)
            << u"abdomen-upper-right"_s;
        QTest::newRow("two reactions on the oldest")
            << withReactions(allUsedInOrder(), u"abdomen-upper-left"_s, 2)
            << u"abdomen-upper-right"_s;
        QTest::newRow("reaction resolved (back to 0)")
            << withReactions(withReactions(allUsedInOrder(), u"abdomen-upper-left"_s, 1),
                             u"abdomen-upper-left"_s, 0)
            << u"abdomen-upper-left"_s;
        QTest::newRow("reaction on a recent zone does not matter")
            << withReactions(allUsedInOrder(), u"buttock-right"_s, 1) << u"abdomen-upper-left"_s;
        QTest::newRow("oldest disabled, next has a reaction")
            << withReactions(disabled(allUsedInOrder(), {u"abdomen-upper-left"_s}),
                             u"abdomen-upper-right"_s, 1)
            << u"abdomen-lower-left"_s;

        // Nothing left: no suggestion.
        QTest::newRow("no zones") << QList<ZoneUse>{} << QString();
        QTest::newRow("all disabled") << disabled(fresh(), Canonical) << QString();
        QTest::newRow("all used, all disabled")
            << disabled(allUsedInOrder(), Canonical) << QString();
        {
            QList<ZoneUse> uses = allUsedInOrder();
            for (const QString &zone : Canonical)
                uses = withReactions(uses, zone, 1);
            QTest::newRow("all with reactions") << uses << QString();
            uses = withReactions(uses, u"thigh-right-lower"_s, 0);
            QTest::newRow("all but one with reactions") << uses << u"thigh-right-lower"_s;
        }
        {
            QList<ZoneUse> uses = disabled(fresh(), Canonical.mid(0, 8));
            for (const QString &zone : HelperZones)
                uses = withReactions(uses, zone, 1);
            QTest::newRow("disabled or with reactions") << uses << QString();
            uses = disabled(uses, {u"arm-right"_s});
            uses = withReactions(uses, u"arm-right"_s, 0);
            QTest::newRow("the one without a reaction is disabled") << uses << QString();
        }
    }

    void suggest()
    {
        QFETCH(QList<ZoneUse>, uses);
        QFETCH(QString, expected);
        const std::optional<QString> suggested = Rotation::suggest(uses);
        if (expected.isEmpty()) {
            QVERIFY2(!suggested, qPrintable(suggested.value_or(QString())));
        } else {
            QVERIFY(suggested.has_value());
            QCOMPARE(*suggested, expected);
        }
    }

    // ---- a month of daily injections ----------------------------------------

    void monthOfDailyInjections_data()
    {
        QTest::addColumn<QStringList>("off");      // switched-off zones
        QTest::addColumn<QString>("reactionZone"); // empty: none
        QTest::addColumn<QStringList>("expected"); // the 30 picks
        QTest::addColumn<int>("cycle");            // 0: no fixed cycle

        const QStringList eight = Canonical.mid(0, 8);
        QTest::newRow("twelve zones")
            << QStringList{} << QString() << repeatTo(Canonical, 30) << 12;
        QTest::newRow("self-injecting: abdomen and thighs")
            << HelperZones << QString() << repeatTo(eight, 30) << 8;

        // A0..A11 are the canonical zones. A reaction on A0 (used on day 1)
        // is open on days 5 to 14: on day 13, A0 would be due, so A1 and A2
        // (the next oldest) come first; on day 15 A0 is back and is the
        // oldest; from then on the cycle is A1 A2 A0 A3 ... A11.
        {
            const QStringList &a = Canonical;
            QStringList expected = a;
            expected << a.at(1) << a.at(2) << a.at(0) << a.mid(3);
            expected << a.at(1) << a.at(2) << a.at(0) << a.mid(3, 3);
            QTest::newRow("twelve zones, reaction on the first zone, days 5-14")
                << QStringList{} << a.at(0) << expected << 0;
        }
        // B0..B7 are abdomen and thighs; B4 (thigh-left-upper, not yet used)
        // gets a reaction on day 5, resolved on day 15. Days 1-4 B0-B3; days
        // 5-7 B5-B7; days 8-14 B0-B3 and B5-B7 again (B4 still excluded); day
        // 15 B4 (never used, so first); then the cycle B0-B3 B5-B7 B4.
        {
            const QStringList &b = eight;
            const QStringList withoutB4 = {b.at(0), b.at(1), b.at(2), b.at(3),
                                           b.at(5), b.at(6), b.at(7)};
            QStringList expected = withoutB4;
            expected << withoutB4 << b.at(4) << withoutB4 << b.at(4) << withoutB4;
            QTest::newRow("abdomen and thighs, reaction on thigh-left-upper, days 5-14")
                << HelperZones << b.at(4) << expected << 0;
        }
    }

    // Each day at 08:00 take the suggestion and record it as used. The month
    // starts on 2026-03-15, across the change to summer time (2026-03-29).
    void monthOfDailyInjections()
    {
        QFETCH(QStringList, off);
        QFETCH(QString, reactionZone);
        QFETCH(QStringList, expected);
        QFETCH(int, cycle);
        QCOMPARE(expected.size(), qsizetype(30));

        QList<ZoneUse> uses = disabled(fresh(), off);
        QStringList picks;
        for (int day = 1; day <= 30; ++day) {
            const QDateTime at(QDate(2026, 3, 14).addDays(day), QTime(8, 0), Qt::LocalTime);
            if (!reactionZone.isEmpty())
                zoneIn(uses, reactionZone).openReactions = (day >= 5 && day < 15) ? 1 : 0;
            const std::optional<QString> pick = Rotation::suggest(uses);
            QVERIFY2(pick.has_value(), qPrintable(u"day %1"_s.arg(day)));
            QVERIFY2(!off.contains(*pick), qPrintable(u"day %1: %2"_s.arg(day).arg(*pick)));
            if (day >= 5 && day < 15)
                QVERIFY2(*pick != reactionZone, qPrintable(u"day %1"_s.arg(day)));
            // Following the rule never lands on a zone used in the last 7
            // days (every zone rests at least 7 days here) nor on one with a
            // reaction.
            const QStringList warnings = codes(Rotation::warningsFor(uses, *pick, at, 7));
            QVERIFY2(warnings.isEmpty(),
                     qPrintable(u"day %1, %2: %3"_s.arg(day).arg(*pick, warnings.join(u' '))));
            picks << *pick;
            uses = used(uses, *pick, at);
        }
        QCOMPARE(picks, expected);

        if (cycle > 0) {
            // Every enabled zone once before any repeat...
            QStringList enabled = Canonical;
            for (const QString &zone : off)
                enabled.removeAll(zone);
            QCOMPARE(enabled.size(), qsizetype(cycle));
            const QStringList first = picks.mid(0, cycle);
            QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), qsizetype(cycle));
            QCOMPARE(sorted(first), sorted(enabled));
            // ...then the same order again.
            for (int i = cycle; i < picks.size(); ++i)
                QCOMPARE(picks.at(i), picks.at(i % cycle));
        }
    }

    // ---- warnings ---------------------------------------------------------

    void warningsFor_data()
    {
        QTest::addColumn<QList<ZoneUse>>("uses");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<int>("restDays");
        QTest::addColumn<std::optional<QPointF>>("spot");
        QTest::addColumn<QStringList>("expected"); // codes, sorted

        const QString abdomen = u"abdomen-upper-left"_s;
        const QDateTime now = local(u"2026-01-20T08:00"_s);
        const std::optional<QPointF> noSpot;
        const auto usedAgo = [&](const QString &ago, std::optional<QPointF> lastSpot = {}) {
            return used(fresh(), abdomen, local(ago), lastSpot);
        };
        const QStringList none;
        const QStringList recent{u"site-recently-used"_s};

        QTest::newRow("fresh zone") << fresh() << abdomen << now << 7 << noSpot << none;
        QTest::newRow("fresh zone, with a spot")
            << fresh() << abdomen << now << 7 << std::optional(QPointF(0.5, 0.5)) << none;
        QTest::newRow("another zone used yesterday")
            << used(fresh(), u"abdomen-upper-right"_s, local(u"2026-01-19T08:00"_s)) << abdomen
            << now << 7 << noSpot << none;

        // The rest period (7 days by default).
        QTest::newRow("used an hour ago")
            << usedAgo(u"2026-01-20T07:00"_s) << abdomen << now << 7 << noSpot << recent;
        QTest::newRow("used 1 day ago")
            << usedAgo(u"2026-01-19T08:00"_s) << abdomen << now << 7 << noSpot << recent;
        QTest::newRow("used 6 days 23 h ago")
            << usedAgo(u"2026-01-13T09:00"_s) << abdomen << now << 7 << noSpot << recent;
        QTest::newRow("used 6 days 23:59:59 ago")
            << usedAgo(u"2026-01-13T08:00:01"_s) << abdomen << now << 7 << noSpot << recent;
        QTest::newRow("used exactly 7 days ago")
            << usedAgo(u"2026-01-13T08:00"_s) << abdomen << now << 7 << noSpot << none;
        QTest::newRow("used 8 days ago")
            << usedAgo(u"2026-01-12T08:00"_s) << abdomen << now << 7 << noSpot << none;
        QTest::newRow("rest 3: used 2 days 23 h ago")
            << usedAgo(u"2026-01-17T09:00"_s) << abdomen << now << 3 << noSpot << recent;
        QTest::newRow("rest 3: used exactly 3 days ago")
            << usedAgo(u"2026-01-17T08:00"_s) << abdomen << now << 3 << noSpot << none;
        QTest::newRow("rest 3: used 4 days ago")
            << usedAgo(u"2026-01-16T08:00"_s) << abdomen << now << 3 << noSpot << none;
        QTest::newRow("rest 3: used 6 days ago")
            << usedAgo(u"2026-01-14T08:00"_s) << abdomen << now << 3 << noSpot << none;
        QTest::newRow("rest 10: used 8 days ago")
            << usedAgo(u"2026-01-12T08:00"_s) << abdomen << now << 10 << noSpot << recent;
        QTest::newRow("rest 1: used 23 h ago")
            << usedAgo(u"2026-01-19T09:00"_s) << abdomen << now << 1 << noSpot << recent;
        QTest::newRow("rest 1: used 1 day ago")
            << usedAgo(u"2026-01-19T08:00"_s) << abdomen << now << 1 << noSpot << none;
        // Days are calendar days at the same clock time, also across a change
        // of summer time (Monday 08:00 to the next Monday 08:00 is 7 days).
        QTest::newRow("spring DST: 7 days at the same clock time")
            << usedAgo(u"2026-03-23T08:00"_s) << abdomen << local(u"2026-03-30T08:00"_s) << 7
            << noSpot << none;
        QTest::newRow("spring DST: 6 days 23 h by the clock")
            << usedAgo(u"2026-03-23T09:00"_s) << abdomen << local(u"2026-03-30T08:00"_s) << 7
            << noSpot << recent;
        QTest::newRow("autumn DST: 7 days at the same clock time")
            << usedAgo(u"2026-10-19T08:00"_s) << abdomen << local(u"2026-10-26T08:00"_s) << 7
            << noSpot << none;
        QTest::newRow("autumn DST: 6 days 23:30 by the clock")
            << usedAgo(u"2026-10-19T08:30"_s) << abdomen << local(u"2026-10-26T08:00"_s) << 7
            << noSpot << recent;

        // Reactions and switched-off zones.
        QTest::newRow("open reaction") << withReactions(fresh(), abdomen, 1) << abdomen << now << 7
                                       << noSpot << QStringList{u"site-has-reaction"_s};
        QTest::newRow("two open reactions: one warning")
            << withReactions(fresh(), abdomen, 2) << abdomen << now << 7 << noSpot
            << QStringList{u"site-has-reaction"_s};
        QTest::newRow("reaction resolved")
            << withReactions(withReactions(fresh(), abdomen, 1), abdomen, 0) << abdomen << now << 7
            << noSpot << none;
        QTest::newRow("reaction on another zone")
            << withReactions(fresh(), u"abdomen-upper-right"_s, 1) << abdomen << now << 7 << noSpot
            << none;
        QTest::newRow("switched off") << disabled(fresh(), {abdomen}) << abdomen << now << 7
                                      << noSpot << QStringList{u"site-disabled"_s};
        QTest::newRow("switched off, reaction, used yesterday")
            << withReactions(disabled(usedAgo(u"2026-01-19T08:00"_s), {abdomen}), abdomen, 1)
            << abdomen << now << 7 << noSpot
            << QStringList{u"site-disabled"_s, u"site-has-reaction"_s, u"site-recently-used"_s};

        // Spots: about 2.5 cm from the last one in the zone. The abdomen's box
        // is 10 x 8 cm, a thigh's 12 x 15, an arm's 8 x 12, a buttock's 12 x 10.
        const QStringList tooClose{u"site-too-close"_s};
        const auto spotRow = [&](const char *name, const QString &zone, QPointF last, QPointF spot,
                                 bool close) {
            // Used a month ago: only the distance matters.
            QTest::newRow(name) << used(fresh(), zone, local(u"2025-12-20T08:00"_s), last) << zone
                                << now << 7 << std::optional(spot) << (close ? tooClose : none);
        };
        spotRow("abdomen: 2.0 cm across", abdomen, {0.5, 0.5}, {0.7, 0.5}, true);
        spotRow("abdomen: 3.0 cm across", abdomen, {0.5, 0.5}, {0.8, 0.5}, false);
        spotRow("abdomen: exactly 2.5 cm", abdomen, {0.5, 0.5}, {0.75, 0.5}, false);
        spotRow("abdomen: same spot", abdomen, {0.5, 0.5}, {0.5, 0.5}, true);
        spotRow("abdomen: 2.4 cm down", abdomen, {0.5, 0.5}, {0.5, 0.8}, true);
        spotRow("abdomen: 2.8 cm down", abdomen, {0.5, 0.5}, {0.5, 0.85}, false);
        // 1.5 and 1.6 cm: 2.19 cm; 2.0 and 1.6 cm: 2.56 cm (each axis under 2.5).
        spotRow("abdomen: 2.19 cm diagonal", abdomen, {0.5, 0.5}, {0.65, 0.7}, true);
        spotRow("abdomen: 2.56 cm diagonal", abdomen, {0.5, 0.5}, {0.7, 0.7}, false);
        spotRow("thigh: 2.25 cm down", u"thigh-left-upper"_s, {0.2, 0.2}, {0.2, 0.35}, true);
        spotRow("thigh: 2.55 cm down", u"thigh-left-upper"_s, {0.2, 0.2}, {0.2, 0.37}, false);
        spotRow("thigh: 2.4 cm across", u"thigh-right-lower"_s, {0.2, 0.2}, {0.4, 0.2}, true);
        spotRow("arm: 2.4 cm across", u"arm-left"_s, {0.5, 0.5}, {0.8, 0.5}, true);
        spotRow("arm: 2.8 cm across", u"arm-left"_s, {0.5, 0.5}, {0.15, 0.5}, false);
        spotRow("arm: 2.4 cm down", u"arm-right"_s, {0.5, 0.5}, {0.5, 0.7}, true);
        spotRow("buttock: 2.4 cm across", u"buttock-left"_s, {0.5, 0.5}, {0.7, 0.5}, true);
        spotRow("buttock: 3.0 cm across", u"buttock-right"_s, {0.5, 0.5}, {0.75, 0.5}, false);
        spotRow("buttock: 2.0 cm down", u"buttock-right"_s, {0.5, 0.5}, {0.5, 0.3}, true);

        QTest::newRow("no spot given: no distance check")
            << used(fresh(), abdomen, local(u"2025-12-20T08:00"_s), QPointF(0.5, 0.5)) << abdomen
            << now << 7 << noSpot << none;
        QTest::newRow("zone used without a spot: no distance check")
            << used(fresh(), abdomen, local(u"2025-12-20T08:00"_s)) << abdomen << now << 7
            << std::optional(QPointF(0.5, 0.5)) << none;
        QTest::newRow("close to another zone's spot")
            << used(fresh(), u"abdomen-upper-right"_s, local(u"2025-12-20T08:00"_s),
                    QPointF(0.5, 0.5))
            << abdomen << now << 7 << std::optional(QPointF(0.5, 0.5)) << none;
        QTest::newRow("used yesterday, spot too close")
            << used(fresh(), abdomen, local(u"2026-01-19T08:00"_s), QPointF(0.5, 0.5)) << abdomen
            << now << 7 << std::optional(QPointF(0.6, 0.5))
            << QStringList{u"site-recently-used"_s, u"site-too-close"_s};
    }

    void warningsFor()
    {
        QFETCH(QList<ZoneUse>, uses);
        QFETCH(QString, zone);
        QFETCH(QDateTime, at);
        QFETCH(int, restDays);
        QFETCH(std::optional<QPointF>, spot);
        QFETCH(QStringList, expected);

        const Warnings warnings = Rotation::warningsFor(uses, zone, at, restDays, spot);
        QCOMPARE(codes(warnings), expected);
        for (const Warning &warning : warnings)
            QVERIFY2(!warning.message.isEmpty(), qPrintable(warning.code));
        // The order of the list does not matter.
        QCOMPARE(codes(Rotation::warningsFor(reversed(uses), zone, at, restDays, spot)), expected);
    }

    // ---- distance ---------------------------------------------------------

    void distanceCm_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<double>("expected");

        const QString abdomen = u"abdomen-lower-right"_s;
        QTest::newRow("same spot") << abdomen << QPointF(0.3, 0.3) << QPointF(0.3, 0.3) << 0.0;
        QTest::newRow("abdomen across") << abdomen << QPointF(0.5, 0.5) << QPointF(0.7, 0.5) << 2.0;
        QTest::newRow("abdomen across, swapped")
            << abdomen << QPointF(0.7, 0.5) << QPointF(0.5, 0.5) << 2.0;
        QTest::newRow("abdomen down") << abdomen << QPointF(0.5, 0.5) << QPointF(0.5, 0.8) << 2.4;
        QTest::newRow("abdomen 3-4-5") << abdomen << QPointF(0.1, 0.1) << QPointF(0.4, 0.6) << 5.0;
        QTest::newRow("abdomen full width")
            << u"abdomen-upper-left"_s << QPointF(0, 0) << QPointF(1, 0) << 10.0;
        QTest::newRow("abdomen full height")
            << u"abdomen-upper-left"_s << QPointF(0, 0) << QPointF(0, 1) << 8.0;
        QTest::newRow("thigh full width")
            << u"thigh-left-lower"_s << QPointF(0, 0) << QPointF(1, 0) << 12.0;
        QTest::newRow("thigh full height")
            << u"thigh-right-upper"_s << QPointF(0, 0) << QPointF(0, 1) << 15.0;
        QTest::newRow("thigh corner to corner")
            << u"thigh-left-upper"_s << QPointF(0, 0) << QPointF(1, 1) << std::sqrt(369.0);
        QTest::newRow("arm full width") << u"arm-left"_s << QPointF(0, 0) << QPointF(1, 0) << 8.0;
        QTest::newRow("arm full height")
            << u"arm-right"_s << QPointF(0, 0) << QPointF(0, 1) << 12.0;
        QTest::newRow("buttock full width")
            << u"buttock-left"_s << QPointF(0, 0) << QPointF(1, 0) << 12.0;
        QTest::newRow("buttock full height")
            << u"buttock-right"_s << QPointF(0, 0) << QPointF(0, 1) << 10.0;
    }

    void distanceCm()
    {
        QFETCH(QString, zone);
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(double, expected);
        const double distance = Rotation::distanceCm(zone, a, b);
        QVERIFY2(std::abs(distance - expected) < 1e-9,
                 qPrintable(u"%1 cm, expected %2"_s.arg(distance).arg(expected)));
    }
};

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
