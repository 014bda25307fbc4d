#include "LotTableModel.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "stock/StockRules.h"
#include "stock/StockService.h"

#include <QLocale>

namespace shotbook::ui {

LotTableModel::LotTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(&m_context, &AppContext::changed, this, [this](const ChangeNotice &notice) {
        if (notice.affects(DataKind::Stock | DataKind::Injections | DataKind::Settings, 0))
            reload();
    });
    reload();
}

void LotTableModel::reload()
{
    StockService stock(m_context.database(), m_context.clock());
    auto lots = stock.lots();
    if (!lots) {
        m_context.reportError(lots.error().message);
        return;
    }
    beginResetModel();
    m_lots = std::move(*lots);
    endResetModel();
}

int LotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lots.size());
}

int LotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LotTableModel::status(const Lot &lot) const
{
    const QDate today = m_context.clock().today();
    if (lot.remaining == 0)
        return tr("used up");
    if (lot.isExpiredOn(today))
        return tr("expired: discard");
    if (today.daysTo(lot.expires) <= StockRules::ExpiringSoonDays)
        return tr("expires in %n day(s)", nullptr, static_cast<int>(today.daysTo(lot.expires)));
    return tr("in date");
}

QVariant LotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lot &lot = m_lots.at(index.row());
    if (role == LotRole)
        return lot.lot;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == RemainingColumn || index.column() == OutColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case LotColumn:
        return lot.lot;
    case ExpiresColumn:
        return locale.toString(lot.expires, QLocale::ShortFormat);
    case RemainingColumn:
        return lot.remaining;
    case OutColumn:
        return lot.outOfFridge > 0 ? QVariant(lot.outOfFridge) : QVariant();
    case ReceivedColumn:
        return locale.toString(lot.received, QLocale::ShortFormat);
    case StatusColumn:
        return status(lot);
    default:
        return {};
    }
}

QVariant LotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LotColumn:
        return tr("Lot");
    case ExpiresColumn:
        return tr("Expires");
    case RemainingColumn:
        return tr("Left");
    case OutColumn:
        return tr("Out of fridge");
    case ReceivedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace shotbook::ui
