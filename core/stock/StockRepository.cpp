#include "StockRepository.h"

#include "common/IsoDateTime.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace shotbook {

namespace {

const QString MovementColumns = QStringLiteral(
    "m.id, m.lot_id, l.lot, m.kind, m.count, m.at, m.injection_id, m.reason, m.note");

StockMovement movementFromRow(const QSqlQuery &query)
{
    StockMovement movement;
    movement.id = query.value(0).toLongLong();
    movement.lotId = query.value(1).toLongLong();
    movement.lot = query.value(2).toString();
    movement.kind = query.value(3).toString();
    movement.count = query.value(4).toInt();
    movement.at = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
    movement.injectionId = query.value(6).toLongLong();
    movement.reason = query.value(7).toString();
    movement.note = query.value(8).toString();
    return movement;
}

} // namespace

Result<QList<Lot>> StockRepository::lots(QSqlDatabase db)
{
    return lotsWhere(db, true, {});
}

Result<QList<Lot>> StockRepository::lotsInStock(QSqlDatabase db,
                                                const std::optional<QString> &alsoLot)
{
    return lotsWhere(db, false, alsoLot.value_or(QString()));
}

// Every lot, or those with syringes left and the lot named alsoLot: twenty
// years leave hundreds of used-up lots.
Result<QList<Lot>> StockRepository::lotsWhere(QSqlDatabase db, bool all, const QString &alsoLot)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT l.id, l.lot, l.expires, l.received, l.remaining"
                                 " FROM lots l") +
                  (all ? QString() : QStringLiteral(" WHERE l.remaining > 0 OR l.lot = ?")) +
                  QStringLiteral(" ORDER BY l.expires, l.id"));
    if (!all)
        query.addBindValue(alsoLot);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the stock"));
    QList<Lot> lots;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        Lot lot;
        lot.id = query.value(0).toLongLong();
        lot.lot = query.value(1).toString();
        lot.expires = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        lot.received = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        lot.remaining = query.value(4).toInt();
        index.insert(lot.id, lots.size());
        lots.append(lot);
    }
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    if (!query.exec(QStringLiteral("SELECT lot_id, taken_out_at, count FROM fridge_outs"
                                   " WHERE count > 0 ORDER BY taken_out_at, id")))
        return fail(sqlError(query.lastError(), "read the syringes out of the fridge"));
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        Lot &lot = lots[*it];
        const FridgeOut out{QDateTime::fromString(query.value(1).toString(), Qt::ISODate),
                            query.value(2).toInt()};
        if (lot.fridgeOuts.isEmpty())
            lot.outOfFridgeSince = out.since;
        lot.fridgeOuts.append(out);
        lot.outOfFridge += out.count;
    }
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return lots;
}

Result<std::optional<Lot>> StockRepository::lotByNumber(QSqlDatabase db, const QString &lot)
{
    const auto all = lots(db);
    if (!all)
        return fail(all.error());
    for (const Lot &candidate : *all) {
        if (candidate.lot == lot)
            return std::optional<Lot>(candidate);
    }
    return std::optional<Lot>();
}

Result<qint64> StockRepository::insertLot(QSqlDatabase db, const Lot &lot,
                                          const QDateTime &createdAt)
{
    QSqlQuery query(db);
    query.prepare(insertReturningId(
        QStringLiteral("INSERT INTO lots (lot, expires, received, remaining, created_at)"
                       " VALUES (?, ?, ?, 0, ?)")));
    query.addBindValue(lot.lot);
    query.addBindValue(iso::formatDate(lot.expires));
    query.addBindValue(iso::formatDate(lot.received));
    query.addBindValue(iso::formatUtc(createdAt));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the lot"));
    return insertedId(query);
}

