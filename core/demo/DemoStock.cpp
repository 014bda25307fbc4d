#include "DemoStock.h"

#include "stock/Fefo.h"
#include "stock/StockRules.h"

#include <QSet>

#include <algorithm>

namespace shotbook {

namespace {

struct Shot
{
    qsizetype patient;
    qsizetype index;
    QDateTime at;
    int syringes;
};

} // namespace

DemoStockRecord DemoStock::play(QList<QList<Injection>> &injections, const QDate &firstDay,
                                const QDateTime &now, DemoRandom &random)
{
    DemoStockRecord record;
    QList<Shot> shots;
    for (qsizetype p = 0; p < injections.size(); ++p) {
        for (qsizetype i = 0; i < injections.at(p).size(); ++i) {
            const Injection &injection = injections.at(p).at(i);
            shots.append({p, i, injection.at, StockRules::syringesFor(injection.doseMg)});
        }
    }
    std::stable_sort(shots.begin(), shots.end(),
                     [](const Shot &a, const Shot &b) { return a.at < b.at; });

    QList<Lot> lots; // ids are the index + 1, for the FEFO rule
    QSet<QString> numbers;
    const QDate today = now.toLocalTime().date();
    const auto usable = [&lots](const QDate &day) {
        int count = 0;
        for (const Lot &lot : lots) {
            if (!lot.isExpiredOn(day))
                count += lot.remaining;
        }
        return count;
    };
    const auto take = [&](qsizetype lot, int count, const QDateTime &at, const QString &kind,
                          const QString &reason, qsizetype patient, qsizetype index) {
        lots[lot].remaining -= count;
        record.movements.append({lot, kind, -count, at, patient, index, reason});
    };

    // Deliveries: the first two days before treatment starts, then early each month.
    QList<QDateTime> deliveries;
    deliveries.append(QDateTime(firstDay.addDays(-2), QTime(11, 0), Qt::LocalTime).toUTC());
    for (QDate month = QDate(firstDay.year(), firstDay.month(), 1).addMonths(1); month <= today;
         month = month.addMonths(1)) {
        const QDateTime at(month.addDays(random.integer(0, 4)),
                           QTime(random.integer(9, 16), random.integer(0, 59)), Qt::LocalTime);
        if (at <= now)
            deliveries.append(at.toUTC());
    }

    qsizetype nextShot = 0;
    QDate lastDay = firstDay.addDays(-3);
    for (qsizetype d = 0; d < deliveries.size(); ++d) {
        const QDateTime at = deliveries.at(d);
        const QDateTime until = d + 1 < deliveries.size() ? deliveries.at(d + 1) : now;
        // Enough for the doses until the next delivery and a week more, in packs of 7.
        int needed = 7;
        for (qsizetype s = nextShot; s < shots.size() && shots.at(s).at < until.addDays(7); ++s)
            needed += shots.at(s).syringes;
        needed -= usable(at.toLocalTime().date().addDays(40));
        if (needed > 0) {
            Lot lot;
            do {
                lot.lot = QStringLiteral("%1%2")
                              .arg(QChar(u'A' + random.integer(0, 25)))
                              .arg(random.integer(10000, 99999));
            } while (numbers.contains(lot.lot));
            numbers.insert(lot.lot);
            lot.received = at.toLocalTime().date();
            // Mostly a year or more; now and then a short-dated carton.
            lot.expires = lot.received.addDays(random.chance(0.05) ? random.integer(20, 45)
                                                                   : random.integer(240, 420));
            lot.id = lots.size() + 1;
            const int count = std::min(StockRules::MaxCount, (needed + 6) / 7 * 7);
            record.deliveries.append({lot, count, at});
            lot.remaining = count;
            lots.append(lot);
        }
        // The doses until the next delivery, day by day.
        for (; nextShot < shots.size() && shots.at(nextShot).at < until; ++nextShot) {
            const Shot &shot = shots.at(nextShot);
            const QDate day = shot.at.toLocalTime().date();
            for (; lastDay < day; lastDay = lastDay.addDays(1)) {
                const QDate next = lastDay.addDays(1);
                // What expired yesterday goes.
                for (qsizetype l = 0; l < lots.size(); ++l) {
                    if (lots.at(l).remaining > 0 && lots.at(l).expires == lastDay)
                        take(l, lots.at(l).remaining,
                             QDateTime(next, QTime(9, 0), Qt::LocalTime).toUTC(),
                             QStringLiteral("discarded"), QStringLiteral("expired"), -1, -1);
                }
                // A syringe dropped, cloudy or left out too long: a few a year.
                if (random.chance(4.0 / 365.25)) {
                    const FefoResult pick = allocateFefo(lots, 1, next);
                    if (!pick.taken.isEmpty()) {
                        static const QStringList reasons = {
                            QStringLiteral("damaged"), QStringLiteral("damaged"),
                            QStringLiteral("room-temperature"), QStringLiteral("cloudy"),
                            QStringLiteral("frozen")};
                        take(
                            pick.taken.constFirst().lotId - 1, 1,
                            QDateTime(next, QTime(random.integer(7, 21), 0), Qt::LocalTime).toUTC(),
                            QStringLiteral("discarded"), random.pick(reasons), -1, -1);
                    }
                }
            }
            const FefoResult result = allocateFefo(lots, shot.syringes, day);
            Injection &injection = injections[shot.patient][shot.index];
            injection.lot.reset();
            for (const LotAllocation &allocation : result.taken) {
                take(allocation.lotId - 1, allocation.count, shot.at, QStringLiteral("used"), {},
                     shot.patient, shot.index);
                if (!injection.lot)
                    injection.lot = allocation.lot;
            }
        }
    }
    return record;
}

} // namespace shotbook
