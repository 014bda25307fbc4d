#include "StockChart.h"

#include "stock/StockForecast.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace shotbook::ui {

namespace {

// Long enough for any lot's shelf life.
constexpr int MaxDays = 3 * 366;
constexpr int MinDays = 14;
constexpr int MaxTicks = 8;

qreal msecs(const QDate &day, QTime time = QTime(0, 0))
{
    return static_cast<qreal>(QDateTime(day, time).toMSecsSinceEpoch());
}

// The locale's short date without the year, for a span within one year
// ("dd/MM/yyyy" → "dd/MM", "dd.MM.yy" → "dd.MM").
QString dateFormat(bool withYear)
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (withYear)
        return format;
    static const QRegularExpression year(QStringLiteral("[\\s/.,-]*y+[\\s/.,-]*$|^y+[\\s/.,-]*"));
    format.remove(year);
    return format;
}

} // namespace

StockChart::StockChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("stockChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Projected stock"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(220);
}

void StockChart::setData(const QList<Lot> &lots, double syringesPerDay, const QDate &today)
{
    // The span of the supply: until it runs out, or until the last lot expires.
    int lastExpiry = 0;
    for (const Lot &lot : lots) {
        if (lot.remaining > 0 && !lot.isExpiredOn(today))
            lastExpiry = std::max(lastExpiry, static_cast<int>(today.daysTo(lot.expires)) + 1);
    }
    QList<StockPoint> points =
        StockForecaster::projection(lots, syringesPerDay, today, std::min(MaxDays, lastExpiry));
    int end = static_cast<int>(points.size()) - 1;
    m_runsOut = {};
    if (syringesPerDay > 0) {
        const auto out = std::find_if(points.cbegin(), points.cend(),
                                      [](const StockPoint &point) { return point.syringes <= 0; });
        if (out != points.cend()) {
            m_runsOut = out->day;
            end = static_cast<int>(out - points.cbegin());
        }
    }
    // A margin after the end, so that the drop to zero shows.
    int span = std::max(MinDays, end + std::max(3, end / 10));
    m_tickDays = 1;
    for (const int step : {1, 2, 7, 14, 28, 56, 91, 182, 364}) {
        m_tickDays = step;
        if (span / step <= MaxTicks - 1)
            break;
    }
    span = ((span + m_tickDays - 1) / m_tickDays) * m_tickDays;
    points = StockForecaster::projection(lots, syringesPerDay, today, span);
    m_first = today;
    m_last = today.addDays(span);

    auto *chart = new QChart;
    chart->setTitle(tr("Usable syringes at the current dose"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    auto *stock = new QLineSeries(chart);
    stock->setName(tr("Syringes left"));
    QList<QPointF> line;
    line.reserve(points.size());
    double highest = 1.0;
    for (const StockPoint &point : points) {
        line.append({msecs(point.day), point.syringes});
        highest = std::max(highest, point.syringes);
    }
    stock->replace(line);
    m_points = static_cast<int>(points.size());
    chart->addSeries(stock);

    auto *y = new QValueAxis(chart);
    y->setRange(0, std::ceil(highest * 1.1));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("syringes"));
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(dateFormat(m_first.year() != m_last.year()));
    x->setRange(QDateTime(m_first, QTime(0, 0)), QDateTime(m_last, QTime(0, 0)));
    x->setTickCount(span / m_tickDays + 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    stock->attachAxis(x);
    stock->attachAxis(y);

    // Each expiry in the span: a dashed line across the chart, named at its top.
    m_expiries.clear();
    const QColor expiryColour(0xd9, 0x7a, 0x00);
    const double top = y->max();
    bool named = false;
    for (const Lot &lot : lots) {
        if (lot.remaining <= 0 || lot.isExpiredOn(today) || lot.expires > m_last)
            continue;
        m_expiries.append(lot.expires);
        const qreal at = msecs(lot.expires, QTime(23, 59));
        auto *mark = new QLineSeries(chart);
        mark->setName(tr("Lot expires"));
        QPen pen(expiryColour, 2.0);
        pen.setStyle(Qt::DashLine);
        mark->setPen(pen);
        // Up to the marker, whose name sits above it: the line never crosses the name.
        const double markAt = top * 0.9;
        mark->replace({{at, 0.0}, {at, markAt}});
        auto *name = new QScatterSeries(chart);
        name->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        name->setMarkerSize(8.0);
        name->setColor(expiryColour);
        name->setBorderColor(expiryColour);
        name->replace({{at, markAt}});
        // The label is the lot number itself ("@" would be read as a tag).
        name->setPointLabelsFormat(QString(lot.lot).remove(QLatin1Char('@')));
        name->setPointLabelsVisible(true);
        name->setPointLabelsClipping(false);
        name->setPointLabelsColor(palette().color(QPalette::WindowText));
        for (QAbstractSeries *series :
             {static_cast<QAbstractSeries *>(mark), static_cast<QAbstractSeries *>(name)}) {
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
        // One legend entry for all the expiry lines.
        for (QLegendMarker *marker : chart->legend()->markers(name))
            marker->setVisible(false);
        if (named)
            for (QLegendMarker *marker : chart->legend()->markers(mark))
                marker->setVisible(false);
        named = true;
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace shotbook::ui
