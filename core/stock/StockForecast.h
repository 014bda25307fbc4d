#pragma once

#include "Lot.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shotbook {

struct StockAlert
{
    QString code; // low-stock, expiring-soon, lot-expired, room-temperature, no-stock
    QString lot;  // empty for alerts about the whole stock
    QString message;
};

struct StockForecast
{
    int syringesLeft = 0;        // in lots not expired today, less those out of the fridge too long
    double syringesPerDay = 0.0; // at the current regimens
    std::optional<double> daysLeft; // none when nothing is used
    std::optional<QDate> runsOutOn; // the first day without a syringe
    int wasted = 0;                 // syringes that will expire before they are used
    QList<StockAlert> alerts;
};

struct StockForecastSettings
{
    int lowStockDays = 7;
    int expiringSoonDays = 30;
    int roomTemperatureHours = 72;
};

// How long the stock lasts at `syringesPerDay`, used first-expiry-first-out:
// a lot whose expiry comes before its turn is used up only in part, the rest
// expires. Alerts: low-stock (fewer days left than the threshold), expiring-
// soon (a lot expiring within the window that will not be used up before it
// expires), lot-expired (expired syringes still in stock: discard them),
// room-temperature (out of the fridge longer than allowed: discard them).
// Usable syringes left at the start of a day.
struct StockPoint
{
    QDate day;
    double syringes = 0.0;
};

class StockForecaster final
{
    Q_DECLARE_TR_FUNCTIONS(StockForecaster)

public:
    // Day by day from today: syringes used first-expiry-first-out at
    // `syringesPerDay`, lots dropping out after their expiry day.
    static QList<StockPoint> projection(const QList<Lot> &lots, double syringesPerDay,
                                        const QDate &today, int days);

    static StockForecast forecast(const QList<Lot> &lots, double syringesPerDay,
                                  const QDateTime &now, const StockForecastSettings &settings);
};

} // namespace shotbook
