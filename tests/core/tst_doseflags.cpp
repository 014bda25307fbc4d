// The flags on a weight-based dose (issue 6, DESIGN.md "Regimens"): an old
// weight, a weight that moved more than 10 % since the regimen was set, a
// titration step beyond 1 mg/kg. They inform and never refuse. Expected values
// are worked out by hand; the database tests use a temporary file and a fixed
// clock.

#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "patients/WeightRepository.h"
#include "regimen/DoseFlags.h"
#include "regimen/RegimenService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

// "YYYY-MM-DD=KG" entries, as the test tables give them.
struct DatedWeight
{
    QDate on;
    double kg = 0.0;
};

QList<DatedWeight> parseWeights(const QStringList &entries)
{
    QList<DatedWeight> weights;
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(u'=');
        weights.append({QDate::fromString(parts.at(0), Qt::ISODate), parts.at(1).toDouble()});
    }
    return weights;
}

QStringList sortedCodes(const Warnings &warnings)
{
    QStringList codes;
    for (const Warning &warning : warnings)
        codes << warning.code;
    std::sort(codes.begin(), codes.end());
    return codes;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

Regimen perKg(qint64 patientId, const QDate &start, double mgPerKg)
{
    Regimen regimen;
    regimen.patientId = patientId;
    regimen.start = start;
    regimen.mgPerKgPerDay = mgPerKg;
    return regimen;
}

Regimen fixedMg(qint64 patientId, const QDate &start, double mg)
{
    Regimen regimen;
    regimen.patientId = patientId;
    regimen.start = start;
    regimen.dailyMg = mg;
    return regimen;
}

} // namespace

