#include "regimen/DoseCalculator.h"

#include <QTest>

using namespace shotbook;

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
        QTest::newRow("2 mg/kg x 7.4 kg")
            << 0.0 << 2.0 << 7.4 << 1 << 10.0 << 14.8 << 10.0 << 0.07 << 1
            << QStringList{QStringLiteral("below-smallest-mark")};
        QTest::newRow("1 mg/kg x 25 kg: tie down")
            << 0.0 << 1.0 << 25.0 << 1 << 10.0 << 25.0 << 20.0 << 0.13 << 1 << QStringList{};
        QTest::newRow("8 mg/kg cap: 37.6 rounds down to 30")
            << 0.0 << 8.0 << 9.4 << 2 << 10.0 << 75.2 << 30.0 << 0.2 << 1 << QStringList{};
        QTest::newRow("0.01 mL step (1.5 mg)")
            << 0.0 << 2.0 << 3.3 << 1 << 1.5 << 6.6 << 6.0 << 0.04 << 1
            << QStringList{QStringLiteral("below-smallest-mark")};
        QTest::newRow("above 8 mg/kg/day prescribed")
            << 0.0 << 10.0 << 20.0 << 2 << 10.0 << 200.0 << 100.0 << 0.67 << 1
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
