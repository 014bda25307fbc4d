// The clinical safety rules through the real shotbook-cli (issue 10): a dose
// never further from the prescription than the tolerance without saying so,
// doses never closer than half an interval, the label's stops, syringes out of
// the fridge too long. Every refusal is checked on the data: nothing written.
// run-isolated.sh sets TZ=Europe/Berlin.

#include "CliFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {
const QString Setup = u"2026-11-01T07:00"_s;
} // namespace

class TestSafetyCli final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

    bool adult(const QStringList &regimen = {u"--dose-mg"_s, u"100"_s}) const
    {
        return m_db.ok(Setup, {u"patient"_s, u"add"_s, u"--name"_s, u"Ada"_s}) &&
               m_db.ok(Setup, QStringList{u"regimen"_s, u"set"_s, u"--start"_s, u"2026-11-01"_s} +
                                  regimen) &&
               m_db.ok(Setup, {u"stock"_s, u"add"_s, u"--lot"_s, u"L"_s, u"--expires"_s,
                               u"2027-12-31"_s, u"--count"_s, u"30"_s});
    }

    CliRun inject(const QString &at, const QStringList &more = {}) const
    {
        return m_db.run(
            at,
            QStringList{u"inject"_s, u"--site"_s, u"abdomen-upper-left"_s, u"--at"_s, at} + more);
    }

    QStringList warningsOf(const QString &now, const QStringList &command) const
    {
        QJsonObject json;
        if (!m_db.ok(now, command, &json))
            return {u"(failed)"_s};
        return CliDatabase::warningCodes(json);
    }

    // A refusal that --force lifts: exit 3 with this code and nothing
    // written; with --force, logged with the same code as a warning.
    void refusedUnlessForced(const QString &at, const QString &code)
    {
        const QString before = m_db.dataDump();
        const CliRun refused = inject(at);
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(refused), code);
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());
        QCOMPARE(m_db.dataDump(), before);
        const CliRun forced = inject(at, {u"--force"_s});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(CliDatabase::warningCodes(forced.json()).contains(code));
        QVERIFY(m_db.dataDump() != before);
    }

