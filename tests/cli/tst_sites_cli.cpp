// Injection sites through the real shotbook-cli binary: `site next`, `site
// enable|disable`, `site rest-days`, `reaction add|resolve`, and the site
// warnings of `inject`. Every test has its own database and fixes the time
// with --now; run-isolated.sh sets TZ=Europe/Berlin (CET, +01:00, in
// January). Expected values are worked out by hand from DESIGN.md ("Sites")
// and spec/cli.md. No regimen is set, so `inject` takes --dose-mg and no
// dose-slot warnings get in the way.

#include "CliFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {

// DESIGN.md's zones in their canonical (tie-break) order.
const QStringList Canonical = {
    u"abdomen-upper-left"_s,  u"abdomen-upper-right"_s, u"abdomen-lower-left"_s,
    u"abdomen-lower-right"_s, u"thigh-left-upper"_s,    u"thigh-left-lower"_s,
    u"thigh-right-upper"_s,   u"thigh-right-lower"_s,   u"arm-left"_s,
    u"arm-right"_s,           u"buttock-left"_s,        u"buttock-right"_s,
};
const QStringList HelperZones = {u"arm-left"_s, u"arm-right"_s, u"buttock-left"_s,
                                 u"buttock-right"_s};

// When the patient is added.
const QString Setup = u"2026-01-05T07:00"_s;

// 08:00 local time on 2026-01-05 + `day`, as --now / --at text.
QString morning(int day)
{
    return QDate(2026, 1, 5).addDays(day).toString(Qt::ISODate) + u"T08:00"_s;
}

} // namespace

class TestSitesCli final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

    // Logs 100 mg in `site` given at `at`, entered at that moment.
    bool inject(const QString &at, const QString &site, const QStringList &extra = {},
                QJsonObject *json = nullptr) const
    {
        return m_db.ok(
            at,
            QStringList{u"inject"_s, u"--site"_s, site, u"--at"_s, at, u"--dose-mg"_s, u"100"_s} +
                extra,
            json);
    }

    // `site next` as of `now`: the suggested zone, or "<exit N>".
    QString next(const QString &now, QJsonObject *json = nullptr) const
    {
        const CliRun run = m_db.run(now, {u"site"_s, u"next"_s});
        if (run.exitCode != 0)
            return u"<exit %1>"_s.arg(run.exitCode);
        if (json)
            *json = run.json();
        return run.json().value(u"site"_s).toString();
    }

    // Adds a reaction and returns its id (0 on failure).
    int addReaction(const QString &now, const QString &site, const QString &kind,
                    const QStringList &extra = {}) const
    {
        QJsonObject json;
        if (!m_db.ok(now,
                     QStringList{u"reaction"_s, u"add"_s, u"--site"_s, site, u"--kind"_s, kind} +
                         extra,
                     &json))
            return 0;
        return json.value(u"id"_s).toInt();
    }

    // The site warnings' codes, sorted (others, such as stock warnings, are
    // not these tests' business).
    static QStringList siteWarnings(const QJsonObject &json)
    {
        QStringList codes = CliDatabase::warningCodes(json).filter(QRegularExpression(u"^site-"_s));
        codes.sort();
        return codes;
    }

