#include "StockForecast.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace shotbook {

QList<StockPoint> StockForecaster::projection(const QList<Lot> &lots, double syringesPerDay,
                                              const QDate &today, int days)
{
    struct Remaining
    {
        QDate expires;
        double syringes;
    };
    QList<Remaining> left;
    for (const Lot &lot : lots) {
        if (lot.remaining > 0 && !lot.isExpiredOn(today))
            left.append({lot.expires, static_cast<double>(lot.remaining)});
    }
    std::sort(left.begin(), left.end(),
              [](const Remaining &a, const Remaining &b) { return a.expires < b.expires; });
    QList<StockPoint> points;
    for (int offset = 0; offset <= days; ++offset) {
        const QDate day = today.addDays(offset);
        double total = 0.0;
        for (const Remaining &lot : left) {
            if (lot.expires >= day)
                total += lot.syringes;
        }
        points.append({day, total});
        // That day's use, from the lots still good that day, soonest expiry first.
        double use = syringesPerDay;
        for (Remaining &lot : left) {
            if (use <= 0)
                break;
            if (lot.expires < day || lot.syringes <= 0)
                continue;
            const double taken = qMin(use, lot.syringes);
            lot.syringes -= taken;
            use -= taken;
        }
    }
    return points;
}

StockForecast StockForecaster::forecast(const QList<Lot> &lots, double syringesPerDay,
                                        const QDateTime &now, const StockForecastSettings &settings)
{
    StockForecast forecast;
    forecast.syringesPerDay = syringesPerDay;
    const QDate today = now.toLocalTime().date();

    QList<Lot> usable;
    for (const Lot &lot : lots) {
        if (lot.remaining <= 0)
            continue;
        if (lot.isExpiredOn(today)) {
            forecast.alerts.append({QStringLiteral("lot-expired"), lot.lot,
                                    tr("Lot %1 expired on %2: %3 syringe(s) to discard.")
                                        .arg(lot.lot, lot.expires.toString(Qt::ISODate))
                                        .arg(lot.remaining)});
            continue;
        }
        // Syringes out of the fridge too long are not stock: they are to be
        // discarded, and the alert stays until they are.
        const int tooLong = lot.outTooLong(now, settings.roomTemperatureHours);
        if (tooLong > 0)
            forecast.alerts.append(
                {QStringLiteral("room-temperature"), lot.lot,
                 tr("%1 syringe(s) of lot %2 have been out of the fridge more than %3 hours: do "
                    "not use them, discard them.")
                     .arg(tooLong)
                     .arg(lot.lot)
                     .arg(settings.roomTemperatureHours)});
        if (lot.remaining - tooLong <= 0)
            continue;
        Lot counted = lot;
        counted.remaining -= tooLong;
        usable.append(counted);
        forecast.syringesLeft += counted.remaining;
    }
    std::sort(usable.begin(), usable.end(), [](const Lot &a, const Lot &b) {
        return a.expires != b.expires ? a.expires < b.expires : a.id < b.id;
    });

    if (syringesPerDay <= 0) {
        for (const Lot &lot : usable) {
            if (lot.expiresWithin(today, settings.expiringSoonDays))
                forecast.alerts.append(
                    {QStringLiteral("expiring-soon"), lot.lot,
                     tr("Lot %1 expires on %2.").arg(lot.lot, lot.expires.toString(Qt::ISODate))});
        }
        return forecast;
    }

    // Days (from the start of today) at which each lot comes into use, FEFO.
    double start = 0.0;
    double usableSyringes = 0.0;
    for (const Lot &lot : usable) {
        // A lot can be used up to the end of its expiry day.
        const double expiresAt = static_cast<double>(today.daysTo(lot.expires)) + 1.0;
        const double usableHere =
            qBound(0.0, (expiresAt - start) * syringesPerDay, static_cast<double>(lot.remaining));
        const double lost = lot.remaining - usableHere;
        if (lost > 1e-9) {
            forecast.wasted += static_cast<int>(std::ceil(lost - 1e-9));
            if (lot.expiresWithin(today, settings.expiringSoonDays))
                forecast.alerts.append(
                    {QStringLiteral("expiring-soon"), lot.lot,
                     tr("Lot %1 expires on %2, before it can be used up: about %3 syringe(s) "
                        "will be left over.")
                         .arg(lot.lot, lot.expires.toString(Qt::ISODate))
                         .arg(static_cast<int>(std::ceil(lost - 1e-9)))});
        }
        start += usableHere / syringesPerDay;
        usableSyringes += usableHere;
    }
    forecast.daysLeft = usableSyringes / syringesPerDay;
    forecast.runsOutOn = today.addDays(static_cast<qint64>(std::floor(*forecast.daysLeft + 1e-9)));
    if (forecast.syringesLeft == 0)
        forecast.alerts.append(
            {QStringLiteral("no-stock"), QString(), tr("No usable syringes are in stock.")});
    else if (*forecast.daysLeft < settings.lowStockDays)
        forecast.alerts.append({QStringLiteral("low-stock"), QString(),
                                tr("Syringes for about %1 day(s) left; reorder now.")
                                    .arg(static_cast<int>(std::floor(*forecast.daysLeft)))});
    return forecast;
}

} // namespace shotbook
