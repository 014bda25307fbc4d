#include "StockCommands.h"

#include "common/AppContext.h"
#include "stock/StockService.h"

namespace shotbook::ui {

ReceiveStockCommand::ReceiveStockCommand(AppContext &context, QString lot, QDate expires, int count,
                                         QDate received)
    : DataCommand(context, tr("Receive %1 syringes of lot %2").arg(count).arg(lot),
                  {DataKind::Stock, 0})
    , m_lot(std::move(lot))
    , m_expires(expires)
    , m_count(count)
    , m_received(received)
{}

Status ReceiveStockCommand::apply()
{
    StockService stock(context().database(), context().clock());
    if (m_done) // redo: the lot exists; put the syringes back in
        return stock.adjust(m_lot, m_count, tr("redo of receiving"));
    const auto received = stock.receive(m_lot, m_expires, m_count, m_received);
    if (!received)
        return fail(received.error());
    m_done = true;
    return {};
}

Status ReceiveStockCommand::revert()
{
    StockService stock(context().database(), context().clock());
    return stock.adjust(m_lot, -m_count, tr("undo of receiving"));
}

DiscardStockCommand::DiscardStockCommand(AppContext &context, QString lot, int count,
                                         QString reason, QString note)
    : DataCommand(context, tr("Discard %1 syringes of lot %2").arg(count).arg(lot),
                  {DataKind::Stock, 0})
    , m_lot(std::move(lot))
    , m_count(count)
    , m_reason(std::move(reason))
    , m_note(std::move(note))
{}

Status DiscardStockCommand::apply()
{
    StockService stock(context().database(), context().clock());
    return stock.discard(m_lot, m_count, m_reason, m_note);
}

Status DiscardStockCommand::revert()
{
    StockService stock(context().database(), context().clock());
    return stock.adjust(m_lot, m_count, tr("undo of a discard"));
}

TakeOutOfFridgeCommand::TakeOutOfFridgeCommand(AppContext &context, QString lot, int count)
    : DataCommand(context, tr("Take %1 syringes of lot %2 out of the fridge").arg(count).arg(lot),
                  {DataKind::Stock, 0})
    , m_lot(std::move(lot))
    , m_count(count)
{}

Status TakeOutOfFridgeCommand::apply()
{
    StockService stock(context().database(), context().clock());
    return stock.takeOutOfFridge(m_lot, m_count, std::nullopt);
}

Status TakeOutOfFridgeCommand::revert()
{
    StockService stock(context().database(), context().clock());
    return stock.undoTakeOut(m_lot, m_count);
}

} // namespace shotbook::ui
