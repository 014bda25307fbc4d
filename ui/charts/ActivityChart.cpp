#include "ActivityChart.h"

#include "diary/Measures.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace shotbook::ui {

namespace {

constexpr double DayMs = 24.0 * 3600 * 1000;

double startOf(const QDate &day)
{
    return chartTime::ofDay(day) - DayMs / 2;
}

} // namespace

ActivityChart::ActivityChart(QWidget *parent)
    : TimeChart(parent)
{
    setAccessibleName(tr("Disease activity chart"));
}

void ActivityChart::setData(const ActivityData &data)
{
    m_data = data;
    setAccessibleDescription(
        data.autoinflammatory
            ? tr("The Auto-Inflammatory Diseases Activity Index per month; 9 or more means "
                 "active disease. The table view lists the same scores.")
            : tr("Pain, patient global assessment and morning stiffness over time. The table "
                 "view lists the same values."));
    redraw();
    fillTable();
}

void ActivityChart::redraw()
{
    QChart *chart = startChart(
        m_data.autoinflammatory ? tr("Disease activity: AIDAI per month")
                                : tr("Disease activity: pain, patient global, morning stiffness"),
        m_data.range);
    if (m_data.autoinflammatory)
        drawAidai(chart);
    else
        drawRheumatoid(chart);
    finish(chart);
}

void ActivityChart::drawAidai(QChart *chart)
{
    const ChartPalette &p = colours();
    int highest = ActivityScore::ActiveCutOff + 3;
    for (const MonthActivity &month : m_data.months)
        highest = std::max(highest, month.score);
    const double top = std::ceil(highest * 1.1 / 5.0) * 5.0;
    QValueAxis *y =
        valueAxis(chart, Qt::AlignLeft, 0, top, tr("AIDAI: days × symptoms in the month"));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(top > 60 ? 20 : top > 25 ? 10 : 5);

    QList<Bar> inactive;
    QList<Bar> active;
    QList<Bar> incomplete;
    for (const MonthActivity &month : m_data.months) {
        // A gap of a day either side, so that months read as bars.
        const Bar bar{startOf(month.covered.from) + DayMs * 1.5,
                      startOf(month.covered.to.addDays(1)) - DayMs * 1.5,
                      static_cast<double>(month.score)};
        if (month.daysRecorded == 0)
            continue;
        // Days without a diary can only lower the sum: 9 or more is active
        // disease with or without them; below 9 it is inactive only for a
        // full month.
        if (month.isActive())
            active.append(bar);
        else if (month.isComplete())
            inactive.append(bar);
        else
            incomplete.append(bar);
    }
    const QLocale locale;
    const auto tooltip = [this, locale](QAreaSeries *area) {
        connect(area, &QAreaSeries::hovered, this, [this, locale](const QPointF &at, bool state) {
            if (!state)
                return;
            for (const MonthActivity &month : m_data.months) {
                if (at.x() >= startOf(month.covered.from) &&
                    at.x() < startOf(month.covered.to.addDays(1))) {
                    QString text =
                        tr("%1: AIDAI %2 (%3)")
                            .arg(locale.toString(month.month, QStringLiteral("MMMM yyyy")))
                            .arg(month.score)
                            .arg(month.isActive()     ? tr("active disease")
                                 : month.isComplete() ? tr("inactive")
                                                      : tr("below 9 with days missing"));
                    text += QLatin1Char('\n') + tr("Diary filled in on %1 of %2 days")
                                                    .arg(month.daysRecorded)
                                                    .arg(month.daysInMonth);
                    QToolTip::showText(QCursor::pos(), text);
                    return;
                }
            }
        });
    };
    if (!inactive.isEmpty())
        tooltip(bars(chart, inactive, p.good, tr("Below 9: inactive"), y));
    if (!active.isEmpty())
        tooltip(bars(chart, active, p.bad, tr("9 or more: active disease"), y));
    if (!incomplete.isEmpty())
        tooltip(bars(chart, incomplete, p.muted, tr("Below 9, days missing in the diary"), y));
    horizontalLine(chart, ActivityScore::ActiveCutOff, p.limit, tr("Validated cut-off: 9"), y);
    drawRegimens(chart, y, 0, top);
}

