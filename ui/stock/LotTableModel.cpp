#include "LotTableModel.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "stock/StockService.h"

#include <QColor>
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
    const auto soonDays = stock.expiringSoonDays();
    if (!lots || !soonDays) {
        m_context.reportError((!lots ? lots.error() : soonDays.error()).message);
        return;
    }
    beginResetModel();
    m_lots = std::move(*lots);
    m_soonDays = *soonDays;
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

LotTableModel::Expiry LotTableModel::expiry(const Lot &lot) const
{
    const QDate today = m_context.clock().today();
    if (lot.remaining == 0)
        return Expiry::UsedUp;
    if (lot.isExpiredOn(today))
        return Expiry::Expired;
    if (lot.expiresWithin(today, m_soonDays))
        return Expiry::Soon;
    return Expiry::InDate;
}

QString LotTableModel::status(const Lot &lot) const
{
    const QDate today = m_context.clock().today();
    switch (expiry(lot)) {
    case Expiry::UsedUp:
        return tr("used up");
    case Expiry::Expired:
        return tr("expired: discard");
    case Expiry::Soon:
        return tr("expires in %n day(s)", nullptr, static_cast<int>(today.daysTo(lot.expires)));
    case Expiry::InDate:
        break;
    }
    return tr("in date");
}

QVariant LotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lot &lot = m_lots.at(index.row());
    if (role == LotRole)
        return lot.lot;
    if (role == ExpiryRole)
        return QVariant::fromValue(static_cast<int>(expiry(lot)));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == RemainingColumn || index.column() == OutColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole) {
        // Translucent, so that it tints the light and the dark palette alike;
        // the status column says the same in words.
        switch (expiry(lot)) {
        case Expiry::Soon:
            return QColor(0xf4, 0xb4, 0x00, 80);
        case Expiry::Expired:
            return QColor(0xd9, 0x48, 0x32, 80);
        case Expiry::InDate:
        case Expiry::UsedUp:
            return {};
        }
        return {};
    }
    if (role == Qt::AccessibleDescriptionRole && expiry(lot) == Expiry::Soon)
        return tr("Expires within the %n-day warning window.", nullptr, m_soonDays);
    if (role == Qt::AccessibleDescriptionRole && expiry(lot) == Expiry::Expired)
        return tr("Expired: discard these syringes.");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::ToolTipRole && expiry(lot) == Expiry::Soon)
        return tr("Expires within the %n-day warning window (Settings).", nullptr, m_soonDays);
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
