#include "regimen/Adherence.h"
#include "regimen/DoseAdvice.h"
#include "regimen/Schedule.h"

#include <QTest>
#include <QTimeZone>

using namespace shotbook;
using namespace Qt::StringLiterals;

// The tests run in Europe/Berlin (run-isolated.sh): CET (+01:00) in winter,
// CEST (+02:00) from 2026-03-29 to 2026-10-25.
namespace {

Regimen regimen(qint64 id, QDate start, int perDay, int everyDays, QList<QTime> times,
                std::optional<int> days = std::nullopt)
{
    Regimen r;
    r.id = id;
    r.patientId = 1;
    r.start = start;
    r.dailyMg = 100;
    r.dosesPerDay = perDay;
    r.everyDays = everyDays;
    r.times = std::move(times);
    r.days = days;
    return r;
}

// "yyyy-MM-ddTHH:mm" in local time.
QDateTime local(const QString &text)
{
    return QDateTime(QDate::fromString(text.left(10), Qt::ISODate),
                     QTime::fromString(text.mid(11), QStringLiteral("HH:mm")), Qt::LocalTime);
}

QStringList utcTimes(const QList<Slot> &slots)
{
    QStringList out;
    for (const Slot &slot : slots)
        out << slot.due.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return out;
}

QList<QDateTime> times(const QStringList &texts)
{
    QList<QDateTime> out;
    for (const QString &text : texts)
        out << local(text);
    return out;
}

const QTime Eight(8, 0);
const QTime Twenty(20, 0);

} // namespace

Q_DECLARE_METATYPE(QList<Regimen>)

class TestSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slots_data()
    {
        QTest::addColumn<QList<Regimen>>("history");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expectedUtc");

        const QDate nov1(2026, 11, 1);
        QTest::newRow("once daily")
            << QList<Regimen>{regimen(1, nov1, 1, 1, {Eight})} << nov1 << QDate(2026, 11, 3)
            << QStringList{u"2026-11-01 07:00"_s, u"2026-11-02 07:00"_s, u"2026-11-03 07:00"_s};
        QTest::newRow("twice daily")
            << QList<Regimen>{regimen(1, nov1, 2, 1, {Eight, Twenty})} << nov1 << QDate(2026, 11, 2)
            << QStringList{u"2026-11-01 07:00"_s, u"2026-11-01 19:00"_s, u"2026-11-02 07:00"_s,
                           u"2026-11-02 19:00"_s};
        QTest::newRow("every other day")
            << QList<Regimen>{regimen(1, nov1, 1, 2, {Eight})} << QDate(2026, 10, 30)
            << QDate(2026, 11, 6)
            << QStringList{u"2026-11-01 07:00"_s, u"2026-11-03 07:00"_s, u"2026-11-05 07:00"_s};
        QStringList course;
        for (int day = 1; day <= 10; ++day)
            course << QStringLiteral("2026-11-%1 07:00").arg(day, 2, 10, QLatin1Char('0'));
        QTest::newRow("10-day course") << QList<Regimen>{regimen(1, nov1, 1, 1, {Eight}, 10)}
                                       << nov1 << QDate(2026, 11, 20) << course;
        QTest::newRow("spring forward keeps wall-clock time")
            << QList<Regimen>{regimen(1, QDate(2026, 3, 1), 1, 1, {Eight})} << QDate(2026, 3, 28)
            << QDate(2026, 3, 30)
            << QStringList{u"2026-03-28 07:00"_s, u"2026-03-29 06:00"_s, u"2026-03-30 06:00"_s};
        QTest::newRow("fall back keeps wall-clock time")
            << QList<Regimen>{regimen(1, QDate(2026, 10, 1), 1, 1, {Eight})} << QDate(2026, 10, 24)
            << QDate(2026, 10, 26)
            << QStringList{u"2026-10-24 06:00"_s, u"2026-10-25 07:00"_s, u"2026-10-26 07:00"_s};
        QTest::newRow("time in the skipped hour moves past it")
            << QList<Regimen>{regimen(1, QDate(2026, 3, 1), 1, 1, {QTime(2, 30)})}
            << QDate(2026, 3, 29) << QDate(2026, 3, 29) << QStringList{u"2026-03-29 01:30"_s};
        QTest::newRow("a new regimen replaces the old from its start")
            << QList<Regimen>{regimen(1, nov1, 1, 1, {Eight}),
                              regimen(2, QDate(2026, 11, 3), 1, 1, {Twenty})}
            << nov1 << QDate(2026, 11, 4)
            << QStringList{u"2026-11-01 07:00"_s, u"2026-11-02 07:00"_s, u"2026-11-03 19:00"_s,
                           u"2026-11-04 19:00"_s};
        QTest::newRow("same start: the later entered wins")
            << QList<Regimen>{regimen(1, nov1, 1, 1, {Eight}), regimen(2, nov1, 1, 1, {Twenty})}
            << nov1 << nov1 << QStringList{u"2026-11-01 19:00"_s};
        QTest::newRow("nothing before the start")
            << QList<Regimen>{regimen(1, nov1, 1, 1, {Eight})} << QDate(2026, 10, 29)
            << QDate(2026, 10, 31) << QStringList{};
    }

    void slots()
    {
        QFETCH(QList<Regimen>, history);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expectedUtc);
        QCOMPARE(utcTimes(dueSlots(history, from, to)), expectedUtc);
    }

    void adherence_data()
    {
        QTest::addColumn<QList<Regimen>>("history");
        QTest::addColumn<QStringList>("injections"); // local times
        QTest::addColumn<QString>("now");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<int>>("expected"); // expected, taken, missed, extra, pending, streak

        const QDate nov1(2026, 11, 1);
        const QList<Regimen> daily{regimen(1, nov1, 1, 1, {Eight})};
        const QList<Regimen> twice{regimen(1, nov1, 2, 1, {Eight, Twenty})};
        const QList<Regimen> alternate{regimen(1, nov1, 1, 2, {Eight})};

        QTest::newRow("all taken")
            << daily
            << QStringList{u"2026-11-01T08:05"_s, u"2026-11-02T07:50"_s, u"2026-11-03T09:30"_s}
            << u"2026-11-03T22:00"_s << nov1 << QDate(2026, 11, 3) << QList<int>{3, 3, 0, 0, 0, 3};
        QTest::newRow("one missed breaks the streak")
            << daily << QStringList{u"2026-11-01T08:05"_s, u"2026-11-03T08:00"_s}
            << u"2026-11-03T22:00"_s << nov1 << QDate(2026, 11, 3) << QList<int>{3, 2, 1, 0, 0, 1};
        QTest::newRow("today still open is pending, not missed")
            << daily << QStringList{u"2026-11-01T08:00"_s, u"2026-11-02T08:00"_s}
            << u"2026-11-03T10:00"_s << nov1 << QDate(2026, 11, 3) << QList<int>{2, 2, 0, 0, 1, 2};
        QTest::newRow("second dose the same morning is extra")
            << daily << QStringList{u"2026-11-01T08:00"_s, u"2026-11-01T09:00"_s}
            << u"2026-11-01T22:00"_s << nov1 << nov1 << QList<int>{1, 1, 0, 1, 0, 1};
        QTest::newRow("twice daily, late evening dose within 6 h")
            << twice << QStringList{u"2026-11-01T08:00"_s, u"2026-11-02T01:30"_s}
            << u"2026-11-02T07:00"_s << nov1 << nov1 << QList<int>{2, 2, 0, 0, 0, 1};
        QTest::newRow("twice daily, evening dose missed")
            << twice << QStringList{u"2026-11-01T08:00"_s, u"2026-11-02T08:00"_s}
            << u"2026-11-02T09:00"_s << nov1 << QDate(2026, 11, 2) << QList<int>{3, 2, 1, 0, 0, 1};
        QTest::newRow("exactly half an interval late fills the earlier slot")
            << daily << QStringList{u"2026-11-01T20:00"_s} << u"2026-11-02T21:00"_s << nov1
            << QDate(2026, 11, 2) << QList<int>{2, 1, 1, 0, 0, 0};
        QTest::newRow("a minute past half an interval fills the next slot")
            << daily << QStringList{u"2026-11-01T20:01"_s} << u"2026-11-02T21:00"_s << nov1
            << QDate(2026, 11, 2) << QList<int>{2, 1, 1, 0, 0, 1};
        QTest::newRow("every other day")
            << alternate
            << QStringList{u"2026-11-01T08:00"_s, u"2026-11-03T08:30"_s, u"2026-11-05T07:00"_s}
            << u"2026-11-06T12:00"_s << nov1 << QDate(2026, 11, 6) << QList<int>{3, 3, 0, 0, 0, 3};
        QTest::newRow("backdated entries count in their own day")
            << daily
            << QStringList{u"2026-11-03T08:00"_s, u"2026-11-01T08:00"_s, u"2026-11-02T08:00"_s}
            << u"2026-11-03T22:00"_s << nov1 << QDate(2026, 11, 3) << QList<int>{3, 3, 0, 0, 0, 3};
        QTest::newRow("range limits the count")
            << daily
            << QStringList{u"2026-11-01T08:00"_s, u"2026-11-02T08:00"_s, u"2026-11-03T08:00"_s}
            << u"2026-11-10T08:00"_s << QDate(2026, 11, 2) << QDate(2026, 11, 3)
            << QList<int>{2, 2, 0, 0, 0, 2};
        QTest::newRow("daylight-saving day")
            << QList<Regimen>{regimen(1, QDate(2026, 3, 28), 1, 1, {Eight})}
            << QStringList{u"2026-03-28T08:00"_s, u"2026-03-29T08:10"_s, u"2026-03-30T07:55"_s}
            << u"2026-03-30T23:00"_s << QDate(2026, 3, 28) << QDate(2026, 3, 30)
            << QList<int>{3, 3, 0, 0, 0, 3};
    }

    void adherence()
    {
        QFETCH(QList<Regimen>, history);
        QFETCH(QStringList, injections);
        QFETCH(QString, now);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<int>, expected);
        const QList<Slot> slots = dueSlots(history, from.addDays(-2), to.addDays(2));
        const QList<QDateTime> given = times(injections);
        const SlotMatching matching = matchInjections(slots, given);
        const AdherenceReport report =
            computeAdherence(slots, matching, given, from, to, local(now));
        const QList<int> actual{report.expected, report.taken,   report.missed,
                                report.extra,    report.pending, report.streakDays};
        QCOMPARE(actual, expected);
        if (report.expected > 0)
            QCOMPARE(*report.percent, 100.0 * report.taken / report.expected);
        else
            QVERIFY(!report.percent);
    }

    void advice_data()
    {
        QTest::addColumn<QList<Regimen>>("history");
        QTest::addColumn<QStringList>("injections");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("advice");
        QTest::addColumn<QString>("dueAt");
        QTest::addColumn<QString>("missedAt");

        const QDate nov1(2026, 11, 1);
        const QList<Regimen> twice{regimen(1, nov1, 2, 1, {Eight, Twenty})};
        const QList<Regimen> daily{regimen(1, nov1, 1, 1, {Eight})};
        const QStringList lastNight{u"2026-11-01T20:00"_s};
        const QList<Regimen> dailySinceMarch{regimen(1, QDate(2026, 3, 1), 1, 1, {Eight})};

        QTest::newRow("before the morning dose: wait")
            << twice << lastNight << u"2026-11-02T07:00"_s << u"wait"_s << u"2026-11-02T08:00"_s
            << u""_s;
        QTest::newRow("morning dose an hour late: take now")
            << twice << lastNight << u"2026-11-02T09:00"_s << u"take-now"_s << u"2026-11-02T08:00"_s
            << u""_s;
        QTest::newRow("next exactly half an interval away: still take now")
            << twice << lastNight << u"2026-11-02T14:00"_s << u"take-now"_s << u"2026-11-02T08:00"_s
            << u""_s;
        QTest::newRow("next nearly due: skip")
            << twice << lastNight << u"2026-11-02T14:01"_s << u"skip"_s << u"2026-11-02T20:00"_s
            << u"2026-11-02T08:00"_s;
        QTest::newRow("morning taken: wait for the evening")
            << twice << QStringList{u"2026-11-01T20:00"_s, u"2026-11-02T08:05"_s}
            << u"2026-11-02T09:00"_s << u"wait"_s << u"2026-11-02T20:00"_s << u""_s;
        QTest::newRow("taken early counts: wait for the next")
            << twice << QStringList{u"2026-11-01T20:00"_s, u"2026-11-02T07:30"_s}
            << u"2026-11-02T07:45"_s << u"wait"_s << u"2026-11-02T20:00"_s << u""_s;
        QTest::newRow("once daily, evening: still take now")
            << daily << QStringList{u"2026-11-01T08:00"_s} << u"2026-11-02T19:59"_s << u"take-now"_s
            << u"2026-11-02T08:00"_s << u""_s;
        QTest::newRow("once daily, late evening: skip")
            << daily << QStringList{u"2026-11-01T08:00"_s} << u"2026-11-02T20:01"_s << u"skip"_s
            << u"2026-11-03T08:00"_s << u"2026-11-02T08:00"_s;
        // Autumn: 2026-10-25 has 25 hours. Yesterday's missed 08:00 dose is 24
        // real hours before 07:00 and 24.5 before 07:30, but the next dose
        // has not come yet: it is still the missed dose, and it is skipped.
        QTest::newRow("autumn DST morning, 07:00: yesterday's missed dose skipped")
            << dailySinceMarch << QStringList{u"2026-10-23T08:00"_s} << u"2026-10-25T07:00"_s
            << u"skip"_s << u"2026-10-25T08:00"_s << u"2026-10-24T08:00"_s;
        QTest::newRow("autumn DST morning, 07:30: yesterday's missed dose skipped")
            << dailySinceMarch << QStringList{u"2026-10-23T08:00"_s} << u"2026-10-25T07:30"_s
            << u"skip"_s << u"2026-10-25T08:00"_s << u"2026-10-24T08:00"_s;
        QTest::newRow("spring DST morning, 07:30: yesterday's missed dose skipped")
            << dailySinceMarch << QStringList{u"2026-03-27T08:00"_s} << u"2026-03-29T07:30"_s
            << u"skip"_s << u"2026-03-29T08:00"_s << u"2026-03-28T08:00"_s;
        // A dose taken early for the evening slot leaves the morning slot
        // open, but a dose now would double up: wait.
        QTest::newRow("missed morning, early evening dose taken: wait, not take now")
            << twice << QStringList{u"2026-11-01T20:00"_s, u"2026-11-02T14:30"_s}
            << u"2026-11-02T15:00"_s << u"wait"_s << u"2026-11-03T08:00"_s << u"2026-11-02T08:00"_s;
        QTest::newRow("no regimen") << QList<Regimen>{} << QStringList{} << u"2026-11-02T09:00"_s
                                    << u"none"_s << u""_s << u""_s;
        QTest::newRow("before the first day: wait")
            << daily << QStringList{} << u"2026-10-31T12:00"_s << u"wait"_s << u"2026-11-01T08:00"_s
            << u""_s;
        QTest::newRow("course over: none")
            << QList<Regimen>{regimen(1, nov1, 1, 1, {Eight}, 2)}
            << QStringList{u"2026-11-01T08:00"_s, u"2026-11-02T08:00"_s} << u"2026-11-04T09:00"_s
            << u"none"_s << u""_s << u""_s;
    }

    void advice()
    {
        QFETCH(QList<Regimen>, history);
        QFETCH(QStringList, injections);
        QFETCH(QString, now);
        QFETCH(QString, advice);
        QFETCH(QString, dueAt);
        QFETCH(QString, missedAt);
        const QDateTime at = local(now);
        const QList<Slot> slots = dueSlots(history, at.date().addDays(-2), at.date().addDays(2));
        const DoseAdvice result =
            adviseNextDose(slots, matchInjections(slots, times(injections)), times(injections), at);
        QCOMPARE(DoseAdvice::id(result.kind), advice);
        QCOMPARE(result.dueAt.has_value(), !dueAt.isEmpty());
        if (result.dueAt)
            QCOMPARE(*result.dueAt, local(dueAt));
        QCOMPARE(result.missedAt.has_value(), !missedAt.isEmpty());
        if (result.missedAt)
            QCOMPARE(*result.missedAt, local(missedAt));
    }

    void fitRefusesSecondDoseForFilledSlot()
    {
        const QList<Regimen> daily{regimen(1, QDate(2026, 11, 1), 1, 1, {Eight})};
        const QList<Slot> slots = dueSlots(daily, QDate(2026, 10, 30), QDate(2026, 11, 4));
        const SlotMatching matching = matchInjections(slots, times({u"2026-11-02T08:00"_s}));
        const SlotFit again = fitInjection(slots, matching, local(u"2026-11-02T19:00"_s));
        QCOMPARE(again.kind, SlotFit::Kind::AlreadyFilled);
        QCOMPARE(slots.at(again.slot).due, local(u"2026-11-02T08:00"_s));
        QCOMPARE(again.filledByInjection, 0);
        const SlotFit tomorrow = fitInjection(slots, matching, local(u"2026-11-02T21:00"_s));
        QCOMPARE(tomorrow.kind, SlotFit::Kind::FillsSlot);
        QCOMPARE(slots.at(tomorrow.slot).due, local(u"2026-11-03T08:00"_s));
        QCOMPARE(fitInjection({}, {}, local(u"2026-11-02T21:00"_s)).kind, SlotFit::Kind::NoSlot);
    }

    // The one on-time rule behind the Log view's status and the report's
    // "late": half an hour either way, both ends included, in real time.
    void timeliness_data()
    {
        QTest::addColumn<QString>("due");
        QTest::addColumn<QString>("given");
        QTest::addColumn<int>("seconds"); // added to `given`
        QTest::addColumn<int>("expected");
        using T = Timeliness;
        QTest::newRow("exactly due") << "2026-06-01T08:00"
                                     << "2026-06-01T08:00" << 0 << int(T::OnTime);
        QTest::newRow("29 min late") << "2026-06-01T08:00"
                                     << "2026-06-01T08:29" << 0 << int(T::OnTime);
        QTest::newRow("30 min late") << "2026-06-01T08:00"
                                     << "2026-06-01T08:30" << 0 << int(T::OnTime);
        QTest::newRow("30 min 1 s late") << "2026-06-01T08:00"
                                         << "2026-06-01T08:30" << 1 << int(T::Late);
        QTest::newRow("31 min late") << "2026-06-01T08:00"
                                     << "2026-06-01T08:31" << 0 << int(T::Late);
        QTest::newRow("5 h late") << "2026-06-01T08:00"
                                  << "2026-06-01T13:00" << 0 << int(T::Late);
        QTest::newRow("30 min early") << "2026-06-01T08:00"
                                      << "2026-06-01T07:30" << 0 << int(T::OnTime);
        QTest::newRow("30 min 1 s early") << "2026-06-01T08:00"
                                          << "2026-06-01T07:29" << 59 << int(T::Early);
        QTest::newRow("2 h early") << "2026-06-01T08:00"
                                   << "2026-06-01T06:00" << 0 << int(T::Early);
        QTest::newRow("late, next day") << "2026-06-01T23:50"
                                        << "2026-06-02T00:25" << 0 << int(T::Late);
        // Wall clocks 85 minutes apart, 25 minutes of real time: on time.
        QTest::newRow("spring-forward night") << "2026-03-29T01:45"
                                              << "2026-03-29T03:10" << 0 << int(T::OnTime);
        // Due 01:45 CEST, given at 02:15 CET, the second time the clocks show
        // it (01:15 UTC): wall clocks 30 minutes apart, 90 minutes of real
        // time, late.
        QTest::newRow("fall-back night") << "2026-10-25T01:45"
                                         << "2026-10-25T01:15Z" << 0 << int(T::Late);
        QTest::newRow("fall-back, first 02:15") << "2026-10-25T01:45"
                                                << "2026-10-25T00:15Z" << 0 << int(T::OnTime);
    }

    void timeliness()
    {
        QFETCH(QString, due);
        QFETCH(QString, given);
        QFETCH(int, seconds);
        QFETCH(int, expected);
        const QDateTime at = given.endsWith(QLatin1Char('Z'))
                                 ? QDateTime::fromString(given, Qt::ISODate)
                                 : local(given);
        QVERIFY(at.isValid());
        QCOMPARE(int(shotbook::timeliness(local(due), at.addSecs(seconds))), expected);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