void ActivityChart::drawRheumatoid(QChart *chart)
{
    const ChartPalette &p = colours();
    QValueAxis *score = valueAxis(chart, Qt::AlignLeft, 0, 10, tr("score 0–10"));
    score->setTickType(QValueAxis::TicksDynamic);
    score->setTickAnchor(0);
    score->setTickInterval(2);
    double maxMinutes = 60;
    for (const MeasureSeries &series : m_data.trends) {
        if (series.measure == QLatin1String("stiffness-min")) {
            for (const QPointF &point : series.points)
                maxMinutes = std::max(maxMinutes, point.y());
        }
    }
    const double minuteStep = maxMinutes > 240 ? 60 : maxMinutes > 100 ? 30 : 15;
    maxMinutes = std::ceil(maxMinutes / minuteStep) * minuteStep;
    QValueAxis *minutes =
        valueAxis(chart, Qt::AlignRight, 0, maxMinutes, tr("morning stiffness, minutes"));
    minutes->setTickType(QValueAxis::TicksDynamic);
    minutes->setTickAnchor(0);
    minutes->setTickInterval(minuteStep);
    minutes->setLabelFormat(QStringLiteral("%d"));
    minutes->setGridLineVisible(false);
    const QString per = m_data.trendBucket == TimeBuckets::Size::Day    ? QString()
                        : m_data.trendBucket == TimeBuckets::Size::Week ? tr(" (weekly mean)")
                                                                        : tr(" (monthly mean)");
    const QLocale locale;
    int colour = 0;
    for (const MeasureSeries &series : m_data.trends) {
        const bool isMinutes = series.measure == QLatin1String("stiffness-min");
        auto *line = new QLineSeries(chart);
        const QString name = Measures::shortName(series.measure) + per;
        line->setName(name);
        line->setPen(QPen(p.seriesColour(colour++), 2));
        line->setPointsVisible(series.points.size() < 120);
        chart->addSeries(line);
        attach(line, isMinutes ? minutes : score);
        addSampled(line, series.points, Sampling::MinMax);
        setTooltip(line, [name, locale](const QPointF &at) {
            return tr("%1: %2\n%3").arg(name, locale.toString(at.y(), 'f', 1), dateText(at.x()));
        });
    }
    drawRegimens(chart, score, 0, 10);
}

void ActivityChart::drawRegimens(QChart *chart, QAbstractAxis *y, double low, double high)
{
    const QLocale locale;
    bool first = true;
    for (const Regimen &regimen : m_data.regimenChanges) {
        const QString dose =
            regimen.isWeightBased()
                ? tr("%1 mg/kg/day").arg(locale.toString(*regimen.mgPerKgPerDay))
                : tr("%1 mg/day").arg(locale.toString(regimen.dailyMg.value_or(0)));
        QLineSeries *line = verticalLine(chart, startOf(regimen.start), low, high,
                                         colours().regimen, tr("Regimen change"), y, first);
        const QString text =
            tr("Regimen from %1: %2")
                .arg(locale.toString(regimen.start, QLocale::ShortFormat), dose) +
            (regimen.note.isEmpty() ? QString() : QLatin1Char('\n') + regimen.note);
        setTooltip(line, [text](const QPointF &) { return text; });
        first = false;
    }
}

void ActivityChart::fillTable()
{
    const QLocale locale;
    if (m_data.autoinflammatory) {
        setTableHeader({tr("Month"), tr("AIDAI"), tr("Days filled in"), tr("Days in the month"),
                        tr("Activity")});
        for (const MonthActivity &month : m_data.months) {
            const QString verdict = month.daysRecorded == 0 ? tr("no diary")
                                    : month.isActive()      ? tr("active")
                                    : month.isComplete()    ? tr("inactive")
                                                            : tr("below 9, days missing");
            addTableRow({month.month, month.score, month.daysRecorded, month.daysInMonth, verdict},
                        {locale.toString(month.month, QStringLiteral("MMMM yyyy")),
                         QString::number(month.score), QString::number(month.daysRecorded),
                         QString::number(month.daysInMonth), verdict});
        }
        return;
    }
    QStringList headers{tr("Date")};
    for (const MeasureSeries &series : m_data.trends)
        headers << Measures::shortName(series.measure);
    setTableHeader(headers);
    QMap<double, QList<QVariant>> rows;
    for (qsizetype m = 0; m < m_data.trends.size(); ++m) {
        for (const QPointF &point : m_data.trends.at(m).points) {
            auto it = rows.find(point.x());
            if (it == rows.end())
                it = rows.insert(point.x(), QList<QVariant>(m_data.trends.size()));
            (*it)[m] = point.y();
        }
    }
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        QList<QVariant> values{chartTime::dayOf(it.key())};
        QStringList texts{dateText(it.key())};
        for (const QVariant &value : *it) {
            values << value;
            texts << (value.isValid() ? locale.toString(value.toDouble(), 'f', 1) : QString());
        }
        addTableRow(values, texts);
    }
}

} // namespace shotbook::ui
