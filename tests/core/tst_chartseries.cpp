// The aggregations behind the charts, table by table: downsampling (every
// extreme kept, never above the budget), calendar buckets, adherence per week
// and per month (adding up to the adherence report), injections and reactions
// per zone, the monthly AIDAI score with its edge days, axis ticks on calendar
// boundaries, the dose history and measure means. Expected values are worked
// out by hand. Run in Europe/Berlin (run-isolated.sh).

#include "charts/ActivityScore.h"
#include "charts/AdherenceBuckets.h"
#include "charts/DoseHistory.h"
#include "charts/Downsampling.h"
#include "charts/MeasureSeries.h"
#include "charts/TimeBuckets.h"
#include "charts/TimeTicks.h"
#include "charts/ZoneCounts.h"
#include "regimen/Adherence.h"

#include <QTest>

#include <cmath>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Regimen daily(qint64 id, QDate start, QList<QTime> times, int everyDays = 1)
{
    Regimen r;
    r.id = id;
    r.patientId = 1;
    r.start = start;
    r.dailyMg = 100;
    r.dosesPerDay = static_cast<int>(times.size());
    r.everyDays = everyDays;
    r.times = std::move(times);
    return r;
}

// n points along x = 0, 1, …; y from a shape.
QList<QPointF> shape(const QString &kind, int n)
{
    QList<QPointF> points;
    for (int i = 0; i < n; ++i) {
        double y = 0;
        if (kind == u"sine")
            y = std::sin(i / 50.0) * 10;
        else if (kind == u"ramp")
            y = i;
        else if (kind == u"noise")
            y = ((i * 7919) % 1000) / 100.0; // deterministic scatter
        else if (kind == u"flat")
            y = 3;
        points.append({static_cast<double>(i), y});
    }
    return points;
}

bool isSubsetInOrder(const QList<QPointF> &part, const QList<QPointF> &whole)
{
    qsizetype j = 0;
    for (const QPointF &p : part) {
        while (j < whole.size() && whole.at(j) != p)
            ++j;
        if (j == whole.size())
            return false;
        ++j;
    }
    return true;
}

DiaryValue v(const char *day, const char *measure, double value)
{
    return {d(day), QString::fromLatin1(measure), value};
}

} // namespace

Q_DECLARE_METATYPE(QList<QPointF>)
Q_DECLARE_METATYPE(QList<DiaryValue>)
Q_DECLARE_METATYPE(DateRange)
Q_DECLARE_METATYPE(TimeBuckets::Size)

class TestChartSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- Downsampling -------------------------------------------------------

    void minMaxKeepsExtremesWithinBudget_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("budget");
        QTest::newRow("sine 20000 → 2000") << u"sine"_s << 20000 << 2000;
        QTest::newRow("noise 7300 → 1200") << u"noise"_s << 7300 << 1200;
        QTest::newRow("ramp 1000 → 10") << u"ramp"_s << 1000 << 10;
        QTest::newRow("flat 500 → 8") << u"flat"_s << 500 << 8;
        QTest::newRow("odd budget 999 → 101") << u"noise"_s << 999 << 101;
        QTest::newRow("under budget untouched") << u"sine"_s << 300 << 2000;
        QTest::newRow("budget = count") << u"noise"_s << 400 << 400;
        QTest::newRow("two points") << u"ramp"_s << 2 << 4;
    }

    void minMaxKeepsExtremesWithinBudget()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        QFETCH(int, budget);
        const QList<QPointF> points = shape(kind, count);
        const QList<QPointF> out = Downsampling::minMax(points, budget);
        QVERIFY2(out.size() <= budget, qPrintable(QString::number(out.size())));
        if (count <= budget)
            QCOMPARE(out, points);
        QVERIFY(isSubsetInOrder(out, points));
        QCOMPARE(out.constFirst(), points.constFirst());
        QCOMPARE(out.constLast(), points.constLast());
        const auto byY = [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); };
        QCOMPARE(std::min_element(out.cbegin(), out.cend(), byY)->y(),
                 std::min_element(points.cbegin(), points.cend(), byY)->y());
        QCOMPARE(std::max_element(out.cbegin(), out.cend(), byY)->y(),
                 std::max_element(points.cbegin(), points.cend(), byY)->y());
    }

    // Isolated flares (up) and dips (down) on a quiet line: every one survives.
    void minMaxKeepsEveryFlare_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("budget");
        QTest::addColumn<QList<int>>("spikes"); // indices; even ones up, odd ones down
        QTest::newRow("7300 days, 900 px") << 7300 << 1800 << QList<int>{5, 400, 401, 3650, 7299};
        QTest::newRow("one per column") << 1000 << 22 << QList<int>{50, 150, 250, 350, 450, 550};
        QTest::newRow("first and last") << 5000 << 100 << QList<int>{0, 4999};
    }

    void minMaxKeepsEveryFlare()
    {
        QFETCH(int, count);
        QFETCH(int, budget);
        QFETCH(QList<int>, spikes);
        QList<QPointF> points = shape(u"flat"_s, count);
        for (qsizetype i = 0; i < spikes.size(); ++i)
            points[spikes.at(i)].setY(i % 2 == 0 ? 10.0 : -4.0);
        const QList<QPointF> out = Downsampling::minMax(points, budget);
        QVERIFY(out.size() <= budget);
        for (const int spike : spikes)
            QVERIFY2(out.contains(points.at(spike)), qPrintable(QString::number(spike)));
    }

    void lttbKeepsBudgetAndEnds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("budget");
        QTest::addColumn<int>("expected");
        QTest::newRow("sine 20000 → 2000") << u"sine"_s << 20000 << 2000 << 2000;
        QTest::newRow("noise 7300 → 3") << u"noise"_s << 7300 << 3 << 3;
        QTest::newRow("ramp 100 → 99") << u"ramp"_s << 100 << 99 << 99;
        QTest::newRow("under budget") << u"sine"_s << 50 << 200 << 50;
    }

    void lttbKeepsBudgetAndEnds()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        QFETCH(int, budget);
        QFETCH(int, expected);
        const QList<QPointF> points = shape(kind, count);
        const QList<QPointF> out = Downsampling::lttb(points, budget);
        QCOMPARE(out.size(), expected);
        QVERIFY(isSubsetInOrder(out, points));
        QCOMPARE(out.constFirst(), points.constFirst());
        QCOMPARE(out.constLast(), points.constLast());
    }

    void thinKeepsOnePerColumn_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("budget");
        QTest::newRow("14600 doses, 1800") << 14600 << 1800;
        QTest::newRow("under budget") << 100 << 1800;
        QTest::newRow("tiny budget") << 1000 << 2;
    }

    void thinKeepsOnePerColumn()
    {
        QFETCH(int, count);
        QFETCH(int, budget);
        const QList<QPointF> points = shape(u"ramp"_s, count);
        const QList<QPointF> out = Downsampling::thin(points, budget);
        QVERIFY(out.size() <= budget);
        QVERIFY(isSubsetInOrder(out, points));
        QCOMPARE(out.constFirst(), points.constFirst());
        QCOMPARE(out.constLast(), points.constLast());
        if (count > budget) // evenly spread events fill every column
            QVERIFY2(out.size() >= budget - 1, qPrintable(QString::number(out.size())));
    }

    void windowKeepsNeighbours_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<double>("firstX");
        QTest::addColumn<double>("lastX");
        QTest::addColumn<int>("size");
        QTest::newRow("inside") << 10.0 << 20.0 << 9.0 << 21.0 << 13;
        QTest::newRow("between points") << 10.5 << 11.5 << 10.0 << 12.0 << 3;
        QTest::newRow("from the start") << -5.0 << 3.0 << 0.0 << 4.0 << 5;
        QTest::newRow("to the end") << 97.0 << 500.0 << 96.0 << 99.0 << 4;
    }

    void windowKeepsNeighbours()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(double, firstX);
        QFETCH(double, lastX);
        QFETCH(int, size);
        const QList<QPointF> out = Downsampling::window(shape(u"ramp"_s, 100), from, to);
        QCOMPARE(out.size(), size);
        QCOMPARE(out.constFirst().x(), firstX);
        QCOMPARE(out.constLast().x(), lastX);
    }

    // ---- Calendar buckets ---------------------------------------------------

    void buckets_data()
    {
        QTest::addColumn<DateRange>("range");
        QTest::addColumn<TimeBuckets::Size>("size");
        QTest::addColumn<QStringList>("expected"); // start..end, * when partial
        QTest::newRow("weeks from a Wednesday")
            << DateRange{d("2026-01-07"), d("2026-01-20")} << TimeBuckets::Size::Week
            << QStringList{u"2026-01-05..2026-01-11*"_s, u"2026-01-12..2026-01-18"_s,
                           u"2026-01-19..2026-01-25*"_s};
        QTest::newRow("week over the new year")
            << DateRange{d("2025-12-29"), d("2026-01-04")} << TimeBuckets::Size::Week
            << QStringList{u"2025-12-29..2026-01-04"_s};
        QTest::newRow("months with a leap February")
            << DateRange{d("2024-01-31"), d("2024-03-01")} << TimeBuckets::Size::Month
            << QStringList{u"2024-01-01..2024-01-31*"_s, u"2024-02-01..2024-02-29"_s,
                           u"2024-03-01..2024-03-31*"_s};
        QTest::newRow("days") << DateRange{d("2026-03-28"), d("2026-03-30")}
                              << TimeBuckets::Size::Day
                              << QStringList{u"2026-03-28..2026-03-28"_s,
                                             u"2026-03-29..2026-03-29"_s,
                                             u"2026-03-30..2026-03-30"_s};
        QTest::newRow("one day, month")
            << DateRange{d("2026-05-15"), d("2026-05-15")} << TimeBuckets::Size::Month
            << QStringList{u"2026-05-01..2026-05-31*"_s};
    }

    void buckets()
    {
        QFETCH(DateRange, range);
        QFETCH(TimeBuckets::Size, size);
        QFETCH(QStringList, expected);
        QStringList got;
        const auto buckets = TimeBuckets::covering(range, size);
        for (const auto &bucket : buckets)
            got << bucket.start.toString(Qt::ISODate) + u".."_s + bucket.end.toString(Qt::ISODate) +
                       (bucket.isPartial() ? u"*"_s : QString());
        QCOMPARE(got, expected);
        // Every day of the range is in exactly its bucket; days outside in none.
        for (QDate day = range.from.addDays(-3); day <= range.to.addDays(3); day = day.addDays(1)) {
            const qsizetype index = TimeBuckets::indexOf(buckets, day);
            if (!range.contains(day)) {
                QCOMPARE(index, qsizetype(-1));
                continue;
            }
            QVERIFY(index >= 0);
            QVERIFY(buckets.at(index).covered.contains(day));
        }
    }

    // ---- Adherence per week and month ---------------------------------------

    void adherenceBuckets_data()
    {
        QTest::addColumn<QList<Regimen>>("regimens");
        QTest::addColumn<QStringList>("injections");
        QTest::addColumn<DateRange>("range");
        QTest::addColumn<TimeBuckets::Size>("size");
        QTest::addColumn<QString>("now");
        // Per bucket: start taken/missed/pending.
        QTest::addColumn<QStringList>("expected");

        const QTime eight(8, 0);
        QTest::newRow("two weeks, two missed")
            << QList<Regimen>{daily(1, d("2026-01-05"), {eight})}
            << QStringList{u"2026-01-05T08:10"_s, u"2026-01-06T07:50"_s, u"2026-01-08T09:00"_s,
                           u"2026-01-09T08:00"_s, u"2026-01-10T08:00"_s, u"2026-01-11T08:00"_s,
                           u"2026-01-12T08:00"_s, u"2026-01-13T08:00"_s, u"2026-01-14T08:00"_s,
                           u"2026-01-15T08:00"_s, u"2026-01-16T08:00"_s, u"2026-01-17T08:00"_s}
            << DateRange{d("2026-01-05"), d("2026-01-18")} << TimeBuckets::Size::Week
            << u"2026-01-19T12:00"_s << QStringList{u"2026-01-05 6/1/0"_s, u"2026-01-12 6/1/0"_s};
        QTest::newRow("today's dose still open")
            << QList<Regimen>{daily(1, d("2026-01-05"), {eight})}
            << QStringList{u"2026-01-12T08:00"_s, u"2026-01-13T08:00"_s}
            << DateRange{d("2026-01-12"), d("2026-01-14")} << TimeBuckets::Size::Week
            << u"2026-01-14T09:00"_s << QStringList{u"2026-01-12 2/0/1"_s};
        QTest::newRow("twice daily per month across the month end")
            << QList<Regimen>{daily(1, d("2026-01-30"), {eight, QTime(20, 0)})}
            << QStringList{u"2026-01-30T08:00"_s, u"2026-01-30T20:30"_s, u"2026-01-31T08:00"_s,
                           u"2026-02-01T08:00"_s, u"2026-02-01T20:00"_s, u"2026-02-02T07:00"_s}
            << DateRange{d("2026-01-30"), d("2026-02-02")} << TimeBuckets::Size::Month
            << u"2026-02-03T12:00"_s << QStringList{u"2026-01-01 3/1/0"_s, u"2026-02-01 3/1/0"_s};
        QTest::newRow("every other day, a late dose is still taken")
            << QList<Regimen>{daily(1, d("2026-03-02"), {eight}, 2)}
            << QStringList{u"2026-03-02T08:00"_s, u"2026-03-04T22:00"_s}
            << DateRange{d("2026-03-02"), d("2026-03-08")} << TimeBuckets::Size::Week
            << u"2026-03-10T12:00"_s << QStringList{u"2026-03-02 2/2/0"_s};
        QTest::newRow("before the first regimen nothing is due")
            << QList<Regimen>{daily(1, d("2026-01-15"), {eight})} << QStringList{}
            << DateRange{d("2026-01-05"), d("2026-01-11")} << TimeBuckets::Size::Week
            << u"2026-02-01T12:00"_s << QStringList{u"2026-01-05 0/0/0"_s};
        QTest::newRow("an extra dose fills nothing")
            << QList<Regimen>{daily(1, d("2026-01-05"), {eight})}
            << QStringList{u"2026-01-05T08:00"_s, u"2026-01-05T14:00"_s}
            << DateRange{d("2026-01-05"), d("2026-01-05")} << TimeBuckets::Size::Day
            << u"2026-01-06T12:00"_s << QStringList{u"2026-01-05 1/0/0"_s};
    }

    void adherenceBuckets()
    {
        QFETCH(QList<Regimen>, regimens);
        QFETCH(QStringList, injections);
        QFETCH(DateRange, range);
        QFETCH(TimeBuckets::Size, size);
        QFETCH(QString, now);
        QFETCH(QStringList, expected);
        QList<QDateTime> times;
        for (const QString &text : injections)
            times << QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm"_s);
        const QDateTime at = QDateTime::fromString(now, u"yyyy-MM-ddTHH:mm"_s);
        const QList<Slot> slots = dueSlots(regimens, range.from.addDays(-2), range.to.addDays(2));
        const SlotMatching matching = matchInjections(slots, times);
        const auto buckets = AdherenceBuckets::compute(slots, matching, range, size, at);
        QStringList got;
        int taken = 0;
        int missed = 0;
        int pending = 0;
        for (const AdherenceBucket &b : buckets) {
            got << u"%1 %2/%3/%4"_s.arg(b.bucket.start.toString(Qt::ISODate))
                       .arg(b.taken)
                       .arg(b.missed)
                       .arg(b.pending);
            QCOMPARE(b.expected, b.taken + b.missed);
            if (b.expected > 0)
                QCOMPARE(*b.percent, 100.0 * b.taken / b.expected);
            else
                QVERIFY(!b.percent);
            taken += b.taken;
            missed += b.missed;
            pending += b.pending;
        }
        QCOMPARE(got, expected);
        // The buckets add up to the report for the range.
        const AdherenceReport report =
            computeAdherence(slots, matching, times, range.from, range.to, at);
        QCOMPARE(taken, report.taken);
        QCOMPARE(missed, report.missed);
        QCOMPARE(pending, report.pending);
        QCOMPARE(AdherenceBuckets::missed(slots, matching, range, at), report.missedSlots);
    }

    // ---- Per zone ----------------------------------------------------------

    void zoneCounts_data()
    {
        QTest::addColumn<QStringList>("injections"); // zone@local time
        QTest::addColumn<QStringList>("reactions");  // zone@local time@severity
        QTest::addColumn<DateRange>("range");
        QTest::addColumn<QStringList>("expected"); // zone injections/reactions/max severity
        QTest::newRow("in and out of range")
            << QStringList{u"arm-left@2026-02-01T08:00"_s, u"arm-left@2026-02-02T08:00"_s,
                           u"thigh-left-upper@2026-02-02T20:00"_s, u"arm-left@2026-01-31T23:59"_s,
                           u"arm-left@2026-03-01T00:00"_s}
            << QStringList{u"arm-left@2026-02-02T10:00@2"_s, u"arm-left@2026-02-05T10:00@1"_s,
                           u"buttock-right@2026-03-01T10:00@3"_s}
            << DateRange{d("2026-02-01"), d("2026-02-28")}
            << QStringList{u"thigh-left-upper 1/0/0"_s, u"arm-left 2/2/2"_s};
        QTest::newRow("unknown zone left out")
            << QStringList{u"elbow@2026-02-01T08:00"_s, u"abdomen-upper-left@2026-02-01T20:00"_s}
            << QStringList{} << DateRange{d("2026-02-01"), d("2026-02-01")}
            << QStringList{u"abdomen-upper-left 1/0/0"_s};
        QTest::newRow("nothing") << QStringList{} << QStringList{}
                                 << DateRange{d("2026-02-01"), d("2026-02-28")} << QStringList{};
    }

    void zoneCounts()
    {
        QFETCH(QStringList, injections);
        QFETCH(QStringList, reactions);
        QFETCH(DateRange, range);
        QFETCH(QStringList, expected);
        QList<Injection> shots;
        for (const QString &text : injections) {
            Injection injection;
            injection.site = text.section(u'@', 0, 0);
            injection.at = QDateTime::fromString(text.section(u'@', 1, 1), u"yyyy-MM-ddTHH:mm"_s);
            shots << injection;
        }
        QList<SiteReaction> skin;
        for (const QString &text : reactions) {
            SiteReaction reaction;
            reaction.zone = text.section(u'@', 0, 0);
            reaction.startedAt =
                QDateTime::fromString(text.section(u'@', 1, 1), u"yyyy-MM-ddTHH:mm"_s);
            reaction.severity = text.section(u'@', 2, 2).toInt();
            skin << reaction;
        }
        const auto counts = ZoneCounts::count(shots, skin, range);
        QCOMPARE(counts.size(), qsizetype(12));
        QStringList got;
        for (const ZoneCount &zone : counts) {
            if (zone.injections || zone.reactions)
                got << u"%1 %2/%3/%4"_s.arg(zone.zone)
                           .arg(zone.injections)
                           .arg(zone.reactions)
                           .arg(zone.maxSeverity);
        }
        QCOMPARE(got, expected);
    }

    // ---- AIDAI ---------------------------------------------------------------

    void aidaiItems()
    {
        // The twelve items of the published diary, fever from the temperature.
        QCOMPARE(ActivityScore::items().size(), qsizetype(12));
        QVERIFY(ActivityScore::items().constFirst().fromTemperature);
        QCOMPARE(ActivityScore::ActiveCutOff, 9);
    }

    void aidaiDayScore_data()
    {
        QTest::addColumn<QList<DiaryValue>>("values");
        QTest::addColumn<int>("score");
        QTest::newRow("nothing") << QList<DiaryValue>{} << 0;
        QTest::newRow("37.9 °C is no fever")
            << QList<DiaryValue>{v("2026-01-01", "fever-c", 37.9)} << 0;
        QTest::newRow("38.0 °C is fever")
            << QList<DiaryValue>{v("2026-01-01", "fever-c", 38.0)} << 1;
        QTest::newRow("joint and muscle pain are one item")
            << QList<DiaryValue>{v("2026-01-01", "joint-pain", 1),
                                 v("2026-01-01", "muscle-pain", 1)}
            << 1;
        QTest::newRow("'no' answers score nothing")
            << QList<DiaryValue>{v("2026-01-01", "rash", 0), v("2026-01-01", "headache", 0)} << 0;
        QTest::newRow("other measures do not count")
            << QList<DiaryValue>{v("2026-01-01", "pain", 8), v("2026-01-01", "fatigue", 9)} << 0;
        QList<DiaryValue> all{v("2026-01-01", "fever-c", 39.2)};
        for (const char *id : {"overall-symptoms", "abdominal-pain", "nausea-vomiting", "diarrhoea",
                               "headache", "chest-pain", "painful-lymph-nodes", "joint-pain",
                               "muscle-pain", "joint-swelling", "eye-redness", "rash"})
            all << v("2026-01-01", id, 1);
        QTest::newRow("every item") << all << 12;
    }

    void aidaiDayScore()
    {
        QFETCH(QList<DiaryValue>, values);
        QFETCH(int, score);
        QCOMPARE(ActivityScore::dayScore(values), score);
    }

    void aidaiMonthly_data()
    {
        QTest::addColumn<QList<DiaryValue>>("values");
        QTest::addColumn<DateRange>("range");
        // month score/recorded/days, complete?, active?
        QTest::addColumn<QStringList>("expected");
        QList<DiaryValue> january;
        for (int day = 1; day <= 31; ++day)
            january << DiaryValue{QDate(2026, 1, day), u"fever-c"_s, day <= 3 ? 38.5 : 36.8};
        january << v("2026-01-02", "rash", 1) << v("2026-01-02", "headache", 1)
                << v("2026-01-03", "rash", 1) << v("2026-01-31", "joint-swelling", 1)
                << v("2026-01-31", "eye-redness", 1) << v("2026-01-31", "muscle-pain", 1);
        QTest::newRow("a full month, 9 points: active")
            << january << DateRange{d("2026-01-01"), d("2026-01-31")}
            << QStringList{u"2026-01 9/31/31 complete active"_s};
        QList<DiaryValue> edges = january;
        edges << v("2026-02-01", "rash", 1) << v("2025-12-31", "rash", 1);
        QTest::newRow("the days either side belong to their own months")
            << edges << DateRange{d("2025-12-01"), d("2026-02-28")}
            << QStringList{u"2025-12 1/1/31 incomplete"_s, u"2026-01 9/31/31 complete active"_s,
                           u"2026-02 1/1/28 incomplete"_s};
        QTest::newRow("a range from mid-month counts only its days")
            << january << DateRange{d("2026-01-03"), d("2026-01-31")}
            << QStringList{u"2026-01 5/29/31 incomplete"_s};
        QList<DiaryValue> leap;
        for (int day = 1; day <= 29; ++day)
            leap << DiaryValue{QDate(2024, 2, day), u"overall-symptoms"_s, day > 21 ? 1.0 : 0.0};
        QTest::newRow("leap February, 8 points: inactive")
            << leap << DateRange{d("2024-02-01"), d("2024-03-31")}
            << QStringList{u"2024-02 8/29/29 complete"_s, u"2024-03 0/0/31 incomplete"_s};
        QList<DiaryValue> gaps;
        for (int day = 1; day <= 30; day += 2)
            gaps << DiaryValue{QDate(2026, 4, day), u"rash"_s, 1.0};
        QTest::newRow("every other day recorded: 15 points, incomplete")
            << gaps << DateRange{d("2026-04-01"), d("2026-04-30")}
            << QStringList{u"2026-04 15/15/30 incomplete active"_s};
    }

    void aidaiMonthly()
    {
        QFETCH(QList<DiaryValue>, values);
        QFETCH(DateRange, range);
        QFETCH(QStringList, expected);
        std::stable_sort(values.begin(), values.end(),
                         [](const DiaryValue &a, const DiaryValue &b) { return a.day < b.day; });
        QStringList got;
        for (const MonthActivity &month : ActivityScore::monthly(values, range))
            got << u"%1 %2/%3/%4 %5%6"_s.arg(month.month.toString(u"yyyy-MM"_s))
                       .arg(month.score)
                       .arg(month.daysRecorded)
                       .arg(month.daysInMonth)
                       .arg(month.isComplete() ? u"complete"_s : u"incomplete"_s,
                            month.isActive() ? u" active"_s : QString());
        QCOMPARE(got, expected);
    }

    // ---- Axis ticks ------------------------------------------------------------

    void timeTicks_data()
    {
        QTest::addColumn<DateRange>("range");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<QStringList>("expected"); // dates, * where the year is shown
        QTest::newRow("ten days, every day")
            << DateRange{d("2026-12-28"), d("2027-01-02")} << 10
            << QStringList{u"2026-12-28*"_s, u"2026-12-29"_s,  u"2026-12-30"_s,
                           u"2026-12-31"_s,  u"2027-01-01*"_s, u"2027-01-02"_s};
        QTest::newRow("30 days, Mondays")
            << DateRange{d("2026-03-01"), d("2026-03-30")} << 6
            << QStringList{u"2026-03-02*"_s, u"2026-03-09"_s, u"2026-03-16"_s, u"2026-03-23"_s,
                           u"2026-03-30"_s};
        QTest::newRow("a year, month starts")
            << DateRange{d("2025-11-20"), d("2026-11-19")} << 12
            << QStringList{u"2025-12-01*"_s, u"2026-01-01*"_s, u"2026-02-01"_s, u"2026-03-01"_s,
                           u"2026-04-01"_s,  u"2026-05-01"_s,  u"2026-06-01"_s, u"2026-07-01"_s,
                           u"2026-08-01"_s,  u"2026-09-01"_s,  u"2026-10-01"_s, u"2026-11-01"_s};
        QTest::newRow("a year in quarters")
            << DateRange{d("2025-11-20"), d("2026-11-19")} << 5
            << QStringList{u"2026-01-01*"_s, u"2026-04-01"_s, u"2026-07-01"_s, u"2026-10-01"_s};
        QTest::newRow("twenty years in fives")
            << DateRange{d("2006-11-20"), d("2026-11-19")} << 6
            << QStringList{u"2010-01-01*"_s, u"2015-01-01*"_s, u"2020-01-01*"_s, u"2025-01-01*"_s};
    }

    void timeTicks()
    {
        QFETCH(DateRange, range);
        QFETCH(int, maxTicks);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const TimeTick &tick : TimeTicks::forRange(range, maxTicks))
            got << tick.day.toString(Qt::ISODate) + (tick.showsYear ? u"*"_s : QString());
        QCOMPARE(got, expected);
    }

    // ---- Dose history ----------------------------------------------------------

    void doseHistory_data()
    {
        QTest::addColumn<QList<Regimen>>("regimens");
        QTest::addColumn<QList<Weight>>("weights");
        QTest::addColumn<QStringList>("expected"); // day mg/day mg/kg/day kg ("-" none)
        Regimen ra = daily(1, d("2026-01-01"), {QTime(8, 0)});
        QTest::newRow("RA 100 mg, 70 kg")
            << QList<Regimen>{ra} << QList<Weight>{{1, d("2026-01-01"), 70.0}}
            << QStringList{u"2026-01-01 100 1.43 70"_s};
        Regimen nomid;
        nomid.id = 2;
        nomid.start = d("2026-01-10");
        nomid.mgPerKgPerDay = 2.0;
        nomid.dosesPerDay = 2;
        nomid.times = {QTime(8, 0), QTime(20, 0)};
        nomid.stepMg = 1.5;
        nomid.minMg = 1.5;
        QTest::newRow("weight-based, growing")
            << QList<Regimen>{nomid}
            << QList<Weight>{{2, d("2026-02-01"), 7.5}, {1, d("2026-01-01"), 6.0}}
            // 2 × 6 = 12 mg/day → 6 mg per dose; 2 × 7.5 = 15 → 7.5 per dose.
            << QStringList{u"2026-01-01 - - 6"_s, u"2026-01-10 12 2 6"_s, u"2026-02-01 15 2 7.5"_s};
        Regimen course = ra;
        course.days = 10;
        QTest::newRow("a course ends")
            << QList<Regimen>{course} << QList<Weight>{}
            << QStringList{u"2026-01-01 100 - -"_s, u"2026-01-11 - - -"_s};
    }

    void doseHistory()
    {
        QFETCH(QList<Regimen>, regimens);
        QFETCH(QList<Weight>, weights);
        QFETCH(QStringList, expected);
        const auto text = [](const std::optional<double> &value) {
            return value ? QString::number(std::round(*value * 100) / 100) : u"-"_s;
        };
        QStringList got;
        for (const DoseStep &step : DoseHistory::steps(regimens, weights, d("2026-12-31")))
            got << u"%1 %2 %3 %4"_s.arg(step.day.toString(Qt::ISODate), text(step.mgPerDay),
                                        text(step.mgPerKgPerDay), text(step.weightKg));
        QCOMPARE(got, expected);
    }

    // ---- Measure means ------------------------------------------------------------

    void bucketStats_data()
    {
        QTest::addColumn<TimeBuckets::Size>("size");
        QTest::addColumn<QStringList>("expected"); // mean/low/high per bucket
        QTest::newRow("weeks") << TimeBuckets::Size::Week
                               << QStringList{u"3/2/4"_s, u"7/7/7"_s, u"1/1/1"_s};
        QTest::newRow("month keeps the flare")
            << TimeBuckets::Size::Month << QStringList{u"3.5/1/7"_s};
    }

    void bucketStats()
    {
        QFETCH(TimeBuckets::Size, size);
        QFETCH(QStringList, expected);
        const QList<QPointF> daily{{chartTime::ofDay(d("2026-01-05")), 2},
                                   {chartTime::ofDay(d("2026-01-06")), 4},
                                   {chartTime::ofDay(d("2026-01-12")), 7},
                                   {chartTime::ofDay(d("2026-01-31")), 1},
                                   {chartTime::ofDay(d("2026-02-02")), 9}}; // outside
        const BucketStats stats = MeasureSeriesBuilder::perBucket(
            daily, chartTime::ofDay(d("2026-01-05")), chartTime::ofDay(d("2026-01-31")), size);
        QStringList got;
        for (qsizetype i = 0; i < stats.mean.size(); ++i) {
            got << u"%1/%2/%3"_s.arg(stats.mean.at(i).y())
                       .arg(stats.low.at(i).y())
                       .arg(stats.high.at(i).y());
            QCOMPARE(stats.low.at(i).x(), stats.mean.at(i).x());
        }
        QCOMPARE(got, expected);
    }

    void bucketSizeForWindow_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<TimeBuckets::Size>("size");
        QTest::newRow("90 days") << 90 << TimeBuckets::Size::Day;
        QTest::newRow("150 days") << 150 << TimeBuckets::Size::Day;
        QTest::newRow("a year") << 366 << TimeBuckets::Size::Week;
        QTest::newRow("three years") << 1098 << TimeBuckets::Size::Week;
        QTest::newRow("twenty years") << 7305 << TimeBuckets::Size::Month;
    }

    void bucketSizeForWindow()
    {
        QFETCH(int, days);
        QFETCH(TimeBuckets::Size, size);
        QCOMPARE(MeasureSeriesBuilder::sizeFor(days), size);
    }

    void measureMeans_data()
    {
        QTest::addColumn<QList<DiaryValue>>("values");
        QTest::addColumn<TimeBuckets::Size>("size");
        QTest::addColumn<QList<double>>("means");
        const QList<DiaryValue> week{v("2026-01-05", "pain", 2), v("2026-01-06", "pain", 4),
                                     v("2026-01-06", "fatigue", 9), v("2026-01-12", "pain", 7),
                                     v("2026-01-31", "pain", 1)};
        QTest::newRow("weekly, empty weeks left out")
            << week << TimeBuckets::Size::Week << QList<double>{3, 7, 1};
        QTest::newRow("monthly") << week << TimeBuckets::Size::Month << QList<double>{3.5};
        QTest::newRow("daily") << week << TimeBuckets::Size::Day << QList<double>{2, 4, 7, 1};
    }

    void measureMeans()
    {
        QFETCH(QList<DiaryValue>, values);
        QFETCH(TimeBuckets::Size, size);
        QFETCH(QList<double>, means);
        const MeasureSeries series = MeasureSeriesBuilder::meanPer(
            values, u"pain"_s, DateRange{d("2026-01-05"), d("2026-01-31")}, size);
        QList<double> got;
        for (const QPointF &point : series.points)
            got << point.y();
        QCOMPARE(got, means);
    }
};

Q_DECLARE_METATYPE(QList<Regimen>)
Q_DECLARE_METATYPE(QList<Weight>)

QTEST_GUILESS_MAIN(TestChartSeries)
#include "tst_chartseries.moc"
