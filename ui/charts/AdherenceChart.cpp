#include "AdherenceChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
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

AdherenceChart::AdherenceChart(QWidget *parent)
    : TimeChart(parent)
{
    setAccessibleName(tr("Adherence chart"));
    setAccessibleDescription(tr("The share of due doses taken per week or month, and the "
                                "current streak. The table view lists the same numbers."));
}

void AdherenceChart::setData(const AdherenceData &data)
{
    m_data = data;
    redraw();
    fillTable();
}

void AdherenceChart::redraw()
{
    const ChartPalette &p = colours();
    const QLocale locale;
    const QString per = m_data.bucket == TimeBuckets::Size::Month  ? tr("per month")
                        : m_data.bucket == TimeBuckets::Size::Week ? tr("per week")
                                                                   : tr("per day");
    const QString overall = m_data.percent ? tr("%1 of %2 due doses taken (%3 %)")
                                                 .arg(m_data.taken)
                                                 .arg(m_data.expected)
                                                 .arg(locale.toString(*m_data.percent, 'f', 1))
                                           : tr("no dose due yet");
    QChart *chart = startChart(
        tr("Adherence %1 — %2; streak: %n day(s) in a row complete", nullptr, m_data.streakDays)
            .arg(per, overall),
        m_data.range);
    // From a round number below the lowest bar: over years the months sit
    // near 100 % and their dips must show.
    double lowest = 100;
    for (const AdherenceBucket &bucket : m_data.buckets) {
        if (bucket.percent)
            lowest = std::min(lowest, *bucket.percent);
    }
    const double bottom = std::max(0.0, std::floor((lowest - 5) / 10) * 10);
    QValueAxis *y =
        valueAxis(chart, Qt::AlignLeft, bottom, 101,
                  bottom > 0 ? tr("doses taken, % (from %1 %)").arg(bottom) : tr("doses taken, %"));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(100 - bottom > 50 ? 25 : 10);
    y->setLabelFormat(QStringLiteral("%d %%"));

    QList<Bar> good;
    QList<Bar> fair;
    QList<Bar> poor;
    // A sliver of a gap between bars, when they are wide enough to show it.
    const double gap = m_data.bucket == TimeBuckets::Size::Day     ? 0.1 * DayMs
                       : m_data.bucket == TimeBuckets::Size::Month ? 2.5 * DayMs
                       : m_data.range.days() > 800                 ? 0.0
                                                                   : 0.6 * DayMs;
    for (const AdherenceBucket &bucket : m_data.buckets) {
        if (!bucket.percent)
            continue;
        const Bar bar{startOf(bucket.bucket.covered.from) + gap,
                      startOf(bucket.bucket.covered.to.addDays(1)) - gap, *bucket.percent};
        (*bucket.percent >= Good ? good : *bucket.percent >= Fair ? fair : poor).append(bar);
    }
    const auto tooltip = [this, locale](QAreaSeries *area) {
        connect(area, &QAreaSeries::hovered, this, [this, locale](const QPointF &at, bool state) {
            if (!state)
                return;
            for (const AdherenceBucket &bucket : m_data.buckets) {
                if (bucket.percent && at.x() >= startOf(bucket.bucket.covered.from) &&
                    at.x() < startOf(bucket.bucket.covered.to.addDays(1))) {
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1 – %2: %3 of %4 doses (%5 %), %6 missed")
                            .arg(locale.toString(bucket.bucket.covered.from, QLocale::ShortFormat),
                                 locale.toString(bucket.bucket.covered.to, QLocale::ShortFormat))
                            .arg(bucket.taken)
                            .arg(bucket.expected)
                            .arg(locale.toString(*bucket.percent, 'f', 0))
                            .arg(bucket.missed));
                    return;
                }
            }
        });
    };
    if (!good.isEmpty())
        tooltip(bars(chart, good, p.good, tr("90 % or more"), y));
    if (!fair.isEmpty())
        tooltip(bars(chart, fair, p.medium, tr("75 to 90 %"), y));
    if (!poor.isEmpty())
        tooltip(bars(chart, poor, p.bad, tr("below 75 %"), y));
    finish(chart);
}

void AdherenceChart::fillTable()
{
    const QLocale locale;
    setTableHeader({tr("From"), tr("To"), tr("Due"), tr("Taken"), tr("Missed"), tr("Taken, %")});
    for (const AdherenceBucket &bucket : m_data.buckets) {
        addTableRow({bucket.bucket.covered.from, bucket.bucket.covered.to, bucket.expected,
                     bucket.taken, bucket.missed,
                     bucket.percent ? QVariant(*bucket.percent) : QVariant()},
                    {locale.toString(bucket.bucket.covered.from, QLocale::ShortFormat),
                     locale.toString(bucket.bucket.covered.to, QLocale::ShortFormat),
                     QString::number(bucket.expected), QString::number(bucket.taken),
                     QString::number(bucket.missed),
                     bucket.percent ? locale.toString(*bucket.percent, 'f', 1) : QString()});
    }
}

} // namespace shotbook::ui
