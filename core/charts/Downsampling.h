#pragma once

#include <QList>
#include <QPointF>

namespace shotbook {

// Fewer points for a chart than the data has, so that no series holds more
// than the screen can show (about two per horizontal pixel). Input points are
// in x order; outputs are subsets of them, in x order, never above `budget`.
class Downsampling final
{
public:
    // Splits the x span into equal columns and keeps, per column, its lowest
    // and its highest point; the first and last points are always kept. Every
    // peak and trough of a column survives: a flare or a fever never
    // disappears by being averaged away. Needs a budget of at least 4.
    static QList<QPointF> minMax(const QList<QPointF> &points, int budget);

    // Largest-Triangle-Three-Buckets (Steinarsson 2013): the point of each
    // bucket that keeps the line's shape best; first and last kept. Exactly
    // `budget` points when there are more. Needs a budget of at least 3.
    static QList<QPointF> lttb(const QList<QPointF> &points, int budget);

    // For marks (a scatter of events): at most one per column of `budget`
    // columns over the x span, the first of each; first and last kept.
    static QList<QPointF> thin(const QList<QPointF> &points, int budget);

    // The points with from <= x <= to, and the one just outside on either side
    // so that a line still reaches the edges of the plot.
    static QList<QPointF> window(const QList<QPointF> &points, double from, double to);
};

} // namespace shotbook
