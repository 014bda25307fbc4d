#include "SymptomsChart.h"

#include "ChartView.h"
#include "charts/Downsampling.h"
#include "diary/HealthRecordService.h"
#include "diary/Measures.h"
#include "diary/SideEffectCatalog.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace shotbook::ui {

namespace {

// Where things sit on the shared height: scales 0–10, the lanes above and below.
constexpr double DosesLane = -1.4;
constexpr double Bottom = -2.4;
constexpr double FirstLane = 11.3;
constexpr double LaneStep = 0.9;
constexpr double TemperatureLow = 35.0;
constexpr double TemperatureHigh = 42.0;

enum class Scale
{
    Score,       // 0–10
    Minutes,     // morning stiffness
    Temperature, // °C
    YesNo,       // a mark in its own lane when "yes"
};

Scale scaleOf(const QString &measure)
{
    const auto found = Measures::find(measure);
    if (!found)
        return Scale::Score;
    switch (found->kind) {
    case Measure::Kind::Scale:
        return Scale::Score;
    case Measure::Kind::Minutes:
        return Scale::Minutes;
    case Measure::Kind::Temperature:
        return Scale::Temperature;
    case Measure::Kind::YesNo:
        return Scale::YesNo;
    }
    return Scale::Score;
}

// A round number of minutes at or above the longest stiffness shown.
double minutesTop(const SymptomsData &data)
{
    double top = 60;
    for (const MeasureSeries &series : data.measures) {
        if (scaleOf(series.measure) != Scale::Minutes)
            continue;
        for (const QPointF &point : series.points)
            top = std::max(top, point.y());
    }
    for (const double step : {60.0, 120.0, 180.0, 240.0, 360.0, 480.0, 720.0, 1440.0}) {
        if (top <= step)
            return step;
    }
    return 1440;
}

QString severityText(const QString &severity)
{
    return HealthRecordService::severityName(severity);
}

} // namespace

SymptomsChart::SymptomsChart(QWidget *parent)
    : TimeChart(parent)
{
    setAccessibleName(tr("Symptoms chart"));
    setAccessibleDescription(tr("Diary measures over time, with the injections taken and "
                                "missed, side effects and regimen changes. The table view lists "
                                "the same values."));
}

void SymptomsChart::setData(const SymptomsData &data)
{
    m_data = data;
    redraw();
    fillTable();
}

