#pragma once

#include "stock/Lot.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QChartView;

namespace shotbook::ui {

// Projected usable syringes against time at the current rate, from today
// until the stock runs out (or, when none is used, until the last lot
// expires), with each lot's expiry in that span marked and named: where the
// line meets zero, stock runs out. Ticks fall on whole days, dated in the
// user's locale.
class StockChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockChart)

public:
    explicit StockChart(QWidget *parent = nullptr);

    void setData(const QList<Lot> &lots, double syringesPerDay, const QDate &today);
    int pointCount() const { return m_points; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }      // the axis' end
    QDate runsOutOn() const { return m_runsOut; } // invalid when nothing is used
    QList<QDate> expiryMarks() const { return m_expiries; }
    int tickDays() const { return m_tickDays; }

private:
    QChartView *m_view;
    int m_points = 0;
    QDate m_first;
    QDate m_last;
    QDate m_runsOut;
    QList<QDate> m_expiries;
    int m_tickDays = 1;
};

} // namespace shotbook::ui
