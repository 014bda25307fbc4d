#include "TimeChart.h"

#include "ChartView.h"
#include "TimeAxisLabels.h"
#include "charts/Downsampling.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace shotbook::ui {

namespace {

constexpr double HalfDayMs = 12.0 * 3600 * 1000;

} // namespace

TimeChart::TimeChart(QWidget *parent)
    : ChartPanel(parent)
{
    m_resampleTimer.setSingleShot(true);
    m_resampleTimer.setInterval(0);
    connect(&m_resampleTimer, &QTimer::timeout, this, [this] {
        relabel();
        resample();
    });
}

TimeChart::~TimeChart() = default;

QString TimeChart::dateText(double ms)
{
    return QLocale().toString(chartTime::dayOf(ms), QLocale::ShortFormat);
}

std::pair<double, double> TimeChart::visibleSpan() const
{
    if (!m_axis)
        return {m_from, m_to};
    return {m_axis->min(), m_axis->max()};
}

QChart *TimeChart::startChart(const QString &title, const DateRange &range)
{
    m_range = range;
    m_from = chartTime::ofDay(range.from) - HalfDayMs;
    m_to = chartTime::ofDay(range.to) + HalfDayMs;
    m_sampled.clear();
    QChart *chart = colours().newChart();
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.9));
    chart->legend()->setFont(small);
    m_axis = new QCategoryAxis(chart);
    m_axis->setRange(m_from, m_to);
    chart->addAxis(m_axis, Qt::AlignBottom);
    connect(m_axis, &QValueAxis::rangeChanged, this, [this] { m_resampleTimer.start(); });
    return chart;
}

QValueAxis *TimeChart::valueAxis(QChart *chart, Qt::Alignment side, double min, double max,
                                 const QString &title)
{
    auto *axis = new QValueAxis(chart);
    axis->setRange(min, max);
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(axis, side);
    return axis;
}

void TimeChart::attach(QAbstractSeries *series, QAbstractAxis *y)
{
    series->attachAxis(m_axis);
    if (y)
        series->attachAxis(y);
}

void TimeChart::addSampled(QXYSeries *series, QList<QPointF> full, Sampling sampling)
{
    m_sampled.append(
        [series, full = std::move(full), sampling](double from, double to, int budget) {
            const QList<QPointF> visible = Downsampling::window(full, from, to);
            switch (sampling) {
            case Sampling::None:
                series->replace(visible);
                break;
            case Sampling::MinMax:
                series->replace(Downsampling::minMax(visible, budget));
                break;
            case Sampling::Thin:
                // A mark is a few pixels wide: more than one per three pixels
                // only hides the one before.
                series->replace(Downsampling::thin(visible, std::max(2, budget / 6)));
                break;
            }
        });
}

void TimeChart::addResampler(std::function<void(double, double, int)> update)
{
    m_sampled.append(std::move(update));
}

void TimeChart::setTooltip(QXYSeries *series, std::function<QString(const QPointF &)> text)
{
    connect(series, &QXYSeries::hovered, this,
            [series, text = std::move(text)](const QPointF &at, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                // The data point nearest the pointer along time.
                const QList<QPointF> points = series->points();
                if (points.isEmpty())
                    return;
                auto it = std::lower_bound(points.cbegin(), points.cend(), at.x(),
                                           [](const QPointF &p, double x) { return p.x() < x; });
                if (it == points.cend() ||
                    (it != points.cbegin() && at.x() - (it - 1)->x() < it->x() - at.x()))
                    --it;
                QToolTip::showText(QCursor::pos(), text(*it));
            });
}

QLineSeries *TimeChart::verticalLine(QChart *chart, double x, double low, double high,
                                     const QColor &colour, const QString &name, QAbstractAxis *y,
                                     bool inLegend)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    QPen pen(colour, 1.5, Qt::DashLine);
    line->setPen(pen);
    line->replace(QList<QPointF>{{x, low}, {x, high}});
    chart->addSeries(line);
    attach(line, y);
    if (!inLegend) {
        for (QLegendMarker *marker : chart->legend()->markers(line))
            marker->setVisible(false);
    }
    return line;
}

QLineSeries *TimeChart::horizontalLine(QChart *chart, double y, const QColor &colour,
                                       const QString &name, QAbstractAxis *axis)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    line->setPen(QPen(colour, 2, Qt::DashLine));
    line->replace(QList<QPointF>{{m_from, y}, {m_to, y}});
    chart->addSeries(line);
    attach(line, axis);
    return line;
}

QAreaSeries *TimeChart::bars(QChart *chart, const QList<Bar> &bars, const QColor &colour,
                             const QString &name, QAbstractAxis *y)
{
    auto *upper = new QLineSeries(chart);
    QList<QPointF> points;
    points.reserve(bars.size() * 4);
    for (const Bar &bar : bars) {
        if (!points.isEmpty() && points.constLast().x() == bar.from) {
            points.last().setY(bar.value); // touching the previous bar: no trip to zero
        } else {
            points.append({bar.from, 0});
            points.append({bar.from, bar.value});
        }
        points.append({bar.to, bar.value});
        points.append({bar.to, 0});
    }
    upper->replace(points);
    auto *area = new QAreaSeries(upper);
    area->setName(name);
    area->setColor(colour);
    area->setBorderColor(colour.darker(125));
    chart->addSeries(area);
    attach(area, y);
    return area;
}

void TimeChart::finish(QChart *chart)
{
    setChart(chart);
    view()->setLimits(m_from, m_to);
    relabel();
    resample();
    Q_EMIT redrawn();
}

void TimeChart::resizeEvent(QResizeEvent *event)
{
    ChartPanel::resizeEvent(event);
    m_resampleTimer.start();
}

void TimeChart::relabel()
{
    if (!m_axis || m_relabelling)
        return;
    m_relabelling = true;
    TimeAxisLabels::apply(m_axis, m_axis->min(), m_axis->max(),
                          std::max(200.0, chart()->plotArea().width()));
    m_relabelling = false;
}

void TimeChart::resample()
{
    if (!m_axis)
        return;
    const auto [from, to] = visibleSpan();
    const int budget = pointBudget();
    for (const auto &update : m_sampled)
        update(from, to, budget);
}

} // namespace shotbook::ui