private Q_SLOTS:
    void init() { m_db.reset(QLatin1String(QTest::currentTestFunction())); }

    // ---- site next ----------------------------------------------------------

    void newPatientStartsWithFirstZone()
    {
        QVERIFY(m_db.addPatient(Setup));
        QJsonObject json;
        QCOMPARE(next(u"2026-01-05T07:30"_s, &json), u"abdomen-upper-left"_s);
        QVERIFY(json.contains(u"last_used"_s));
        QVERIFY(json.value(u"last_used"_s).isNull());
        QVERIFY(json.value(u"warnings"_s).isArray());
        QVERIFY(json.value(u"warnings"_s).toArray().isEmpty());

        // Text for people names the zone too.
        const CliRun text = m_db.text(u"2026-01-05T07:30"_s, {u"site"_s, u"next"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("abdomen-upper-left"), text.out.constData());
    }

    void nextFollowsRotation()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(inject(morning(0), u"abdomen-upper-left"_s));
        QJsonObject json;
        QCOMPARE(next(u"2026-01-05T09:00"_s, &json), u"abdomen-upper-right"_s);
        QVERIFY(json.value(u"last_used"_s).isNull());

        // Days 2 to 12: each never-used zone in canonical order.
        for (int day = 1; day < 12; ++day) {
            QCOMPARE(next(morning(day), &json), Canonical.at(day));
            QVERIFY(json.value(u"last_used"_s).isNull());
            QVERIFY(inject(morning(day), Canonical.at(day)));
        }
        // Day 13: all used; the oldest is the first zone, used on day 1.
        QCOMPARE(next(morning(12), &json), u"abdomen-upper-left"_s);
        QCOMPARE(json.value(u"last_used"_s).toString(), u"2026-01-05T08:00:00+01:00"_s);
        QVERIFY(inject(morning(12), u"abdomen-upper-left"_s));
        QCOMPARE(next(morning(13), &json), u"abdomen-upper-right"_s);
        QCOMPARE(json.value(u"last_used"_s).toString(), u"2026-01-06T08:00:00+01:00"_s);
        QCOMPARE(m_db.injectionCount(), 13);

        // As of an earlier moment (reports "as of"): only what had happened.
        QCOMPARE(next(u"2026-01-05T07:59"_s), u"abdomen-upper-left"_s);
        QCOMPARE(next(u"2026-01-07T09:00"_s), u"abdomen-lower-right"_s);
    }

    // ---- site enable / disable ----------------------------------------------

    void disabledZonesAreSkipped()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(m_db.ok(u"2026-01-05T07:00"_s, QStringList{u"site"_s, u"disable"_s} + HelperZones));

        // Eight days, each following `site next`: every enabled zone once.
        QStringList picks;
        for (int day = 0; day < 8; ++day) {
            const QString site = next(morning(day));
            QJsonObject injected;
            QVERIFY(inject(morning(day), site, {}, &injected));
            QCOMPARE(injected.value(u"site"_s).toString(), site);
            QCOMPARE(siteWarnings(injected), QStringList{});
            picks << site;
        }
        QCOMPARE(picks, Canonical.mid(0, 8));

        // Day 9: the first one again, not an arm or a buttock.
        QJsonObject json;
        QCOMPARE(next(morning(8), &json), u"abdomen-upper-left"_s);
        QCOMPARE(json.value(u"last_used"_s).toString(), u"2026-01-05T08:00:00+01:00"_s);

        // A switched-off zone can still be logged (warnings never refuse).
        QJsonObject forced;
        QVERIFY(inject(u"2026-01-13T07:00"_s, u"arm-left"_s, {}, &forced));
        QVERIFY2(siteWarnings(forced).contains(u"site-disabled"_s),
                 qPrintable(siteWarnings(forced).join(u' ')));
        QCOMPARE(m_db.injectionCount(), 9);
    }

    void enablingBringsNeverUsedZonesFirst()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(m_db.ok(u"2026-01-05T07:00"_s, QStringList{u"site"_s, u"disable"_s} + HelperZones));
        for (int day = 0; day < 8; ++day)
            QVERIFY(inject(morning(day), Canonical.at(day)));
        QCOMPARE(next(morning(8)), u"abdomen-upper-left"_s);

        // Switch the arms and buttocks back on: never used, so they come
        // first, in canonical order; then the oldest of the others.
        QVERIFY(m_db.ok(morning(8), QStringList{u"site"_s, u"enable"_s} + HelperZones));
        for (int day = 8; day < 12; ++day) {
            QJsonObject json;
            QCOMPARE(next(morning(day), &json), Canonical.at(day));
            QVERIFY(json.value(u"last_used"_s).isNull());
            QVERIFY(inject(morning(day), Canonical.at(day)));
        }
        QJsonObject json;
        QCOMPARE(next(morning(12), &json), u"abdomen-upper-left"_s);
        QCOMPARE(json.value(u"last_used"_s).toString(), u"2026-01-05T08:00:00+01:00"_s);
    }

    void enablingOnlySomeZones()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(m_db.ok(u"2026-01-05T07:00"_s, QStringList{u"site"_s, u"disable"_s} + HelperZones));
        for (int day = 0; day < 8; ++day)
            QVERIFY(inject(morning(day), Canonical.at(day)));
        QVERIFY(m_db.ok(morning(8), {u"site"_s, u"enable"_s, u"buttock-right"_s}));
        QCOMPARE(next(morning(8)), u"buttock-right"_s);
        // Switching off the first zone moves the suggestion on.
        QVERIFY(m_db.ok(morning(8),
                        {u"site"_s, u"disable"_s, u"buttock-right"_s, u"abdomen-upper-left"_s}));
        QCOMPARE(next(morning(8)), u"abdomen-upper-right"_s);
    }

    void nothingToSuggest()
    {
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(m_db.ok(u"2026-01-05T07:00"_s,
                        QStringList{u"site"_s, u"disable"_s} + Canonical.mid(0, 11)));
        QCOMPARE(next(u"2026-01-05T07:10"_s), u"buttock-right"_s);
        QVERIFY(addReaction(u"2026-01-05T07:20"_s, u"buttock-right"_s, u"rash"_s) > 0);
        const CliRun run = m_db.run(u"2026-01-05T07:30"_s, {u"site"_s, u"next"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json().contains(u"site"_s));
        QVERIFY(run.json().value(u"site"_s).isNull());
        QVERIFY(run.json().value(u"last_used"_s).isNull());
    }

    // ---- reactions ----------------------------------------------------------

    void reactionExcludesZoneUntilResolved()
    {
        QVERIFY(m_db.addPatient(Setup));
        QJsonObject added;
        QVERIFY(m_db.ok(u"2026-01-05T09:00"_s,
                        {u"reaction"_s, u"add"_s, u"--site"_s, u"abdomen-upper-left"_s, u"--kind"_s,
                         u"redness"_s, u"--severity"_s, u"2"_s},
                        &added));
        QVERIFY(added.value(u"id"_s).isDouble());
        const int id = added.value(u"id"_s).toInt();
        QCOMPARE(id, 1);
        QVERIFY(added.value(u"warnings"_s).isArray());

        QCOMPARE(next(u"2026-01-05T09:30"_s), u"abdomen-upper-right"_s);
        QCOMPARE(next(u"2026-01-10T09:00"_s), u"abdomen-upper-right"_s);

        QJsonObject resolved;
        QVERIFY(m_db.ok(u"2026-01-12T10:00"_s, {u"reaction"_s, u"resolve"_s, QString::number(id)},
                        &resolved));
        QCOMPARE(resolved.value(u"id"_s).toInt(), id);
        QCOMPARE(next(u"2026-01-12T10:30"_s), u"abdomen-upper-left"_s);

        // As of a moment while it was open, or before it started.
        QCOMPARE(next(u"2026-01-08T12:00"_s), u"abdomen-upper-right"_s);
        QCOMPARE(next(u"2026-01-05T08:00"_s), u"abdomen-upper-left"_s);

        // The next reaction gets the next id.
        QCOMPARE(addReaction(u"2026-01-12T11:00"_s, u"thigh-left-upper"_s, u"itching"_s), 2);
    }

    void reactionOnAUsedZoneDelaysIt()
    {
        QVERIFY(m_db.addPatient(Setup));
        for (int day = 0; day < 12; ++day)
            QVERIFY(inject(morning(day), Canonical.at(day)));
        // A reaction after the first injection, recorded back-dated to day 2.
        QVERIFY(addReaction(morning(12), u"abdomen-upper-left"_s, u"lumps"_s,
                            {u"--severity"_s, u"1"_s, u"--at"_s, u"2026-01-06T12:00"_s}) == 1);
        // Day 13: the first zone is due but excluded; the next oldest.
        QCOMPARE(next(morning(12)), u"abdomen-upper-right"_s);
        QVERIFY(inject(morning(12), u"abdomen-upper-right"_s));
        QCOMPARE(next(morning(13)), u"abdomen-lower-left"_s);
        QVERIFY(m_db.ok(morning(13),
                        {u"reaction"_s, u"resolve"_s, u"1"_s, u"--at"_s, u"2026-01-18T07:00"_s}));
        QCOMPARE(next(morning(13)), u"abdomen-upper-left"_s);
    }

    void everyReactionMustBeResolved()
    {
        QVERIFY(m_db.addPatient(Setup));
        QCOMPARE(addReaction(u"2026-01-05T09:00"_s, u"abdomen-upper-left"_s, u"redness"_s), 1);
        QCOMPARE(addReaction(u"2026-01-05T09:05"_s, u"abdomen-upper-left"_s, u"swelling"_s,
                             {u"--severity"_s, u"3"_s}),
                 2);
        QVERIFY(m_db.ok(u"2026-01-07T09:00"_s, {u"reaction"_s, u"resolve"_s, u"1"_s}));
        QCOMPARE(next(u"2026-01-07T09:10"_s), u"abdomen-upper-right"_s);
        QVERIFY(m_db.ok(u"2026-01-08T09:00"_s, {u"reaction"_s, u"resolve"_s, u"2"_s}));
        QCOMPARE(next(u"2026-01-08T09:10"_s), u"abdomen-upper-left"_s);
    }

    // ---- warnings on inject -------------------------------------------------

    void injectWarnings_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("expected"); // codes, sorted

        // Set up: abdomen-upper-left at 2026-01-05 08:00, spot 0.5,0.5;
        // swelling on thigh-left-upper from 2026-01-05 09:00. The abdomen's
        // box is 10 x 8 cm.
        const QString abdomen = u"abdomen-upper-left"_s;
        const QStringList none;
        const QStringList recent{u"site-recently-used"_s};
        QTest::newRow("same zone 2 days later")
            << abdomen << u"2026-01-07T08:00"_s << QStringList{} << recent;
        QTest::newRow("same zone 6 days 23 h later")
            << abdomen << u"2026-01-12T07:00"_s << QStringList{} << recent;
        QTest::newRow("same zone 7 days later")
            << abdomen << u"2026-01-12T08:00"_s << QStringList{} << none;
        QTest::newRow("another zone 2 days later")
            << u"abdomen-upper-right"_s << u"2026-01-07T08:00"_s << QStringList{} << none;
        QTest::newRow("zone with an open reaction")
            << u"thigh-left-upper"_s << u"2026-01-07T08:00"_s << QStringList{}
            << QStringList{u"site-has-reaction"_s};
        QTest::newRow("zone before its reaction started")
            << u"thigh-left-upper"_s << u"2026-01-05T08:30"_s << QStringList{} << none;
        QTest::newRow("8 days later, spot 2.0 cm from the last")
            << abdomen << u"2026-01-13T08:00"_s << QStringList{u"--spot"_s, u"0.7,0.5"_s}
            << QStringList{u"site-too-close"_s};
        QTest::newRow("8 days later, spot 2.4 cm below the last")
            << abdomen << u"2026-01-13T08:00"_s << QStringList{u"--spot"_s, u"0.5,0.8"_s}
            << QStringList{u"site-too-close"_s};
        QTest::newRow("8 days later, spot 3.0 cm from the last")
            << abdomen << u"2026-01-13T08:00"_s << QStringList{u"--spot"_s, u"0.8,0.5"_s} << none;
        QTest::newRow("2 days later, spot too close")
            << abdomen << u"2026-01-07T08:00"_s << QStringList{u"--spot"_s, u"0.6,0.5"_s}
            << QStringList{u"site-recently-used"_s, u"site-too-close"_s};
        QTest::newRow("another zone, same spot")
            << u"abdomen-upper-right"_s << u"2026-01-07T08:00"_s
            << QStringList{u"--spot"_s, u"0.5,0.5"_s} << none;
    }

    void injectWarnings()
    {
        QFETCH(QString, site);
        QFETCH(QString, at);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, expected);
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(
            inject(u"2026-01-05T08:00"_s, u"abdomen-upper-left"_s, {u"--spot"_s, u"0.5,0.5"_s}));
        QVERIFY(addReaction(u"2026-01-05T09:00"_s, u"thigh-left-upper"_s, u"swelling"_s) > 0);

        // Warnings inform; the injection is logged (exit 0).
        QJsonObject json;
        QVERIFY(inject(at, site, extra, &json));
        QVERIFY(json.value(u"id"_s).isDouble());
        QCOMPARE(json.value(u"site"_s).toString(), site);
        QVERIFY(json.value(u"warnings"_s).isArray());
        QCOMPARE(siteWarnings(json), expected);
        for (const QJsonValue &warning : json.value(u"warnings"_s).toArray())
            QVERIFY(!warning.toObject().value(u"message"_s).toString().isEmpty());
        QCOMPARE(m_db.injectionCount(), 2);
    }

    void reactionWarningEndsWhenResolved()
    {
        QVERIFY(m_db.addPatient(Setup));
        QCOMPARE(addReaction(u"2026-01-05T09:00"_s, u"arm-left"_s, u"bruising"_s), 1);
        QJsonObject json;
        QVERIFY(inject(u"2026-01-06T08:00"_s, u"arm-right"_s, {}, &json));
        QCOMPARE(siteWarnings(json), QStringList{});
        QVERIFY(inject(u"2026-01-07T08:00"_s, u"arm-left"_s, {}, &json));
        QCOMPARE(siteWarnings(json), QStringList{u"site-has-reaction"_s});
        QVERIFY(m_db.ok(u"2026-01-10T08:00"_s, {u"reaction"_s, u"resolve"_s, u"1"_s}));
        // Used 8 days before, reaction cleared: no warning.
        QVERIFY(inject(u"2026-01-15T08:00"_s, u"arm-left"_s, {}, &json));
        QCOMPARE(siteWarnings(json), QStringList{});
    }

    // ---- rest period --------------------------------------------------------

    void restDays_data()
    {
        QTest::addColumn<int>("set"); // 0: leave the default (7)
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<bool>("warns");

        QTest::newRow("default, 4 days") << 0 << 4 << true;
        QTest::newRow("default, 6 days") << 0 << 6 << true;
        QTest::newRow("default, 7 days") << 0 << 7 << false;
        QTest::newRow("3, 2 days") << 3 << 2 << true;
        QTest::newRow("3, 3 days") << 3 << 3 << false;
        QTest::newRow("3, 4 days") << 3 << 4 << false;
        QTest::newRow("10, 8 days") << 10 << 8 << true;
        QTest::newRow("10, 10 days") << 10 << 10 << false;
    }

    void restDays()
    {
        QFETCH(int, set);
        QFETCH(int, daysLater);
        QFETCH(bool, warns);
        QVERIFY(m_db.addPatient(Setup));
        QJsonObject shown;
        QVERIFY(m_db.ok(u"2026-01-05T07:00"_s, {u"site"_s, u"rest-days"_s}, &shown));
        QCOMPARE(shown.value(u"days"_s).toInt(), 7);
        if (set > 0) {
            QVERIFY(m_db.ok(u"2026-01-05T07:00"_s,
                            {u"site"_s, u"rest-days"_s, u"--set"_s, QString::number(set)}, &shown));
            QCOMPARE(shown.value(u"days"_s).toInt(), set);
            QVERIFY(m_db.ok(u"2026-01-05T07:01"_s, {u"site"_s, u"rest-days"_s}, &shown));
            QCOMPARE(shown.value(u"days"_s).toInt(), set);
        }
        QVERIFY(inject(morning(0), u"thigh-right-lower"_s));
        QJsonObject json;
        QVERIFY(inject(morning(daysLater), u"thigh-right-lower"_s, {}, &json));
        QCOMPARE(siteWarnings(json), warns ? QStringList{u"site-recently-used"_s} : QStringList{});
    }

    // ---- bad input ----------------------------------------------------------

    void rejectedInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");

        // Set up (see below): reaction 1 on arm-left open since 2026-01-06
        // 09:00, reaction 2 on arm-right resolved; now is 2026-01-10 12:00.
        const auto reaction = [](const QStringList &more) {
            return QStringList{u"reaction"_s, u"add"_s} + more;
        };
        QTest::newRow("site disable: unknown zone")
            << QStringList{u"site"_s, u"disable"_s, u"elbow"_s} << u"unknown-site"_s;
        QTest::newRow("site disable: a known and an unknown zone")
            << QStringList{u"site"_s, u"disable"_s, u"thigh-left-upper"_s, u"elbow"_s}
            << u"unknown-site"_s;
        QTest::newRow("site enable: unknown zone")
            << QStringList{u"site"_s, u"enable"_s, u"Abdomen-Upper-Left"_s} << u"unknown-site"_s;
        QTest::newRow("reaction add: unknown zone")
            << reaction({u"--site"_s, u"elbow"_s, u"--kind"_s, u"redness"_s}) << u"unknown-site"_s;
        QTest::newRow("reaction add: unknown kind")
            << reaction({u"--site"_s, u"thigh-left-upper"_s, u"--kind"_s, u"sunburn"_s})
            << u"unknown-kind"_s;
        QTest::newRow("reaction add: severity 0")
            << reaction({u"--site"_s, u"thigh-left-upper"_s, u"--kind"_s, u"redness"_s,
                         u"--severity"_s, u"0"_s})
            << u"invalid-severity"_s;
        QTest::newRow("reaction add: severity 4")
            << reaction({u"--site"_s, u"thigh-left-upper"_s, u"--kind"_s, u"redness"_s,
                         u"--severity"_s, u"4"_s})
            << u"invalid-severity"_s;
        QTest::newRow("reaction add: starts in two days")
            << reaction({u"--site"_s, u"thigh-left-upper"_s, u"--kind"_s, u"redness"_s, u"--at"_s,
                         u"2026-01-12T12:00"_s})
            << u"invalid-time"_s;
        QTest::newRow("reaction resolve: unknown id")
            << QStringList{u"reaction"_s, u"resolve"_s, u"99"_s} << u"unknown-reaction"_s;
        QTest::newRow("reaction resolve: not an id")
            << QStringList{u"reaction"_s, u"resolve"_s, u"abc"_s} << u"unknown-reaction"_s;
        QTest::newRow("reaction resolve: before it started")
            << QStringList{u"reaction"_s, u"resolve"_s, u"1"_s, u"--at"_s, u"2026-01-06T08:59"_s}
            << u"invalid-time"_s;
        QTest::newRow("reaction resolve: in two days")
            << QStringList{u"reaction"_s, u"resolve"_s, u"1"_s, u"--at"_s, u"2026-01-12T13:00"_s}
            << u"invalid-time"_s;
        QTest::newRow("reaction resolve: twice")
            << QStringList{u"reaction"_s, u"resolve"_s, u"2"_s} << u"already-resolved"_s;
        QTest::newRow("inject: spot x 1.2")
            << QStringList{u"inject"_s, u"--site"_s, u"thigh-left-upper"_s, u"--dose-mg"_s,
                           u"100"_s,    u"--spot"_s, u"1.2,0.5"_s}
            << u"invalid-spot"_s;
        QTest::newRow("inject: spot y -0.1")
            << QStringList{u"inject"_s, u"--site"_s, u"thigh-left-upper"_s, u"--dose-mg"_s,
                           u"100"_s,    u"--spot"_s, u"0.5,-0.1"_s}
            << u"invalid-spot"_s;
        QTest::newRow("inject: spot without y")
            << QStringList{u"inject"_s,    u"--site"_s, u"thigh-left-upper"_s,
                           u"--dose-mg"_s, u"100"_s,    u"--spot"_s,
                           u"0.5"_s}
            << u"invalid-spot"_s;
        QTest::newRow("inject: unknown zone")
            << QStringList{u"inject"_s, u"--site"_s, u"elbow"_s, u"--dose-mg"_s, u"100"_s}
            << u"unknown-site"_s;
        QTest::newRow("site rest-days: 0")
            << QStringList{u"site"_s, u"rest-days"_s, u"--set"_s, u"0"_s} << u"invalid-setting"_s;
        QTest::newRow("site rest-days: 61")
            << QStringList{u"site"_s, u"rest-days"_s, u"--set"_s, u"61"_s} << u"invalid-setting"_s;
    }

    void rejectedInputWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(
            inject(u"2026-01-05T08:00"_s, u"abdomen-upper-left"_s, {u"--spot"_s, u"0.5,0.5"_s}));
        QCOMPARE(addReaction(u"2026-01-06T10:00"_s, u"arm-left"_s, u"redness"_s,
                             {u"--at"_s, u"2026-01-06T09:00"_s}),
                 1);
        QCOMPARE(addReaction(u"2026-01-06T10:00"_s, u"arm-right"_s, u"pain"_s), 2);
        QVERIFY(m_db.ok(u"2026-01-08T09:00"_s, {u"reaction"_s, u"resolve"_s, u"2"_s}));
        const QString now = u"2026-01-10T12:00"_s;
        QCOMPARE(next(now), u"abdomen-upper-right"_s);
        const QString before = m_db.dataDump();

        const CliRun run = m_db.run(now, arguments);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject error = run.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QVERIFY(run.json().value(u"warnings"_s).isArray());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("shotbook-cli: "));

        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(m_db.injectionCount(), 1);
        QCOMPARE(next(now), u"abdomen-upper-right"_s);
    }

    void usageErrorsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");

        QTest::newRow("reaction add without --kind")
            << QStringList{u"reaction"_s, u"add"_s, u"--site"_s, u"arm-left"_s};
        QTest::newRow("reaction add without --site")
            << QStringList{u"reaction"_s, u"add"_s, u"--kind"_s, u"redness"_s};
        QTest::newRow("reaction add, --severity without a value")
            << QStringList{u"reaction"_s, u"add"_s,     u"--site"_s,    u"arm-left"_s,
                           u"--kind"_s,   u"redness"_s, u"--severity"_s};
        QTest::newRow("site disable without a zone") << QStringList{u"site"_s, u"disable"_s};
        QTest::newRow("site enable without a zone") << QStringList{u"site"_s, u"enable"_s};
        QTest::newRow("reaction resolve without an id") << QStringList{u"reaction"_s, u"resolve"_s};
        QTest::newRow("reaction resolve with two ids")
            << QStringList{u"reaction"_s, u"resolve"_s, u"1"_s, u"2"_s};
        QTest::newRow("site next with an unknown option")
            << QStringList{u"site"_s, u"next"_s, u"--zone"_s, u"arm-left"_s};
    }

    void usageErrorsWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(m_db.addPatient(Setup));
        QVERIFY(inject(u"2026-01-05T08:00"_s, u"abdomen-upper-left"_s));
        QCOMPARE(addReaction(u"2026-01-06T10:00"_s, u"arm-left"_s, u"redness"_s), 1);
        const QString now = u"2026-01-10T12:00"_s;
        const QString before = m_db.dataDump();

        const CliRun run = m_db.run(now, arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(CliDatabase::errorCode(run), u"usage"_s);
        QCOMPARE(run.err.count('\n'), 1);

        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(m_db.injectionCount(), 1);
        QCOMPARE(next(now), u"abdomen-upper-right"_s);
    }
};

QTEST_GUILESS_MAIN(TestSitesCli)
#include "tst_sites_cli.moc"
