#include "SitesChart.h"

#include "ChartView.h"
#include "ZoneHeatMap.h"
#include "sites/Zones.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace shotbook::ui {

SitesChart::SitesChart(QWidget *parent)
    : ChartPanel(parent)
    , m_heatMap(new ZoneHeatMap(this))
{
    auto *figure = new QWidget(this);
    setFigure(figure);
    auto *layout = new QHBoxLayout(figure);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(view(), 3);
    layout->addWidget(m_heatMap, 2);
    view()->show(); // the stack hid it when it left
    setAccessibleName(tr("Injection sites chart"));
    setAccessibleDescription(tr("Injections and site reactions per zone over the period. The "
                                "table view lists the same numbers."));
}

void SitesChart::setData(const SitesData &data)
{
    m_data = data;
    redraw();
    fillTable();
}

QList<std::pair<double, double>> SitesChart::barValues() const
{
    QList<std::pair<double, double>> values;
    for (QAbstractSeries *series : chart()->series()) {
        auto *bars = qobject_cast<QHorizontalBarSeries *>(series);
        if (!bars || bars->barSets().size() != 2)
            continue;
        const QBarSet *injections = bars->barSets().at(0);
        const QBarSet *reactions = bars->barSets().at(1);
        // Drawn bottom to top: the first zone is the last bar.
        for (qsizetype i = injections->count() - 1; i >= 0; --i)
            values.append(
                {injections->at(static_cast<int>(i)), reactions->at(static_cast<int>(i))});
    }
    return values;
}

void SitesChart::redraw()
{
    const ChartPalette &p = colours();
    QChart *chart = p.newChart();
    const QLocale locale;
    chart->setTitle(tr("Injections and site reactions per zone, %1 – %2")
                        .arg(locale.toString(m_data.range.from, QLocale::ShortFormat),
                             locale.toString(m_data.range.to, QLocale::ShortFormat)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *injections = new QBarSet(tr("Injections"));
    auto *reactions = new QBarSet(tr("Site reactions"));
    injections->setColor(p.seriesColour(0));
    injections->setBorderColor(p.seriesColour(0));
    reactions->setColor(p.missed);
    reactions->setBorderColor(p.missed);
    injections->setLabelColor(p.text);
    reactions->setLabelColor(p.text);
    QStringList names;
    int most = 1;
    for (auto it = m_data.zones.crbegin(); it != m_data.zones.crend(); ++it) {
        names << Zones::displayName(it->zone) +
                     (m_data.disabled.contains(it->zone) ? tr(" (off)") : QString());
        injections->append(it->injections);
        reactions->append(it->reactions);
        most = std::max(most, it->injections);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(injections);
    series->append(reactions);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.85);
    chart->addSeries(series);
    auto *zones = new QBarCategoryAxis(chart);
    zones->append(names);
    chart->addAxis(zones, Qt::AlignLeft);
    auto *counts = new QValueAxis(chart);
    counts->setRange(0, std::ceil(most * 1.1));
    counts->setTickCount(6);
    counts->applyNiceNumbers();
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(tr("number in the period"));
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(zones);
    series->attachAxis(counts);
    int total = 0;
    for (const ZoneCount &zone : m_data.zones)
        total += zone.injections;
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, total](bool status, int index, QBarSet *) {
                if (!status)
                    return;
                const qsizetype zone = m_data.zones.size() - 1 - index;
                if (zone < 0 || zone >= m_data.zones.size())
                    return;
                const ZoneCount &count = m_data.zones.at(zone);
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1: %2 injections (%3 %), %4 site reactions")
                        .arg(Zones::displayName(count.zone))
                        .arg(count.injections)
                        .arg(total > 0
                                 ? QLocale().toString(100.0 * count.injections / total, 'f', 0)
                                 : QStringLiteral("0"))
                        .arg(count.reactions));
            });
    setChart(chart);
    view()->setLimits(0, 0);
    m_heatMap->setColours(p);
    m_heatMap->setCounts(m_data.zones, m_data.disabled);
    Q_EMIT redrawn();
}

void SitesChart::fillTable()
{
    setTableHeader({tr("Zone"), tr("Injections"), tr("Site reactions"), tr("Worst severity"),
                    tr("Switched off")});
    for (const ZoneCount &zone : m_data.zones) {
        const bool off = m_data.disabled.contains(zone.zone);
        addTableRow({zone.zone, zone.injections, zone.reactions, zone.maxSeverity, off},
                    {Zones::displayName(zone.zone), QString::number(zone.injections),
                     QString::number(zone.reactions),
                     zone.maxSeverity > 0 ? QString::number(zone.maxSeverity) : QString(),
                     off ? tr("yes") : QString()});
    }
}

} // namespace shotbook::ui
