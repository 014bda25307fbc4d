#include "BodyMapLegend.h"

#include "sites/ZoneStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace shotbook::ui {

namespace {

constexpr qsizetype MarkersStart = 6; // the first item after the colour scale
constexpr double IconWidth = 22.0;
constexpr double IconGap = 7.0;
constexpr double FlowGap = 16.0;

} // namespace

BodyMapLegend::BodyMapLegend(const QFont &font, bool spotPicking)
    : m_font(font)
{
    const QLocale locale;
    const auto range = [&locale](int from, int to) {
        return tr("%1–%2 days").arg(locale.toString(from), locale.toString(to));
    };
    m_items = {
        {Icon::Band, 0, range(0, 1)},
        {Icon::Band, 1, range(2, 3)},
        {Icon::Band, 2, range(4, 6)},
        {Icon::Band, 3, range(7, 13)},
        {Icon::Band, 4, tr("%1 days or more").arg(locale.toString(14))},
        {Icon::Band, -1, tr("Never used (%1)").arg(ZoneStyle::NeverUsed)},
        {Icon::Off, 0, tr("Switched off")},
        {Icon::Reaction, 0, tr("Open reaction")},
        {Icon::Suggested, 0, tr("Suggested next")},
        {Icon::Spots, 0, tr("Recent injections")},
    };
    if (spotPicking)
        m_items.append({Icon::Ring, 0,
                        tr("Keep %1 cm from the last").arg(locale.toString(ZoneStyle::SpacingCm))});
}

double BodyMapLegend::rowHeight() const
{
    return std::max(QFontMetricsF(m_font).height(), 16.0) + 5.0;
}

QSizeF BodyMapLegend::sizeBeside() const
{
    // Laid out the same way paint draws it.
    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const double row = rowHeight();
    double widest = QFontMetricsF(bold).horizontalAdvance(tr("Days since last use"));
    for (const Item &item : m_items)
        widest = std::max(widest, IconWidth + IconGap + fm.horizontalAdvance(item.text));
    // the title, the items, and a gap between the colour scale and the markers
    return {widest, row * static_cast<double>(m_items.size() + 1) + row * 0.5};
}

QSizeF BodyMapLegend::sizeBelow(double width) const
{
    // The title on its own line, then the items flowing in rows, as paint draws them.
    const QFontMetricsF fm(m_font);
    const double row = rowHeight();
    const double available = std::max(100.0, width);
    double x = 0;
    int rows = 1;
    for (const Item &item : m_items) {
        const double w = IconWidth + IconGap + fm.horizontalAdvance(item.text);
        if (x > 0 && x + w > available) {
            ++rows;
            x = 0;
        }
        x += w + FlowGap;
    }
    return {available, row * (rows + 1)};
}

void BodyMapLegend::paintIcon(QPainter &painter, const QPalette &palette, const Item &item,
                              const QRectF &box) const
{
    const QColor text = palette.color(QPalette::WindowText);
    const QRectF swatch = box.adjusted(1, 2, -1, -2);
    const QPainterPath shape = ZoneStyle::shape(swatch);
    switch (item.icon) {
    case Icon::Band: {
        const int band = item.band < 0 ? ZoneStyle::NeverUsedBand : item.band;
        painter.fillPath(shape, ZoneStyle::bandColour(band));
        painter.strokePath(shape, ZoneStyle::bandRim(band));
        if (item.band < 0) {
            QFont small = m_font;
            small.setBold(true);
            small.setPixelSize(std::max(8, static_cast<int>(swatch.height() * 0.8)));
            painter.setFont(small);
            painter.setPen(ZoneStyle::ZoneText);
            painter.drawText(swatch, Qt::AlignCenter, ZoneStyle::NeverUsed);
        }
        break;
    }
    case Icon::Off:
        ZoneStyle::paintSwitchedOff(painter, shape);
        break;
    case Icon::Reaction:
        painter.strokePath(shape, QPen(ZoneStyle::ReactionColour, 2.0));
        ZoneStyle::paintReactionBadge(painter, swatch.center(), swatch.height() * 0.5);
        break;
    case Icon::Suggested:
        ZoneStyle::paintSuggestedBadge(painter, swatch.center(), swatch.height() * 0.55, palette);
        break;
    case Icon::Spots:
        painter.setPen(Qt::NoPen);
        painter.setBrush(text);
        for (int i = 0; i < 3; ++i) {
            painter.setOpacity(0.35 + 0.325 * i);
            painter.drawEllipse(
                QPointF(swatch.left() + 3 + i * (swatch.width() - 6) / 2, swatch.center().y()), 2.6,
                2.6);
        }
        painter.setOpacity(1.0);
        break;
    case Icon::Ring: {
        QPen pen(text, 1.2);
        pen.setDashPattern({3.0, 2.0});
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const double r = swatch.height() * 0.55;
        painter.drawEllipse(swatch.center(), r, r);
        painter.setBrush(text);
        painter.drawEllipse(swatch.center(), 2.0, 2.0);
        break;
    }
    }
}

void BodyMapLegend::paint(QPainter &painter, const QPalette &palette, const QRectF &area,
                          bool beside) const
{
    painter.save();
    const QFontMetricsF fm(m_font);
    const double row = rowHeight();
    const QColor text = palette.color(QPalette::WindowText);
    QFont bold = m_font;
    bold.setBold(true);

    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), row),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Days since last use"));
    double x = area.left();
    double y = area.top() + row;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        const double textWidth = fm.horizontalAdvance(item.text);
        const double width = IconWidth + IconGap + textWidth;
        if (beside) {
            if (i == MarkersStart)
                y += row * 0.5; // the markers apart from the colour scale
        } else if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += row;
        }
        const double iconHeight = std::min(row - 5.0, 16.0);
        paintIcon(painter, palette, item,
                  QRectF(x, y + (row - iconHeight) / 2, IconWidth, iconHeight));
        painter.setFont(m_font);
        painter.setPen(text);
        painter.drawText(QRectF(x + IconWidth + IconGap, y, textWidth + 1, row),
                         Qt::AlignLeft | Qt::AlignVCenter, item.text);
        if (beside)
            y += row;
        else
            x += width + FlowGap;
    }
    painter.restore();
}

} // namespace shotbook::ui
