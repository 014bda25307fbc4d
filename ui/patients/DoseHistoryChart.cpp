#include "DoseHistoryChart.h"

#include "common/WeightUnit.h"
#include "regimen/DoseCalculator.h"
#include "regimen/RegimenRepository.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace shotbook::ui {

namespace {

qreal msecs(const QDate &day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

std::optional<double> weightOn(const QList<Weight> &weights, const QDate &day)
{
    std::optional<double> kg;
    for (const Weight &weight : weights) {
        if (weight.measuredOn <= day)
            kg = weight.kg;
    }
    return kg;
}

} // namespace

DoseHistoryChart::DoseHistoryChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Weight and dose over time"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(240);
}

void DoseHistoryChart::setData(const QList<Weight> &weights, const QList<Regimen> &regimens,
                               const QDate &today, const WeightUnit &unit)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Weight and dose"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    auto *weightSeries = new QLineSeries(chart);
    weightSeries->setName(tr("Weight (%1)").arg(unit.suffix().trimmed()));
    weightSeries->setPointsVisible(true);
    auto *mgSeries = new QLineSeries(chart);
    mgSeries->setName(tr("mg/day"));
    auto *perKgSeries = new QLineSeries(chart);
    perKgSeries->setName(tr("mg/kg/day"));

    // The days where something changed: a regimen starts or a weight is taken.
    QList<QDate> days;
    for (const Weight &weight : weights)
        days << weight.measuredOn;
    for (const Regimen &regimen : regimens)
        days << regimen.start;
    days << today;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const QDate first = days.constFirst();

    double maxWeight = 1.0;
    for (const Weight &weight : weights) {
        weightSeries->append(msecs(weight.measuredOn), unit.fromKg(weight.kg));
        maxWeight = qMax(maxWeight, unit.fromKg(weight.kg));
    }
    m_weightPoints = static_cast<int>(weights.size());

    // Steps: each value holds until the next change.
    double maxMg = 1.0;
    double maxPerKg = 1.0;
    std::optional<double> lastMg;
    std::optional<double> lastPerKg;
    m_dosePoints = 0;
    for (const QDate &day : days) {
        const auto regimen = regimenOn(regimens, day);
        const auto kg = weightOn(weights, day);
        std::optional<double> mg;
        std::optional<double> perKg;
        if (regimen) {
            if (const auto dose = DoseCalculator::calculate(*regimen, kg)) {
                mg = dose->perDoseMg * dose->dosesPerDay / dose->everyDays;
                if (kg && *kg > 0)
                    perKg = *mg / *kg;
            }
        }
        if (lastMg)
            mgSeries->append(msecs(day), *lastMg);
        if (mg) {
            mgSeries->append(msecs(day), *mg);
            maxMg = qMax(maxMg, *mg);
            ++m_dosePoints;
        }
        if (lastPerKg)
            perKgSeries->append(msecs(day), *lastPerKg);
        if (perKg) {
            perKgSeries->append(msecs(day), *perKg);
            maxPerKg = qMax(maxPerKg, *perKg);
        }
        lastMg = mg;
        lastPerKg = perKg;
    }

    chart->addSeries(mgSeries);
    chart->addSeries(perKgSeries);
    chart->addSeries(weightSeries);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setRange(QDateTime(first, QTime(0, 0)), QDateTime(today.addDays(1), QTime(0, 0)));
    x->setTickCount(5);
    chart->addAxis(x, Qt::AlignBottom);
    auto *mgAxis = new QValueAxis(chart);
    mgAxis->setRange(0, std::ceil(maxMg * 1.15));
    mgAxis->setTitleText(tr("mg/day"));
    chart->addAxis(mgAxis, Qt::AlignLeft);
    auto *perKgAxis = new QValueAxis(chart);
    perKgAxis->setRange(0, qMax(10.0, std::ceil(maxPerKg * 1.15)));
    perKgAxis->setTitleText(tr("mg/kg/day"));
    chart->addAxis(perKgAxis, Qt::AlignLeft);
    auto *weightAxis = new QValueAxis(chart);
    weightAxis->setRange(0, std::ceil(maxWeight * 1.15));
    weightAxis->setTitleText(unit.suffix().trimmed());
    chart->addAxis(weightAxis, Qt::AlignRight);
    for (QValueAxis *axis : {mgAxis, perKgAxis, weightAxis}) {
        axis->setTickCount(5);
        axis->applyNiceNumbers();
    }
    mgSeries->attachAxis(x);
    mgSeries->attachAxis(mgAxis);
    perKgSeries->attachAxis(x);
    perKgSeries->attachAxis(perKgAxis);
    weightSeries->attachAxis(x);
    weightSeries->attachAxis(weightAxis);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace shotbook::ui
