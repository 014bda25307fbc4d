// The indexed queries of issue 16 give what reading the whole history gave:
// each zone's count, latest use and spot, on a demo database, as of several
// instants (before, inside and after the history; right at an injection).

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "injections/InjectionRepository.h"
#include "regimen/Adherence.h"
#include "regimen/PatientSchedule.h"
#include "sites/Rotation.h"
#include "sites/SiteService.h"
#include "sites/Zones.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace shotbook {

class TestHistoryQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QList<qint64> m_patients;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};

    // The zone uses as the old implementation found them: every injection up
    // to asOf, latest first (by time, then id).
    QList<ZoneUse> reference(qint64 patientId, const QDateTime &asOf) const
    {
        auto all = InjectionRepository::all(m_database->connection());
        QList<Injection> mine;
        for (const Injection &injection : *all) {
            if (injection.patientId == patientId && injection.at <= asOf)
                mine.append(injection);
        }
        std::sort(mine.begin(), mine.end(), [](const Injection &a, const Injection &b) {
            return a.at != b.at ? a.at > b.at : a.id > b.id;
        });
        QList<ZoneUse> uses;
        for (const QString &zone : Zones::ids()) {
            ZoneUse use{zone, true, std::nullopt, std::nullopt, 0, 0};
            for (const Injection &injection : mine) {
                if (injection.site != zone)
                    continue;
                if (!use.lastUsed) {
                    use.lastUsed = injection.at;
                    use.lastSpot = injection.spot;
                }
                ++use.count;
            }
            uses.append(use);
        }
        return uses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto summary =
            DemoGenerator::write(m_dir.filePath(u"demo.sqlite"_s), DemoOptions{3, 2, 7}, m_clock);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QVERIFY(summary->injections > 1000);
        m_patients = summary->patientIds;
        auto opened = Database::open(summary->path);
        QVERIFY(opened);
        m_database = std::move(*opened);
    }

    void zoneUsesMatchTheWholeHistory_data()
    {
        QTest::addColumn<int>("patient");
        QTest::addColumn<QDateTime>("asOf");
        const QDateTime now = m_clock.now();
        for (int p = 0; p < 2; ++p) {
            const QByteArray tag = "patient " + QByteArray::number(p + 1);
            QTest::newRow(QByteArray(tag + ", now").constData()) << p << now;
            QTest::newRow(QByteArray(tag + ", a year ago").constData()) << p << now.addDays(-365);
            QTest::newRow(QByteArray(tag + ", before any").constData()) << p << now.addYears(-10);
            QTest::newRow(QByteArray(tag + ", in a week").constData()) << p << now.addDays(7);
        }
    }

    void zoneUsesMatchTheWholeHistory()
    {
        QFETCH(int, patient);
        QFETCH(QDateTime, asOf);
        SiteService sites(*m_database, m_clock);
        const qint64 id = m_patients.at(patient);
        const auto uses = sites.zoneUses(id, asOf);
        QVERIFY(uses);
        const QList<ZoneUse> expected = reference(id, asOf);
        QCOMPARE(uses->size(), expected.size());
        int used = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ZoneUse &got = uses->at(i);
            const ZoneUse &want = expected.at(i);
            QCOMPARE(got.zone, want.zone);
            QCOMPARE(got.count, want.count);
            QCOMPARE(got.lastUsed, want.lastUsed);
            QCOMPARE(got.lastSpot, want.lastSpot);
            used += got.count;
        }
        if (asOf > m_clock.now().addDays(-400))
            QVERIFY(used > 0);
    }

    void suggestionAndWarningsMatchTheWholeHistory()
    {
        // suggest() and warningsFor() read the latest uses without counts.
        SiteService sites(*m_database, m_clock);
        for (const qint64 id : m_patients) {
            QList<ZoneUse> expected = reference(id, m_clock.now());
            // Switched-off zones and open reactions are read as before.
            const auto full = sites.zoneUses(id, m_clock.now());
            QVERIFY(full);
            for (qsizetype i = 0; i < expected.size(); ++i) {
                expected[i].enabled = full->at(i).enabled;
                expected[i].openReactions = full->at(i).openReactions;
            }
            const auto suggested = sites.suggest(id);
            QVERIFY(suggested);
            QVERIFY(suggested->has_value());
            QCOMPARE(*suggested, Rotation::suggest(expected));
            for (const QString &zone : Zones::ids()) {
                const auto warnings = sites.warningsFor(id, zone, m_clock.now(), std::nullopt);
                QVERIFY(warnings);
                const Warnings want = Rotation::warningsFor(expected, zone, m_clock.now(),
                                                            *sites.restDays(), std::nullopt);
                QCOMPARE(warnings->size(), want.size());
                for (qsizetype i = 0; i < want.size(); ++i)
                    QCOMPARE(warnings->at(i).code, want.at(i).code);
            }
        }
    }

    void matchingAndAdherenceMatchTheDirectRule()
    {
        // The slots sorted and matched by their instants in milliseconds give
        // what the rule says in date-times: each injection in time order
        // fills the nearest open slot within half an interval (earlier on a
        // tie); adherence counts as before.
        const QDate to = m_clock.today();
        const QDate from = to.addDays(-200);
        for (const qint64 id : m_patients) {
            const auto schedule = PatientSchedule::load(*m_database, id, from, to);
            QVERIFY(schedule);
            const QList<Slot> &slots = schedule->slots();
            QVERIFY(slots.size() > 150);
            for (qsizetype i = 1; i < slots.size(); ++i)
                QVERIFY(!(slots.at(i).due < slots.at(i - 1).due));
            QList<QDateTime> times;
            for (const Injection &injection : schedule->injections())
                times.append(injection.at);
            QList<int> order(times.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return times.at(a) < times.at(b); });
            QList<int> filledBy(slots.size(), -1);
            QList<int> slotOf(times.size(), -1);
            for (const int injection : order) {
                int best = -1;
                qint64 bestDistance = 0;
                for (qsizetype i = 0; i < slots.size(); ++i) {
                    const qint64 distance = qAbs(times.at(injection).secsTo(slots.at(i).due));
                    if (filledBy.at(i) >= 0 || distance > slots.at(i).halfWindowSecs)
                        continue;
                    if (best < 0 || distance < bestDistance) {
                        best = static_cast<int>(i);
                        bestDistance = distance;
                    }
                }
                if (best >= 0) {
                    filledBy[best] = injection;
                    slotOf[injection] = best;
                }
            }
            QCOMPARE(schedule->matching().filledBy, filledBy);
            QCOMPARE(schedule->matching().slotOf, slotOf);

            const QDateTime now = m_clock.now();
            const AdherenceReport report = schedule->adherence(from, to, now);
            int taken = 0;
            int missed = 0;
            int pending = 0;
            for (qsizetype i = 0; i < slots.size(); ++i) {
                const QDate day = slots.at(i).due.toLocalTime().date();
                if (day < from || day > to)
                    continue;
                if (filledBy.at(i) >= 0)
                    ++taken;
                else if (slots.at(i).due.addSecs(slots.at(i).halfWindowSecs) < now)
                    ++missed;
                else if (slots.at(i).due <= now)
                    ++pending;
            }
            QCOMPARE(report.taken, taken);
            QCOMPARE(report.missed, missed);
            QCOMPARE(report.pending, pending);
            QCOMPARE(report.expected, taken + missed);
            QVERIFY(taken > 100);
        }
    }

    void zoneUsesAtAnInjectionInstantIncludeIt()
    {
        // asOf equal to an injection's time counts it (at <= asOf), as before.
        auto all = InjectionRepository::all(m_database->connection());
        QVERIFY(all && !all->isEmpty());
        const Injection &some = all->at(all->size() / 2);
        SiteService sites(*m_database, m_clock);
        const auto uses = sites.zoneUses(some.patientId, some.at);
        QVERIFY(uses);
        const QList<ZoneUse> expected = reference(some.patientId, some.at);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(uses->at(i).count, expected.at(i).count);
            QCOMPARE(uses->at(i).lastUsed, expected.at(i).lastUsed);
        }
        const auto zone = Zones::ids().indexOf(some.site);
        QVERIFY(zone >= 0);
        QCOMPARE(uses->at(zone).lastUsed, std::optional<QDateTime>(some.at));
    }
};

} // namespace shotbook

QTEST_GUILESS_MAIN(shotbook::TestHistoryQueries)
#include "tst_historyqueries.moc"
