// Weights, weight-based regimens and the dose through the real shotbook-cli
// binary (issue 6): `weight add`, `regimen set --mg-per-kg`, `dose show`.
// Every test has its own database and fixes the time with --now;
// run-isolated.sh sets TZ=Europe/Berlin. Expected values are worked out by
// hand from DESIGN.md ("Regimens", "Measuring a dose") and spec/cli.md.

#include "CliFixture.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {
// "Now" for every command: all dates the tests use are on or before it.
const QString Now = u"2026-12-31T12:00"_s;
} // namespace

class TestWeightsCli final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

    bool addWeight(const QString &kg, const QString &date) const
    {
        return m_db.ok(Now, {u"weight"_s, u"add"_s, u"--kg"_s, kg, u"--date"_s, date});
    }

    bool setRegimen(const QStringList &arguments, QJsonObject *json = nullptr) const
    {
        return m_db.ok(Now, QStringList{u"regimen"_s, u"set"_s} + arguments, json);
    }

    bool showDose(const QString &date, QJsonObject *json) const
    {
        return m_db.ok(Now, {u"dose"_s, u"show"_s, u"--date"_s, date}, json);
    }

    QList<double> weightsListed() const
    {
        const CliRun run = m_db.run(Now, {u"weight"_s, u"list"_s});
        QList<double> kgs;
        for (const QJsonValue &value : run.json().value(u"weights"_s).toArray())
            kgs << value.toObject().value(u"kg"_s).toDouble();
        return kgs;
    }

    static QStringList sorted(QStringList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

private Q_SLOTS:
    void init() { m_db.reset(QLatin1String(QTest::currentTestFunction())); }

    // ---- weight add ---------------------------------------------------------

    void weightAddReportsId()
    {
        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        QJsonObject first;
        QVERIFY(m_db.ok(Now,
                        {u"weight"_s, u"add"_s, u"--kg"_s, u"7.4"_s, u"--date"_s, u"2026-11-01"_s},
                        &first));
        QVERIFY(first.value(u"id"_s).isDouble());
        QVERIFY(first.value(u"id"_s).toInteger() > 0);
        QVERIFY(first.value(u"warnings"_s).isArray());
        QCOMPARE(first.value(u"warnings"_s).toArray().size(), 0);
        QJsonObject second;
        QVERIFY(m_db.ok(Now,
                        {u"weight"_s, u"add"_s, u"--kg"_s, u"7.9"_s, u"--date"_s, u"2026-12-01"_s},
                        &second));
        QVERIFY(second.value(u"id"_s).toInteger() > 0);
        QVERIFY(second.value(u"id"_s).toInteger() != first.value(u"id"_s).toInteger());
        QCOMPARE(weightsListed(), (QList<double>{7.4, 7.9}));
    }

    void weightAddAccepts_data()
    {
        QTest::addColumn<QString>("kg");
        QTest::addColumn<QString>("date"); // empty: today
        QTest::newRow("300 kg") << u"300"_s << u"2026-12-01"_s;
        QTest::newRow("0.3 kg") << u"0.3"_s << u"2026-12-01"_s;
        QTest::newRow("on the birth date") << u"3.4"_s << u"2025-06-01"_s;
        QTest::newRow("today, given") << u"9.5"_s << u"2026-12-31"_s;
        QTest::newRow("today, by default") << u"9.5"_s << QString();
    }

    void weightAddAccepts()
    {
        QFETCH(QString, kg);
        QFETCH(QString, date);
        QVERIFY(m_db.addPatient(Now, u"Mia"_s, {u"--birth"_s, u"2025-06-01"_s}));
        QStringList arguments{u"weight"_s, u"add"_s, u"--kg"_s, kg};
        if (!date.isEmpty())
            arguments << u"--date"_s << date;
        QJsonObject json;
        QVERIFY(m_db.ok(Now, arguments, &json));
        QVERIFY(json.value(u"id"_s).toInteger() > 0);
        QCOMPARE(weightsListed(), QList<double>{kg.toDouble()});
    }

    void weightAddRefuses_data()
    {
        QTest::addColumn<QString>("kg");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("code");
        QTest::newRow("0 kg") << u"0"_s << u"2026-12-01"_s << u"invalid-weight"_s;
        QTest::newRow("-1 kg") << u"-1"_s << u"2026-12-01"_s << u"invalid-weight"_s;
        QTest::newRow("300.1 kg") << u"300.1"_s << u"2026-12-01"_s << u"invalid-weight"_s;
        QTest::newRow("0.29 kg") << u"0.29"_s << u"2026-12-01"_s << u"invalid-weight"_s;
        QTest::newRow("not a number") << u"seven"_s << u"2026-12-01"_s << u"invalid-number"_s;
        QTest::newRow("decimal comma") << u"7,5"_s << u"2026-12-01"_s << u"invalid-number"_s;
        QTest::newRow("nan") << u"nan"_s << u"2026-12-01"_s << u"invalid-number"_s;
        QTest::newRow("tomorrow") << u"7.5"_s << u"2027-01-01"_s << u"invalid-date"_s;
        QTest::newRow("the day before birth") << u"3.4"_s << u"2025-05-31"_s << u"invalid-date"_s;
        QTest::newRow("not a date") << u"7.5"_s << u"2026-13-01"_s << u"invalid-date"_s;
    }

    void weightAddRefuses()
    {
        QFETCH(QString, kg);
        QFETCH(QString, date);
        QFETCH(QString, code);
        QVERIFY(m_db.addPatient(Now, u"Mia"_s, {u"--birth"_s, u"2025-06-01"_s}));
        QVERIFY(addWeight(u"8"_s, u"2026-11-01"_s));
        const QString before = m_db.dataDump();

        const CliRun run = m_db.run(Now, {u"weight"_s, u"add"_s, u"--kg"_s, kg, u"--date"_s, date});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(run), code);
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(run.err.trimmed().count('\n'), qsizetype(0)); // one line
        QCOMPARE(m_db.dataDump(), before);
        QCOMPARE(weightsListed(), QList<double>{8.0});
    }

    // ---- regimen set and dose show -------------------------------------------

    void doseShow_data()
    {
        QTest::addColumn<QString>("mgPerKg");
        QTest::addColumn<int>("perDay");
        QTest::addColumn<int>("everyDays");
        QTest::addColumn<QString>("stepMg");
        QTest::addColumn<QString>("minMg");
        QTest::addColumn<QString>("kg");
        QTest::addColumn<double>("dailyMg");
        QTest::addColumn<double>("perDoseMg");
        QTest::addColumn<double>("perDoseMl");
        QTest::addColumn<int>("syringes");
        QTest::addColumn<QStringList>("warnings");

        const QString above = u"above-label-max"_s;
        const QString below = u"below-smallest-mark"_s;
        const QString coarse = u"dose-not-measurable"_s;
        // 7.4 / 1.5 = 4.93: between 6.0 and 7.5, nearer 7.5; 15 <= 59.2.
        QTest::newRow("2 mg/kg x 7.4 kg, twice, 0.01 mL")
            << u"2"_s << 2 << 1 << u"1.5"_s << u"1.5"_s << u"7.4"_s << 14.8 << 7.5 << 0.05 << 1
            << QStringList{};
        // Past the 10 % rounding tolerance: shown as prescribed, flagged.
        QTest::newRow("1 mg/kg x 25 kg: 25 is 20 % from 20 and 30")
            << u"1"_s << 1 << 1 << u"10"_s << u"20"_s << u"25"_s << 25.0 << 25.0 << 0.17 << 1
            << QStringList{coarse};
        QTest::newRow("2 mg/kg x 15 kg twice: 15, not 10")
            << u"2"_s << 2 << 1 << u"10"_s << u"20"_s << u"15"_s << 30.0 << 15.0 << 0.1 << 1
            << QStringList{coarse, below};
        QTest::newRow("8 mg/kg x 9.4 kg twice: 37.6, not 30 under the cap")
            << u"8"_s << 2 << 1 << u"10"_s << u"20"_s << u"9.4"_s << 75.2 << 37.6 << 0.25 << 1
            << QStringList{coarse};
        QTest::newRow("1 mg/kg x 3.4 kg newborn: 3.4 mg, never 10")
            << u"1"_s << 1 << 1 << u"10"_s << u"20"_s << u"3.4"_s << 3.4 << 3.4 << 0.02 << 1
            << QStringList{coarse, below};
        QTest::newRow("1 mg/kg x 3.4 kg newborn, 0.01 mL: 3.0 is 11.8 % off")
            << u"1"_s << 1 << 1 << u"1.5"_s << u"1.5"_s << u"3.4"_s << 3.4 << 3.4 << 0.02 << 1
            << QStringList{coarse};
        QTest::newRow("8 mg/kg x 9.4 kg once: cap 75.2 -> 70")
            << u"8"_s << 1 << 1 << u"10"_s << u"20"_s << u"9.4"_s << 75.2 << 70.0 << 0.47 << 1
            << QStringList{};
        QTest::newRow("7 mg/kg x 9.4 kg once: 65.8 -> 70")
            << u"7"_s << 1 << 1 << u"10"_s << u"20"_s << u"9.4"_s << 65.8 << 70.0 << 0.47 << 1
            << QStringList{};
        QTest::newRow("4 mg/kg x 52 kg once: 208 -> 210, 3 syringes")
            << u"4"_s << 1 << 1 << u"10"_s << u"20"_s << u"52"_s << 208.0 << 210.0 << 1.4 << 3
            << QStringList{};
        QTest::newRow("6 mg/kg x 40 kg twice: 120, 2 syringes")
            << u"6"_s << 2 << 1 << u"10"_s << u"20"_s << u"40"_s << 240.0 << 120.0 << 0.8 << 2
            << QStringList{};
        QTest::newRow("2 mg/kg x 20 kg every other day")
            << u"2"_s << 1 << 2 << u"10"_s << u"20"_s << u"20"_s << 40.0 << 40.0 << 0.27 << 1
            << QStringList{};
        QTest::newRow("1 mg/kg x 10 kg: below 20")
            << u"1"_s << 1 << 1 << u"10"_s << u"20"_s << u"10"_s << 10.0 << 10.0 << 0.07 << 1
            << QStringList{below};
        QTest::newRow("1 mg/kg x 10 kg, min 0") << u"1"_s << 1 << 1 << u"10"_s << u"0"_s << u"10"_s
                                                << 10.0 << 10.0 << 0.07 << 1 << QStringList{};
        QTest::newRow("1 mg/kg x 10 kg, min 10")
            << u"1"_s << 1 << 1 << u"10"_s << u"10"_s << u"10"_s << 10.0 << 10.0 << 0.07 << 1
            << QStringList{};
        QTest::newRow("9 mg/kg x 10 kg: above the label")
            << u"9"_s << 1 << 1 << u"10"_s << u"20"_s << u"10"_s << 90.0 << 90.0 << 0.6 << 1
            << QStringList{above};
        QTest::newRow("20 mg/kg x 5 kg: highest allowed")
            << u"20"_s << 1 << 1 << u"10"_s << u"20"_s << u"5"_s << 100.0 << 100.0 << 0.67 << 1
            << QStringList{above};
        QTest::newRow("2 mg/kg x 3.3 kg, 0.01 mL: 6.6 -> 6.0")
            << u"2"_s << 1 << 1 << u"1.5"_s << u"1.5"_s << u"3.3"_s << 6.6 << 6.0 << 0.04 << 1
            << QStringList{};
        QTest::newRow("1 mg/kg x 3.2 kg, 0.01 mL: 3.2 -> 3.0")
            << u"1"_s << 1 << 1 << u"1.5"_s << u"1.5"_s << u"3.2"_s << 3.2 << 3.0 << 0.02 << 1
            << QStringList{};
        QTest::newRow("8 mg/kg x 2.6 kg, 0.01 mL: cap 20.8 -> 19.5")
            << u"8"_s << 1 << 1 << u"1.5"_s << u"1.5"_s << u"2.6"_s << 20.8 << 19.5 << 0.13 << 1
            << QStringList{};
        QTest::newRow("1 mg/kg x 3.2 kg, 0.01 mL, min 4.5: below")
            << u"1"_s << 1 << 1 << u"1.5"_s << u"4.5"_s << u"3.2"_s << 3.2 << 3.0 << 0.02 << 1
            << QStringList{below};
    }

    void doseShow()
    {
        QFETCH(QString, mgPerKg);
        QFETCH(int, perDay);
        QFETCH(int, everyDays);
        QFETCH(QString, stepMg);
        QFETCH(QString, minMg);
        QFETCH(QString, kg);
        QFETCH(double, dailyMg);
        QFETCH(double, perDoseMg);
        QFETCH(double, perDoseMl);
        QFETCH(int, syringes);
        QFETCH(QStringList, warnings);

        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        QVERIFY(addWeight(kg, u"2026-12-01"_s));
        QJsonObject set;
        QVERIFY(setRegimen({u"--mg-per-kg"_s, mgPerKg, u"--per-day"_s, QString::number(perDay),
                            u"--every-days"_s, QString::number(everyDays), u"--step-mg"_s, stepMg,
                            u"--min-mg"_s, minMg, u"--start"_s, u"2026-12-01"_s},
                           &set));
        QVERIFY(set.value(u"id"_s).toInteger() > 0);
        // Setting it warns of what its first day's dose falls outside.
        QCOMPARE(sorted(CliDatabase::warningCodes(set)), sorted(warnings));

        QJsonObject dose;
        QVERIFY(showDose(u"2026-12-10"_s, &dose));
        QCOMPARE(dose.value(u"daily_mg"_s).toDouble(), dailyMg);
        QCOMPARE(dose.value(u"per_dose_mg"_s).toDouble(), perDoseMg);
        QCOMPARE(dose.value(u"per_dose_ml"_s).toDouble(), perDoseMl);
        QCOMPARE(dose.value(u"doses_per_day"_s).toInt(), perDay);
        QCOMPARE(dose.value(u"every_days"_s).toInt(), everyDays);
        QCOMPARE(dose.value(u"syringes_per_dose"_s).toInt(), syringes);
        QVERIFY(dose.value(u"mg_per_kg"_s).isDouble());
        QCOMPARE(dose.value(u"mg_per_kg"_s).toDouble(), mgPerKg.toDouble());
        QVERIFY(dose.value(u"weight_kg"_s).isDouble());
        QCOMPARE(dose.value(u"weight_kg"_s).toDouble(), kg.toDouble());
        QCOMPARE(sorted(CliDatabase::warningCodes(dose)), sorted(warnings));
    }

    void doseShowFixed_data()
    {
        QTest::addColumn<QString>("doseMg");
        QTest::addColumn<int>("perDay");
        QTest::addColumn<double>("perDoseMg");
        QTest::addColumn<double>("perDoseMl");
        QTest::addColumn<int>("syringes");
        QTest::newRow("100 mg once") << u"100"_s << 1 << 100.0 << 0.67 << 1;
        QTest::newRow("100 mg in two") << u"100"_s << 2 << 50.0 << 0.33 << 1;
        QTest::newRow("80 mg once") << u"80"_s << 1 << 80.0 << 0.53 << 1;
    }

    void doseShowFixed()
    {
        QFETCH(QString, doseMg);
        QFETCH(int, perDay);
        QFETCH(double, perDoseMg);
        QFETCH(double, perDoseMl);
        QFETCH(int, syringes);

        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        QVERIFY(addWeight(u"70"_s, u"2026-12-01"_s)); // a weight, unused by a fixed dose
        QVERIFY(setRegimen({u"--dose-mg"_s, doseMg, u"--per-day"_s, QString::number(perDay),
                            u"--start"_s, u"2026-12-01"_s}));
        QJsonObject dose;
        QVERIFY(showDose(u"2026-12-10"_s, &dose));
        QCOMPARE(dose.value(u"daily_mg"_s).toDouble(), doseMg.toDouble());
        QCOMPARE(dose.value(u"per_dose_mg"_s).toDouble(), perDoseMg);
        QCOMPARE(dose.value(u"per_dose_ml"_s).toDouble(), perDoseMl);
        QCOMPARE(dose.value(u"doses_per_day"_s).toInt(), perDay);
        QCOMPARE(dose.value(u"every_days"_s).toInt(), 1);
        QCOMPARE(dose.value(u"syringes_per_dose"_s).toInt(), syringes);
        QVERIFY(dose.contains(u"mg_per_kg"_s));
        QVERIFY(dose.value(u"mg_per_kg"_s).isNull());
        QVERIFY(dose.contains(u"weight_kg"_s));
        QVERIFY(dose.value(u"weight_kg"_s).isNull());
        QCOMPARE(sorted(CliDatabase::warningCodes(dose)), QStringList{});
    }

    // `dose show --date` takes the latest weight on or before that date.
    void doseShowPicksWeightOfTheDate_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<double>("weightKg");
        QTest::addColumn<double>("dailyMg");
        QTest::addColumn<double>("perDoseMg");
        // 2 mg/kg/day once; weights 10 kg on 10-01, 12 on 10-15, 14 on 11-01.
        QTest::newRow("10-01") << u"2026-10-01"_s << 10.0 << 20.0 << 20.0;
        QTest::newRow("10-14") << u"2026-10-14"_s << 10.0 << 20.0 << 20.0;
        // 24 mg: 20 would be 16.7 % off, so it is shown as prescribed.
        QTest::newRow("10-15") << u"2026-10-15"_s << 12.0 << 24.0 << 24.0;
        QTest::newRow("10-20") << u"2026-10-20"_s << 12.0 << 24.0 << 24.0;
        QTest::newRow("10-31") << u"2026-10-31"_s << 12.0 << 24.0 << 24.0;
        QTest::newRow("11-01") << u"2026-11-01"_s << 14.0 << 28.0 << 30.0; // 30 <= 112
        QTest::newRow("11-20") << u"2026-11-20"_s << 14.0 << 28.0 << 30.0;
    }

    void doseShowPicksWeightOfTheDate()
    {
        QFETCH(QString, date);
        QFETCH(double, weightKg);
        QFETCH(double, dailyMg);
        QFETCH(double, perDoseMg);

        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        // Entered out of date order: the date counts.
        QVERIFY(addWeight(u"14"_s, u"2026-11-01"_s));
        QVERIFY(addWeight(u"10"_s, u"2026-10-01"_s));
        QVERIFY(addWeight(u"12"_s, u"2026-10-15"_s));
        QVERIFY(setRegimen({u"--mg-per-kg"_s, u"2"_s, u"--start"_s, u"2026-10-01"_s}));
        QJsonObject dose;
        QVERIFY(showDose(date, &dose));
        QCOMPARE(dose.value(u"date"_s).toString(), date);
        QCOMPARE(dose.value(u"weight_kg"_s).toDouble(), weightKg);
        QCOMPARE(dose.value(u"daily_mg"_s).toDouble(), dailyMg);
        QCOMPARE(dose.value(u"per_dose_mg"_s).toDouble(), perDoseMg);
    }

    void doseShowBeforeRegimen()
    {
        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        QVERIFY(addWeight(u"10"_s, u"2026-09-01"_s));
        QVERIFY(setRegimen({u"--mg-per-kg"_s, u"2"_s, u"--start"_s, u"2026-10-01"_s}));
        const CliRun run = m_db.run(Now, {u"dose"_s, u"show"_s, u"--date"_s, u"2026-09-30"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(run), u"no-regimen"_s);
    }

    void doseShowWithoutWeight()
    {
        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        QVERIFY(setRegimen({u"--mg-per-kg"_s, u"2"_s, u"--start"_s, u"2026-10-01"_s}));
        QVERIFY(addWeight(u"10"_s, u"2026-10-10"_s));
        const CliRun run = m_db.run(Now, {u"dose"_s, u"show"_s, u"--date"_s, u"2026-10-09"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(run), u"no-weight"_s);
        QJsonObject dose;
        QVERIFY(showDose(u"2026-10-10"_s, &dose));
        QCOMPARE(dose.value(u"per_dose_mg"_s).toDouble(), 20.0);
    }

    void regimenRefuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("0 mg/kg") << QStringList{u"--mg-per-kg"_s, u"0"_s};
        QTest::newRow("-1 mg/kg") << QStringList{u"--mg-per-kg"_s, u"-1"_s};
        QTest::newRow("20.1 mg/kg") << QStringList{u"--mg-per-kg"_s, u"20.1"_s};
        QTest::newRow("step 0") << QStringList{u"--mg-per-kg"_s, u"2"_s, u"--step-mg"_s, u"0"_s};
        QTest::newRow("step -10") << QStringList{u"--mg-per-kg"_s, u"2"_s, u"--step-mg"_s,
                                                 u"-10"_s};
        QTest::newRow("min -1") << QStringList{u"--mg-per-kg"_s, u"2"_s, u"--min-mg"_s, u"-1"_s};
    }

    void regimenRefuses()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        QVERIFY(addWeight(u"10"_s, u"2026-10-01"_s));
        QVERIFY(setRegimen({u"--mg-per-kg"_s, u"2"_s, u"--start"_s, u"2026-10-01"_s}));
        const QString before = m_db.dataDump();

        const CliRun run = m_db.run(
            Now, QStringList{u"regimen"_s, u"set"_s, u"--start"_s, u"2026-11-01"_s} + arguments);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(run), u"invalid-regimen"_s);
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(m_db.dataDump(), before);
        // The dose is still the one before.
        QJsonObject dose;
        QVERIFY(showDose(u"2026-11-05"_s, &dose));
        QCOMPARE(dose.value(u"mg_per_kg"_s).toDouble(), 2.0);
    }

    // ---- warnings --------------------------------------------------------------

    void weightStale_data()
    {
        QTest::addColumn<QString>("birth"); // empty: not known
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("stale");
        // 10 kg on 2026-10-01, 2 mg/kg/day from then: 20 mg, nothing else to flag.
        QTest::newRow("30 days") << QString() << u"2026-10-31"_s << false;
        QTest::newRow("31 days") << QString() << u"2026-11-01"_s << true;
        QTest::newRow("adult, 30 days") << u"2000-01-01"_s << u"2026-10-31"_s << false;
        QTest::newRow("adult, 31 days") << u"2000-01-01"_s << u"2026-11-01"_s << true;
        // Born 2025-04-16: 18 months old on 2026-10-16.
        QTest::newRow("18 months, 14 days") << u"2025-04-16"_s << u"2026-10-15"_s << false;
        QTest::newRow("18 months, 15 days") << u"2025-04-16"_s << u"2026-10-16"_s << true;
        // 2 years old that very day: the adult limit.
        QTest::newRow("exactly 2, 15 days") << u"2024-10-16"_s << u"2026-10-16"_s << false;
        QTest::newRow("2 less a day, 15 days") << u"2024-10-17"_s << u"2026-10-16"_s << true;
    }

    void weightStale()
    {
        QFETCH(QString, birth);
        QFETCH(QString, date);
        QFETCH(bool, stale);

        QVERIFY(m_db.addPatient(
            Now, u"Mia"_s, birth.isEmpty() ? QStringList{} : QStringList{u"--birth"_s, birth}));
        QVERIFY(addWeight(u"10"_s, u"2026-10-01"_s));
        QVERIFY(setRegimen({u"--mg-per-kg"_s, u"2"_s, u"--start"_s, u"2026-10-01"_s}));
        QJsonObject dose;
        QVERIFY(showDose(date, &dose));
        QCOMPARE(dose.value(u"per_dose_mg"_s).toDouble(), 20.0);
        QCOMPARE(sorted(CliDatabase::warningCodes(dose)),
                 stale ? QStringList{u"weight-stale"_s} : QStringList{});
    }

    void weightChanged_data()
    {
        QTest::addColumn<QString>("laterKg");
        QTest::addColumn<double>("perDoseMg");
        QTest::addColumn<bool>("changed");
        // 10 kg when 2 mg/kg/day was set on 2026-10-01; a new weight on 10-10.
        // Measured in 0.1 mg steps, so that only the weight is flagged.
        QTest::newRow("11 kg: +10 %") << u"11"_s << 22.0 << false;
        QTest::newRow("11.05 kg: +10.5 %") << u"11.05"_s << 22.1 << true;
        QTest::newRow("9 kg: -10 %") << u"9"_s << 18.0 << false;
        QTest::newRow("8.9 kg: -11 %") << u"8.9"_s << 17.8 << true;
        QTest::newRow("13 kg: +30 %") << u"13"_s << 26.0 << true;
    }

    void weightChanged()
    {
        QFETCH(QString, laterKg);
        QFETCH(double, perDoseMg);
        QFETCH(bool, changed);

        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        QVERIFY(addWeight(u"10"_s, u"2026-10-01"_s));
        QVERIFY(setRegimen({u"--mg-per-kg"_s, u"2"_s, u"--start"_s, u"2026-10-01"_s, u"--step-mg"_s,
                            u"0.1"_s, u"--min-mg"_s, u"0"_s}));
        QVERIFY(addWeight(laterKg, u"2026-10-10"_s));
        QJsonObject dose;
        QVERIFY(showDose(u"2026-10-20"_s, &dose));
        QCOMPARE(dose.value(u"per_dose_mg"_s).toDouble(), perDoseMg);
        QCOMPARE(sorted(CliDatabase::warningCodes(dose)),
                 changed ? QStringList{u"weight-changed"_s} : QStringList{});
    }

    // Once a new regimen is set at the new weight, the change is no longer news.
    void weightChangedCountsFromTheRegimen()
    {
        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        QVERIFY(addWeight(u"10"_s, u"2026-10-01"_s));
        QVERIFY(setRegimen({u"--mg-per-kg"_s, u"2"_s, u"--start"_s, u"2026-10-01"_s, u"--step-mg"_s,
                            u"0.1"_s, u"--min-mg"_s, u"0"_s}));
        QVERIFY(addWeight(u"12"_s, u"2026-10-10"_s));
        QJsonObject dose;
        QVERIFY(showDose(u"2026-10-11"_s, &dose));
        QCOMPARE(sorted(CliDatabase::warningCodes(dose)), QStringList{u"weight-changed"_s});
        QVERIFY(setRegimen({u"--mg-per-kg"_s, u"2"_s, u"--start"_s, u"2026-10-12"_s, u"--step-mg"_s,
                            u"0.1"_s, u"--min-mg"_s, u"0"_s}));
        QVERIFY(showDose(u"2026-10-20"_s, &dose));
        QCOMPARE(dose.value(u"weight_kg"_s).toDouble(), 12.0);
        QCOMPARE(sorted(CliDatabase::warningCodes(dose)), QStringList{});
        // The day before the new regimen still counts from the old one.
        QVERIFY(showDose(u"2026-10-11"_s, &dose));
        QCOMPARE(sorted(CliDatabase::warningCodes(dose)), QStringList{u"weight-changed"_s});
    }

    void largeStep_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QString>("secondMgPerKg");
        QTest::addColumn<bool>("large");
        // 20 kg: 1-4 mg/kg/day give 20-80 mg, nothing else to flag.
        QTest::newRow("1 -> 2") << QStringList{u"--mg-per-kg"_s, u"1"_s} << u"2"_s << false;
        QTest::newRow("2 -> 2.5") << QStringList{u"--mg-per-kg"_s, u"2"_s} << u"2.5"_s << false;
        QTest::newRow("2 -> 3.5") << QStringList{u"--mg-per-kg"_s, u"2"_s} << u"3.5"_s << true;
        QTest::newRow("3.5 -> 2") << QStringList{u"--mg-per-kg"_s, u"3.5"_s} << u"2"_s << true;
        QTest::newRow("fixed 100 mg -> 2")
            << QStringList{u"--dose-mg"_s, u"100"_s} << u"2"_s << false;
    }

    void largeStep()
    {
        QFETCH(QStringList, first);
        QFETCH(QString, secondMgPerKg);
        QFETCH(bool, large);

        QVERIFY(m_db.addPatient(Now, u"Mia"_s));
        QVERIFY(addWeight(u"20"_s, u"2026-12-01"_s));
        QJsonObject set;
        QVERIFY(setRegimen(first + QStringList{u"--start"_s, u"2026-12-01"_s}, &set));
        QCOMPARE(sorted(CliDatabase::warningCodes(set)), QStringList{});
        QVERIFY(setRegimen({u"--mg-per-kg"_s, secondMgPerKg, u"--start"_s, u"2026-12-15"_s}, &set));
        QCOMPARE(sorted(CliDatabase::warningCodes(set)),
                 large ? QStringList{u"large-step"_s} : QStringList{});
        // A warning, not a refusal: the new regimen is in force.
        QJsonObject dose;
        QVERIFY(showDose(u"2026-12-20"_s, &dose));
        QCOMPARE(dose.value(u"mg_per_kg"_s).toDouble(), secondMgPerKg.toDouble());
        QCOMPARE(sorted(CliDatabase::warningCodes(dose)), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestWeightsCli)
#include "tst_weights_cli.moc"
