#include "DoseWeightChart.h"

#include "regimen/DoseCalculator.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>
#include <functional>

namespace shotbook::ui {

namespace {

constexpr double HalfDayMs = 12.0 * 3600 * 1000;

// A step line through the range: each value holds until the next change;
// where there is none (no regimen in force) the line is at zero once it has
// begun.
QList<QPointF> steps(const QList<DoseStep> &changes, const DateRange &range,
                     const std::function<std::optional<double>(const DoseStep &)> &value)
{
    const double from = chartTime::ofDay(range.from) - HalfDayMs;
    const double to = chartTime::ofDay(range.to) + HalfDayMs;
    QList<QPointF> points;
    std::optional<double> current;
    for (const DoseStep &step : changes) {
        const double x = chartTime::ofDay(step.day) - HalfDayMs;
        if (x > to)
            break;
        if (x <= from) {
            current = value(step);
            continue;
        }
        if (points.isEmpty() && current)
            points.append({from, *current});
        if (current)
            points.append({x, *current});
        current = value(step);
        if (!current && !points.isEmpty())
            current = 0.0;
        if (current)
            points.append({x, *current});
    }
    if (points.isEmpty() && current)
        points.append({from, *current});
    if (current)
        points.append({to, *current});
    return points;
}

double niceTop(double value, double floor)
{
    value = std::max(value, floor) * 1.15;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

DoseWeightChart::DoseWeightChart(QWidget *parent)
    : TimeChart(parent)
{
    setAccessibleName(tr("Dose and weight chart"));
    setAccessibleDescription(tr("The dose in mg per day and in mg per kg per day, with the "
                                "labelled maximum of 8 mg/kg/day, beside the weights. The table "
                                "view lists the same values."));
    setMinimumHeight(240);
}

void DoseWeightChart::setData(const DoseWeightData &data, const WeightUnit &unit)
{
    m_data = data;
    m_unit = unit;
    redraw();
    fillTable();
}

void DoseWeightChart::redraw()
{
    const ChartPalette &p = colours();
    QChart *chart = startChart(tr("Dose and weight"), m_data.range);
    const QLocale locale;

    const QList<QPointF> mg =
        steps(m_data.steps, m_data.range, [](const DoseStep &s) { return s.mgPerDay; });
    const QList<QPointF> perKg =
        steps(m_data.steps, m_data.range, [](const DoseStep &s) { return s.mgPerKgPerDay; });
    double maxMg = 0;
    for (const QPointF &point : mg)
        maxMg = std::max(maxMg, point.y());
    double maxWeight = 0;
    for (const Weight &weight : m_data.weights)
        maxWeight = std::max(maxWeight, m_unit.fromKg(weight.kg));
    for (const DoseStep &step : m_data.steps) {
        if (step.weightKg)
            maxWeight = std::max(maxWeight, m_unit.fromKg(*step.weightKg));
    }

    QValueAxis *mgAxis = valueAxis(chart, Qt::AlignLeft, 0, niceTop(maxMg, 10), tr("mg/day"));
    const double perKgTop = DoseCalculation::LabelMaxMgPerKgDay * 1.25;
    QValueAxis *perKgAxis = valueAxis(chart, Qt::AlignRight, 0, perKgTop, tr("mg/kg/day"));
    perKgAxis->setGridLineVisible(false);
    QValueAxis *weightAxis = valueAxis(chart, Qt::AlignRight, 0, niceTop(maxWeight, 5),
                                       m_unit.pounds() ? tr("weight, lb") : tr("weight, kg"));
    weightAxis->setGridLineVisible(false);
    for (QValueAxis *axis : {mgAxis, perKgAxis, weightAxis}) {
        axis->setTickCount(6);
        axis->applyNiceNumbers();
    }

    auto *mgLine = new QLineSeries(chart);
    mgLine->setName(tr("mg/day (as measured)"));
    mgLine->setPen(QPen(p.seriesColour(0), 2.2));
    chart->addSeries(mgLine);
    attach(mgLine, mgAxis);
    addSampled(mgLine, mg, Sampling::MinMax);
    setTooltip(mgLine, [locale](const QPointF &at) {
        return tr("%1 mg/day\nfrom %2").arg(locale.toString(at.y(), 'f', 1), dateText(at.x()));
    });

    auto *perKgLine = new QLineSeries(chart);
    perKgLine->setName(tr("mg/kg/day"));
    perKgLine->setPen(QPen(p.seriesColour(1), 2.2));
    chart->addSeries(perKgLine);
    attach(perKgLine, perKgAxis);
    addSampled(perKgLine, perKg, Sampling::MinMax);
    setTooltip(perKgLine, [locale](const QPointF &at) {
        return tr("%1 mg/kg/day\nfrom %2").arg(locale.toString(at.y(), 'f', 2), dateText(at.x()));
    });
    horizontalLine(chart, DoseCalculation::LabelMaxMgPerKgDay, p.limit,
                   tr("Label maximum: 8 mg/kg/day"), perKgAxis);

    QList<QPointF> weights;
    for (const Weight &weight : m_data.weights)
        weights.append({chartTime::ofDay(weight.measuredOn), m_unit.fromKg(weight.kg)});
    auto *weightLine = new QLineSeries(chart);
    weightLine->setName(m_unit.pounds() ? tr("Weight (lb)") : tr("Weight (kg)"));
    weightLine->setPen(QPen(p.seriesColour(2), 1.6));
    weightLine->setPointsVisible(weights.size() < 80);
    chart->addSeries(weightLine);
    attach(weightLine, weightAxis);
    addSampled(weightLine, weights, Sampling::MinMax);
    const WeightUnit unit = m_unit;
    setTooltip(weightLine, [unit](const QPointF &at) {
        return tr("%1\nweighed %2").arg(unit.format(unit.toKg(at.y())), dateText(at.x()));
    });

    m_weightPoints = static_cast<int>(m_data.weights.size());
    m_dosePoints = 0;
    for (const DoseStep &step : m_data.steps)
        m_dosePoints += step.mgPerDay ? 1 : 0;
    finish(chart);
}

void DoseWeightChart::fillTable()
{
    const QLocale locale;
    setTableHeader({tr("From"), tr("mg/day"), tr("mg/kg/day"),
                    m_unit.pounds() ? tr("Weight (lb)") : tr("Weight (kg)")});
    for (const DoseStep &step : m_data.steps) {
        if (step.day > m_data.range.to)
            break;
        const auto value = [](const std::optional<double> &number) {
            return number ? QVariant(*number) : QVariant();
        };
        const auto text = [&locale](const QVariant &number, int decimals) {
            return number.isValid() ? locale.toString(number.toDouble(), 'f', decimals) : QString();
        };
        const QVariant mg = value(step.mgPerDay);
        const QVariant perKg = value(step.mgPerKgPerDay);
        const QVariant weight =
            step.weightKg ? QVariant(m_unit.fromKg(step.weightKg.value_or(0))) : QVariant();
        addTableRow({step.day, mg, perKg, weight}, {locale.toString(step.day, QLocale::ShortFormat),
                                                    text(mg, 1), text(perKg, 2), text(weight, 1)});
    }
}

} // namespace shotbook::ui
