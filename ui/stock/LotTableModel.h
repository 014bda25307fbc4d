#pragma once

#include "stock/Lot.h"

#include <QAbstractTableModel>
#include <QList>

namespace shotbook::ui {

class AppContext;

// The lots in stock, soonest expiry first; reloads when data changes.
class LotTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LotTableModel)

public:
    enum Column
    {
        LotColumn,
        ExpiresColumn,
        RemainingColumn,
        OutColumn,
        ReceivedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        LotRole = Qt::UserRole + 1,
        ExpiryRole // an Expiry value
    };
    // How a lot stands against its expiry date; colours the row.
    enum class Expiry
    {
        InDate,
        Soon, // within the warning window (a product setting)
        Expired,
        UsedUp
    };

    explicit LotTableModel(AppContext &context, QObject *parent = nullptr);

    const Lot &lotAt(int row) const { return m_lots.at(row); }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    QString status(const Lot &lot) const;
    Expiry expiry(const Lot &lot) const;

    AppContext &m_context;
    QList<Lot> m_lots;
    int m_soonDays = 30;
};

} // namespace shotbook::ui
