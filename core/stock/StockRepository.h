#pragma once

#include "Lot.h"
#include "common/Error.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace shotbook {

// Lots and stock movements as stored. Writers run inside the caller's
// transaction and keep each lot's `remaining` equal to the sum of its movements.
class StockRepository final
{
public:
    static Result<QList<Lot>> lots(QSqlDatabase db);
    // The lots with syringes left, and `alsoLot` whatever it holds (what an
    // injection may take from, and the lot it names).
    static Result<QList<Lot>> lotsInStock(QSqlDatabase db, const std::optional<QString> &alsoLot);
    static Result<std::optional<Lot>> lotByNumber(QSqlDatabase db, const QString &lot);
    static Result<qint64> insertLot(QSqlDatabase db, const Lot &lot, const QDateTime &createdAt);
    // Records a movement and applies its count to the lot's remaining.
    static Result<qint64> addMovement(QSqlDatabase db, const StockMovement &movement);
    // Many at once (the sample data): one prepared statement for the
    // movements, then one update per lot with the sum of its counts.
    static Status addMovements(QSqlDatabase db, const QList<StockMovement> &movements);
    static Result<QList<StockMovement>> movements(QSqlDatabase db, std::optional<qint64> lotId);
    static Result<QList<StockMovement>> movementsOfInjection(QSqlDatabase db, qint64 injectionId);
    // Deletes an injection's movements and gives their syringes back.
    static Status removeMovementsOfInjection(QSqlDatabase db, qint64 injectionId);

    static Status takeOutOfFridge(QSqlDatabase db, qint64 lotId, int count, const QDateTime &at);
    // Syringes leaving a lot (used, discarded) come from those out of the
    // fridge first, oldest first.
    static Status consumeOutOfFridge(QSqlDatabase db, qint64 lotId, int count);
    // The same among those taken out at or after `since` only: syringes used
    // for an injection never come silently from those out too long.
    static Status consumeOutOfFridgeSince(QSqlDatabase db, qint64 lotId, int count,
                                          const QDateTime &since);
    // Forgets the newest `count` syringes recorded as taken out (an undo).
    static Status undoTakeOut(QSqlDatabase db, qint64 lotId, int count);

private:
    enum class Order
    {
        OldestFirst,
        NewestFirst
    };
    static Status reduceOutOfFridge(QSqlDatabase db, qint64 lotId, int count, Order order,
                                    const std::optional<QDateTime> &since);
    static Result<QList<Lot>> lotsWhere(QSqlDatabase db, bool all, const QString &alsoLot);
};

} // namespace shotbook