void SymptomsChart::redraw()
{
    const ChartPalette &p = colours();
    QChart *chart = startChart(tr("Symptoms, doses and side effects"), m_data.range);
    const QLocale locale;

    QStringList yesNo;
    bool scores = false;
    bool minutes = false;
    bool temperature = false;
    for (const MeasureSeries &series : m_data.measures) {
        switch (scaleOf(series.measure)) {
        case Scale::YesNo:
            yesNo << series.measure;
            break;
        case Scale::Minutes:
            minutes = true;
            break;
        case Scale::Temperature:
            temperature = true;
            break;
        case Scale::Score:
            scores = true;
            break;
        }
    }
    const double effectsLane = FirstLane + LaneStep * static_cast<double>(yesNo.size());
    const double top = effectsLane + 0.9;
    const double maxMinutes = minutesTop(m_data);

    // The left axis: 0–10 and the names of the lanes.
    auto *left = new QCategoryAxis(chart);
    left->setRange(Bottom, top);
    left->setStartValue(Bottom);
    left->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    left->append(tr("Doses"), DosesLane);
    if (scores) {
        for (int score = 0; score <= 10; score += 2)
            left->append(QString::number(score), score);
    }
    for (qsizetype i = 0; i < yesNo.size(); ++i)
        left->append(Measures::shortName(yesNo.at(i)),
                     FirstLane + LaneStep * static_cast<double>(i));
    left->append(tr("Side effects"), effectsLane);
    left->setTitleText(scores ? tr("score 0–10") : QString());
    chart->addAxis(left, Qt::AlignLeft);

    // Minutes and degrees on the right, on the same height as 0–10.
    if (minutes) {
        auto *axis = new QCategoryAxis(chart);
        axis->setRange(Bottom, top);
        axis->setStartValue(Bottom);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (int step = 0; step <= 4; ++step)
            axis->append(tr("%1 min").arg(maxMinutes * step / 4), 2.5 * step);
        axis->setTitleText(tr("morning stiffness"));
        axis->setGridLineVisible(false);
        chart->addAxis(axis, Qt::AlignRight);
    }
    if (temperature) {
        auto *axis = new QCategoryAxis(chart);
        axis->setRange(Bottom, top);
        axis->setStartValue(Bottom);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (int degrees = 36; degrees <= 41; ++degrees)
            axis->append(tr("%1 °C").arg(degrees),
                         (degrees - TemperatureLow) * 10 / (TemperatureHigh - TemperatureLow));
        axis->setTitleText(tr("temperature"));
        axis->setGridLineVisible(false);
        chart->addAxis(axis, Qt::AlignRight);
        horizontalLine(chart, (38.0 - TemperatureLow) * 10 / (TemperatureHigh - TemperatureLow),
                       p.limit, tr("Fever (38 °C)"), left);
    }

    int colour = 0;
    for (const MeasureSeries &series : m_data.measures) {
        const Scale scale = scaleOf(series.measure);
        const QString name = Measures::shortName(series.measure);
        QList<QPointF> points;
        points.reserve(series.points.size());
        if (scale == Scale::YesNo) {
            const double lane =
                FirstLane + LaneStep * static_cast<double>(yesNo.indexOf(series.measure));
            for (const QPointF &point : series.points) {
                if (point.y() >= 1)
                    points.append({point.x(), lane});
            }
            auto *marks = new QScatterSeries(chart);
            marks->setName(name);
            marks->setMarkerSize(7);
            marks->setColor(p.seriesColour(colour++));
            marks->setBorderColor(Qt::transparent);
            chart->addSeries(marks);
            attach(marks, left);
            addSampled(marks, points, Sampling::Thin);
            setTooltip(marks, [name](const QPointF &at) {
                return tr("%1: yes\n%2").arg(name, dateText(at.x()));
            });
            continue;
        }
        const auto toHeight = [&](double value) {
            switch (scale) {
            case Scale::Minutes:
                return value * 10 / maxMinutes;
            case Scale::Temperature:
                return (value - TemperatureLow) * 10 / (TemperatureHigh - TemperatureLow);
            default:
                return value;
            }
        };
        const auto fromHeight = [=](double height) {
            switch (scale) {
            case Scale::Minutes:
                return height * maxMinutes / 10;
            case Scale::Temperature:
                return height * (TemperatureHigh - TemperatureLow) / 10 + TemperatureLow;
            default:
                return height;
            }
        };
        for (const QPointF &point : series.points)
            points.append({point.x(), toHeight(point.y())});
        const QColor tone = p.seriesColour(colour++);
        // Over a long window: the mean per week or month, in a band from the
        // lowest to the highest day (so no flare is lost).
        auto *high = new QLineSeries(chart);
        auto *low = new QLineSeries(chart);
        auto *band = new QAreaSeries(high, low);
        QColor shade = tone;
        shade.setAlphaF(0.18f);
        band->setColor(shade);
        band->setBorderColor(Qt::transparent);
        band->setName(name);
        chart->addSeries(band);
        attach(band, left);
        for (QLegendMarker *marker : chart->legend()->markers(band))
            marker->setVisible(false);
        auto *line = new QLineSeries(chart);
        line->setName(name);
        line->setPen(QPen(tone, 1.6));
        chart->addSeries(line);
        attach(line, left);
        addResampler([this, line, high, low, points](double from, double to, int budget) {
            const auto size = MeasureSeriesBuilder::sizeFor(
                chartTime::dayOf(from).daysTo(chartTime::dayOf(to)) + 1);
            m_lineBucket = size;
            if (size == TimeBuckets::Size::Day) {
                line->replace(Downsampling::minMax(Downsampling::window(points, from, to), budget));
                high->replace(QList<QPointF>());
                low->replace(QList<QPointF>());
                return;
            }
            const BucketStats stats = MeasureSeriesBuilder::perBucket(points, from, to, size);
            line->replace(stats.mean);
            high->replace(stats.high);
            low->replace(stats.low);
        });
        const int decimals = scale == Scale::Temperature ? 1 : 0;
        setTooltip(line, [this, name, fromHeight, decimals, locale](const QPointF &at) {
            if (m_lineBucket == TimeBuckets::Size::Day)
                return tr("%1: %2\n%3")
                    .arg(name, locale.toString(fromHeight(at.y()), 'f', decimals),
                         dateText(at.x()));
            return tr("%1: %2 on average\n%3 of %4")
                .arg(name, locale.toString(fromHeight(at.y()), 'f', decimals + 1),
                     m_lineBucket == TimeBuckets::Size::Week ? tr("week") : tr("month"),
                     dateText(at.x()));
        });
    }

    if (scores || minutes || temperature) {
        const QString title = chart->title();
        addResampler([this, title](double from, double to, int) {
            switch (MeasureSeriesBuilder::sizeFor(
                chartTime::dayOf(from).daysTo(chartTime::dayOf(to)) + 1)) {
            case TimeBuckets::Size::Day:
                this->chart()->setTitle(title);
                break;
            case TimeBuckets::Size::Week:
                this->chart()->setTitle(
                    tr("%1 — weekly means, shaded from the lowest to the highest day").arg(title));
                break;
            case TimeBuckets::Size::Month:
                this->chart()->setTitle(
                    tr("%1 — monthly means, shaded from the lowest to the highest day").arg(title));
                break;
            }
        });
    }

    // Doses along the bottom.
    QList<QPointF> taken;
    taken.reserve(m_data.taken.size());
    for (const QDateTime &at : m_data.taken)
        taken.append({chartTime::ofInstant(at), DosesLane});
    auto *takenMarks = new QScatterSeries(chart);
    takenMarks->setName(tr("Dose taken"));
    takenMarks->setMarkerSize(5);
    takenMarks->setColor(p.taken);
    takenMarks->setBorderColor(Qt::transparent);
    chart->addSeries(takenMarks);
    attach(takenMarks, left);
    addSampled(takenMarks, taken, Sampling::Thin);
    setTooltip(takenMarks, [locale](const QPointF &at) {
        return tr("Injection taken\n%1")
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(at.x())),
                                 QLocale::ShortFormat));
    });
    QList<QPointF> missed;
    for (const QDateTime &at : m_data.missed)
        missed.append({chartTime::ofInstant(at), DosesLane});
    auto *missedMarks = new QScatterSeries(chart);
    missedMarks->setName(tr("Dose missed"));
    missedMarks->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    missedMarks->setMarkerSize(10);
    missedMarks->setColor(p.missed);
    missedMarks->setBorderColor(p.missed.darker(130));
    chart->addSeries(missedMarks);
    attach(missedMarks, left);
    addSampled(missedMarks, missed, Sampling::Thin);
    // Smaller over years, so that a few missed doses do not read as a wall.
    addResampler([missedMarks](double from, double to, int) {
        missedMarks->setMarkerSize(to - from > 400 * 86400000.0 ? 6 : 10);
    });
    setTooltip(missedMarks, [locale](const QPointF &at) {
        return tr("Dose missed (due %1)")
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(at.x())),
                                 QLocale::ShortFormat));
    });

    // Side effects along the top: bigger for worse, red flags red.
    QList<QPointF> ordinary[3];
    QList<QPointF> flags;
    for (const SideEffect &effect : m_data.sideEffects) {
        const QPointF point(chartTime::ofDay(effect.onset), effectsLane);
        if (effect.redFlag)
            flags.append(point);
        else
            ordinary[qBound(0,
                            static_cast<int>(
                                HealthRecordService::severities().indexOf(effect.severity)),
                            2)]
                .append(point);
    }
    const auto effectText = [this](const QPointF &at) {
        for (const SideEffect &effect : m_data.sideEffects) {
            if (chartTime::ofDay(effect.onset) == at.x()) {
                const QString name = effect.catalogId
                                         ? SideEffectCatalog::displayName(*effect.catalogId)
                                         : effect.term;
                QString text = tr("%1 (%2), from %3")
                                   .arg(name, severityText(effect.severity), dateText(at.x()));
                if (effect.resolved)
                    text += tr(" to %1").arg(dateText(chartTime::ofDay(*effect.resolved)));
                if (effect.redFlag)
                    text += QLatin1Char('\n') + tr("Red flag: get medical help now");
                return text;
            }
        }
        return dateText(at.x());
    };
    bool effectInLegend = false;
    for (int level = 0; level < 3; ++level) {
        if (ordinary[level].isEmpty())
            continue;
        auto *marks = new QScatterSeries(chart);
        marks->setName(tr("Side effect (larger: more severe)"));
        marks->setMarkerSize(7 + 3 * level);
        marks->setColor(p.sideEffect);
        marks->setBorderColor(p.sideEffect.darker(140));
        chart->addSeries(marks);
        attach(marks, left);
        addSampled(marks, ordinary[level], Sampling::Thin);
        setTooltip(marks, effectText);
        if (effectInLegend) {
            for (QLegendMarker *marker : chart->legend()->markers(marks))
                marker->setVisible(false);
        }
        effectInLegend = true;
    }
    if (!flags.isEmpty()) {
        auto *marks = new QScatterSeries(chart);
        marks->setName(tr("Red flag"));
        marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marks->setMarkerSize(17);
        marks->setColor(p.redFlag);
        marks->setBorderColor(p.redFlag.darker(150));
        chart->addSeries(marks);
        attach(marks, left);
        addSampled(marks, flags, Sampling::None);
        setTooltip(marks, effectText);
    }

    // Regimen changes.
    bool first = true;
    for (const Regimen &regimen : m_data.regimenChanges) {
        const QString dose =
            regimen.isWeightBased()
                ? tr("%1 mg/kg/day").arg(locale.toString(*regimen.mgPerKgPerDay))
                : tr("%1 mg/day").arg(locale.toString(regimen.dailyMg.value_or(0)));
        const QString text =
            tr("Regimen from %1: %2, %n dose(s) a day", nullptr, regimen.dosesPerDay)
                .arg(locale.toString(regimen.start, QLocale::ShortFormat), dose) +
            (regimen.everyDays == 2 ? tr(", every other day") : QString()) +
            (regimen.note.isEmpty() ? QString() : QLatin1Char('\n') + regimen.note);
        QLineSeries *line =
            verticalLine(chart, chartTime::ofDay(regimen.start) - 12 * 3600 * 1000.0, Bottom, top,
                         p.regimen, tr("Regimen change"), left, first);
        setTooltip(line, [text](const QPointF &) { return text; });
        first = false;
    }
    finish(chart);
}

