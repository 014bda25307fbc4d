// The daily injection log through the real shotbook-cli binary: regimens,
// logging injections, double doses, the injection list, missed-dose advice and
// adherence. Every test has its own database and fixes the time with --now;
// run-isolated.sh sets TZ=Europe/Berlin. Expected values are worked out by
// hand from DESIGN.md ("Schedule and adherence") and spec/cli.md.

#include "CliFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

class TestDailyLogCli final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

    // Logs an injection given at `at`, entered at that moment.
    bool injectAt(const QString &at, const QString &site = u"abdomen-upper-left"_s,
                  QJsonObject *json = nullptr) const
    {
        return m_db.ok(at, {u"inject"_s, u"--site"_s, site, u"--at"_s, at}, json);
    }

    static QStringList texts(const QJsonArray &array)
    {
        QStringList list;
        for (const QJsonValue &value : array)
            list << value.toString();
        return list;
    }

    // Sets up: patient, 100 mg once daily at 08:00 from 2026-11-18, one
    // injection on 2026-11-19 at 08:00.
    bool standardSetup() const
    {
        return m_db.addPatient(u"2026-11-17T12:00"_s) &&
               m_db.ok(u"2026-11-17T12:00"_s, {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s,
                                               u"--start"_s, u"2026-11-18"_s}) &&
               injectAt(u"2026-11-19T08:00"_s);
    }

