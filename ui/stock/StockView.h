#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace shotbook::ui {

class AppContext;
class LotTableModel;
class StockChart;

// "Stock": the lots with what is left, the forecast and its alerts, the
// projected stock, the history of movements; receive, discard, take out of
// the fridge.
class StockView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockView)

public:
    explicit StockView(AppContext &context, QWidget *parent = nullptr);

    StockChart *chart() const { return m_chart; }

public Q_SLOTS:
    void refresh();
    void receive();
    void discardSelected();
    void takeOutSelected();

private:
    QString selectedLot() const;
    void refreshHistory();
    void updateButtons();

    AppContext &m_context;
    LotTableModel *m_lots;
    QTableView *m_table;
    QLabel *m_forecast;
    StockChart *m_chart;
    QTableWidget *m_history;
    QPushButton *m_discard;
    QPushButton *m_takeOut;
    bool m_columnsFitted = false;
    bool m_historyStale = false;
};

} // namespace shotbook::ui