Result<qint64> StockRepository::addMovement(QSqlDatabase db, const StockMovement &movement)
{
    QSqlQuery query(db);
    query.prepare(insertReturningId(
        QStringLiteral("INSERT INTO stock_movements (lot_id, kind, count, at,"
                       " injection_id, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    query.addBindValue(movement.lotId);
    query.addBindValue(movement.kind);
    query.addBindValue(movement.count);
    query.addBindValue(iso::formatUtc(movement.at));
    query.addBindValue(movement.injectionId > 0 ? QVariant(movement.injectionId)
                                                : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(textValue(movement.reason));
    query.addBindValue(textValue(movement.note));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the stock movement"));
    const qint64 id = insertedId(query);
    query.prepare(QStringLiteral("UPDATE lots SET remaining = remaining + ? WHERE id = ?"));
    query.addBindValue(movement.count);
    query.addBindValue(movement.lotId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "update the stock"));
    return id;
}

Status StockRepository::addMovements(QSqlDatabase db, const QList<StockMovement> &movements)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO stock_movements (lot_id, kind, count, at,"
                                      " injection_id, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return fail(sqlError(query.lastError(), "record the stock movements"));
    QMap<qint64, qint64> change; // lot id → the sum of its counts
    for (const StockMovement &movement : movements) {
        query.addBindValue(movement.lotId);
        query.addBindValue(movement.kind);
        query.addBindValue(movement.count);
        query.addBindValue(iso::formatUtc(movement.at));
        query.addBindValue(movement.injectionId > 0 ? QVariant(movement.injectionId)
                                                    : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(textValue(movement.reason));
        query.addBindValue(textValue(movement.note));
        if (!query.exec())
            return fail(sqlError(query.lastError(), "record the stock movements"));
        change[movement.lotId] += movement.count;
    }
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE lots SET remaining = remaining + ? WHERE id = ?")))
        return fail(sqlError(update.lastError(), "update the stock"));
    for (auto it = change.constBegin(); it != change.constEnd(); ++it) {
        update.addBindValue(it.value());
        update.addBindValue(it.key());
        if (!update.exec())
            return fail(sqlError(update.lastError(), "update the stock"));
    }
    return {};
}

Result<QList<StockMovement>> StockRepository::movements(QSqlDatabase db,
                                                        std::optional<qint64> lotId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + MovementColumns +
                  QStringLiteral(" FROM stock_movements m JOIN lots l ON l.id = m.lot_id") +
                  (lotId ? QStringLiteral(" WHERE m.lot_id = ?") : QString()) +
                  QStringLiteral(" ORDER BY m.at, m.id"));
    if (lotId)
        query.addBindValue(*lotId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the stock movements"));
    QList<StockMovement> all;
    while (query.next())
        all.append(movementFromRow(query));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return all;
}

Result<QList<StockMovement>> StockRepository::movementsOfInjection(QSqlDatabase db,
                                                                   qint64 injectionId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + MovementColumns +
                  QStringLiteral(" FROM stock_movements m JOIN lots l ON l.id = m.lot_id"
                                 " WHERE m.injection_id = ? ORDER BY m.id"));
    query.addBindValue(injectionId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the injection's stock"));
    QList<StockMovement> all;
    while (query.next())
        all.append(movementFromRow(query));
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return all;
}

Status StockRepository::removeMovementsOfInjection(QSqlDatabase db, qint64 injectionId)
{
    const auto movements = movementsOfInjection(db, injectionId);
    if (!movements)
        return fail(movements.error());
    QSqlQuery query(db);
    for (const StockMovement &movement : *movements) {
        query.prepare(QStringLiteral("UPDATE lots SET remaining = remaining - ? WHERE id = ?"));
        query.addBindValue(movement.count);
        query.addBindValue(movement.lotId);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "give the syringes back"));
    }
    query.prepare(QStringLiteral("DELETE FROM stock_movements WHERE injection_id = ?"));
    query.addBindValue(injectionId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "give the syringes back"));
    return {};
}

Status StockRepository::takeOutOfFridge(QSqlDatabase db, qint64 lotId, int count,
                                        const QDateTime &at)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO fridge_outs (lot_id, taken_out_at, count) VALUES (?, ?, ?)"));
    query.addBindValue(lotId);
    query.addBindValue(iso::formatUtc(at));
    query.addBindValue(count);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the syringes out of the fridge"));
    return {};
}

Status StockRepository::undoTakeOut(QSqlDatabase db, qint64 lotId, int count)
{
    return reduceOutOfFridge(db, lotId, count, Order::NewestFirst, std::nullopt);
}

Status StockRepository::consumeOutOfFridge(QSqlDatabase db, qint64 lotId, int count)
{
    return reduceOutOfFridge(db, lotId, count, Order::OldestFirst, std::nullopt);
}

Status StockRepository::consumeOutOfFridgeSince(QSqlDatabase db, qint64 lotId, int count,
                                                const QDateTime &since)
{
    return reduceOutOfFridge(db, lotId, count, Order::OldestFirst, since);
}

Status StockRepository::reduceOutOfFridge(QSqlDatabase db, qint64 lotId, int count, Order order,
                                          const std::optional<QDateTime> &since)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, count FROM fridge_outs WHERE lot_id = ? AND count > 0"
                       "%1 ORDER BY taken_out_at %2, id %2")
            .arg(since ? QStringLiteral(" AND taken_out_at >= ?") : QString(),
                 order == Order::NewestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    query.addBindValue(lotId);
    if (since)
        query.addBindValue(iso::formatUtc(*since));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the syringes out of the fridge"));
    QList<std::pair<qint64, int>> outs;
    while (query.next())
        outs.append({query.value(0).toLongLong(), query.value(1).toInt()});
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    int left = count;
    for (const auto &[id, available] : outs) {
        if (left <= 0)
            break;
        const int used = qMin(left, available);
        left -= used;
        query.prepare(QStringLiteral("UPDATE fridge_outs SET count = count - ? WHERE id = ?"));
        query.addBindValue(used);
        query.addBindValue(id);
        if (!query.exec())
            return fail(sqlError(query.lastError(), "update the syringes out of the fridge"));
    }
    return {};
}

} // namespace shotbook
