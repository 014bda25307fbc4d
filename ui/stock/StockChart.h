#pragma once

#include "stock/Lot.h"

#include <QWidget>

class QChartView;

namespace shotbook::ui {

// Projected usable syringes against time at the current rate, with each lot's
// expiry date marked: where the line meets zero, stock runs out.
class StockChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockChart)

public:
    explicit StockChart(QWidget *parent = nullptr);

    void setData(const QList<Lot> &lots, double syringesPerDay, const QDate &today);
    int pointCount() const { return m_points; }

private:
    QChartView *m_view;
    int m_points = 0;
};

} // namespace shotbook::ui
