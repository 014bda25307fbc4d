#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shotbook {

// Syringes of a lot taken out of the fridge together.
struct FridgeOut
{
    QDateTime since;
    int count = 0;
    friend bool operator==(const FridgeOut &, const FridgeOut &) = default;
};

// A batch of prefilled syringes received together, with one lot number and
// expiry date.
struct Lot
{
    qint64 id = 0;
    QString lot;
    QDate expires;
    QDate received;
    int remaining = 0;
    int outOfFridge = 0;         // of the remaining, how many are out of the fridge
    QDateTime outOfFridgeSince;  // since when the earliest of them is out
    QList<FridgeOut> fridgeOuts; // the syringes out of the fridge, by when they were taken out

    // A syringe may be used on its expiry date, not after it.
    bool isExpiredOn(const QDate &day) const { return day > expires; }
    // Not expired on `day`, and expiring within `days` of it (the expiring-soon
    // window, a product setting).
    bool expiresWithin(const QDate &day, int days) const
    {
        return !isExpiredOn(day) && day.daysTo(expires) <= days;
    }
    // Of the syringes out of the fridge, those out longer than the allowance
    // at `at`: they must be discarded, never used silently or counted as stock.
    int outTooLong(const QDateTime &at, int allowanceHours) const
    {
        int count = 0;
        for (const FridgeOut &out : fridgeOuts) {
            if (out.count > 0 && out.since.secsTo(at) > qint64(allowanceHours) * 3600)
                count += out.count;
        }
        return count;
    }
    friend bool operator==(const Lot &, const Lot &) = default;
};

// What to do, when an injection is logged, with syringes out of the fridge
// longer than the allowance.
enum class TooLongOut
{
    Avoid,      // take others; warn "room-temperature" while any are left in stock
    UseThem,    // the user injected one of them: take it, and warn
    DiscardThem // discard them (reason room-temperature), then take others
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
