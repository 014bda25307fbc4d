#include "StockChart.h"

#include "stock/StockForecast.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace shotbook::ui {

namespace {
constexpr int MaxDays = 120;
}

StockChart::StockChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Projected stock"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(220);
}

void StockChart::setData(const QList<Lot> &lots, double syringesPerDay, const QDate &today)
{
    int lastExpiry = 30;
    for (const Lot &lot : lots) {
        if (lot.remaining > 0 && !lot.isExpiredOn(today))
            lastExpiry = qMax(lastExpiry, static_cast<int>(today.daysTo(lot.expires)) + 1);
    }
    const int days = qMin(MaxDays, lastExpiry);
    const auto points = StockForecaster::projection(lots, syringesPerDay, today, days);

    auto *chart = new QChart;
    chart->setTitle(tr("Usable syringes at the current dose"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    auto *stock = new QLineSeries(chart);
    stock->setName(tr("Syringes left"));
    double highest = 1.0;
    for (const StockPoint &point : points) {
        stock->append(static_cast<qreal>(QDateTime(point.day, QTime(0, 0)).toMSecsSinceEpoch()),
                      point.syringes);
        highest = qMax(highest, point.syringes);
    }
    m_points = static_cast<int>(points.size());
    auto *expiries = new QScatterSeries(chart);
    expiries->setName(tr("Lot expires"));
    expiries->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    expiries->setMarkerSize(10.0);
    for (const Lot &lot : lots) {
        if (lot.remaining > 0 && !lot.isExpiredOn(today) && today.daysTo(lot.expires) <= days)
            expiries->append(
                static_cast<qreal>(QDateTime(lot.expires, QTime(12, 0)).toMSecsSinceEpoch()), 0);
    }
    chart->addSeries(stock);
    chart->addSeries(expiries);

    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setRange(QDateTime(today, QTime(0, 0)), QDateTime(today.addDays(days), QTime(0, 0)));
    x->setTickCount(6);
    auto *y = new QValueAxis(chart);
    y->setRange(0, std::ceil(highest * 1.1));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("syringes"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto *series :
         {static_cast<QAbstractSeries *>(stock), static_cast<QAbstractSeries *>(expiries)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace shotbook::ui
