// Never double up: two doses at least half an interval apart (DESIGN.md,
// "Schedule and adherence"), and the missed-dose advice agreeing with that
// rule and with the double-dose refusal at every moment, across midnight and
// daylight-saving changes. run-isolated.sh sets TZ=Europe/Berlin.

#include "regimen/DoseAdvice.h"
#include "regimen/DoseTiming.h"
#include "regimen/Schedule.h"

#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

QDateTime local(const QString &text)
{
    return QDateTime(QDate::fromString(text.left(10), Qt::ISODate),
                     QTime::fromString(text.mid(11), u"HH:mm"_s), Qt::LocalTime);
}

Regimen regimen(int perDay, int everyDays, QList<QTime> times)
{
    Regimen r;
    r.id = 1;
    r.patientId = 1;
    r.start = QDate(2026, 1, 1);
    r.dailyMg = 100;
    r.dosesPerDay = perDay;
    r.everyDays = everyDays;
    r.times = std::move(times);
    return r;
}

QList<QDateTime> times(const QStringList &texts)
{
    QList<QDateTime> out;
    for (const QString &text : texts)
        out << local(text);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Regimen)

class TestDoseTiming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // At and around half an interval, before and after the other dose.
    void tooClose_data()
    {
        QTest::addColumn<qint64>("halfSecs");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("tooSoon");
        const qint64 once = 12 * 3600;
        const qint64 twice = 6 * 3600;
        const qint64 everyOther = 24 * 3600;
        const auto rows = [](const char *regimen, qint64 half, const QString &other,
                             const QString &justInside, const QString &exactly,
                             const QString &justOutside) {
            QTest::addRow("%s: a minute inside", regimen) << half << other << justInside << true;
            QTest::addRow("%s: exactly half an interval", regimen)
                << half << other << exactly << false;
            QTest::addRow("%s: a minute outside", regimen) << half << other << justOutside << false;
        };
        rows("once a day, after", once, u"2026-11-02T08:00"_s, u"2026-11-02T19:59"_s,
             u"2026-11-02T20:00"_s, u"2026-11-02T20:01"_s);
        rows("once a day, before (backdated)", once, u"2026-11-02T08:00"_s, u"2026-11-01T20:01"_s,
             u"2026-11-01T20:00"_s, u"2026-11-01T19:59"_s);
        rows("twice a day, after", twice, u"2026-11-02T14:00"_s, u"2026-11-02T19:59"_s,
             u"2026-11-02T20:00"_s, u"2026-11-02T20:01"_s);
        rows("twice a day, across midnight", twice, u"2026-11-02T20:00"_s, u"2026-11-03T01:59"_s,
             u"2026-11-03T02:00"_s, u"2026-11-03T02:01"_s);
        rows("every other day, after", everyOther, u"2026-11-02T08:00"_s, u"2026-11-03T07:59"_s,
             u"2026-11-03T08:00"_s, u"2026-11-03T08:01"_s);
        // Real hours count, not the wall clock: 12 h after 20:00 on the
        // autumn night is 07:00 the next morning.
        rows("once a day, autumn night", once, u"2026-10-24T20:00"_s, u"2026-10-25T06:59"_s,
             u"2026-10-25T07:00"_s, u"2026-10-25T07:01"_s);
        QTest::newRow("the same minute")
            << twice << u"2026-11-02T08:00"_s << u"2026-11-02T08:00"_s << true;
        QTest::newRow("30 min apart (the issue's 14:00 and 14:30)")
            << twice << u"2026-11-02T14:00"_s << u"2026-11-02T14:30"_s << true;
    }

    void tooClose()
    {
        QFETCH(qint64, halfSecs);
        QFETCH(QString, other);
        QFETCH(QString, at);
        QFETCH(bool, tooSoon);
        const auto close = doseTooClose({local(other)}, local(at), halfSecs);
        QCOMPARE(close.has_value(), tooSoon);
        if (close) {
            QCOMPARE(close->other, local(other));
            QCOMPARE(close->minimumGapSecs, halfSecs);
        }
    }

    // Three doses less than 6 h from 14:00, before and after it: the nearest
    // is the one named, not the first or the last.
    void nearestOfSeveralIsNamed()
    {
        const auto close = doseTooClose(
            times({u"2026-11-02T09:00"_s, u"2026-11-02T13:00"_s, u"2026-11-02T19:00"_s}),
            local(u"2026-11-02T14:00"_s), 6 * 3600);
        QVERIFY(close);
        QCOMPARE(close->other, local(u"2026-11-02T13:00"_s));
        const auto later = doseTooClose(
            times({u"2026-11-02T09:00"_s, u"2026-11-02T19:00"_s, u"2026-11-02T15:30"_s}),
            local(u"2026-11-02T14:00"_s), 6 * 3600);
        QVERIFY(later);
        QCOMPARE(later->other, local(u"2026-11-02T15:30"_s));
        QVERIFY(!doseTooClose({}, local(u"2026-11-02T14:00"_s), 6 * 3600));
    }

    // The last dose of a course was missed, and an extra dose (one that filled
    // no slot) was taken an hour ago: wait, and the time named is half an
    // interval after that dose, not the dose's own time.
    void waitNamesHalfAnIntervalAfterTheLastDose()
    {
        const QList<Slot> slots{{local(u"2026-11-03T08:00"_s), 1, 12 * 3600}};
        const QList<QDateTime> doses = times({u"2026-11-03T09:00"_s});
        const SlotMatching matching{{-1}, {-1}};
        const DoseAdvice advice =
            adviseNextDose(slots, matching, doses, local(u"2026-11-03T10:00"_s));
        QCOMPARE(advice.kind, DoseAdvice::Kind::Wait);
        QCOMPARE(advice.missedAt, std::optional<QDateTime>(local(u"2026-11-03T08:00"_s)));
        QCOMPARE(advice.dueAt, std::optional<QDateTime>(local(u"2026-11-03T21:00"_s)));
    }

    // Whenever the advice says "take it now", a dose logged then is neither
    // too soon nor a second dose for a filled slot: the advice never leads
    // into a refusal. Checked every 5 minutes over four days.
    void adviceAgreesWithTheRefusals_data()
    {
        QTest::addColumn<Regimen>("regimen");
        QTest::addColumn<QStringList>("doses");
        QTest::addColumn<QString>("from");
        const Regimen once = regimen(1, 1, {QTime(8, 0)});
        const Regimen twice = regimen(2, 1, {QTime(8, 0), QTime(20, 0)});
        const Regimen everyOther = regimen(1, 2, {QTime(8, 0)});
        const Regimen lateNight = regimen(2, 1, {QTime(7, 0), QTime(23, 0)});
        QTest::newRow("once, on time")
            << once << QStringList{u"2026-11-01T08:00"_s, u"2026-11-02T08:05"_s}
            << u"2026-11-01T00:00"_s;
        QTest::newRow("once, late and early")
            << once << QStringList{u"2026-11-01T19:30"_s, u"2026-11-03T02:00"_s}
            << u"2026-11-01T00:00"_s;
        QTest::newRow("twice, a missed morning and an early evening")
            << twice << QStringList{u"2026-11-01T20:00"_s, u"2026-11-02T14:30"_s}
            << u"2026-11-01T12:00"_s;
        QTest::newRow("twice, late each time")
            << twice
            << QStringList{u"2026-11-01T13:00"_s, u"2026-11-01T23:30"_s, u"2026-11-02T13:59"_s}
            << u"2026-11-01T00:00"_s;
        QTest::newRow("every other day, a day late")
            << everyOther << QStringList{u"2026-11-02T08:00"_s, u"2026-11-05T07:00"_s}
            << u"2026-11-01T00:00"_s;
        QTest::newRow("late-night times across midnight")
            << lateNight << QStringList{u"2026-11-01T23:00"_s, u"2026-11-02T03:00"_s}
            << u"2026-11-01T12:00"_s;
        QTest::newRow("once, the autumn change")
            << once << QStringList{u"2026-10-23T08:00"_s, u"2026-10-25T01:30"_s}
            << u"2026-10-23T00:00"_s;
        QTest::newRow("twice, the spring change")
            << twice << QStringList{u"2026-03-28T20:00"_s, u"2026-03-29T09:30"_s}
            << u"2026-03-28T00:00"_s;
        QTest::newRow("nothing taken") << twice << QStringList{} << u"2026-11-01T00:00"_s;
    }

    void adviceAgreesWithTheRefusals()
    {
        QFETCH(Regimen, regimen);
        QFETCH(QStringList, doses);
        QFETCH(QString, from);
        const QDateTime start = local(from);
        const QList<Slot> slots =
            dueSlots({regimen}, start.date().addDays(-2), start.date().addDays(6));
        const QList<QDateTime> taken = times(doses);
        int takeNow = 0;
        for (QDateTime now = start; now < start.addDays(4); now = now.addSecs(5 * 60)) {
            QList<QDateTime> before;
            for (const QDateTime &dose : taken) {
                if (dose <= now)
                    before << dose;
            }
            const SlotMatching sofar = matchInjections(slots, before);
            const DoseAdvice advice = adviseNextDose(slots, sofar, before, now);
            if (advice.kind != DoseAdvice::Kind::TakeNow)
                continue;
            ++takeNow;
            const SlotFit fit = fitInjection(slots, sofar, now);
            QVERIFY2(fit.kind != SlotFit::Kind::AlreadyFilled,
                     qPrintable(now.toString(Qt::ISODate)));
            const qint64 half = fit.kind == SlotFit::Kind::FillsSlot
                                    ? slots.at(fit.slot).halfWindowSecs
                                    : regimen.intervalSecs() / 2;
            QVERIFY2(!doseTooClose(before, now, half), qPrintable(now.toString(Qt::ISODate)));
        }
        // Every scenario has a missed or late dose: the check is not empty.
        QVERIFY(takeNow > 0);
    }
};

QTEST_GUILESS_MAIN(TestDoseTiming)
#include "tst_dosetiming.moc"
