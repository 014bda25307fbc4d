// Dose arithmetic (DESIGN.md, "Measuring a dose"). Every expected value is
// worked out by hand: per-dose mg to the nearest step, a tie down; down instead
// of up where up would take the day above 8 mg/kg; mL = mg / 150 to two
// decimals; syringes = ceil(mg / 100).

#include "regimen/DoseCalculator.h"
#include "regimen/RegimenRules.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {
const QString AboveMax = u"above-label-max"_s;
const QString BelowMark = u"below-smallest-mark"_s;
const QString NotMeasurable = u"dose-not-measurable"_s;
} // namespace

class TestDoseCalculator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calculate_data()
    {
        QTest::addColumn<double>("dailyMg");  // 0: weight-based
        QTest::addColumn<double>("mgPerKg");  // 0: fixed
        QTest::addColumn<double>("weightKg"); // 0: none
        QTest::addColumn<int>("perDay");
        QTest::addColumn<double>("stepMg");
        QTest::addColumn<double>("expectedDaily");
        QTest::addColumn<double>("perDoseMg");
        QTest::addColumn<double>("perDoseMl");
        QTest::addColumn<int>("syringes");
        QTest::addColumn<QStringList>("warnings");

        QTest::newRow("RA 100 mg once")
            << 100.0 << 0.0 << 0.0 << 1 << 10.0 << 100.0 << 100.0 << 0.67 << 1 << QStringList{};
        QTest::newRow("RA 100 mg split in two")
            << 100.0 << 0.0 << 0.0 << 2 << 10.0 << 100.0 << 50.0 << 0.33 << 1 << QStringList{};
        QTest::newRow("150 mg needs two syringes")
            << 150.0 << 0.0 << 0.0 << 1 << 10.0 << 150.0 << 150.0 << 1.0 << 2
            << QStringList{QStringLiteral("above-label-max")};
        QTest::newRow("a tie rounds down: 75 -> 70")
            << 150.0 << 0.0 << 0.0 << 2 << 10.0 << 150.0 << 70.0 << 0.47 << 1
            << QStringList{QStringLiteral("above-label-max")};
        QTest::newRow("2 mg/kg x 7.4 kg: 14.8 mg is not rounded to 10 (-32 %)")
            << 0.0 << 2.0 << 7.4 << 1 << 10.0 << 14.8 << 14.8 << 0.1 << 1
            << QStringList{NotMeasurable, BelowMark};
        QTest::newRow("1 mg/kg x 25 kg: 25 is 20 % from either mark")
            << 0.0 << 1.0 << 25.0 << 1 << 10.0 << 25.0 << 25.0 << 0.17 << 1
            << QStringList{NotMeasurable};
        QTest::newRow("1 mg/kg x 21 kg: 21 -> 20 (-4.8 %)")
            << 0.0 << 1.0 << 21.0 << 1 << 10.0 << 21.0 << 20.0 << 0.13 << 1 << QStringList{};
        QTest::newRow("8 mg/kg cap: 37.6 would round down to 30 (-20 %): as prescribed")
            << 0.0 << 8.0 << 9.4 << 2 << 10.0 << 75.2 << 37.6 << 0.25 << 1
            << QStringList{NotMeasurable};
        QTest::newRow("0.01 mL step (1.5 mg)")
            << 0.0 << 2.0 << 3.3 << 1 << 1.5 << 6.6 << 6.0 << 0.04 << 1
            << QStringList{QStringLiteral("below-smallest-mark")};
        QTest::newRow("above 8 mg/kg/day prescribed")
            << 0.0 << 10.0 << 20.0 << 2 << 10.0 << 200.0 << 100.0 << 0.67 << 1
            << QStringList{QStringLiteral("above-label-max")};
        QTest::newRow("never rounded up to a whole step: 4.2 mg stays 4.2, not 10")
            << 0.0 << 1.0 << 4.2 << 1 << 10.0 << 4.2 << 4.2 << 0.03 << 1
            << QStringList{NotMeasurable, BelowMark};
        QTest::newRow("a 3.4 kg newborn at 1 mg/kg/day: 3.4 mg, not 10")
            << 0.0 << 1.0 << 3.4 << 1 << 10.0 << 3.4 << 3.4 << 0.02 << 1
            << QStringList{NotMeasurable, BelowMark};
        QTest::newRow("a 3.4 kg newborn at 2 mg/kg/day twice: 3.4 mg each")
            << 0.0 << 2.0 << 3.4 << 2 << 10.0 << 6.8 << 3.4 << 0.02 << 1
            << QStringList{NotMeasurable, BelowMark};
        QTest::newRow("8.2 mg/kg prescribed is flagged though 80 mg is 8.0 mg/kg")
            << 0.0 << 8.2 << 10.0 << 1 << 10.0 << 82.0 << 80.0 << 0.53 << 1
            << QStringList{QStringLiteral("above-label-max")};
        QTest::newRow("above 100 mg per dose: 2 syringes")
            << 0.0 << 4.0 << 40.0 << 1 << 10.0 << 160.0 << 160.0 << 1.07 << 2 << QStringList{};
    }

    void calculate()
    {
        QFETCH(double, dailyMg);
        QFETCH(double, mgPerKg);
        QFETCH(double, weightKg);
        QFETCH(int, perDay);
        QFETCH(double, stepMg);
        QFETCH(double, expectedDaily);
        QFETCH(double, perDoseMg);
        QFETCH(double, perDoseMl);
        QFETCH(int, syringes);
        QFETCH(QStringList, warnings);

        Regimen regimen;
        if (dailyMg > 0)
            regimen.dailyMg = dailyMg;
        if (mgPerKg > 0)
            regimen.mgPerKgPerDay = mgPerKg;
        regimen.dosesPerDay = perDay;
        regimen.stepMg = stepMg;
        const auto dose = DoseCalculator::calculate(
            regimen, weightKg > 0 ? std::optional<double>(weightKg) : std::nullopt);
        QVERIFY(dose);
        QCOMPARE(dose->dailyMg, expectedDaily);
        QCOMPARE(dose->perDoseMg, perDoseMg);
        QCOMPARE(dose->perDoseMl, perDoseMl);
        QCOMPARE(dose->syringesPerDose, syringes);
        QStringList codes;
        for (const Warning &warning : dose->warnings)
            codes << warning.code;
        QCOMPARE(codes, warnings);
    }

    // Weight-based regimens: mg/kg/day x kg, split over the doses of a day.
    void weightBased_data()
    {
        QTest::addColumn<double>("mgPerKg");
        QTest::addColumn<double>("weightKg");
        QTest::addColumn<int>("perDay");
        QTest::addColumn<int>("everyDays");
        QTest::addColumn<double>("stepMg");
        QTest::addColumn<double>("minMg");
        QTest::addColumn<double>("expectedDaily");
        QTest::addColumn<double>("perDoseMg");
        QTest::addColumn<double>("perDoseMl");
        QTest::addColumn<int>("syringes");
        QTest::addColumn<QStringList>("warnings");

        const auto row = [](const char *name, double mgPerKg, double kg, int perDay, double step,
                            double minMg, double daily, double perDose, double ml, int syringes,
                            const QStringList &warnings, int everyDays = 1) {
            QTest::newRow(name) << mgPerKg << kg << perDay << everyDays << step << minMg << daily
                                << perDose << ml << syringes << warnings;
        };

        // Once daily, default 10 mg step, smallest mark 20 mg.
        row("once 1x10 = 10: on a mark, below 20", 1, 10, 1, 10, 20, 10, 10, 0.07, 1, {BelowMark});
        row("once 1x35 = 35: not measurable in 10 mg steps, 35 as prescribed", 1, 35, 1, 10, 20, 35,
            35, 0.23, 1, {NotMeasurable});
        row("once 1.5x10 = 15: not measurable in 10 mg steps, 15 as prescribed", 1.5, 10, 1, 10, 20,
            15, 15, 0.1, 1, {NotMeasurable, BelowMark});
        row("once 2x12.3 = 24.6: not measurable in 10 mg steps, 24.6 as prescribed", 2, 12.3, 1, 10,
            20, 24.6, 24.6, 0.16, 1, {NotMeasurable});
        row("once 2x13 = 26: not measurable in 10 mg steps, 26 as prescribed", 2, 13, 1, 10, 20, 26,
            26, 0.17, 1, {NotMeasurable});
        row("once 3x18.2 = 54.6 -> 50", 3, 18.2, 1, 10, 20, 54.6, 50, 0.33, 1, {});
        row("once 3x18.5 = 55.5 -> 60", 3, 18.5, 1, 10, 20, 55.5, 60, 0.4, 1, {});
        row("once 2.5x21 = 52.5: tie -> 50", 2.5, 21, 1, 10, 20, 52.5, 50, 0.33, 1, {});
        row("once 0.5x60 = 30: on a mark", 0.5, 60, 1, 10, 20, 30, 30, 0.2, 1, {});
        row("every other day 2x20 = 40", 2, 20, 1, 10, 20, 40, 40, 0.27, 1, {}, 2);

        // Above 100 mg: more than one syringe.
        row("once 4x25 = 100: one syringe", 4, 25, 1, 10, 20, 100, 100, 0.67, 1, {});
        row("once 2x52.6 = 105.2 -> 110: two syringes", 2, 52.6, 1, 10, 20, 105.2, 110, 0.73, 2,
            {});
        row("once 4x30 = 120: two syringes", 4, 30, 1, 10, 20, 120, 120, 0.8, 2, {});
        row("once 5x41 = 205: tie -> 200, two syringes", 5, 41, 1, 10, 20, 205, 200, 1.33, 2, {});
        row("once 6x35 = 210: three syringes", 6, 35, 1, 10, 20, 210, 210, 1.4, 3, {});
        row("once 7x37 = 259 -> 260: three syringes", 7, 37, 1, 10, 20, 259, 260, 1.73, 3, {});
        row("once 8x38 = 304 -> 300: three syringes", 8, 38, 1, 10, 20, 304, 300, 2.0, 3, {});
        row("twice 6x40 = 120 each: two syringes", 6, 40, 2, 10, 20, 240, 120, 0.8, 2, {});
        row("twice 8x40 = 160 each: two syringes", 8, 40, 2, 10, 20, 320, 160, 1.07, 2, {});
        row("twice 7x60 = 210 each: three syringes", 7, 60, 2, 10, 20, 420, 210, 1.4, 3, {});

        // The 8 mg/kg/day cap after rounding, once daily: up would exceed it.
        row("cap once 8x9.4 = 75.2 -> 70, not 80", 8, 9.4, 1, 10, 20, 75.2, 70, 0.47, 1, {});
        row("cap once 8x3.2 = 25.6: not measurable in 10 mg steps, 25.6 as prescribed", 8, 3.2, 1,
            10, 20, 25.6, 25.6, 0.17, 1, {NotMeasurable});
        row("cap once 8x4.6 = 36.8: not measurable in 10 mg steps, 36.8 as prescribed", 8, 4.6, 1,
            10, 20, 36.8, 36.8, 0.25, 1, {NotMeasurable});
        row("cap once 8x12.2 = 97.6 -> 90, not 100", 8, 12.2, 1, 10, 20, 97.6, 90, 0.6, 1, {});
        row("cap once 7.9x12.4 = 97.96 -> 90, not 100 (> 99.2)", 7.9, 12.4, 1, 10, 20, 97.96, 90,
            0.6, 1, {});
        // ... and where up stays within it, up it is.
        row("under cap once 7.9x10 = 79 -> 80 (= 8 mg/kg)", 7.9, 10, 1, 10, 20, 79, 80, 0.53, 1,
            {});
        row("under cap once 7.6x10 = 76 -> 80 (= 8 mg/kg)", 7.6, 10, 1, 10, 20, 76, 80, 0.53, 1,
            {});
        row("under cap once 7.7x12.7 = 97.79 -> 100 (< 101.6)", 7.7, 12.7, 1, 10, 20, 97.79, 100,
            0.67, 1, {});
        row("under cap once 6x9.4 = 56.4 -> 60", 6, 9.4, 1, 10, 20, 56.4, 60, 0.4, 1, {});
        row("under cap once 7x9.4 = 65.8 -> 70", 7, 9.4, 1, 10, 20, 65.8, 70, 0.47, 1, {});

        // Twice daily: the cap is on the day (two doses).
        row("cap twice 8x6.8: 27.2: not measurable in 10 mg steps, 27.2 as prescribed", 8, 6.8, 2,
            10, 20, 54.4, 27.2, 0.18, 1, {NotMeasurable});
        row("cap twice 8x11.6: 46.4: not measurable in 10 mg steps, 46.4 as prescribed", 8, 11.6, 2,
            10, 20, 92.8, 46.4, 0.31, 1, {NotMeasurable});
        row("cap twice 8x14: 56: not measurable in 10 mg steps, 56 as prescribed", 8, 14, 2, 10, 20,
            112, 56, 0.37, 1, {NotMeasurable});
        row("cap twice 8x24.5: 98 -> 90, not 100", 8, 24.5, 2, 10, 20, 196, 90, 0.6, 1, {});
        row("cap twice 8x27: 108 -> 100, not 110", 8, 27, 2, 10, 20, 216, 100, 0.67, 1, {});
        row("twice 8x26: 104 -> 100", 8, 26, 2, 10, 20, 208, 100, 0.67, 1, {});
        row("twice 8x28.5: 114 -> 110, two syringes", 8, 28.5, 2, 10, 20, 228, 110, 0.73, 2, {});
        row("under cap twice 7.6x10: 38 -> 40 (= 8 mg/kg)", 7.6, 10, 2, 10, 20, 76, 40, 0.27, 1,
            {});
        row("under cap twice 5x11.6: 29 -> 30", 5, 11.6, 2, 10, 20, 58, 30, 0.2, 1, {});
        row("under cap twice 4x24.5: 49 -> 50", 4, 24.5, 2, 10, 20, 98, 50, 0.33, 1, {});
        row("under cap twice 5x7: 17.5: not measurable in 10 mg steps, 17.5 as prescribed", 5, 7, 2,
            10, 20, 35, 17.5, 0.12, 1, {NotMeasurable, BelowMark});

        // Twice daily ties.
        row("twice 2x15: 15 tie: not measurable in 10 mg steps, 15 as prescribed", 2, 15, 2, 10, 20,
            30, 15, 0.1, 1, {NotMeasurable, BelowMark});
        row("twice 2x25: 25 tie: not measurable in 10 mg steps, 25 as prescribed", 2, 25, 2, 10, 20,
            50, 25, 0.17, 1, {NotMeasurable});
        row("twice 3x35: 52.5 tie -> 50", 3, 35, 2, 10, 20, 105, 50, 0.33, 1, {});
        row("twice 3x15: 22.5: not measurable in 10 mg steps, 22.5 as prescribed", 3, 15, 2, 10, 20,
            45, 22.5, 0.15, 1, {NotMeasurable});

        // Below the smallest mark: shown, with a warning unless the regimen's
        // smallest dose allows it.
        row("below mark once 1x8: 8: not measurable in 10 mg steps, 8 as prescribed", 1, 8, 1, 10,
            20, 8, 8, 0.05, 1, {NotMeasurable, BelowMark});
        row("below mark twice 2x7.4: 7.4: not measurable in 10 mg steps, 7.4 as prescribed", 2, 7.4,
            2, 10, 20, 14.8, 7.4, 0.05, 1, {NotMeasurable, BelowMark});
        row("min 0: 1x10 = 10, no warning", 1, 10, 1, 10, 0, 10, 10, 0.07, 1, {});
        row("min 0 twice 2x7.4: not measurable in 10 mg steps, 7.4 as prescribed", 2, 7.4, 2, 10, 0,
            14.8, 7.4, 0.05, 1, {NotMeasurable});
        row("min 10: 10 on the smallest mark", 1, 10, 1, 10, 10, 10, 10, 0.07, 1, {});
        row("min 15: 10 below it", 1, 10, 1, 10, 15, 10, 10, 0.07, 1, {BelowMark});

        // More than 8 mg/kg/day prescribed: a warning, never a refusal.
        row("above 9x10 = 90", 9, 10, 1, 10, 20, 90, 90, 0.6, 1, {AboveMax});
        row("above 8.5x9.4 = 79.9 -> 80 (no cap above the label)", 8.5, 9.4, 1, 10, 20, 79.9, 80,
            0.53, 1, {AboveMax});
        row("above 8.6x10 = 86 -> 90", 8.6, 10, 1, 10, 20, 86, 90, 0.6, 1, {AboveMax});
        row("above twice 12x30: 180 each", 12, 30, 2, 10, 20, 360, 180, 1.2, 2, {AboveMax});
        row("above twice 10x25: 125 tie -> 120", 10, 25, 2, 10, 20, 250, 120, 0.8, 2, {AboveMax});
        row("above 20x5 = 100 (highest allowed)", 20, 5, 1, 10, 20, 100, 100, 0.67, 1, {AboveMax});
        row("above and below the mark 20x0.5 = 10", 20, 0.5, 1, 10, 20, 10, 10, 0.07, 1,
            {AboveMax, BelowMark});

        // A 0.01 mL step: 1.5 mg.
        row("0.01 mL 1x3.2 = 3.2 -> 3.0", 1, 3.2, 1, 1.5, 1.5, 3.2, 3.0, 0.02, 1, {});
        row("0.01 mL 1x3.3 = 3.3 -> 3.0", 1, 3.3, 1, 1.5, 1.5, 3.3, 3.0, 0.02, 1, {});
        row("0.01 mL 2x4.1 = 8.2 -> 7.5", 2, 4.1, 1, 1.5, 1.5, 8.2, 7.5, 0.05, 1, {});
        row("0.01 mL 2x4.2 = 8.4 -> 9.0", 2, 4.2, 1, 1.5, 1.5, 8.4, 9.0, 0.06, 1, {});
        row("0.01 mL 1x3.75 = 3.75: not measurable in 1.5 mg steps, 3.8 as prescribed", 1, 3.75, 1,
            1.5, 1.5, 3.75, 3.8, 0.03, 1, {NotMeasurable});
        row("0.01 mL 1x0.9 = 0.9: not measurable in 1.5 mg steps, 0.9 as prescribed", 1, 0.9, 1,
            1.5, 1.5, 0.9, 0.9, 0.01, 1, {NotMeasurable, BelowMark});
        row("0.01 mL 8x2.9 = 23.2 -> 22.5", 8, 2.9, 1, 1.5, 1.5, 23.2, 22.5, 0.15, 1, {});
        row("0.01 mL cap 8x3.5 = 28 -> 27.0, not 28.5", 8, 3.5, 1, 1.5, 1.5, 28, 27.0, 0.18, 1, {});
        row("0.01 mL cap 8x2.6 = 20.8 -> 19.5, not 21.0", 8, 2.6, 1, 1.5, 1.5, 20.8, 19.5, 0.13, 1,
            {});
        row("0.01 mL twice 2x3.3: 3.3 -> 3.0", 2, 3.3, 2, 1.5, 1.5, 6.6, 3.0, 0.02, 1, {});
        row("0.01 mL twice 3x4.1: 6.15 -> 6.0", 3, 4.1, 2, 1.5, 1.5, 12.3, 6.0, 0.04, 1, {});
        row("0.01 mL twice 4x3.6: 7.2 -> 7.5", 4, 3.6, 2, 1.5, 1.5, 14.4, 7.5, 0.05, 1, {});
        row("0.01 mL twice cap 8x3.6: 14.4 -> 13.5, not 15.0", 8, 3.6, 2, 1.5, 1.5, 28.8, 13.5,
            0.09, 1, {});
        row("0.01 mL twice 1.5x3: 2.25 tie: not measurable in 1.5 mg steps, 2.3 as prescribed", 1.5,
            3, 2, 1.5, 1.5, 4.5, 2.3, 0.02, 1, {NotMeasurable});
        row("0.01 mL below min 3: 1x2 = 2: not measurable in 1.5 mg steps, 2 as prescribed", 1, 2,
            1, 1.5, 3, 2, 2, 0.01, 1, {NotMeasurable, BelowMark});
        row("0.01 mL min 0: 1x1.2 = 1.2: not measurable in 1.5 mg steps, 1.2 as prescribed", 1, 1.2,
            1, 1.5, 0, 1.2, 1.2, 0.01, 1, {NotMeasurable});
    }

    void weightBased()
    {
        QFETCH(double, mgPerKg);
        QFETCH(double, weightKg);
        QFETCH(int, perDay);
        QFETCH(int, everyDays);
        QFETCH(double, stepMg);
        QFETCH(double, minMg);
        QFETCH(double, expectedDaily);
        QFETCH(double, perDoseMg);
        QFETCH(double, perDoseMl);
        QFETCH(int, syringes);
        QFETCH(QStringList, warnings);

        Regimen regimen;
        regimen.mgPerKgPerDay = mgPerKg;
        regimen.dosesPerDay = perDay;
        regimen.everyDays = everyDays;
        regimen.stepMg = stepMg;
        regimen.minMg = minMg;
        const auto dose = DoseCalculator::calculate(regimen, weightKg);
        QVERIFY(dose);
        QCOMPARE(dose->dailyMg, expectedDaily);
        QCOMPARE(dose->perDoseMg, perDoseMg);
        QCOMPARE(dose->perDoseMl, perDoseMl);
        QCOMPARE(dose->syringesPerDose, syringes);
        QCOMPARE(dose->dosesPerDay, perDay);
        QCOMPARE(dose->everyDays, everyDays);
        QVERIFY(dose->mgPerKgPerDay);
        QCOMPARE(*dose->mgPerKgPerDay, mgPerKg);
        QVERIFY(dose->weightKg);
        QCOMPARE(*dose->weightKg, weightKg);
        QStringList codes;
        for (const Warning &warning : dose->warnings) {
            codes << warning.code;
            QVERIFY2(!warning.message.isEmpty(), qPrintable(warning.code));
        }
        QCOMPARE(codes, warnings);
    }

    // Rounding moves a dose by at most the tolerance, a product setting: at
    // the boundary it still rounds, just past it the dose is shown as
    // prescribed with dose-not-measurable.
    void tolerance_data()
    {
        QTest::addColumn<double>("dailyMg");
        QTest::addColumn<double>("stepMg");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<double>("perDoseMg");
        QTest::addColumn<bool>("measurable");

        QTest::newRow("50 -> 45 is exactly 10 %: rounds") << 50.0 << 15.0 << 10.0 << 45.0 << true;
        QTest::newRow("50 -> 45 past 9.9 %: as prescribed") << 50.0 << 15.0 << 9.9 << 50.0 << false;
        QTest::newRow("44 -> 40 (9.1 %) within 10 %") << 44.0 << 10.0 << 10.0 << 40.0 << true;
        QTest::newRow("44 -> 40 (9.1 %) past 9 %") << 44.0 << 10.0 << 9.0 << 44.0 << false;
        QTest::newRow("45 tie -> 40 (11.1 %) past 10 %") << 45.0 << 10.0 << 10.0 << 45.0 << false;
        QTest::newRow("45 tie -> 40 (11.1 %) within 12 %") << 45.0 << 10.0 << 12.0 << 40.0 << true;
        QTest::newRow("100 on a mark, any tolerance") << 100.0 << 10.0 << 1.0 << 100.0 << true;
        QTest::newRow("3 mg with 10 mg steps even at 50 %") << 3.0 << 10.0 << 50.0 << 3.0 << false;
        QTest::newRow("6 -> 10 is 67 %: as prescribed") << 6.0 << 10.0 << 50.0 << 6.0 << false;
        QTest::newRow("6.66 -> 6.0 (9.9 %) with 1.5 mg steps")
            << 6.66 << 1.5 << 10.0 << 6.0 << true;
        QTest::newRow("6.64 to 0.1 mg when past tolerance") << 6.64 << 1.5 << 5.0 << 6.6 << false;
        // Never rounded to nothing, whatever the tolerance: 3 mg is nearer 0
        // than 10, and 0 is "within" 100 %.
        QTest::newRow("3 mg never to 0 mg, even at 100 %") << 3.0 << 10.0 << 100.0 << 3.0 << false;
    }

    void tolerance()
    {
        QFETCH(double, dailyMg);
        QFETCH(double, stepMg);
        QFETCH(double, tolerance);
        QFETCH(double, perDoseMg);
        QFETCH(bool, measurable);
        Regimen regimen;
        regimen.dailyMg = dailyMg;
        regimen.stepMg = stepMg;
        regimen.minMg = 0;
        regimen.indication = QStringLiteral("other");
        const auto dose = DoseCalculator::calculate(regimen, std::nullopt, tolerance);
        QVERIFY(dose);
        QCOMPARE(dose->perDoseMg, perDoseMg);
        QCOMPARE(dose->measurable, measurable);
        const bool flagged = std::any_of(dose->warnings.cbegin(), dose->warnings.cend(),
                                         [](const Warning &w) { return w.code == NotMeasurable; });
        QCOMPARE(flagged, !measurable);
    }

    // A logged amount against the regimen's: dose-differs past the tolerance,
    // above-label-max where the amount would take the day above the label.
    void checkLogged_data()
    {
        QTest::addColumn<double>("dailyMg");  // 0: weight-based
        QTest::addColumn<double>("mgPerKg");  // 0: fixed
        QTest::addColumn<double>("weightKg"); // 0: none
        QTest::addColumn<int>("perDay");
        QTest::addColumn<double>("loggedMg");
        QTest::addColumn<QStringList>("warnings");
        const QString differs = u"dose-differs"_s;
        QTest::newRow("RA 100 as prescribed") << 100.0 << 0.0 << 0.0 << 1 << 100.0 << QStringList{};
        QTest::newRow("RA 110: exactly 10 %")
            << 100.0 << 0.0 << 0.0 << 1 << 110.0 << QStringList{AboveMax};
        QTest::newRow("RA 90: exactly 10 %") << 100.0 << 0.0 << 0.0 << 1 << 90.0 << QStringList{};
        QTest::newRow("RA 89: past 10 %")
            << 100.0 << 0.0 << 0.0 << 1 << 89.0 << QStringList{differs};
        QTest::newRow("RA 200 typed for 100 (the issue)")
            << 100.0 << 0.0 << 0.0 << 1 << 200.0 << QStringList{differs, AboveMax};
        QTest::newRow("RA 20 typed for 100")
            << 100.0 << 0.0 << 0.0 << 1 << 20.0 << QStringList{differs};
        QTest::newRow("RA twice: 50 each") << 100.0 << 0.0 << 0.0 << 2 << 50.0 << QStringList{};
        QTest::newRow("RA twice: 100 each")
            << 100.0 << 0.0 << 0.0 << 2 << 100.0 << QStringList{differs, AboveMax};
        // 2 mg/kg x 10 kg = 20 mg once; 8 mg/kg/day is 80 mg.
        QTest::newRow("child 20 as prescribed") << 0.0 << 2.0 << 10.0 << 1 << 20.0 << QStringList{};
        QTest::newRow("child 22: exactly 10 %") << 0.0 << 2.0 << 10.0 << 1 << 22.0 << QStringList{};
        QTest::newRow("child 23: 15 %") << 0.0 << 2.0 << 10.0 << 1 << 23.0 << QStringList{differs};
        QTest::newRow("child 80: 8 mg/kg, not above")
            << 0.0 << 2.0 << 10.0 << 1 << 80.0 << QStringList{differs};
        QTest::newRow("child 100: 10 mg/kg")
            << 0.0 << 2.0 << 10.0 << 1 << 100.0 << QStringList{differs, AboveMax};
        QTest::newRow("child twice 45 each: 9 mg/kg/day")
            << 0.0 << 8.0 << 10.0 << 2 << 45.0 << QStringList{differs, AboveMax};
        // The newborn: 3.4 mg as prescribed (not measurable in 10 mg steps).
        QTest::newRow("newborn 3.4 as shown") << 0.0 << 1.0 << 3.4 << 1 << 3.4 << QStringList{};
        QTest::newRow("newborn 10 (the old rounding)")
            << 0.0 << 1.0 << 3.4 << 1 << 10.0 << QStringList{differs};
    }

    void checkLogged()
    {
        QFETCH(double, dailyMg);
        QFETCH(double, mgPerKg);
        QFETCH(double, weightKg);
        QFETCH(int, perDay);
        QFETCH(double, loggedMg);
        QFETCH(QStringList, warnings);
        Regimen regimen;
        if (dailyMg > 0)
            regimen.dailyMg = dailyMg;
        if (mgPerKg > 0)
            regimen.mgPerKgPerDay = mgPerKg;
        regimen.dosesPerDay = perDay;
        const auto expected = DoseCalculator::calculate(
            regimen, weightKg > 0 ? std::optional<double>(weightKg) : std::nullopt);
        QVERIFY(expected);
        QStringList codes;
        for (const Warning &warning :
             DoseCalculator::checkLogged(regimen, *expected, loggedMg, 10.0))
            codes << warning.code;
        QCOMPARE(codes, warnings);
    }

    void fixedDoseHasNoWeight()
    {
        Regimen regimen;
        regimen.dailyMg = 100.0;
        const auto dose = DoseCalculator::calculate(regimen, 70.0);
        QVERIFY(dose);
        QCOMPARE(dose->dailyMg, 100.0);
        QCOMPARE(dose->perDoseMg, 100.0);
        QVERIFY(!dose->mgPerKgPerDay);
        QVERIFY(!dose->weightKg);
    }

    // What a regimen may hold: mg/kg/day above 0 and at most 20, step above 0.
    void normalize_data()
    {
        QTest::addColumn<double>("mgPerKg");
        QTest::addColumn<double>("stepMg");
        QTest::addColumn<double>("minMg");
        QTest::addColumn<bool>("accepted");

        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("2 mg/kg, defaults") << 2.0 << 10.0 << 20.0 << true;
        QTest::newRow("0.1 mg/kg") << 0.1 << 10.0 << 20.0 << true;
        QTest::newRow("20 mg/kg: highest") << 20.0 << 10.0 << 20.0 << true;
        QTest::newRow("0 mg/kg") << 0.0 << 10.0 << 20.0 << false;
        QTest::newRow("-1 mg/kg") << -1.0 << 10.0 << 20.0 << false;
        QTest::newRow("20.1 mg/kg") << 20.1 << 10.0 << 20.0 << false;
        QTest::newRow("20.001 mg/kg") << 20.001 << 10.0 << 20.0 << false;
        QTest::newRow("NaN mg/kg") << nan << 10.0 << 20.0 << false;
        QTest::newRow("infinite mg/kg") << inf << 10.0 << 20.0 << false;
        QTest::newRow("step 1.5") << 2.0 << 1.5 << 1.5 << true;
        QTest::newRow("step 0.01") << 2.0 << 0.01 << 0.0 << true;
        QTest::newRow("step 0") << 2.0 << 0.0 << 20.0 << false;
        QTest::newRow("step -10") << 2.0 << -10.0 << 20.0 << false;
        QTest::newRow("step NaN") << 2.0 << nan << 20.0 << false;
        QTest::newRow("min 0") << 2.0 << 10.0 << 0.0 << true;
        QTest::newRow("min -1") << 2.0 << 10.0 << -1.0 << false;
    }

    void normalize()
    {
        QFETCH(double, mgPerKg);
        QFETCH(double, stepMg);
        QFETCH(double, minMg);
        QFETCH(bool, accepted);

        Regimen regimen;
        regimen.patientId = 1;
        regimen.start = QDate(2026, 11, 1);
        regimen.mgPerKgPerDay = mgPerKg;
        regimen.stepMg = stepMg;
        regimen.minMg = minMg;
        const auto normalized = RegimenRules::normalize(regimen);
        QCOMPARE(normalized.has_value(), accepted);
        if (accepted) {
            QCOMPARE(*normalized->mgPerKgPerDay, mgPerKg);
            QCOMPARE(normalized->stepMg, stepMg);
            return;
        }
        QCOMPARE(normalized.error().kind, ErrorKind::Rejected); // exit 3 in the CLI
        QCOMPARE(normalized.error().code, u"invalid-regimen"_s);
        QVERIFY(!normalized.error().message.isEmpty());
    }

    void weightBasedNeedsWeight()
    {
        Regimen regimen;
        regimen.mgPerKgPerDay = 2.0;
        const auto dose = DoseCalculator::calculate(regimen, std::nullopt);
        QVERIFY(!dose);
        QCOMPARE(dose.error().code, QStringLiteral("no-weight"));
    }
};

QTEST_GUILESS_MAIN(TestDoseCalculator)
#include "tst_dosecalculator.moc"
