#include "TimeAxisLabels.h"

#include "charts/DateRange.h"

#include <QCategoryAxis>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace shotbook::ui {

QString TimeAxisLabels::label(const TimeTick &tick)
{
    const QLocale locale;
    switch (tick.unit) {
    case TimeTick::Unit::Day:
        //: A day on a chart's time axis; reorder for your language ("MMM d").
        return locale.toString(tick.day, tick.showsYear ? tr("d MMM yyyy") : tr("d MMM"));
    case TimeTick::Unit::Month:
        if (tick.showsYear)
            //: A month and its year on a chart's time axis, e.g. "Jan 2026".
            return tr("%1 %2")
                .arg(locale.monthName(tick.day.month(), QLocale::ShortFormat))
                .arg(tick.day.year());
        return locale.monthName(tick.day.month(), QLocale::ShortFormat);
    case TimeTick::Unit::Year:
        return QString::number(tick.day.year());
    }
    return {};
}

void TimeAxisLabels::apply(QCategoryAxis *axis, double fromMs, double toMs, double axisPixels,
                           int pixelsPerLabel)
{
    for (const QString &old : axis->categoriesLabels())
        axis->remove(old);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(fromMs);
    const DateRange range{chartTime::dayOf(fromMs), chartTime::dayOf(toMs)};
    const int maxTicks = std::max(2, static_cast<int>(axisPixels / pixelsPerLabel));
    QSet<QString> used;
    for (const TimeTick &tick : TimeTicks::forRange(range, maxTicks)) {
        // A tick marks the start of its day.
        const double at = chartTime::ofDay(tick.day) - 12 * 3600 * 1000.0;
        if (at <= fromMs || at >= toMs)
            continue;
        // The axis keys its categories by label: "Mar" of another year gets
        // an invisible mark to stay apart.
        QString text = label(tick);
        while (used.contains(text))
            text += QChar(0x200B);
        used.insert(text);
        axis->append(text, at);
    }
}

} // namespace shotbook::ui
