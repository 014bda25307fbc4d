#include "BodyMapLayout.h"

#include "sites/BodyMapLegend.h"

#include <QFontMetricsF>

#include <algorithm>

namespace shotbook::ui {

namespace {

constexpr double Margin = 8.0;

} // namespace

BodyMapLayout BodyMapLayout::compute(QSizeF size, const QRectF &viewBox, const QFont &font,
                                     const BodyMapLegend &legend)
{
    const QRectF &box = viewBox;
    const double caption = QFontMetricsF(font).height() + 6.0;
    const auto fit = [&box](QSizeF area) {
        return std::max(0.0, std::min(area.width() / box.width(), area.height() / box.height()));
    };

    const QSizeF besideLegend = legend.sizeBeside();
    const QSizeF besideArea(size.width() - besideLegend.width() - 3 * Margin,
                            size.height() - caption - 2 * Margin);
    const double besideScale =
        besideLegend.height() <= size.height() - 2 * Margin ? fit(besideArea) : 0.0;

    const QSizeF belowLegend = legend.sizeBelow(size.width() - 2 * Margin);
    const QSizeF belowArea(size.width() - 2 * Margin,
                           size.height() - caption - belowLegend.height() - 3 * Margin);
    const double belowScale = fit(belowArea);

    const double hiddenScale =
        fit(QSizeF(size.width() - 2 * Margin, size.height() - caption - 2 * Margin));

    // The legend goes where it costs the map least; in a small widget the map
    // matters more, and the tooltips still explain each zone.
    BodyMapLayout layout;
    layout.legendPlace = besideScale >= belowScale ? LegendPlace::Beside : LegendPlace::Below;
    layout.scale = std::max(besideScale, belowScale);
    if (layout.scale < 0.7 * hiddenScale) {
        layout.legendPlace = LegendPlace::Hidden;
        layout.scale = hiddenScale;
    }
    const QSizeF mapSize(box.width() * layout.scale, box.height() * layout.scale);
    switch (layout.legendPlace) {
    case LegendPlace::Beside: {
        const double groupWidth = mapSize.width() + Margin + besideLegend.width();
        const double left = (size.width() - groupWidth) / 2;
        const double top = (size.height() - (mapSize.height() + caption)) / 2 + caption;
        layout.map = QRectF(QPointF(left, top), mapSize);
        layout.legend = QRectF(QPointF(layout.map.right() + Margin,
                                       top + (mapSize.height() - besideLegend.height()) / 2),
                               besideLegend);
        break;
    }
    case LegendPlace::Below: {
        const double groupHeight = caption + mapSize.height() + Margin + belowLegend.height();
        const double top = (size.height() - groupHeight) / 2 + caption;
        layout.map = QRectF(QPointF((size.width() - mapSize.width()) / 2, top), mapSize);
        layout.legend = QRectF(QPointF(Margin, layout.map.bottom() + Margin), belowLegend);
        break;
    }
    case LegendPlace::Hidden: {
        const double top = (size.height() - (mapSize.height() + caption)) / 2 + caption;
        layout.map = QRectF(QPointF((size.width() - mapSize.width()) / 2, top), mapSize);
        break;
    }
    }
    return layout;
}

QRectF BodyMapLayout::toWidget(const QRectF &svgRect, const QRectF &viewBox) const
{
    return {map.left() + (svgRect.left() - viewBox.left()) * scale,
            map.top() + (svgRect.top() - viewBox.top()) * scale, svgRect.width() * scale,
            svgRect.height() * scale};
}

} // namespace shotbook::ui
