#pragma once

#include "injections/Injection.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

namespace shotbook::ui {

class AppContext;

// The log of one patient over a date range: every injection, and every due
// dose that was missed, by time. Its view reloads it when that changes.
class LogTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTableModel)

public:
    enum Column
    {
        WhenColumn,
        DoseColumn,
        SiteColumn,
        StatusColumn,
        LotColumn,
        GivenByColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        InjectionIdRole
    };

    struct Row
    {
        QDateTime when;
        std::optional<Injection> injection; // none: a missed dose
        QString status;
    };

    explicit LogTableModel(AppContext &context, QObject *parent = nullptr);

    void setRange(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    AppContext &m_context;
    QDate m_from;
    QDate m_to;
    QList<Row> m_rows;
};

} // namespace shotbook::ui
