#pragma once

#include <QFont>
#include <QRectF>
#include <QSizeF>

namespace shotbook::ui {

class BodyMapLegend;

// Where the body map puts the drawing and its legend in a widget of a given size.
struct BodyMapLayout
{
    enum class LegendPlace
    {
        Beside,
        Below,
        Hidden
    };

    QRectF map;    // where the SVG's view box is drawn
    QRectF legend; // where the legend is drawn
    LegendPlace legendPlace = LegendPlace::Beside;
    double scale = 1.0;

    static BodyMapLayout compute(QSizeF size, const QRectF &viewBox, const QFont &font,
                                 const BodyMapLegend &legend);
    // From view-box coordinates to the widget's.
    QRectF toWidget(const QRectF &svgRect, const QRectF &viewBox) const;
};

} // namespace shotbook::ui