private Q_SLOTS:
    void init() { m_db.reset(QLatin1String(QTest::currentTestFunction())); }

    // ---- too soon ----------------------------------------------------------

    void tooSoon_data()
    {
        QTest::addColumn<QStringList>("regimen");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("refused");
        const QStringList once{u"--dose-mg"_s, u"100"_s};
        const QStringList twice{u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"2"_s};
        const QStringList everyOther{u"--dose-mg"_s, u"100"_s, u"--every-days"_s, u"2"_s};
        // 08:00 and 20:00: a late dose at 14:00 and another at 14:30 (the issue).
        QTest::newRow("twice: 14:00 then 14:30")
            << twice << u"2026-11-20T14:00"_s << u"2026-11-20T14:30"_s << true;
        QTest::newRow("twice: 14:00 then 19:59")
            << twice << u"2026-11-20T14:00"_s << u"2026-11-20T19:59"_s << true;
        QTest::newRow("twice: 14:00 then 20:00 (6 h)")
            << twice << u"2026-11-20T14:00"_s << u"2026-11-20T20:00"_s << false;
        QTest::newRow("twice: 23:00 (late) then 02:01 (early) across midnight")
            << twice << u"2026-11-20T23:00"_s << u"2026-11-21T02:01"_s << true;
        QTest::newRow("once: 11:00 (late) then 20:30 (next day's slot, early)")
            << once << u"2026-11-20T11:00"_s << u"2026-11-20T20:30"_s << true;
        QTest::newRow("once: 08:00 then 20:00 (12 h)")
            << once << u"2026-11-20T08:00"_s << u"2026-11-20T20:00"_s << false;
        // Every other day from 11-01: 11-19 and 11-21 are dosing days.
        QTest::newRow("every other day: late, then 13 h later")
            << everyOther << u"2026-11-19T20:00"_s << u"2026-11-20T09:00"_s << true;
        QTest::newRow("every other day: 24 h later")
            << everyOther << u"2026-11-19T08:00"_s << u"2026-11-20T08:00"_s << false;
    }

    void tooSoon()
    {
        QFETCH(QStringList, regimen);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, refused);
        QVERIFY(adult(regimen));
        QCOMPARE(inject(first).exitCode, 0);
        if (refused) {
            refusedUnlessForced(second, u"too-soon"_s);
        } else {
            const CliRun run = inject(second);
            QCOMPARE(run.exitCode, 0);
            QVERIFY(!CliDatabase::warningCodes(run.json()).contains(u"too-soon"_s));
        }
    }

    // A dose just before midnight and another just after, or a second dose
    // for a slot filled the day before yesterday: refused, whichever days
    // they fall on (the schedule looks across days).
    void doubleDoseAcrossMidnight_data()
    {
        QTest::addColumn<QStringList>("regimen");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        const QStringList twice{u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"2"_s};
        const QStringList lateEvening{u"--dose-mg"_s, u"100"_s, u"--times"_s, u"23:00"_s};
        QTest::newRow("08:00/20:00: 23:30, then 00:30")
            << twice << u"2026-11-20T23:30"_s << u"2026-11-21T00:30"_s;
        QTest::newRow("23:00: 23:30, then 00:30")
            << lateEvening << u"2026-11-20T23:30"_s << u"2026-11-21T00:30"_s;
        QTest::newRow("23:00: 22:50, then 00:10")
            << lateEvening << u"2026-11-20T22:50"_s << u"2026-11-21T00:10"_s;
        // The night the clocks go back (2026-10-25, 03:00 CEST is 02:00 CET).
        QTest::newRow("23:00: 23:30, then 01:30 on the night of the change")
            << lateEvening << u"2026-10-24T23:30"_s << u"2026-10-25T01:30"_s;
        // Every other day from 10-01 (11-20 is a dosing day): 11-20's dose
        // taken 23.5 h early, then "late" for it 41 h after the first: two
        // days apart, still a second dose for the same slot.
        QTest::newRow("every other day: early on 11-19, again on 11-21")
            << QStringList{u"--dose-mg"_s, u"100"_s, u"--every-days"_s, u"2"_s}
            << u"2026-11-19T08:30"_s << u"2026-11-21T01:30"_s;
    }

    void doubleDoseAcrossMidnight()
    {
        QFETCH(QStringList, regimen);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(m_db.addPatient(u"2026-10-01T07:00"_s));
        QVERIFY(
            m_db.ok(u"2026-10-01T07:00"_s,
                    QStringList{u"regimen"_s, u"set"_s, u"--start"_s, u"2026-10-01"_s} + regimen));
        const CliRun taken = inject(first);
        QCOMPARE(taken.exitCode, 0);
        QVERIFY(!taken.json().value(u"slot"_s).isNull()); // the evening's dose
        const QString before = m_db.dataDump();
        const CliRun again = inject(second);
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(
            (QStringList{u"double-dose"_s, u"too-soon"_s}.contains(CliDatabase::errorCode(again))),
            again.err.constData());
        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(m_db.injectionCount(), 1);
    }

    void tooSoonSaysWhenTheLastAndNextDosesAre()
    {
        QVERIFY(adult({u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"2"_s}));
        QCOMPARE(inject(u"2026-11-20T14:00"_s).exitCode, 0);
        const CliRun refused = inject(u"2026-11-20T14:30"_s);
        QCOMPARE(refused.exitCode, 3);
        const QString message = QString::fromUtf8(refused.err);
        QVERIFY2(message.contains(u"30 minute"_s), qPrintable(message));
        QVERIFY2(message.contains(u"6 hour"_s), qPrintable(message));
        QVERIFY2(message.contains(u"next dose"_s), qPrintable(message));
    }

    // ---- red flags stop the injections --------------------------------------

    void redFlagOpenStopsInjections()
    {
        QVERIFY(adult());
        QJsonObject effect;
        QVERIFY(m_db.ok(u"2026-11-20T07:00"_s,
                        {u"side-effect"_s, u"add"_s, u"--term"_s, u"my throat is swelling"_s,
                         u"--onset"_s, u"2026-11-20"_s},
                        &effect));
        QCOMPARE(effect.value(u"red_flag"_s).toBool(), true);
        QVERIFY(warningsOf(u"2026-11-20T07:30"_s, {u"next"_s}).contains(u"red-flag-open"_s));
        QVERIFY(
            warningsOf(u"2026-11-20T07:30"_s, {u"dose"_s, u"show"_s}).contains(u"red-flag-open"_s));
        // Acknowledging the banner is not resolving the side effect.
        QVERIFY(m_db.ok(u"2026-11-20T07:40"_s, {u"side-effect"_s, u"acknowledge"_s,
                                                QString::number(effect.value(u"id"_s).toInt())}));
        refusedUnlessForced(u"2026-11-20T08:00"_s, u"red-flag-open"_s);
        // Resolved: the next day's dose needs no confirmation.
        QVERIFY(m_db.ok(u"2026-11-21T07:00"_s,
                        {u"side-effect"_s, u"resolve"_s, u"--date"_s, u"2026-11-21"_s,
                         QString::number(effect.value(u"id"_s).toInt())}));
        const CliRun next = inject(u"2026-11-21T08:00"_s);
        QCOMPARE(next.exitCode, 0);
        QVERIFY(!CliDatabase::warningCodes(next.json()).contains(u"red-flag-open"_s));
    }

    void ordinarySideEffectDoesNotStop()
    {
        QVERIFY(adult());
        QVERIFY(m_db.ok(u"2026-11-20T07:00"_s,
                        {u"side-effect"_s, u"add"_s, u"--term"_s, u"mild headache"_s}));
        const CliRun run = inject(u"2026-11-20T08:00"_s);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!CliDatabase::warningCodes(run.json()).contains(u"red-flag-open"_s));
    }

    // ---- the amount -----------------------------------------------------------

    void loggedDoseAgainstTheRegimen_data()
    {
        QTest::addColumn<QString>("doseMg");
        QTest::addColumn<bool>("differs");
        QTest::addColumn<bool>("aboveLabel");
        QTest::newRow("200 on 100 (the issue)") << u"200"_s << true << true;
        QTest::newRow("100") << u"100"_s << false << false;
        QTest::newRow("90: 10 %") << u"90"_s << false << false;
        QTest::newRow("89: 11 %") << u"89"_s << true << false;
        QTest::newRow("105") << u"105"_s << false << true;
        QTest::newRow("20") << u"20"_s << true << false;
    }

    void loggedDoseAgainstTheRegimen()
    {
        QFETCH(QString, doseMg);
        QFETCH(bool, differs);
        QFETCH(bool, aboveLabel);
        QVERIFY(adult());
        const CliRun run = inject(u"2026-11-20T08:00"_s, {u"--dose-mg"_s, doseMg});
        QCOMPARE(run.exitCode, 0); // a warning, never a refusal
        const QStringList codes = CliDatabase::warningCodes(run.json());
        QCOMPARE(codes.contains(u"dose-differs"_s), differs);
        QCOMPARE(codes.contains(u"above-label-max"_s), aboveLabel);
    }

    // A 3.4 kg newborn at 1 mg/kg/day: 3.4 mg, never 10 mg, shown and logged.
    void newbornDoseIsNotRoundedUp()
    {
        QVERIFY(m_db.ok(
            Setup, {u"patient"_s, u"add"_s, u"--name"_s, u"Noa"_s, u"--birth"_s, u"2026-10-25"_s}));
        QVERIFY(m_db.ok(Setup, {u"weight"_s, u"add"_s, u"--kg"_s, u"3.4"_s}));
        QVERIFY(m_db.ok(Setup, {u"regimen"_s, u"set"_s, u"--mg-per-kg"_s, u"1"_s, u"--start"_s,
                                u"2026-11-01"_s, u"--indication"_s, u"nomid"_s}));
        QJsonObject dose;
        QVERIFY(m_db.ok(u"2026-11-05T07:00"_s, {u"dose"_s, u"show"_s}, &dose));
        QCOMPARE(dose.value(u"per_dose_mg"_s).toDouble(), 3.4);
        QCOMPARE(dose.value(u"per_dose_ml"_s).toDouble(), 0.02);
        QCOMPARE(dose.value(u"measurable"_s).toBool(true), false);
        const QStringList codes = CliDatabase::warningCodes(dose);
        QVERIFY(codes.contains(u"dose-not-measurable"_s));
        QVERIFY(codes.contains(u"below-smallest-mark"_s));
        QJsonObject next;
        QVERIFY(m_db.ok(u"2026-11-05T07:00"_s, {u"next"_s}, &next));
        QCOMPARE(next.value(u"dose_mg"_s).toDouble(), 3.4);
        const CliRun logged =
            m_db.run(u"2026-11-05T08:00"_s, {u"inject"_s, u"--site"_s, u"thigh-left-upper"_s});
        QCOMPARE(logged.exitCode, 0);
        QCOMPARE(logged.json().value(u"dose_mg"_s).toDouble(), 3.4);
        QVERIFY(!CliDatabase::warningCodes(logged.json()).contains(u"dose-differs"_s));
        // With the 1 mL syringe's 0.01 mL marks set as the step: 3.0 mg is
        // 11.8 % off, still past the tolerance; 1.5 mg/kg gives 5.1 -> 4.5?
        // No: 5.1 mg is 11.8 % from 4.5 too; 2 mg/kg: 6.8 -> 7.5 (10.3 %).
        QVERIFY(
            m_db.ok(Setup, {u"regimen"_s, u"set"_s, u"--mg-per-kg"_s, u"2"_s, u"--start"_s,
                            u"2026-11-06"_s, u"--step-mg"_s, u"1.5"_s, u"--min-mg"_s, u"1.5"_s}));
        QVERIFY(m_db.ok(u"2026-11-07T07:00"_s, {u"dose"_s, u"show"_s, u"--date"_s, u"2026-11-07"_s},
                        &dose));
        QCOMPARE(dose.value(u"per_dose_mg"_s).toDouble(), 6.8);
        QVERIFY(CliDatabase::warningCodes(dose).contains(u"dose-not-measurable"_s));
    }

    void numbersCarryNoFloatingPointNoise()
    {
        QVERIFY(m_db.ok(Setup, {u"patient"_s, u"add"_s, u"--name"_s, u"Ben"_s}));
        QVERIFY(m_db.ok(Setup, {u"weight"_s, u"add"_s, u"--kg"_s, u"30"_s}));
        QVERIFY(m_db.ok(Setup, {u"regimen"_s, u"set"_s, u"--mg-per-kg"_s, u"2.37"_s, u"--start"_s,
                                u"2026-11-01"_s}));
        const CliRun run = m_db.run(u"2026-11-05T07:00"_s, {u"dose"_s, u"show"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("\"daily_mg\": 71.1,"), run.out.constData());
        QVERIFY2(!run.out.contains("0000000"), run.out.constData());
    }

    // ---- the label's other stops warn -----------------------------------------

    void stopsWarnEverywhere_data()
    {
        QTest::addColumn<QList<QStringList>>("record");
        QTest::addColumn<QStringList>("regimen");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("warns");
        const QStringList daily{u"--dose-mg"_s, u"100"_s};
        const QStringList everyOther{u"--dose-mg"_s, u"100"_s, u"--every-days"_s, u"2"_s};
        const auto lab = [](const QString &analyte, const QString &value, const QString &date) {
            return QStringList{u"lab"_s,     u"add"_s, u"--analyte"_s, analyte,
                               u"--value"_s, value,    u"--date"_s,    date};
        };
        const auto fever = [](const QString &value, const QString &date) {
            return QStringList{u"symptom"_s, u"add"_s, u"--measure"_s, u"fever-c"_s,
                               u"--value"_s, value,    u"--date"_s,    date};
        };
        QTest::newRow("38.4 °C two days running")
            << QList<QStringList>{fever(u"38.4"_s, u"2026-11-19"_s),
                                  fever(u"38.4"_s, u"2026-11-20"_s)}
            << daily << u"fever"_s << true;
        QTest::newRow("37.9 °C") << QList<QStringList>{fever(u"37.9"_s, u"2026-11-20"_s)} << daily
                                 << u"fever"_s << false;
        // A red-flag sign answered yes in the diary (not recorded as a side effect).
        const auto symptom = [](const QString &measure, const QString &value, const QString &date) {
            return QStringList{u"symptom"_s, u"add"_s, u"--measure"_s, measure,
                               u"--value"_s, value,    u"--date"_s,    date};
        };
        QTest::newRow("chest pain yesterday")
            << QList<QStringList>{symptom(u"chest-pain"_s, u"1"_s, u"2026-11-20"_s)} << daily
            << u"red-flag"_s << true;
        QTest::newRow("chest pain answered no")
            << QList<QStringList>{symptom(u"chest-pain"_s, u"0"_s, u"2026-11-20"_s)} << daily
            << u"red-flag"_s << false;
        QTest::newRow("chest pain four days ago")
            << QList<QStringList>{symptom(u"chest-pain"_s, u"1"_s, u"2026-11-17"_s)} << daily
            << u"red-flag"_s << false;
        QTest::newRow("a headache is not a red flag")
            << QList<QStringList>{symptom(u"headache"_s, u"1"_s, u"2026-11-20"_s)} << daily
            << u"red-flag"_s << false;
        QTest::newRow("CrCl 25, every day")
            << QList<QStringList>{lab(u"crcl"_s, u"25"_s, u"2026-11-10"_s)} << daily
            << u"renal-dosing"_s << true;
        QTest::newRow("CrCl 25, every other day")
            << QList<QStringList>{lab(u"crcl"_s, u"25"_s, u"2026-11-10"_s)} << everyOther
            << u"renal-dosing"_s << false;
        QTest::newRow("neutrophils 1.2")
            << QList<QStringList>{lab(u"anc"_s, u"1.2"_s, u"2026-11-10"_s)} << daily
            << u"low-neutrophils"_s << true;
        QTest::newRow("neutrophils 1.2, then 2.1")
            << QList<QStringList>{lab(u"anc"_s, u"1.2"_s, u"2026-11-10"_s),
                                  lab(u"anc"_s, u"2.1"_s, u"2026-11-17"_s)}
            << daily << u"low-neutrophils"_s << false;
        QTest::newRow("an infection not over")
            << QList<QStringList>{{u"infection"_s, u"add"_s, u"--description"_s,
                                   u"chest infection"_s, u"--start"_s, u"2026-11-18"_s}}
            << daily << u"infection-open"_s << true;
        QTest::newRow("an infection over")
            << QList<QStringList>{{u"infection"_s, u"add"_s, u"--description"_s, u"cold"_s,
                                   u"--start"_s, u"2026-11-10"_s, u"--end"_s, u"2026-11-15"_s}}
            << daily << u"infection-open"_s << false;
    }

    void stopsWarnEverywhere()
    {
        QFETCH(QList<QStringList>, record);
        QFETCH(QStringList, regimen);
        QFETCH(QString, code);
        QFETCH(bool, warns);
        QVERIFY(adult(regimen));
        for (const QStringList &command : record)
            QVERIFY(m_db.ok(u"2026-11-20T07:00"_s, command));
        const QString now = u"2026-11-21T07:30"_s;
        QCOMPARE(warningsOf(now, {u"dose"_s, u"show"_s}).contains(code), warns);
        QCOMPARE(warningsOf(now, {u"next"_s}).contains(code), warns);
        QJsonObject today;
        QVERIFY(m_db.ok(now, {u"today"_s}, &today));
        QStringList alerts;
        for (const QJsonValue &alert : today.value(u"alerts"_s).toArray())
            alerts << alert.toObject().value(u"code"_s).toString();
        QCOMPARE(alerts.contains(code), warns);
        // A warning, never a refusal.
        const CliRun run = inject(u"2026-11-21T08:00"_s);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(CliDatabase::warningCodes(run.json()).contains(code), warns);
    }

    // ---- a syringe out of the fridge too long -----------------------------------

    void syringeOutTooLongIsNeverUsedSilently()
    {
        QVERIFY(adult());
        QVERIFY(
            m_db.ok(u"2026-11-16T07:00"_s, {u"stock"_s, u"out"_s, u"--lot"_s, u"L"_s, u"--count"_s,
                                            u"1"_s, u"--at"_s, u"2026-11-16T07:00"_s}));
        // 97 h later (allowance 72 h): not counted, and the alert stays.
        const QString now = u"2026-11-20T08:00"_s;
        QJsonObject status;
        QVERIFY(m_db.ok(now, {u"stock"_s, u"status"_s}, &status));
        QCOMPARE(status.value(u"syringes_left"_s).toInt(), 29);
        const CliRun run = inject(now);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(CliDatabase::warningCodes(run.json()).contains(u"room-temperature"_s));
        QVERIFY(m_db.ok(now, {u"stock"_s, u"status"_s}, &status));
        QCOMPARE(status.value(u"syringes_left"_s).toInt(), 28);
        QStringList alerts;
        for (const QJsonValue &alert : status.value(u"alerts"_s).toArray())
            alerts << alert.toObject().value(u"code"_s).toString();
        QVERIFY(alerts.contains(u"room-temperature"_s));
        // The one out too long is still there, out of the fridge, to discard.
        QJsonObject lots;
        QVERIFY(m_db.ok(now, {u"stock"_s, u"list"_s}, &lots));
        const QJsonObject lot = lots.value(u"lots"_s).toArray().first().toObject();
        QCOMPARE(lot.value(u"remaining"_s).toInt(), 29);
        QCOMPARE(lot.value(u"out_of_fridge"_s).toInt(), 1);
        QVERIFY(m_db.ok(now, {u"check"_s}));
    }

    // ---- smaller things ---------------------------------------------------------

    // At the end of a 10-day course, `next` says take the missed last dose
    // now only while logging it (without giving the dose) fills that slot with
    // the course's dose; later, nothing is due any more.
    void lastDoseOfACourseCanBeTakenLate_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("advice");
        QTest::newRow("11 h late") << u"2026-11-10T19:00"_s << u"take-now"_s;
        QTest::newRow("12 h late") << u"2026-11-10T20:00"_s << u"take-now"_s;
        QTest::newRow("12 h 1 min late") << u"2026-11-10T20:01"_s << u"none"_s;
        QTest::newRow("the next morning") << u"2026-11-11T07:00"_s << u"none"_s;
    }

    void lastDoseOfACourseCanBeTakenLate()
    {
        QFETCH(QString, now);
        QFETCH(QString, advice);
        QVERIFY(adult({u"--dose-mg"_s, u"100"_s, u"--days"_s, u"10"_s}));
        QJsonObject next;
        QVERIFY(m_db.ok(now, {u"next"_s}, &next));
        QCOMPARE(next.value(u"advice"_s).toString(), advice);
        const CliRun logged = inject(now);
        if (advice == u"take-now"_s) {
            QCOMPARE(next.value(u"due_at"_s).toString(), u"2026-11-10T08:00:00+01:00"_s);
            QCOMPARE(logged.exitCode, 0);
            QCOMPARE(logged.json().value(u"dose_mg"_s).toDouble(), 100.0);
            QCOMPARE(logged.json().value(u"slot"_s).toString(), u"2026-11-10T08:00:00+01:00"_s);
        } else if (QDateTime::fromString(now, Qt::ISODate).date() == QDate(2026, 11, 10)) {
            // Still the course's last day, but no dose is due: an extra dose.
            QCOMPARE(logged.exitCode, 0);
            QVERIFY(logged.json().value(u"slot"_s).isNull());
            QVERIFY(CliDatabase::warningCodes(logged.json()).contains(u"no-dose-due"_s));
        } else {
            QCOMPARE(logged.exitCode, 3); // no dose given and none due: say the dose
            QCOMPARE(CliDatabase::errorCode(logged), u"no-regimen"_s);
        }
    }

    // Two doses closer than half an interval within the last day — a second
    // dose confirmed with --force, or sent from a window that was offline —
    // is an alert on Today for everyone, naming both doses; not after a day.
    void doubleDoseShowsOnToday_data()
    {
        QTest::addColumn<QStringList>("regimen");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("now");
        QTest::addColumn<bool>("alert");
        const QStringList daily{u"--dose-mg"_s, u"100"_s};
        const QStringList twice{u"--dose-mg"_s, u"100"_s, u"--per-day"_s, u"2"_s};
        const QStringList everyOther{u"--dose-mg"_s, u"100"_s, u"--every-days"_s, u"2"_s};
        QTest::newRow("10 min apart") << daily << u"2026-11-20T07:55"_s << u"2026-11-20T08:05"_s
                                      << u"2026-11-20T09:00"_s << true;
        QTest::newRow("11 h 59 apart") << daily << u"2026-11-20T08:00"_s << u"2026-11-20T19:59"_s
                                       << u"2026-11-20T20:30"_s << true;
        QTest::newRow("12 h apart: allowed")
            << daily << u"2026-11-20T08:00"_s << u"2026-11-20T20:00"_s << u"2026-11-20T20:30"_s
            << false;
        QTest::newRow("twice a day, 5 h") << twice << u"2026-11-20T08:00"_s << u"2026-11-20T13:00"_s
                                          << u"2026-11-20T14:00"_s << true;
        QTest::newRow("twice a day, 6 h") << twice << u"2026-11-20T08:00"_s << u"2026-11-20T14:00"_s
                                          << u"2026-11-20T15:00"_s << false;
        QTest::newRow("every other day, 23 h")
            << everyOther << u"2026-11-19T09:00"_s << u"2026-11-20T08:00"_s << u"2026-11-20T09:00"_s
            << true;
        QTest::newRow("across midnight") << daily << u"2026-11-19T23:50"_s << u"2026-11-20T00:10"_s
                                         << u"2026-11-20T07:00"_s << true;
        QTest::newRow("more than a day ago")
            << daily << u"2026-11-19T07:55"_s << u"2026-11-19T08:05"_s << u"2026-11-20T08:10"_s
            << false;
    }
    void doubleDoseShowsOnToday()
    {
        QFETCH(QStringList, regimen);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, now);
        QFETCH(bool, alert);
        QVERIFY(adult(regimen));
        QCOMPARE(inject(first, {u"--by"_s, u"Anna"_s, u"--force"_s}).exitCode, 0);
        QCOMPARE(inject(second, {u"--by"_s, u"Ben"_s, u"--force"_s}).exitCode, 0);
        QJsonObject today;
        QVERIFY(m_db.ok(now, {u"today"_s}, &today));
        const QJsonArray alerts = today.value(u"alerts"_s).toArray();
        QString message;
        for (const QJsonValue &value : alerts) {
            if (value.toObject().value(u"code"_s).toString() == u"double-dose"_s)
                message = value.toObject().value(u"message"_s).toString();
        }
        QCOMPARE(!message.isEmpty(), alert);
        if (alert) {
            QVERIFY2(message.contains(u"by Anna"_s) && message.contains(u"by Ben"_s),
                     qPrintable(message));
            // The loudest alert comes first.
            QCOMPARE(alerts.first().toObject().value(u"code"_s).toString(), u"double-dose"_s);
        }
    }

    void todayShowsEveryPatient()
    {
        QVERIFY(adult());
        QVERIFY(m_db.ok(Setup, {u"patient"_s, u"add"_s, u"--name"_s, u"Leo"_s}));
        QVERIFY(m_db.ok(u"2026-11-20T07:00"_s, {u"side-effect"_s, u"add"_s, u"--patient"_s,
                                                u"Leo"_s, u"--term"_s, u"hives all over"_s}));
        QJsonObject today;
        QVERIFY(m_db.ok(u"2026-11-20T09:00"_s, {u"today"_s, u"--patient"_s, u"Ada"_s}, &today));
        QCOMPARE(today.value(u"next"_s).toObject().value(u"advice"_s).toString(), u"take-now"_s);
        QCOMPARE(today.value(u"dose"_s).toObject().value(u"per_dose_mg"_s).toDouble(), 100.0);
        QCOMPARE(today.value(u"site"_s).toString(), u"abdomen-upper-left"_s);
        QCOMPARE(today.value(u"red_flags"_s).toArray().size(), 0);
        const QJsonArray others = today.value(u"others"_s).toArray();
        QCOMPARE(others.size(), 1);
        const QJsonObject leo = others.first().toObject();
        QCOMPARE(leo.value(u"name"_s).toString(), u"Leo"_s);
        QCOMPARE(leo.value(u"red_flags"_s).toArray().size(), 1);
        QCOMPARE(leo.value(u"next"_s).toObject().value(u"advice"_s).toString(), u"none"_s);
    }
};

QTEST_GUILESS_MAIN(TestSafetyCli)
#include "tst_safety_cli.moc"
