#pragma once

#include "Lot.h"
#include "StockForecast.h"
#include "common/Error.h"
#include "common/Warning.h"

#include <QCoreApplication>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Syringe stock for the GUI and the CLI: receiving, discarding, taking out of
// the fridge, the forecast; and an injection's syringes, taken first-expiry-
// first-out or given back. Each write is one transaction scope: on its own,
// or a step of the caller's (logging an injection takes its syringes in the
// injection's transaction).
class StockService final
{
    Q_DECLARE_TR_FUNCTIONS(StockService)
    Q_DISABLE_COPY_MOVE(StockService)

public:
    StockService(Database &database, const Clock &clock);

    // Receives syringes of a lot (a new lot, or more of one already known
    // with the same expiry).
    Result<Lot> receive(const QString &lot, const QDate &expires, int count,
                        std::optional<QDate> received);
    Status discard(const QString &lot, int count, const QString &reason, const QString &note);
    Status takeOutOfFridge(const QString &lot, int count, std::optional<QDateTime> at);
    // Undo of receive/discard: a correcting movement (kept in the history).
    Status adjust(const QString &lot, int change, const QString &note);
    // Undo of takeOutOfFridge: forgets the newest `count` taken out.
    Status undoTakeOut(const QString &lot, int count);

    Result<QList<Lot>> lots() const;
    Result<QList<StockMovement>> movements() const;
    // Syringes a day at the current regimens: of one patient, or of all.
    Result<double> syringesPerDay(std::optional<qint64> patientId) const;
    Result<StockForecast> status(std::optional<qint64> patientId) const;
    // The expiring-soon window in days (a product setting).
    Result<int> expiringSoonDays() const;

    struct Taken
    {
        QList<LotAllocation> allocations;
        Warnings warnings;
    };

    // For one injection: the chosen lot (an expired one only when `force`:
    // else "lot-expired"; an unknown one is refused), then FEFO. Missing stock
    // is a "no-stock" warning, not a refusal.
    // Syringes out of the fridge too long are never taken silently: they are
    // avoided unless no other is left (then taken, with "room-temperature"),
    // or handled as `tooLongOut` says.
    Result<Taken> takeForInjection(qint64 injectionId, double doseMg,
                                   const std::optional<QString> &chosenLot, bool allowExpired,
                                   const QDateTime &at, TooLongOut tooLongOut = TooLongOut::Avoid);
    // Takes these allocations again where their lots still hold the syringes
    // (undo of a deletion); what was used up meanwhile is taken first-expiry-
    // first-out, and what cannot be found is a "no-stock" warning.
    Result<Taken> retakeOrReplace(qint64 injectionId, const QList<LotAllocation> &wanted,
                                  const QDateTime &at);
    // Gives an injection's syringes back and returns what it had taken.
    Result<QList<LotAllocation>> giveBack(qint64 injectionId);

private:
    Result<Lot> existingLot(const QString &lot) const;
    // Records these allocations as used by the injection; with `freshSince`,
    // the syringes out of the fridge it takes are those taken out since then.
    Status recordUse(qint64 injectionId, const QList<LotAllocation> &taken, const QDateTime &at,
                     const std::optional<QDateTime> &freshSince = std::nullopt);
    Result<int> allowanceHours() const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