private Q_SLOTS:
    void init() { m_db.reset(QLatin1String(QTest::currentTestFunction())); }

    // ---- regimen set ------------------------------------------------------

    void regimenSetReportsIdAndTimes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("times");
        QTest::addColumn<double>("perDoseMg");
        QTest::addColumn<QString>("firstDue");
        // Regimens start today, 2026-11-20; at 05:00 nothing is due yet, so
        // `next` waits for the first time of today.
        QTest::newRow("once daily, default time")
            << QStringList{u"--dose-mg"_s, u"100"_s} << QStringList{u"08:00"_s} << 100.0
            << u"2026-11-20T08:00:00+01:00"_s;
        QTest::newRow("twice daily, default times")
            << QStringList{u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"2"_s}
            << QStringList{u"08:00"_s, u"20:00"_s} << 50.0 << u"2026-11-20T08:00:00+01:00"_s;
        QTest::newRow("once daily at 07:30")
            << QStringList{u"--dose-mg"_s, u"100"_s, u"--times"_s, u"07:30"_s}
            << QStringList{u"07:30"_s} << 100.0 << u"2026-11-20T07:30:00+01:00"_s;
        QTest::newRow("twice daily at 06:45 and 18:15")
            << QStringList{u"--dose-mg"_s, u"160"_s,     u"--per-day"_s,
                           u"2"_s,         u"--times"_s, u"06:45,18:15"_s}
            << QStringList{u"06:45"_s, u"18:15"_s} << 80.0 << u"2026-11-20T06:45:00+01:00"_s;
        QTest::newRow("every other day at 09:00")
            << QStringList{u"--dose-mg"_s, u"100"_s,     u"--every-days"_s,
                           u"2"_s,         u"--times"_s, u"09:00"_s}
            << QStringList{u"09:00"_s} << 100.0 << u"2026-11-20T09:00:00+01:00"_s;
    }

    void regimenSetReportsIdAndTimes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, times);
        QFETCH(double, perDoseMg);
        QFETCH(QString, firstDue);
        const QString now = u"2026-11-20T05:00"_s;
        QVERIFY(m_db.addPatient(now));

        QJsonObject json;
        QVERIFY(m_db.ok(now, QStringList{u"regimen"_s, u"set"_s} + arguments, &json));
        QVERIFY(json.value(u"id"_s).isDouble());
        QCOMPARE(json.value(u"id"_s).toInt(), 1);
        QCOMPARE(texts(json.value(u"times"_s).toArray()), times);
        QCOMPARE(json.value(u"start"_s).toString(), u"2026-11-20"_s); // default: today
        QVERIFY(json.value(u"warnings"_s).isArray());

        QJsonObject dose;
        QVERIFY(m_db.ok(now, {u"dose"_s, u"show"_s}, &dose));
        QCOMPARE(dose.value(u"per_dose_mg"_s).toDouble(), perDoseMg);
        QCOMPARE(dose.value(u"doses_per_day"_s).toInt(), static_cast<int>(times.size()));

        QJsonObject next;
        QVERIFY(m_db.ok(now, {u"next"_s}, &next));
        QCOMPARE(next.value(u"advice"_s).toString(), u"wait"_s);
        QCOMPARE(next.value(u"due_at"_s).toString(), firstDue);

        // A second regimen gets the next id.
        QJsonObject second;
        QVERIFY(m_db.ok(now, {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s}, &second));
        QCOMPARE(second.value(u"id"_s).toInt(), 2);
    }

    void newRegimenReplacesOldFromItsStart()
    {
        QVERIFY(m_db.addPatient(u"2026-11-05T07:00"_s));
        QJsonObject first;
        QVERIFY(m_db.ok(
            u"2026-11-05T07:00"_s,
            {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s, u"--start"_s, u"2026-11-01"_s},
            &first));
        QCOMPARE(first.value(u"id"_s).toInt(), 1);
        QCOMPARE(texts(first.value(u"times"_s).toArray()), QStringList{u"08:00"_s});
        QJsonObject second;
        QVERIFY(m_db.ok(u"2026-11-05T07:00"_s,
                        {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"2"_s,
                         u"--start"_s, u"2026-11-10"_s},
                        &second));
        QCOMPARE(second.value(u"id"_s).toInt(), 2);
        QCOMPARE(second.value(u"start"_s).toString(), u"2026-11-10"_s);
        QCOMPARE(texts(second.value(u"times"_s).toArray()), (QStringList{u"08:00"_s, u"20:00"_s}));

        // Before 11-10 the first regimen holds: 100 mg once a day.
        QJsonObject injected;
        QVERIFY(injectAt(u"2026-11-08T08:00"_s, u"arm-left"_s, &injected));
        QCOMPARE(injected.value(u"dose_mg"_s).toDouble(), 100.0);
        QVERIFY(injectAt(u"2026-11-09T08:00"_s, u"arm-right"_s, &injected));
        QCOMPARE(injected.value(u"dose_mg"_s).toDouble(), 100.0);
        QCOMPARE(injected.value(u"slot"_s).toString(), u"2026-11-09T08:00:00+01:00"_s);

        QJsonObject next;
        QVERIFY(m_db.ok(u"2026-11-09T09:00"_s, {u"next"_s}, &next));
        QCOMPARE(next.value(u"advice"_s).toString(), u"wait"_s);
        QCOMPARE(next.value(u"due_at"_s).toString(), u"2026-11-10T08:00:00+01:00"_s);
        QCOMPARE(next.value(u"dose_mg"_s).toDouble(), 50.0); // 100 mg a day in two doses

        // From 11-10 the second one: 50 mg at 08:00 and 20:00.
        QVERIFY(injectAt(u"2026-11-10T08:00"_s, u"thigh-left-upper"_s, &injected));
        QCOMPARE(injected.value(u"dose_mg"_s).toDouble(), 50.0);
        QCOMPARE(injected.value(u"slot"_s).toString(), u"2026-11-10T08:00:00+01:00"_s);
        QVERIFY(m_db.ok(u"2026-11-10T09:00"_s, {u"next"_s}, &next));
        QCOMPARE(next.value(u"advice"_s).toString(), u"wait"_s);
        QCOMPARE(next.value(u"due_at"_s).toString(), u"2026-11-10T20:00:00+01:00"_s);

        // Due 11-08 08:00, 11-09 08:00 (first regimen), 11-10 08:00 and 20:00
        // (second); at 03:00 on 11-11 the 20:00 window (±6 h) has closed.
        QJsonObject adherence;
        QVERIFY(m_db.ok(u"2026-11-11T03:00"_s,
                        {u"adherence"_s, u"--from"_s, u"2026-11-08"_s, u"--to"_s, u"2026-11-10"_s},
                        &adherence));
        QCOMPARE(adherence.value(u"expected"_s).toInt(), 4);
        QCOMPARE(adherence.value(u"taken"_s).toInt(), 3);
        QCOMPARE(adherence.value(u"missed"_s).toInt(), 1);
        QCOMPARE(adherence.value(u"extra"_s).toInt(), 0);
        QCOMPARE(adherence.value(u"percent"_s).toDouble(), 75.0);
        QCOMPARE(adherence.value(u"streak_days"_s).toInt(), 0);

        // A third regimen without --start starts today (11-12), once at 18:00.
        QJsonObject third;
        QVERIFY(m_db.ok(
            u"2026-11-12T10:00"_s,
            {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s, u"--times"_s, u"18:00"_s}, &third));
        QCOMPARE(third.value(u"id"_s).toInt(), 3);
        QCOMPARE(third.value(u"start"_s).toString(), u"2026-11-12"_s);
        // No 08:00 dose on 11-12 any more; 11-11 20:00 is 14 h old, more than
        // one 12 h interval: gone, not taken late.
        QVERIFY(m_db.ok(u"2026-11-12T10:00"_s, {u"next"_s}, &next));
        QCOMPARE(next.value(u"advice"_s).toString(), u"wait"_s);
        QCOMPARE(next.value(u"due_at"_s).toString(), u"2026-11-12T18:00:00+01:00"_s);
        QCOMPARE(next.value(u"dose_mg"_s).toDouble(), 100.0);
        // 11-11 08:00 and 20:00 missed; 11-12 18:00 not due yet.
        QVERIFY(m_db.ok(u"2026-11-12T10:00"_s,
                        {u"adherence"_s, u"--from"_s, u"2026-11-11"_s, u"--to"_s, u"2026-11-12"_s},
                        &adherence));
        QCOMPARE(adherence.value(u"expected"_s).toInt(), 2);
        QCOMPARE(adherence.value(u"taken"_s).toInt(), 0);
        QCOMPARE(adherence.value(u"missed"_s).toInt(), 2);
        QCOMPARE(adherence.value(u"percent"_s).toDouble(), 0.0);
    }

    // ---- bad input --------------------------------------------------------

    void rejectedInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("mentions");
        const QString inject = u"inject"_s;
        const QString site = u"--site"_s;
        const QString arm = u"arm-left"_s;
        const QStringList regimen{u"regimen"_s, u"set"_s};
        // now is 2026-11-20T07:00 (see the test).
        QTest::newRow("unknown zone") << QStringList{inject, site, u"nose"_s} << u"unknown-site"_s
                                      << QStringList{u"\"nose\""_s, u"abdomen-upper-left"_s,
                                                     u"arm-left"_s, u"buttock-right"_s};
        QTest::newRow("dose 0") << QStringList{inject, site, arm, u"--dose-mg"_s, u"0"_s}
                                << u"invalid-dose"_s
                                << QStringList{u"0 mg"_s, u"more than 0"_s, u"1000 mg"_s};
        QTest::newRow("dose negative")
            << QStringList{inject, site, arm, u"--dose-mg"_s, u"-20"_s} << u"invalid-dose"_s
            << QStringList{u"-20 mg"_s, u"more than 0"_s, u"1000 mg"_s};
        QTest::newRow("dose 1000.1")
            << QStringList{inject, site, arm, u"--dose-mg"_s, u"1000.1"_s} << u"invalid-dose"_s
            << QStringList{u"1000.1 mg"_s, u"more than 0"_s, u"1000 mg"_s};
        QTest::newRow("dose not a number")
            << QStringList{inject, site, arm, u"--dose-mg"_s, u"1,5"_s} << u"invalid-number"_s
            << QStringList{u"--dose-mg"_s, u"\"1,5\""_s, u"decimal mark"_s};
        QTest::newRow("24 h and 1 s ahead")
            << QStringList{inject, site, arm, u"--at"_s, u"2026-11-21T07:00:01"_s}
            << u"invalid-time"_s << QStringList{u"24 hours"_s, u"future"_s};
        QTest::newRow("two days ahead")
            << QStringList{inject, site, arm, u"--at"_s, u"2026-11-22T07:00"_s} << u"invalid-time"_s
            << QStringList{u"24 hours"_s};
        QTest::newRow("--at Feb 30")
            << QStringList{inject, site, arm, u"--at"_s, u"2026-02-30T08:00"_s} << u"invalid-time"_s
            << QStringList{u"--at"_s, u"2026-02-30"_s, u"YYYY-MM-DDTHH:MM"_s};
        QTest::newRow("--at tomorrow")
            << QStringList{inject, site, arm, u"--at"_s, u"tomorrow"_s} << u"invalid-time"_s
            << QStringList{u"--at"_s, u"\"tomorrow\""_s, u"YYYY-MM-DDTHH:MM"_s};
        QTest::newRow("--at date only")
            << QStringList{inject, site, arm, u"--at"_s, u"2026-11-20"_s} << u"invalid-time"_s
            << QStringList{u"--at"_s, u"YYYY-MM-DDTHH:MM"_s};
        QTest::newRow("--at in the spring-forward gap")
            << QStringList{inject, site, arm, u"--at"_s, u"2026-03-29T02:30"_s} << u"invalid-time"_s
            << QStringList{u"--at"_s, u"2026-03-29T02:30"_s};
        QTest::newRow("--date Feb 30")
            << QStringList{u"dose"_s, u"show"_s, u"--date"_s, u"2026-02-30"_s} << u"invalid-date"_s
            << QStringList{u"--date"_s, u"2026-02-30"_s, u"YYYY-MM-DD"_s};
        QTest::newRow("--date tomorrow")
            << QStringList{u"dose"_s, u"show"_s, u"--date"_s, u"tomorrow"_s} << u"invalid-date"_s
            << QStringList{u"--date"_s, u"tomorrow"_s, u"YYYY-MM-DD"_s};
        QTest::newRow("--from Feb 30")
            << QStringList{u"injections"_s, u"--from"_s, u"2026-02-30"_s} << u"invalid-date"_s
            << QStringList{u"--from"_s, u"YYYY-MM-DD"_s};
        QTest::newRow("--start Feb 30")
            << regimen + QStringList{u"--dose-mg"_s, u"100"_s, u"--start"_s, u"2026-02-30"_s}
            << u"invalid-date"_s << QStringList{u"--start"_s, u"2026-02-30"_s, u"YYYY-MM-DD"_s};
        QTest::newRow("--start tomorrow")
            << regimen + QStringList{u"--dose-mg"_s, u"100"_s, u"--start"_s, u"tomorrow"_s}
            << u"invalid-date"_s << QStringList{u"--start"_s, u"tomorrow"_s, u"YYYY-MM-DD"_s};
        QTest::newRow("one time for two doses")
            << regimen + QStringList{u"--dose-mg"_s, u"100"_s,     u"--per-day"_s,
                                     u"2"_s,         u"--times"_s, u"08:00"_s}
            << u"invalid-regimen"_s
            << QStringList{u"times of day given: 1"_s, u"doses per day is 2"_s,
                           u"one time of day per dose"_s};
        QTest::newRow("two times for one dose")
            << regimen + QStringList{u"--dose-mg"_s, u"100"_s, u"--times"_s, u"08:00,20:00"_s}
            << u"invalid-regimen"_s
            << QStringList{u"times of day given: 2"_s, u"doses per day is 1"_s,
                           u"one time of day per dose"_s};
        QTest::newRow("time of day 25:00")
            << regimen + QStringList{u"--dose-mg"_s, u"100"_s, u"--times"_s, u"25:00"_s}
            << u"invalid-time"_s << QStringList{u"--times"_s, u"25:00"_s, u"HH:MM"_s};
        QTest::newRow("--per-day 3")
            << regimen + QStringList{u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"3"_s}
            << u"invalid-regimen"_s << QStringList{u"per day"_s, u"3"_s, u"1 or 2"_s};
        QTest::newRow("--every-days 3")
            << regimen + QStringList{u"--dose-mg"_s, u"100"_s, u"--every-days"_s, u"3"_s}
            << u"invalid-regimen"_s
            << QStringList{u"every 3 days"_s, u"every day (1)"_s, u"every other day (2)"_s};
        QTest::newRow("--dose-mg 0")
            << regimen + QStringList{u"--dose-mg"_s, u"0"_s} << u"invalid-regimen"_s
            << QStringList{u"0 mg per day"_s, u"more than 0"_s, u"1000 mg"_s};
        QTest::newRow("--from after --to")
            << QStringList{u"adherence"_s, u"--from"_s, u"2026-11-20"_s, u"--to"_s, u"2026-11-19"_s}
            << u"invalid-range"_s << QStringList{u"--from 2026-11-20"_s, u"--to 2026-11-19"_s};
    }

    void rejectedInputWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QStringList, mentions);
        QVERIFY(standardSetup());
        QCOMPARE(m_db.injectionCount(), 1);
        const QString before = m_db.dataDump();

        const CliRun run = m_db.run(u"2026-11-20T07:00"_s, arguments);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject error = run.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        const QString message = error.value(u"message"_s).toString();
        for (const QString &mention : mentions)
            QVERIFY2(message.contains(mention),
                     qPrintable(QString(message + u" lacks "_s + mention)));
        QVERIFY(run.json().value(u"warnings"_s).isArray());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("shotbook-cli: "));

        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(m_db.injectionCount(), 1);
        // The regimen is still the one set up: 100 mg at 08:00.
        QJsonObject next;
        QVERIFY(m_db.ok(u"2026-11-20T07:00"_s, {u"next"_s}, &next));
        QCOMPARE(next.value(u"due_at"_s).toString(), u"2026-11-20T08:00:00+01:00"_s);
        QCOMPARE(next.value(u"dose_mg"_s).toDouble(), 100.0);
    }

    void usageErrorsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("regimen without a dose")
            << QStringList{u"regimen"_s, u"set"_s, u"--per-day"_s, u"2"_s}
            << QStringList{u"--dose-mg"_s, u"--mg-per-kg"_s};
        QTest::newRow("regimen with both doses")
            << QStringList{u"regimen"_s, u"set"_s,         u"--dose-mg"_s,
                           u"100"_s,     u"--mg-per-kg"_s, u"2"_s}
            << QStringList{u"--dose-mg"_s, u"--mg-per-kg"_s};
        QTest::newRow("inject without --site")
            << QStringList{u"inject"_s, u"--dose-mg"_s, u"100"_s} << QStringList{u"--site"_s};
        QTest::newRow("inject --site without a zone")
            << QStringList{u"inject"_s, u"--site"_s, u"--force"_s} << QStringList{u"--site"_s};
    }

    void usageErrorsWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mentions);
        QVERIFY(standardSetup());
        const QString before = m_db.dataDump();

        const CliRun run = m_db.run(u"2026-11-20T07:00"_s, arguments);
        QCOMPARE(run.exitCode, 2);
        const QJsonObject error = run.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"usage"_s);
        const QString message = error.value(u"message"_s).toString();
        for (const QString &mention : mentions)
            QVERIFY2(message.contains(mention),
                     qPrintable(QString(message + u" lacks "_s + mention)));
        QCOMPARE(run.err.count('\n'), 1);

        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(m_db.injectionCount(), 1);
    }

    void boundaryValuesAccepted()
    {
        // No regimen: no slots, so only the value checks apply.
        const QString now = u"2026-11-20T07:00"_s;
        QVERIFY(m_db.addPatient(now));
        QJsonObject json;
        QVERIFY(m_db.ok(now, {u"inject"_s, u"--site"_s, u"arm-left"_s, u"--dose-mg"_s, u"1000"_s},
                        &json));
        QCOMPARE(json.value(u"dose_mg"_s).toDouble(), 1000.0);
        QCOMPARE(json.value(u"slot"_s).type(), QJsonValue::Null);
        // 23 h 59 min 59 s ahead, and exactly 24 h ahead: not more than 24 h.
        QVERIFY(m_db.ok(now,
                        {u"inject"_s, u"--site"_s, u"arm-right"_s, u"--dose-mg"_s, u"0.5"_s,
                         u"--at"_s, u"2026-11-21T06:59:59"_s},
                        &json));
        QCOMPARE(json.value(u"dose_mg"_s).toDouble(), 0.5);
        QCOMPARE(json.value(u"at"_s).toString(), u"2026-11-21T06:59:59+01:00"_s);
        QVERIFY(m_db.ok(now, {u"inject"_s, u"--site"_s, u"thigh-left-upper"_s, u"--dose-mg"_s,
                              u"100"_s, u"--at"_s, u"2026-11-21T07:00"_s}));
        // The same instant written in UTC, one second later: refused.
        const CliRun late =
            m_db.run(now, {u"inject"_s, u"--site"_s, u"thigh-left-lower"_s, u"--dose-mg"_s,
                           u"100"_s, u"--at"_s, u"2026-11-21T06:00:01Z"_s});
        QCOMPARE(late.exitCode, 3);
        QCOMPARE(m_db.injectionCount(), 3);
    }

    // ---- inject -----------------------------------------------------------

    void injectReportsFieldsAndSlot()
    {
        QVERIFY(m_db.addPatient(u"2026-11-17T12:00"_s));
        QVERIFY(m_db.ok(u"2026-11-17T12:00"_s, {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s,
                                                u"--start"_s, u"2026-11-18"_s}));

        const CliRun run =
            m_db.run(u"2026-11-20T08:10"_s, {u"inject"_s, u"--site"_s, u"abdomen-upper-left"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.endsWith("}\n"));
        QCOMPARE(run.out.count('\n'), 1);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"id"_s).toInt(), 1);
        QCOMPARE(json.value(u"site"_s).toString(), u"abdomen-upper-left"_s);
        QVERIFY(json.value(u"dose_mg"_s).isDouble());
        QCOMPARE(json.value(u"dose_mg"_s).toDouble(), 100.0); // the regimen's dose
        QVERIFY(json.contains(u"lot"_s));
        QCOMPARE(json.value(u"lot"_s).type(), QJsonValue::Null);
        QCOMPARE(json.value(u"slot"_s).toString(), u"2026-11-20T08:00:00+01:00"_s);
        QVERIFY(!CliDatabase::warningCodes(json).contains(u"double-dose"_s));

        // Backdated: 07:45 the day before fills that day's 08:00.
        QJsonObject earlier;
        QVERIFY(m_db.ok(u"2026-11-20T08:12"_s,
                        {u"inject"_s, u"--site"_s, u"arm-left"_s, u"--at"_s, u"2026-11-19T07:45"_s,
                         u"--dose-mg"_s, u"80"_s},
                        &earlier));
        QCOMPARE(earlier.value(u"id"_s).toInt(), 2);
        QCOMPARE(earlier.value(u"dose_mg"_s).toDouble(), 80.0);
        QCOMPARE(earlier.value(u"at"_s).toString(), u"2026-11-19T07:45:00+01:00"_s);
        QCOMPARE(earlier.value(u"slot"_s).toString(), u"2026-11-19T08:00:00+01:00"_s);
        // 19:59 on 11-18: 11 h 59 min after that day's 08:00 (within 12 h),
        // and 11-19 08:00 is filled: it is 11-18's dose, taken late. It is
        // also 11 h 46 min before the next one (11-19 07:45): too soon, so
        // refused unless confirmed.
        const CliRun tooSoon =
            m_db.run(u"2026-11-20T08:14"_s,
                     {u"inject"_s, u"--site"_s, u"arm-right"_s, u"--at"_s, u"2026-11-18T19:59"_s});
        QCOMPARE(tooSoon.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(tooSoon), u"too-soon"_s);
        QVERIFY(m_db.ok(u"2026-11-20T08:14"_s,
                        {u"inject"_s, u"--site"_s, u"arm-right"_s, u"--at"_s, u"2026-11-18T19:59"_s,
                         u"--force"_s},
                        &earlier));
        QVERIFY(CliDatabase::warningCodes(earlier).contains(u"too-soon"_s));
        QCOMPARE(earlier.value(u"slot"_s).toString(), u"2026-11-18T08:00:00+01:00"_s);
        // Given with an offset: 06:30Z on 11-21 is 07:30 in Berlin, 11-21's dose.
        QVERIFY(m_db.ok(
            u"2026-11-21T07:40"_s,
            {u"inject"_s, u"--site"_s, u"thigh-right-upper"_s, u"--at"_s, u"2026-11-21T06:30Z"_s},
            &earlier));
        QCOMPARE(earlier.value(u"at"_s).toString(), u"2026-11-21T07:30:00+01:00"_s);
        QCOMPARE(earlier.value(u"slot"_s).toString(), u"2026-11-21T08:00:00+01:00"_s);
        // Before the regimen started no dose was due (and none is the default): no slot.
        QVERIFY(m_db.ok(u"2026-11-21T07:41"_s,
                        {u"inject"_s, u"--site"_s, u"thigh-right-lower"_s, u"--at"_s,
                         u"2026-11-16T08:00"_s, u"--dose-mg"_s, u"100"_s},
                        &earlier));
        QCOMPARE(earlier.value(u"slot"_s).type(), QJsonValue::Null);
        QCOMPARE(earlier.value(u"dose_mg"_s).toDouble(), 100.0);
        QCOMPARE(m_db.injectionCount(), 5);
    }

    void injectFillsNearestSlotTwiceDaily()
    {
        QVERIFY(m_db.addPatient(u"2026-11-17T12:00"_s));
        QVERIFY(m_db.ok(u"2026-11-17T12:00"_s,
                        {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"2"_s,
                         u"--start"_s, u"2026-11-18"_s}));
        // Slots at 08:00 and 20:00, 12 h apart: each takes injections within 6 h.
        const QString now = u"2026-11-20T21:00"_s;
        const auto slotFor = [&](const QString &at, const QString &site) -> QString {
            // --force: the slot each fills is the point here; doses closer than
            // 6 h are refused as too soon, tested in tooSoonRefusedUnlessForced.
            QJsonObject json;
            if (!m_db.ok(now, {u"inject"_s, u"--site"_s, site, u"--at"_s, at, u"--force"_s}, &json))
                return u"(failed)"_s;
            if (json.value(u"dose_mg"_s).toDouble() != 50.0)
                return u"(dose %1)"_s.arg(json.value(u"dose_mg"_s).toDouble());
            return json.value(u"slot"_s).toString(u"(null)"_s);
        };
        // 14:00 is 6 h from both: the earlier one.
        QCOMPARE(slotFor(u"2026-11-20T14:00"_s, u"arm-left"_s), u"2026-11-20T08:00:00+01:00"_s);
        QCOMPARE(slotFor(u"2026-11-20T14:01"_s, u"arm-right"_s), u"2026-11-20T20:00:00+01:00"_s);
        QCOMPARE(slotFor(u"2026-11-19T13:59"_s, u"thigh-left-upper"_s),
                 u"2026-11-19T08:00:00+01:00"_s);
        QCOMPARE(slotFor(u"2026-11-19T19:00"_s, u"thigh-left-lower"_s),
                 u"2026-11-19T20:00:00+01:00"_s);
        // 02:30 on 11-19 is 6 h 30 min after 11-18 20:00 (out of reach) and
        // 5 h 30 min before 11-19 08:00, which is filled: a second dose for it.
        const CliRun refused = m_db.run(
            now, {u"inject"_s, u"--site"_s, u"arm-left"_s, u"--at"_s, u"2026-11-19T02:30"_s});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(refused), u"double-dose"_s);
        QCOMPARE(m_db.injectionCount(), 4);
    }

    void doubleDoseRefusedUnlessForced()
    {
        QVERIFY(m_db.addPatient(u"2026-11-17T12:00"_s));
        QVERIFY(m_db.ok(u"2026-11-17T12:00"_s, {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s,
                                                u"--start"_s, u"2026-11-18"_s}));
        QJsonObject first;
        QVERIFY(injectAt(u"2026-11-20T08:05"_s, u"abdomen-lower-left"_s, &first));
        QCOMPARE(first.value(u"slot"_s).toString(), u"2026-11-20T08:00:00+01:00"_s);
        const QString before = m_db.dataDump();

        // An hour later, and 11 h 30 min after the slot (the next is 12 h 30 min away).
        for (const QString &at : {u"2026-11-20T09:05"_s, u"2026-11-20T19:30"_s}) {
            const CliRun run =
                m_db.run(at, {u"inject"_s, u"--site"_s, u"abdomen-lower-right"_s, u"--at"_s, at});
            QCOMPARE(run.exitCode, 3);
            const QJsonObject error = run.json().value(u"error"_s).toObject();
            QCOMPARE(error.value(u"code"_s).toString(), u"double-dose"_s);
            QVERIFY2(error.value(u"message"_s).toString().contains(u"--force"_s),
                     qPrintable(error.value(u"message"_s).toString()));
            QCOMPARE(run.err.count('\n'), 1);
            QCOMPARE(m_db.dataDump(), before);
            QCOMPARE(m_db.injectionCount(), 1);
        }
        // Without --json: one line on stderr, nothing on stdout, nothing written.
        const CliRun text =
            m_db.text(u"2026-11-20T09:05"_s, {u"inject"_s, u"--site"_s, u"abdomen-lower-right"_s});
        QCOMPARE(text.exitCode, 3);
        QVERIFY(text.out.isEmpty());
        QCOMPARE(text.err.count('\n'), 1);
        QVERIFY(text.err.contains("--force"));
        QCOMPARE(m_db.dataDump(), before);

        const CliRun forced =
            m_db.run(u"2026-11-20T09:05"_s,
                     {u"inject"_s, u"--site"_s, u"abdomen-lower-right"_s, u"--force"_s});
        QCOMPARE(forced.exitCode, 0);
        const QJsonObject json = forced.json();
        QCOMPARE(json.value(u"id"_s).toInt(), 2);
        QVERIFY(json.contains(u"slot"_s));
        QCOMPARE(json.value(u"slot"_s).type(), QJsonValue::Null);
        QCOMPARE(CliDatabase::warningCodes(json).count(u"double-dose"_s), 1);
        for (const QJsonValue &warning : json.value(u"warnings"_s).toArray()) {
            if (warning.toObject().value(u"code"_s).toString() == u"double-dose"_s)
                QVERIFY(!warning.toObject().value(u"message"_s).toString().isEmpty());
        }
        QCOMPARE(m_db.injectionCount(), 2);

        // The forced dose is an extra one; it took no slot, so tomorrow's is free.
        QJsonObject adherence;
        QVERIFY(m_db.ok(u"2026-11-20T21:00"_s,
                        {u"adherence"_s, u"--from"_s, u"2026-11-20"_s, u"--to"_s, u"2026-11-20"_s},
                        &adherence));
        QCOMPARE(adherence.value(u"expected"_s).toInt(), 1);
        QCOMPARE(adherence.value(u"taken"_s).toInt(), 1);
        QCOMPARE(adherence.value(u"extra"_s).toInt(), 1);
        QCOMPARE(adherence.value(u"percent"_s).toDouble(), 100.0);
        QJsonObject tomorrow;
        QVERIFY(injectAt(u"2026-11-21T08:00"_s, u"thigh-left-upper"_s, &tomorrow));
        QCOMPARE(tomorrow.value(u"slot"_s).toString(), u"2026-11-21T08:00:00+01:00"_s);
        QVERIFY(!CliDatabase::warningCodes(tomorrow).contains(u"double-dose"_s));
    }

    // ---- injections -------------------------------------------------------

    void injectionsListOldestFirstInRange()
    {
        // No regimen, so no slots to double: only the listing is tested.
        const QString now = u"2026-11-22T12:00"_s;
        QVERIFY(m_db.addPatient(now));
        struct Given
        {
            QString at;
            QString site;
            QString dose;
        };
        // Logged out of time order; ids 1 to 6.
        const QList<Given> given = {
            {u"2026-11-21T08:00"_s, u"thigh-left-upper"_s, u"100"_s},
            {u"2026-11-18T08:00"_s, u"abdomen-upper-left"_s, u"90"_s},
            {u"2026-11-20T00:30"_s, u"arm-left"_s, u"60"_s},              // 11-19 23:30 UTC
            {u"2026-11-19T23:30"_s, u"arm-right"_s, u"40"_s},             // 11-19 22:30 UTC
            {u"2026-11-19T12:00Z"_s, u"buttock-left"_s, u"30"_s},         // 13:00 in Berlin
            {u"2026-11-19T20:00+05:30"_s, u"buttock-right"_s, u"20.5"_s}, // 15:30 in Berlin
        };
        for (const Given &injection : given)
            QVERIFY(m_db.ok(now, {u"inject"_s, u"--site"_s, injection.site, u"--at"_s, injection.at,
                                  u"--dose-mg"_s, injection.dose}));

        const auto list = [&](const QStringList &range) {
            const CliRun run = m_db.run(now, QStringList{u"injections"_s} + range);
            if (run.exitCode != 0)
                qWarning("injections: exit %d: %s", run.exitCode, run.err.constData());
            return run.json().value(u"injections"_s).toArray();
        };
        const auto ids = [](const QJsonArray &array) {
            QList<qint64> result;
            for (const QJsonValue &value : array)
                result << value.toObject().value(u"id"_s).toInteger();
            return result;
        };

        const QJsonArray all = list({});
        QCOMPARE(ids(all), (QList<qint64>{2, 5, 6, 4, 3, 1}));
        const QJsonObject fifth = all.at(1).toObject();
        QCOMPARE(fifth.value(u"at"_s).toString(), u"2026-11-19T13:00:00+01:00"_s);
        QCOMPARE(fifth.value(u"site"_s).toString(), u"buttock-left"_s);
        QCOMPARE(fifth.value(u"dose_mg"_s).toDouble(), 30.0);
        QVERIFY(fifth.contains(u"lot"_s));
        QCOMPARE(fifth.value(u"lot"_s).type(), QJsonValue::Null);
        const QJsonObject sixth = all.at(2).toObject();
        QCOMPARE(sixth.value(u"at"_s).toString(), u"2026-11-19T15:30:00+01:00"_s);
        QCOMPARE(sixth.value(u"dose_mg"_s).toDouble(), 20.5);
        QCOMPARE(all.at(3).toObject().value(u"at"_s).toString(), u"2026-11-19T23:30:00+01:00"_s);
        QCOMPARE(all.at(4).toObject().value(u"at"_s).toString(), u"2026-11-20T00:30:00+01:00"_s);
        QCOMPARE(all.at(4).toObject().value(u"site"_s).toString(), u"arm-left"_s);

        // Days are local days: 00:30 on 11-20 (still 11-19 in UTC) is on 11-20.
        QCOMPARE(ids(list({u"--from"_s, u"2026-11-19"_s, u"--to"_s, u"2026-11-20"_s})),
                 (QList<qint64>{5, 6, 4, 3}));
        QCOMPARE(ids(list({u"--from"_s, u"2026-11-19"_s, u"--to"_s, u"2026-11-19"_s})),
                 (QList<qint64>{5, 6, 4}));
        QCOMPARE(ids(list({u"--from"_s, u"2026-11-20"_s, u"--to"_s, u"2026-11-20"_s})),
                 (QList<qint64>{3}));
        QCOMPARE(ids(list({u"--from"_s, u"2026-11-21"_s})), (QList<qint64>{1}));
        QCOMPARE(ids(list({u"--to"_s, u"2026-11-18"_s})), (QList<qint64>{2}));
        QCOMPARE(ids(list({u"--from"_s, u"2026-11-22"_s})), QList<qint64>{});
    }

    // ---- next -------------------------------------------------------------

    void nextAdvice_data()
    {
        QTest::addColumn<QStringList>("regimen");
        QTest::addColumn<QStringList>("injected");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("advice");
        QTest::addColumn<QString>("dueAt");
        QTest::addColumn<QString>("missedAt"); // empty: null
        QTest::addColumn<double>("doseMg");

        // 100 mg once a day at 08:00 from 11-18: 24 h apart, half is 12 h.
        const QStringList once{u"--dose-mg"_s, u"100"_s};
        const QStringList onceTaken{u"2026-11-18T08:00"_s, u"2026-11-19T08:00"_s};
        QTest::newRow("once: before today's dose")
            << once << onceTaken << u"2026-11-20T07:00"_s << u"wait"_s
            << u"2026-11-20T08:00:00+01:00"_s << QString() << 100.0;
        QTest::newRow("once: today's taken")
            << once << (onceTaken + QStringList{u"2026-11-20T08:20"_s}) << u"2026-11-20T09:00"_s
            << u"wait"_s << u"2026-11-21T08:00:00+01:00"_s << QString() << 100.0;
        QTest::newRow("once: due now")
            << once << onceTaken << u"2026-11-20T08:00"_s << u"take-now"_s
            << u"2026-11-20T08:00:00+01:00"_s << QString() << 100.0;
        QTest::newRow("once: afternoon")
            << once << onceTaken << u"2026-11-20T15:00"_s << u"take-now"_s
            << u"2026-11-20T08:00:00+01:00"_s << QString() << 100.0;
        QTest::newRow("once: next exactly 12 h away")
            << once << onceTaken << u"2026-11-20T20:00"_s << u"take-now"_s
            << u"2026-11-20T08:00:00+01:00"_s << QString() << 100.0;
        QTest::newRow("once: a minute later")
            << once << onceTaken << u"2026-11-20T20:01"_s << u"skip"_s
            << u"2026-11-21T08:00:00+01:00"_s << u"2026-11-20T08:00:00+01:00"_s << 100.0;
        QTest::newRow("once: a minute before the next")
            << once << onceTaken << u"2026-11-21T07:59"_s << u"skip"_s
            << u"2026-11-21T08:00:00+01:00"_s << u"2026-11-20T08:00:00+01:00"_s << 100.0;
        QTest::newRow("once: the next is due")
            << once << onceTaken << u"2026-11-21T08:00"_s << u"take-now"_s
            << u"2026-11-21T08:00:00+01:00"_s << QString() << 100.0;

        // 100 mg a day as 50 mg at 08:00 and 20:00: 12 h apart, half is 6 h.
        const QStringList twice{u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"2"_s};
        const QStringList morning{u"2026-11-18T08:00"_s, u"2026-11-18T20:00"_s,
                                  u"2026-11-19T08:00"_s};
        QTest::newRow("twice: morning taken")
            << twice << morning << u"2026-11-19T10:00"_s << u"wait"_s
            << u"2026-11-19T20:00:00+01:00"_s << QString() << 50.0;
        QTest::newRow("twice: evening late")
            << twice << morning << u"2026-11-19T21:00"_s << u"take-now"_s
            << u"2026-11-19T20:00:00+01:00"_s << QString() << 50.0;
        QTest::newRow("twice: next exactly 6 h away")
            << twice << morning << u"2026-11-20T02:00"_s << u"take-now"_s
            << u"2026-11-19T20:00:00+01:00"_s << QString() << 50.0;
        QTest::newRow("twice: a minute later")
            << twice << morning << u"2026-11-20T02:01"_s << u"skip"_s
            << u"2026-11-20T08:00:00+01:00"_s << u"2026-11-19T20:00:00+01:00"_s << 50.0;
        QTest::newRow("twice: both taken")
            << twice << (morning + QStringList{u"2026-11-19T20:10"_s}) << u"2026-11-19T23:00"_s
            << u"wait"_s << u"2026-11-20T08:00:00+01:00"_s << QString() << 50.0;

        // Every other day at 08:00 from 11-18 (11-18, 11-20, 11-22): 48 h
        // apart, half is 24 h.
        const QStringList alternate{u"--dose-mg"_s, u"100"_s, u"--every-days"_s, u"2"_s};
        const QStringList first{u"2026-11-18T08:00"_s};
        QTest::newRow("alternate: day off")
            << alternate << first << u"2026-11-19T12:00"_s << u"wait"_s
            << u"2026-11-20T08:00:00+01:00"_s << QString() << 100.0;
        QTest::newRow("alternate: next exactly 24 h away")
            << alternate << first << u"2026-11-21T08:00"_s << u"take-now"_s
            << u"2026-11-20T08:00:00+01:00"_s << QString() << 100.0;
        QTest::newRow("alternate: a minute later")
            << alternate << first << u"2026-11-21T08:01"_s << u"skip"_s
            << u"2026-11-22T08:00:00+01:00"_s << u"2026-11-20T08:00:00+01:00"_s << 100.0;
    }

    void nextAdvice()
    {
        QFETCH(QStringList, regimen);
        QFETCH(QStringList, injected);
        QFETCH(QString, now);
        QFETCH(QString, advice);
        QFETCH(QString, dueAt);
        QFETCH(QString, missedAt);
        QFETCH(double, doseMg);
        QVERIFY(m_db.addPatient(u"2026-11-17T12:00"_s));
        QVERIFY(m_db.ok(u"2026-11-17T12:00"_s, QStringList{u"regimen"_s, u"set"_s} + regimen +
                                                   QStringList{u"--start"_s, u"2026-11-18"_s}));
        for (const QString &at : injected) {
            QJsonObject json;
            QVERIFY(injectAt(at, u"abdomen-upper-left"_s, &json));
            QVERIFY2(!json.value(u"slot"_s).isNull(), qPrintable(at)); // each fills its dose
        }

        const CliRun run = m_db.run(now, {u"next"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"advice"_s).toString(), advice);
        QCOMPARE(json.value(u"due_at"_s).toString(), dueAt);
        if (missedAt.isEmpty()) {
            QVERIFY(!json.contains(u"missed_at"_s) || json.value(u"missed_at"_s).isNull());
        } else {
            QCOMPARE(json.value(u"missed_at"_s).toString(), missedAt);
        }
        QCOMPARE(json.value(u"dose_mg"_s).toDouble(), doseMg);
    }

    void nextWithoutRegimenIsNone()
    {
        QVERIFY(m_db.addPatient(u"2026-11-01T12:00"_s));
        CliRun run = m_db.run(u"2026-11-20T07:00"_s, {u"next"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"advice"_s).toString(), u"none"_s);
        QVERIFY(run.json().contains(u"due_at"_s));
        QCOMPARE(run.json().value(u"due_at"_s).type(), QJsonValue::Null);

        // A 3-day course from 11-10 ended on 11-12: nothing is due on 11-20.
        QVERIFY(
            m_db.ok(u"2026-11-09T12:00"_s, {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s,
                                            u"--start"_s, u"2026-11-10"_s, u"--days"_s, u"3"_s}));
        run = m_db.run(u"2026-11-20T07:00"_s, {u"next"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"advice"_s).toString(), u"none"_s);
        QCOMPARE(run.json().value(u"due_at"_s).type(), QJsonValue::Null);
        // During the course there is a dose: 11-10 08:00 not logged, 7 h ago.
        run = m_db.run(u"2026-11-10T15:00"_s, {u"next"_s});
        QCOMPARE(run.json().value(u"advice"_s).toString(), u"take-now"_s);
        QCOMPARE(run.json().value(u"due_at"_s).toString(), u"2026-11-10T08:00:00+01:00"_s);
    }

    // ---- adherence --------------------------------------------------------

    void adherenceOverAWeek()
    {
        // 100 mg at 08:00 daily from Monday 11-16. Wednesday forgotten; on
        // Friday a second dose by mistake (--force); Thursday's taken late.
        QVERIFY(m_db.addPatient(u"2026-11-15T12:00"_s));
        QVERIFY(m_db.ok(u"2026-11-15T12:00"_s, {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s,
                                                u"--start"_s, u"2026-11-16"_s}));
        for (const QString &at : {u"2026-11-16T08:05"_s, u"2026-11-17T07:50"_s,
                                  u"2026-11-19T09:30"_s, u"2026-11-20T08:00"_s})
            QVERIFY(injectAt(at));
        QVERIFY(m_db.ok(u"2026-11-20T08:30"_s,
                        {u"inject"_s, u"--site"_s, u"arm-left"_s, u"--force"_s}));
        QVERIFY(injectAt(u"2026-11-21T08:10"_s));

        const auto adherence = [&](const QString &now, const QStringList &range) {
            QJsonObject json;
            if (!m_db.ok(now, QStringList{u"adherence"_s} + range, &json))
                return QJsonObject();
            return json;
        };

        // Sunday 08:01, not yet taken: that dose is still open, so not counted.
        QJsonObject json = adherence(u"2026-11-22T08:01"_s,
                                     {u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-22"_s});
        QCOMPARE(json.value(u"expected"_s).toInt(), 6);
        QCOMPARE(json.value(u"taken"_s).toInt(), 5);
        QCOMPARE(json.value(u"missed"_s).toInt(), 1);
        QCOMPARE(json.value(u"extra"_s).toInt(), 1);
        QCOMPARE(json.value(u"percent"_s).toDouble(), 83.3); // 5/6

        QVERIFY(injectAt(u"2026-11-22T08:02"_s));
        json = adherence(u"2026-11-22T21:00"_s,
                         {u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-22"_s});
        QCOMPARE(json.value(u"expected"_s).toInt(), 7);
        QCOMPARE(json.value(u"taken"_s).toInt(), 6);
        QCOMPARE(json.value(u"missed"_s).toInt(), 1);
        QCOMPARE(json.value(u"extra"_s).toInt(), 1);
        QCOMPARE(json.value(u"percent"_s).toDouble(), 85.7); // 6/7 = 85.714…
        QCOMPARE(json.value(u"streak_days"_s).toInt(), 4);   // Thu to Sun
        // Without a range: from the regimen's start to today, the same week.
        const QJsonObject whole = adherence(u"2026-11-22T21:00"_s, {});
        for (const QString &key :
             {u"expected"_s, u"taken"_s, u"missed"_s, u"extra"_s, u"percent"_s, u"streak_days"_s})
            QCOMPARE(whole.value(key), json.value(key));

        // Up to Saturday: 6 due, 5 taken.
        json = adherence(u"2026-11-22T21:00"_s,
                         {u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-21"_s});
        QCOMPARE(json.value(u"expected"_s).toInt(), 6);
        QCOMPARE(json.value(u"taken"_s).toInt(), 5);
        QCOMPARE(json.value(u"missed"_s).toInt(), 1);
        QCOMPARE(json.value(u"extra"_s).toInt(), 1);
        QCOMPARE(json.value(u"percent"_s).toDouble(), 83.3);
        QCOMPARE(json.value(u"streak_days"_s).toInt(), 3);

        // Wednesday to Friday: the missed day, the late dose, the extra one.
        json = adherence(u"2026-11-22T21:00"_s,
                         {u"--from"_s, u"2026-11-18"_s, u"--to"_s, u"2026-11-20"_s});
        QCOMPARE(json.value(u"expected"_s).toInt(), 3);
        QCOMPARE(json.value(u"taken"_s).toInt(), 2);
        QCOMPARE(json.value(u"missed"_s).toInt(), 1);
        QCOMPARE(json.value(u"extra"_s).toInt(), 1);
        QCOMPARE(json.value(u"percent"_s).toDouble(), 66.7);
        QCOMPARE(json.value(u"streak_days"_s).toInt(), 2);

        // Monday and Tuesday only: everything taken, nothing extra.
        json = adherence(u"2026-11-22T21:00"_s,
                         {u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-17"_s});
        QCOMPARE(json.value(u"expected"_s).toInt(), 2);
        QCOMPARE(json.value(u"taken"_s).toInt(), 2);
        QCOMPARE(json.value(u"missed"_s).toInt(), 0);
        QCOMPARE(json.value(u"extra"_s).toInt(), 0);
        QCOMPARE(json.value(u"percent"_s).toDouble(), 100.0);
        QCOMPARE(json.value(u"streak_days"_s).toInt(), 2);
    }

    void adherenceOnDaylightSavingDay_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("before"); // the UTC offset on the days before
        QTest::addColumn<QString>("after");  // and from the change on
        QTest::newRow("spring forward 2026-03-29") << u"2026-03-29"_s << u"+01:00"_s << u"+02:00"_s;
        QTest::newRow("fall back 2026-10-25") << u"2026-10-25"_s << u"+02:00"_s << u"+01:00"_s;
    }

    void adherenceOnDaylightSavingDay()
    {
        QFETCH(QString, day);
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QDate change = QDate::fromString(day, Qt::ISODate);
        const auto date = [&](int offset) -> QString {
            return change.addDays(offset).toString(Qt::ISODate);
        };
        const auto local = [&](int offset, const QString &time) -> QString {
            return date(offset) + u"T"_s + time;
        };

        QVERIFY(m_db.addPatient(local(-3, u"12:00"_s)));
        QVERIFY(m_db.ok(local(-3, u"12:00"_s), {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s,
                                                u"--start"_s, date(-2)}));
        QJsonObject json;
        QVERIFY(injectAt(local(-2, u"08:05"_s), u"arm-left"_s, &json));
        QCOMPARE(json.value(u"slot"_s).toString(), QString(local(-2, u"08:00:00"_s) + before));
        QVERIFY(injectAt(local(-1, u"08:05"_s), u"arm-right"_s, &json));

        // The morning of the change: the dose is at 08:00 by the new clock.
        QVERIFY(m_db.ok(local(0, u"07:00"_s), {u"next"_s}, &json));
        QCOMPARE(json.value(u"advice"_s).toString(), u"wait"_s);
        QCOMPARE(json.value(u"due_at"_s).toString(), QString(local(0, u"08:00:00"_s) + after));

        QVERIFY(injectAt(local(0, u"08:05"_s), u"thigh-left-upper"_s, &json));
        QCOMPARE(json.value(u"at"_s).toString(), QString(local(0, u"08:05:00"_s) + after));
        QCOMPARE(json.value(u"slot"_s).toString(), QString(local(0, u"08:00:00"_s) + after));
        QVERIFY(!CliDatabase::warningCodes(json).contains(u"double-dose"_s));
        QVERIFY(!CliDatabase::warningCodes(json).contains(u"no-dose-due"_s));

        QVERIFY(m_db.ok(local(0, u"12:00"_s), {u"next"_s}, &json));
        QCOMPARE(json.value(u"advice"_s).toString(), u"wait"_s);
        QCOMPARE(json.value(u"due_at"_s).toString(), QString(local(1, u"08:00:00"_s) + after));

        QVERIFY(injectAt(local(1, u"08:05"_s), u"thigh-right-upper"_s, &json));
        QCOMPARE(json.value(u"slot"_s).toString(), QString(local(1, u"08:00:00"_s) + after));

        QVERIFY(m_db.ok(local(1, u"21:00"_s),
                        {u"adherence"_s, u"--from"_s, date(0), u"--to"_s, date(0)}, &json));
        QCOMPARE(json.value(u"expected"_s).toInt(), 1);
        QCOMPARE(json.value(u"taken"_s).toInt(), 1);
        QCOMPARE(json.value(u"missed"_s).toInt(), 0);
        QCOMPARE(json.value(u"extra"_s).toInt(), 0);
        QCOMPARE(json.value(u"percent"_s).toDouble(), 100.0);

        QVERIFY(m_db.ok(local(1, u"21:00"_s),
                        {u"adherence"_s, u"--from"_s, date(-2), u"--to"_s, date(1)}, &json));
        QCOMPARE(json.value(u"expected"_s).toInt(), 4);
        QCOMPARE(json.value(u"taken"_s).toInt(), 4);
        QCOMPARE(json.value(u"missed"_s).toInt(), 0);
        QCOMPARE(json.value(u"extra"_s).toInt(), 0);
        QCOMPARE(json.value(u"percent"_s).toDouble(), 100.0);
        QCOMPARE(json.value(u"streak_days"_s).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestDailyLogCli)
#include "tst_dailylog_cli.moc"