class TestDoseFlags final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // Today is 2026-11-20 in Berlin; every date the tests use is on or before it.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(11, 0), QTimeZone::utc())};

    qint64 addPatient(const std::optional<QDate> &birth = std::nullopt)
    {
        PatientRepository patients(*m_database, m_clock);
        const auto added = patients.add(NewPatient{u"Ada"_s, birth, std::nullopt, QDate()});
        if (!added) {
            qWarning("patient: %s", qPrintable(added.error().message));
            return 0;
        }
        return added->id;
    }

    bool addWeights(qint64 patientId, const QList<DatedWeight> &weights)
    {
        PatientRepository patients(*m_database, m_clock);
        for (const DatedWeight &weight : weights) {
            const auto added = patients.addWeight(patientId, weight.on, weight.kg);
            if (!added) {
                qWarning("weight: %s", qPrintable(added.error().message));
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database.reset();
        auto opened = Database::open(m_dir.filePath(u"flags.sqlite"_s));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_database = std::move(*opened);
    }

    void cleanup()
    {
        m_database.reset();
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files))
            QFile::remove(dir.filePath(name));
    }

    // ---- DoseFlags on their own -------------------------------------------

    void weightStale_data()
    {
        QTest::addColumn<QDate>("measuredOn");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("birth"); // invalid: not known
        QTest::addColumn<bool>("stale");

        const QDate day(2026, 11, 20);
        QTest::newRow("no birth, same day") << day << day << QDate() << false;
        QTest::newRow("no birth, 30 days") << QDate(2026, 10, 21) << day << QDate() << false;
        QTest::newRow("no birth, 31 days") << QDate(2026, 10, 20) << day << QDate() << true;
        QTest::newRow("adult, 30 days") << QDate(2026, 10, 21) << day << QDate(1980, 3, 1) << false;
        QTest::newRow("adult, 31 days") << QDate(2026, 10, 20) << day << QDate(1980, 3, 1) << true;
        QTest::newRow("adult, 15 days") << QDate(2026, 11, 5) << day << QDate(1980, 3, 1) << false;
        // Born 18 months before the day: under 2, 14 days at most.
        QTest::newRow("18 months, 14 days")
            << QDate(2026, 11, 6) << day << QDate(2025, 5, 20) << false;
        QTest::newRow("18 months, 15 days")
            << QDate(2026, 11, 5) << day << QDate(2025, 5, 20) << true;
        QTest::newRow("18 months, 31 days")
            << QDate(2026, 10, 20) << day << QDate(2025, 5, 20) << true;
        // Born two years before the day to the day: 2 years old, the adult limit.
        QTest::newRow("exactly 2 years, 15 days")
            << QDate(2026, 11, 5) << day << QDate(2024, 11, 20) << false;
        QTest::newRow("exactly 2 years, 30 days")
            << QDate(2026, 10, 21) << day << QDate(2024, 11, 20) << false;
        QTest::newRow("exactly 2 years, 31 days")
            << QDate(2026, 10, 20) << day << QDate(2024, 11, 20) << true;
        // One day short of 2: still the infant limit.
        QTest::newRow("2 years less a day, 15 days")
            << QDate(2026, 11, 5) << day << QDate(2024, 11, 21) << true;
        QTest::newRow("2 years less a day, 14 days")
            << QDate(2026, 11, 6) << day << QDate(2024, 11, 21) << false;
    }

    void weightStale()
    {
        QFETCH(QDate, measuredOn);
        QFETCH(QDate, day);
        QFETCH(QDate, birth);
        QFETCH(bool, stale);

        const Weight weight{1, measuredOn, 10.0};
        const auto flag = DoseFlags::weightStale(
            weight, day, birth.isValid() ? std::optional<QDate>(birth) : std::nullopt);
        QCOMPARE(flag.has_value(), stale);
        if (flag) {
            QCOMPARE(flag->code, u"weight-stale"_s);
            // Says how old the weight is.
            QVERIFY2(flag->message.contains(QString::number(measuredOn.daysTo(day))),
                     qPrintable(flag->message));
        }
    }

    void weightChanged_data()
    {
        QTest::addColumn<double>("atStartKg");
        QTest::addColumn<double>("latestKg");
        QTest::addColumn<bool>("changed");

        QTest::newRow("same") << 10.0 << 10.0 << false;
        QTest::newRow("+10 %") << 10.0 << 11.0 << false;
        QTest::newRow("+10.5 %") << 10.0 << 11.05 << true;
        QTest::newRow("-10 %") << 10.0 << 9.0 << false;
        QTest::newRow("-11 %") << 10.0 << 8.9 << true;
        QTest::newRow("+20 %") << 10.0 << 12.0 << true;
        QTest::newRow("7.4 -> 8.14: +10 %") << 7.4 << 8.14 << false;
        QTest::newRow("7.4 -> 8.2: +10.8 %") << 7.4 << 8.2 << true;
        QTest::newRow("20 -> 22.1: +10.5 %") << 20.0 << 22.1 << true;
        QTest::newRow("20 -> 17.9: -10.5 %") << 20.0 << 17.9 << true;
        QTest::newRow("20 -> 18: -10 %") << 20.0 << 18.0 << false;
    }

    void weightChanged()
    {
        QFETCH(double, atStartKg);
        QFETCH(double, latestKg);
        QFETCH(bool, changed);

        const auto flag = DoseFlags::weightChanged(atStartKg, latestKg);
        QCOMPARE(flag.has_value(), changed);
        if (flag) {
            QCOMPARE(flag->code, u"weight-changed"_s);
            QVERIFY(!flag->message.isEmpty());
        }
    }

    void titrationStep_data()
    {
        QTest::addColumn<double>("before"); // mg/kg/day; 0: a fixed 100 mg
        QTest::addColumn<double>("after");
        QTest::addColumn<bool>("large");

        QTest::newRow("1 -> 2") << 1.0 << 2.0 << false;
        QTest::newRow("1 -> 1.5") << 1.0 << 1.5 << false;
        QTest::newRow("1.1 -> 2.1") << 1.1 << 2.1 << false;
        QTest::newRow("2 -> 2") << 2.0 << 2.0 << false;
        QTest::newRow("2 -> 3.5") << 2.0 << 3.5 << true;
        QTest::newRow("2 -> 3.1") << 2.0 << 3.1 << true;
        QTest::newRow("3.5 -> 2: down") << 3.5 << 2.0 << true;
        QTest::newRow("3 -> 2: down 1") << 3.0 << 2.0 << false;
        QTest::newRow("fixed -> 2 mg/kg") << 0.0 << 2.0 << false;
        QTest::newRow("fixed -> 8 mg/kg") << 0.0 << 8.0 << false;
        QTest::newRow("4 mg/kg -> fixed") << 4.0 << 0.0 << false;
    }

    void titrationStep()
    {
        QFETCH(double, before);
        QFETCH(double, after);
        QFETCH(bool, large);

        const QDate start(2026, 10, 1);
        const Regimen first = before > 0 ? perKg(1, start, before) : fixedMg(1, start, 100.0);
        const Regimen second =
            after > 0 ? perKg(1, start.addDays(30), after) : fixedMg(1, start.addDays(30), 100.0);
        const auto flag = DoseFlags::titrationStep(first, second);
        QCOMPARE(flag.has_value(), large);
        if (flag) {
            QCOMPARE(flag->code, u"large-step"_s);
            QVERIFY(!flag->message.isEmpty());
        }
    }

    // ---- through the database ---------------------------------------------

    void latestWeightOnOrBefore_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<double>("kg"); // 0: none

        QTest::newRow("before the first") << QDate(2026, 9, 30) << 0.0;
        QTest::newRow("on the first") << QDate(2026, 10, 1) << 10.0;
        QTest::newRow("the day before the second") << QDate(2026, 10, 14) << 10.0;
        QTest::newRow("on the second") << QDate(2026, 10, 15) << 12.0;
        QTest::newRow("between second and third") << QDate(2026, 10, 20) << 12.0;
        QTest::newRow("the day before the third") << QDate(2026, 10, 31) << 12.0;
        QTest::newRow("on the third") << QDate(2026, 11, 1) << 14.0;
        QTest::newRow("later") << QDate(2026, 11, 20) << 14.0;
    }

    void latestWeightOnOrBefore()
    {
        QFETCH(QDate, day);
        QFETCH(double, kg);

        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        // Entered out of order on purpose: the date counts, not the order.
        QVERIFY(addWeights(
            patient, parseWeights({u"2026-11-01=14"_s, u"2026-10-01=10"_s, u"2026-10-15=12"_s})));
        const qint64 other = [this] {
            PatientRepository patients(*m_database, m_clock);
            const auto added =
                patients.add(NewPatient{u"Ben"_s, std::nullopt, std::nullopt, QDate()});
            return added ? added->id : 0;
        }();
        QVERIFY(other > 0);
        QVERIFY(addWeights(other, parseWeights({u"2026-10-10=50"_s, u"2026-10-20=55"_s})));

        const auto latest =
            WeightRepository::latestOnOrBefore(m_database->connection(), patient, day);
        QVERIFY(latest);
        QCOMPARE(latest->has_value(), kg > 0);
        if (kg > 0) {
            QCOMPARE((*latest)->kg, kg);
            QVERIFY((*latest)->measuredOn <= day);
        }

        // The dose follows the same weight: 2 mg/kg/day from 2026-10-01.
        RegimenService regimens(*m_database, m_clock);
        QVERIFY(regimens.set(perKg(patient, QDate(2026, 10, 1), 2.0)));
        const auto dose = regimens.doseOn(patient, day);
        if (day < QDate(2026, 10, 1)) {
            QVERIFY(!dose);
            QCOMPARE(dose.error().code, u"no-regimen"_s);
            return;
        }
        QVERIFY2(dose, dose ? "" : qPrintable(dose.error().message));
        QVERIFY(dose->weightKg);
        QCOMPARE(*dose->weightKg, kg);
        QCOMPARE(dose->dailyMg, 2.0 * kg);
    }

    // The dose on 2026-10-20 uses the weight of 2026-10-15.
    void doseUsesWeightOfTheDay()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        QVERIFY(addWeights(
            patient, parseWeights({u"2026-10-01=10"_s, u"2026-10-15=12"_s, u"2026-11-01=14"_s})));
        RegimenService regimens(*m_database, m_clock);
        QVERIFY(regimens.set(perKg(patient, QDate(2026, 10, 1), 2.0)));
        const auto dose = regimens.doseOn(patient, QDate(2026, 10, 20));
        QVERIFY(dose);
        QCOMPARE(*dose->weightKg, 12.0);
        QCOMPARE(dose->dailyMg, 24.0); // 2 x 12
        // 24 mg: 20 would be 16.7 % off, past the 10 % tolerance, so as prescribed.
        QCOMPARE(dose->perDoseMg, 24.0);
        QCOMPARE(dose->perDoseMl, 0.16);
    }

    void doseOnWarnings_data()
    {
        QTest::addColumn<QDate>("birth"); // invalid: not known
        QTest::addColumn<QStringList>("weights");
        QTest::addColumn<double>("mgPerKg"); // 0: fixed 100 mg
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<double>("perDoseMg");
        QTest::addColumn<QStringList>("warnings");

        const QDate oct1(2026, 10, 1);
        const QStringList one{u"2026-10-01=10"_s};
        const QString stale = u"weight-stale"_s;
        const QString changed = u"weight-changed"_s;
        const QString coarse = u"dose-not-measurable"_s;
        const QString belowMark = u"below-smallest-mark"_s;

        // 2 mg/kg x 10 kg = 20 mg: nothing else to flag.
        QTest::newRow("weight 30 days old")
            << QDate() << one << 2.0 << oct1 << QDate(2026, 10, 31) << 20.0 << QStringList{};
        QTest::newRow("weight 31 days old")
            << QDate() << one << 2.0 << oct1 << QDate(2026, 11, 1) << 20.0 << QStringList{stale};
        QTest::newRow("adult with birth, 31 days")
            << QDate(1990, 6, 1) << one << 2.0 << oct1 << QDate(2026, 11, 1) << 20.0
            << QStringList{stale};
        // Born 2025-04-16: 18 months old on 2026-10-16.
        QTest::newRow("infant, 14 days") << QDate(2025, 4, 16) << one << 2.0 << oct1
                                         << QDate(2026, 10, 15) << 20.0 << QStringList{};
        QTest::newRow("infant, 15 days") << QDate(2025, 4, 16) << one << 2.0 << oct1
                                         << QDate(2026, 10, 16) << 20.0 << QStringList{stale};
        QTest::newRow("2 years old that day, 15 days")
            << QDate(2024, 10, 16) << one << 2.0 << oct1 << QDate(2026, 10, 16) << 20.0
            << QStringList{};

        // Weight since the regimen was set (10 kg on its first day).
        QTest::newRow("+10 %") << QDate() << QStringList{u"2026-10-01=10"_s, u"2026-10-10=11"_s}
                               << 2.0 << oct1 << QDate(2026, 10, 20) << 20.0 << QStringList{};
        QTest::newRow("+10.5 %") << QDate()
                                 << QStringList{u"2026-10-01=10"_s, u"2026-10-10=11.05"_s} << 2.0
                                 << oct1 << QDate(2026, 10, 20) << 20.0 << QStringList{changed};
        // 17.8 and 18 mg are more than 10 % from 20: shown as prescribed.
        QTest::newRow("-11 %") << QDate() << QStringList{u"2026-10-01=10"_s, u"2026-10-10=8.9"_s}
                               << 2.0 << oct1 << QDate(2026, 10, 20) << 17.8
                               << QStringList{changed, coarse, belowMark};
        QTest::newRow("-10 %") << QDate() << QStringList{u"2026-10-01=10"_s, u"2026-10-10=9"_s}
                               << 2.0 << oct1 << QDate(2026, 10, 20) << 18.0
                               << QStringList{coarse, belowMark};
        // The weight when the regimen was set is the latest on or before its
        // start (11 kg), not the first ever (10 kg): 12 is +9.1 %.
        QTest::newRow("baseline is the weight at the start")
            << QDate() << QStringList{u"2026-09-01=10"_s, u"2026-09-25=11"_s, u"2026-10-10=12"_s}
            << 2.0 << oct1 << QDate(2026, 10, 20) << 24.0 << QStringList{coarse};
        // 12 kg is +20 %, measured 36 days before 2026-11-10: both.
        QTest::newRow("stale and changed")
            << QDate() << QStringList{u"2026-10-01=10"_s, u"2026-10-05=12"_s} << 2.0 << oct1
            << QDate(2026, 11, 10) << 24.0 << QStringList{stale, changed, coarse};
        // A fixed dose does not follow the weight: no weight flags.
        QTest::newRow("fixed dose, old and changed weight")
            << QDate() << QStringList{u"2026-10-01=60"_s, u"2026-10-05=70"_s} << 0.0 << oct1
            << QDate(2026, 11, 10) << 100.0 << QStringList{};
        // Weight flags come on top of the dose's own: 9 mg/kg x 10 = 90.
        QTest::newRow("above the label and stale")
            << QDate() << one << 9.0 << oct1 << QDate(2026, 11, 1) << 90.0
            << QStringList{u"above-label-max"_s, stale};
    }

    void doseOnWarnings()
    {
        QFETCH(QDate, birth);
        QFETCH(QStringList, weights);
        QFETCH(double, mgPerKg);
        QFETCH(QDate, start);
        QFETCH(QDate, day);
        QFETCH(double, perDoseMg);
        QFETCH(QStringList, warnings);

        const qint64 patient =
            addPatient(birth.isValid() ? std::optional<QDate>(birth) : std::nullopt);
        QVERIFY(patient > 0);
        QVERIFY(addWeights(patient, parseWeights(weights)));
        RegimenService regimens(*m_database, m_clock);
        const auto saved = regimens.set(mgPerKg > 0 ? perKg(patient, start, mgPerKg)
                                                    : fixedMg(patient, start, 100.0));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const auto dose = regimens.doseOn(patient, day);
        QVERIFY2(dose, dose ? "" : qPrintable(dose.error().message));
        QCOMPARE(dose->perDoseMg, perDoseMg);
        QCOMPARE(sortedCodes(dose->warnings), sorted(warnings));
    }

    void setWarnsOfLargeStep_data()
    {
        QTest::addColumn<double>("before"); // mg/kg/day; 0: a fixed 100 mg
        QTest::addColumn<double>("after");
        QTest::addColumn<bool>("large");

        QTest::newRow("1 -> 2") << 1.0 << 2.0 << false;
        QTest::newRow("2 -> 2.5") << 2.0 << 2.5 << false;
        QTest::newRow("2 -> 3.5") << 2.0 << 3.5 << true;
        QTest::newRow("3.5 -> 2") << 3.5 << 2.0 << true;
        QTest::newRow("1 -> 4") << 1.0 << 4.0 << true;
        QTest::newRow("fixed -> 2 mg/kg") << 0.0 << 2.0 << false;
    }

    void setWarnsOfLargeStep()
    {
        QFETCH(double, before);
        QFETCH(double, after);
        QFETCH(bool, large);

        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        // 20 kg: 1-4 mg/kg/day give 20-80 mg, no other warning.
        QVERIFY(addWeights(patient, parseWeights({u"2026-09-20=20"_s})));
        RegimenService regimens(*m_database, m_clock);
        const QDate first(2026, 10, 1);
        const auto one =
            regimens.set(before > 0 ? perKg(patient, first, before) : fixedMg(patient, first, 100));
        QVERIFY(one);
        QCOMPARE(sortedCodes(one->warnings), QStringList{}); // the first: no step
        const auto two = regimens.set(perKg(patient, QDate(2026, 11, 1), after));
        QVERIFY2(two, two ? "" : qPrintable(two.error().message));
        QCOMPARE(sortedCodes(two->warnings), large ? QStringList{u"large-step"_s} : QStringList{});
    }

    // A refused regimen writes nothing and changes no dose.
    void setRefusesOutOfRange_data()
    {
        QTest::addColumn<double>("mgPerKg");
        QTest::addColumn<double>("stepMg");
        QTest::newRow("0 mg/kg") << 0.0 << 10.0;
        QTest::newRow("20.1 mg/kg") << 20.1 << 10.0;
        QTest::newRow("step 0") << 2.0 << 0.0;
    }

    void setRefusesOutOfRange()
    {
        QFETCH(double, mgPerKg);
        QFETCH(double, stepMg);

        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        QVERIFY(addWeights(patient, parseWeights({u"2026-10-01=10"_s})));
        RegimenService regimens(*m_database, m_clock);
        QVERIFY(regimens.set(perKg(patient, QDate(2026, 10, 1), 2.0)));
        Regimen bad = perKg(patient, QDate(2026, 11, 1), mgPerKg);
        bad.stepMg = stepMg;
        const auto saved = regimens.set(bad);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, ErrorKind::Rejected);
        QCOMPARE(saved.error().code, u"invalid-regimen"_s);
        const auto history = regimens.history(patient);
        QVERIFY(history);
        QCOMPARE(history->size(), qsizetype(1));
        const auto dose = regimens.doseOn(patient, QDate(2026, 11, 5));
        QVERIFY(dose);
        QCOMPARE(*dose->mgPerKgPerDay, 2.0);
    }
};

QTEST_GUILESS_MAIN(TestDoseFlags)
#include "tst_doseflags.moc"