void SymptomsChart::fillTable()
{
    // One row per day with any value, mark or event; one column per measure.
    QStringList headers{tr("Date")};
    for (const MeasureSeries &series : m_data.measures)
        headers << Measures::shortName(series.measure);
    headers << tr("Injections") << tr("Missed") << tr("Side effects");
    setTableHeader(headers);
    QMap<QDate, QList<QVariant>> rows;
    const auto row = [&](const QDate &day) -> QList<QVariant> & {
        auto it = rows.find(day);
        if (it == rows.end())
            it = rows.insert(day, QList<QVariant>(headers.size() - 1));
        return *it;
    };
    for (qsizetype m = 0; m < m_data.measures.size(); ++m) {
        for (const QPointF &point : m_data.measures.at(m).points)
            row(chartTime::dayOf(point.x()))[m] = point.y();
    }
    const qsizetype measures = m_data.measures.size();
    for (const QDateTime &at : m_data.taken) {
        QVariant &cell = row(at.toLocalTime().date())[measures];
        cell = cell.toInt() + 1;
    }
    for (const QDateTime &at : m_data.missed) {
        QVariant &cell = row(at.toLocalTime().date())[measures + 1];
        cell = cell.toInt() + 1;
    }
    for (const SideEffect &effect : m_data.sideEffects) {
        QVariant &cell = row(effect.onset)[measures + 2];
        const QString name =
            effect.catalogId ? SideEffectCatalog::displayName(*effect.catalogId) : effect.term;
        const QString text =
            (cell.toString().isEmpty() ? QString() : cell.toString() + QStringLiteral("; ")) +
            name + (effect.redFlag ? tr(" (red flag)") : QString());
        cell = text;
    }
    const QLocale locale;
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        QList<QVariant> values{it.key()};
        QStringList texts{locale.toString(it.key(), QLocale::ShortFormat)};
        for (qsizetype c = 0; c < it->size(); ++c) {
            const QVariant &value = it->at(c);
            values << value;
            if (!value.isValid())
                texts << QString();
            else if (value.typeId() == QMetaType::Double)
                texts << locale.toString(
                    value.toDouble(), 'f',
                    scaleOf(m_data.measures.at(c).measure) == Scale::Temperature ? 1 : 0);
            else
                texts << value.toString();
        }
        addTableRow(values, texts);
    }
}

} // namespace shotbook::ui
