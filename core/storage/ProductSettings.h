#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace shotbook {

// Settings of the product's rules, kept in the database so that the GUI and
// the CLI apply the same ones (the GUI's own preferences live in QSettings).
class ProductSettings final
{
    Q_DECLARE_TR_FUNCTIONS(ProductSettings)

public:
    struct IntSetting
    {
        const char *name;
        int defaultValue;
        int min;
        int max;
    };

    // Days a zone should rest after an injection before it is used again.
    static constexpr IntSetting SiteRestDays{"site-rest-days", 7, 1, 60};
    // Alert when the stock lasts fewer days than this.
    static constexpr IntSetting LowStockDays{"low-stock-days", 7, 1, 90};
    // Hours a syringe may stay out of the fridge (up to 25 °C); EU leaflet: 72.
    static constexpr IntSetting RoomTemperatureHours{"room-temperature-hours", 72, 1, 336};
    // How far (in %) rounding to the syringe's marks may move a dose; past it
    // the dose is shown as prescribed (dose-not-measurable), and a logged dose
    // this far from the regimen's warns dose-differs.
    static constexpr IntSetting RoundingTolerancePercent{"rounding-tolerance-percent", 10, 1, 50};
    // Warn of a lot that expires within this many days (expiring-soon).
    static constexpr IntSetting ExpiringSoonDays{"expiring-soon-days", 30, 1, 180};

    static Result<int> get(QSqlDatabase db, const IntSetting &setting);
    // Writes inside the caller's transaction.
    static Status set(QSqlDatabase db, const IntSetting &setting, int value);
};

} // namespace shotbook
