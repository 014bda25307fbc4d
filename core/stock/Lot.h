#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace shotbook {

// A batch of prefilled syringes received together, with one lot number and
// expiry date.
struct Lot
{
    qint64 id = 0;
    QString lot;
    QDate expires;
    QDate received;
    int remaining = 0;
    int outOfFridge = 0;        // of the remaining, how many are out of the fridge
    QDateTime outOfFridgeSince; // since when the earliest of them is out

    // A syringe may be used on its expiry date, not after it.
    bool isExpiredOn(const QDate &day) const { return day > expires; }
    friend bool operator==(const Lot &, const Lot &) = default;
};

// Syringes taken from one lot for one injection.
struct LotAllocation
{
    qint64 lotId = 0;
    QString lot;
    int count = 0;
    friend bool operator==(const LotAllocation &, const LotAllocation &) = default;
};

// A change of stock: received, used (by an injection), discarded, adjusted.
struct StockMovement
{
    qint64 id = 0;
    qint64 lotId = 0;
    QString lot;
    QString kind;  // received, used, discarded, adjusted
    int count = 0; // the change: positive in, negative out
    QDateTime at;
    qint64 injectionId = 0;
    QString reason; // for discarded and adjusted
    QString note;
};

} // namespace shotbook
