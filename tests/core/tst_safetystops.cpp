// The label's stops (DESIGN.md, "Safety stops"): what SafetyStops says about
// the next injection on a day, from plain values, row by row.

#include "safety/SafetyStops.h"

#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

const QDate Day(2026, 11, 20);

SideEffect effect(const QString &catalogId, bool redFlag, QDate onset,
                  std::optional<QDate> resolved = std::nullopt)
{
    SideEffect e;
    e.id = 1;
    e.term = catalogId;
    e.catalogId = catalogId;
    e.redFlag = redFlag;
    e.severity = u"severe"_s;
    e.onset = onset;
    e.resolved = resolved;
    return e;
}

LabResult lab(qint64 id, const QString &analyte, double value, QDate on)
{
    LabResult l;
    l.id = id;
    l.analyte = analyte;
    l.value = value;
    l.takenOn = on;
    return l;
}

Regimen everyDays(int days)
{
    Regimen r;
    r.dailyMg = 100;
    r.everyDays = days;
    return r;
}

QStringList codes(const SafetyState &state)
{
    QStringList out;
    for (const Warning &warning : state.all())
        out << warning.code;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(SafetyInputs)

class TestSafetyStops final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<SafetyInputs>("inputs");
        QTest::addColumn<QStringList>("expected");

        const auto with = [](auto fill) {
            SafetyInputs inputs;
            inputs.regimen = everyDays(1);
            fill(inputs);
            return inputs;
        };
        QTest::newRow("nothing") << with([](SafetyInputs &) {}) << QStringList{};

        // Red flags: open from the onset until the day it resolved.
        QTest::newRow("red flag open") << with([](SafetyInputs &i) {
            i.sideEffects << effect(u"trouble-breathing"_s, true, Day.addDays(-1));
        }) << QStringList{u"red-flag-open"_s};
        QTest::newRow("red flag acknowledged but not resolved is still open")
            << with([](SafetyInputs &i) {
                   SideEffect e = effect(u"hives"_s, true, Day.addDays(-3));
                   e.acknowledgedAt = QDateTime(Day.addDays(-2), QTime(9, 0));
                   i.sideEffects << e;
               })
            << QStringList{u"red-flag-open"_s};
        QTest::newRow("red flag resolved that day") << with([](SafetyInputs &i) {
            i.sideEffects << effect(u"hives"_s, true, Day.addDays(-3), Day);
        }) << QStringList{};
        QTest::newRow("red flag resolved tomorrow: open today") << with([](SafetyInputs &i) {
            i.sideEffects << effect(u"hives"_s, true, Day.addDays(-3), Day.addDays(1));
        }) << QStringList{u"red-flag-open"_s};
        QTest::newRow("red flag starting tomorrow (a backdated dose before it)")
            << with([](SafetyInputs &i) {
                   i.sideEffects << effect(u"chest-pain"_s, true, Day.addDays(1));
               })
            << QStringList{};
        QTest::newRow("an ordinary side effect") << with([](SafetyInputs &i) {
            i.sideEffects << effect(u"headache"_s, false, Day.addDays(-1));
        }) << QStringList{};

        // Infections: open until the day they ended.
        QTest::newRow("infection open") << with([](SafetyInputs &i) {
            i.infections << Infection{1, 1, u"chest infection"_s, Day.addDays(-2), {}, false, {}};
        }) << QStringList{u"infection-open"_s};
        QTest::newRow("infection ended today") << with([](SafetyInputs &i) {
            i.infections << Infection{1, 1, u"cold"_s, Day.addDays(-5), Day, false, {}};
        }) << QStringList{};
        QTest::newRow("infection ends tomorrow") << with([](SafetyInputs &i) {
            i.infections << Infection{1, 1, u"cold"_s, Day.addDays(-5), Day.addDays(1), true, {}};
        }) << QStringList{u"infection-open"_s};

        // Neutrophils: the latest count decides.
        QTest::newRow("neutrophils 1.4")
            << with([](SafetyInputs &i) { i.labs << lab(1, u"anc"_s, 1.4, Day.addDays(-10)); })
            << QStringList{u"low-neutrophils"_s};
        QTest::newRow("neutrophils 1.5: not low")
            << with([](SafetyInputs &i) { i.labs << lab(1, u"anc"_s, 1.5, Day.addDays(-10)); })
            << QStringList{};
        QTest::newRow("low, then a normal count") << with([](SafetyInputs &i) {
            i.labs << lab(1, u"anc"_s, 1.1, Day.addDays(-20))
                   << lab(2, u"anc"_s, 2.4, Day.addDays(-3));
        }) << QStringList{};
        QTest::newRow("normal, then low") << with([](SafetyInputs &i) {
            i.labs << lab(2, u"anc"_s, 2.4, Day.addDays(-20))
                   << lab(1, u"anc"_s, 1.1, Day.addDays(-3));
        }) << QStringList{u"low-neutrophils"_s};
        QTest::newRow("a later normal count after the day does not count")
            << with([](SafetyInputs &i) {
                   i.labs << lab(1, u"anc"_s, 1.1, Day.addDays(-3))
                          << lab(2, u"anc"_s, 2.4, Day.addDays(2));
               })
            << QStringList{u"low-neutrophils"_s};
        QTest::newRow("low platelets are not the neutrophil stop")
            << with([](SafetyInputs &i) { i.labs << lab(1, u"platelets"_s, 0.5, Day.addDays(-3)); })
            << QStringList{};

        // Fever: 38.0 °C or more, today or yesterday.
        QTest::newRow("37.9 today") << with([](SafetyInputs &i) {
            i.temperaturesC << std::pair{Day, 37.9};
        }) << QStringList{};
        QTest::newRow("38.0 today") << with([](SafetyInputs &i) {
            i.temperaturesC << std::pair{Day, 38.0};
        }) << QStringList{u"fever"_s};
        QTest::newRow("38.4 yesterday") << with([](SafetyInputs &i) {
            i.temperaturesC << std::pair{Day.addDays(-1), 38.4};
        }) << QStringList{u"fever"_s};
        QTest::newRow("39 two days ago") << with([](SafetyInputs &i) {
            i.temperaturesC << std::pair{Day.addDays(-2), 39.0};
        }) << QStringList{};
        QTest::newRow("two days running: one alert") << with([](SafetyInputs &i) {
            i.temperaturesC << std::pair{Day.addDays(-1), 38.4} << std::pair{Day, 38.4};
        }) << QStringList{u"fever"_s};

        // A red-flag sign answered yes in the diary, today or yesterday.
        QTest::newRow("diary chest pain today") << with([](SafetyInputs &i) {
            i.redFlagSigns << std::pair{Day, u"chest-pain"_s};
        }) << QStringList{u"red-flag"_s};
        QTest::newRow("diary chest pain yesterday and today: one alert")
            << with([](SafetyInputs &i) {
                   i.redFlagSigns << std::pair{Day.addDays(-1), u"chest-pain"_s}
                                  << std::pair{Day, u"chest-pain"_s};
               })
            << QStringList{u"red-flag"_s};
        QTest::newRow("diary chest pain two days ago") << with([](SafetyInputs &i) {
            i.redFlagSigns << std::pair{Day.addDays(-2), u"chest-pain"_s};
        }) << QStringList{};
        QTest::newRow("diary chest pain tomorrow (not yet)") << with([](SafetyInputs &i) {
            i.redFlagSigns << std::pair{Day.addDays(1), u"chest-pain"_s};
        }) << QStringList{};
        QTest::newRow("diary headache today") << with([](SafetyInputs &i) {
            i.redFlagSigns << std::pair{Day, u"headache"_s} << std::pair{Day, u"rash"_s};
        }) << QStringList{};

        // Kidneys: creatinine clearance under 30 on an every-day regimen.
        QTest::newRow("CrCl 25, every day")
            << with([](SafetyInputs &i) { i.labs << lab(1, u"crcl"_s, 25, Day.addDays(-30)); })
            << QStringList{u"renal-dosing"_s};
        QTest::newRow("CrCl 29.9, every day")
            << with([](SafetyInputs &i) { i.labs << lab(1, u"crcl"_s, 29.9, Day.addDays(-30)); })
            << QStringList{u"renal-dosing"_s};
        QTest::newRow("CrCl 30, every day")
            << with([](SafetyInputs &i) { i.labs << lab(1, u"crcl"_s, 30, Day.addDays(-30)); })
            << QStringList{};
        QTest::newRow("CrCl 25, every other day") << with([](SafetyInputs &i) {
            i.labs << lab(1, u"crcl"_s, 25, Day.addDays(-30));
            i.regimen = everyDays(2);
        }) << QStringList{};
        QTest::newRow("CrCl 25, no regimen") << with([](SafetyInputs &i) {
            i.labs << lab(1, u"crcl"_s, 25, Day.addDays(-30));
            i.regimen.reset();
        }) << QStringList{};

        QTest::newRow("all at once: the stop first")
            << with([](SafetyInputs &i) {
                   i.sideEffects << effect(u"anaphylaxis"_s, true, Day);
                   i.infections << Infection{1, 1, u"sepsis"_s, Day, {}, true, {}};
                   i.labs << lab(1, u"anc"_s, 0.9, Day) << lab(2, u"crcl"_s, 20, Day);
                   i.temperaturesC << std::pair{Day, 39.2};
               })
            << QStringList{u"red-flag-open"_s, u"infection-open"_s, u"low-neutrophils"_s,
                           u"fever"_s, u"renal-dosing"_s};
    }

    void evaluate()
    {
        QFETCH(SafetyInputs, inputs);
        QFETCH(QStringList, expected);
        const SafetyState state = SafetyStops::evaluate(inputs, Day);
        QCOMPARE(codes(state), expected);
        QCOMPARE(state.stopped(), expected.contains(u"red-flag-open"_s));
        for (const Warning &warning : state.all())
            QVERIFY2(!warning.message.isEmpty(), qPrintable(warning.code));
    }
};

QTEST_GUILESS_MAIN(TestSafetyStops)
#include "tst_safetystops.moc"
