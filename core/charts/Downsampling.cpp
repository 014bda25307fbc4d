#include "Downsampling.h"

#include <algorithm>
#include <cmath>

namespace shotbook {

QList<QPointF> Downsampling::minMax(const QList<QPointF> &points, int budget)
{
    const qsizetype n = points.size();
    if (n <= budget || n <= 2)
        return points;
    budget = std::max(budget, 4);
    // First and last, plus two per column.
    const int columns = (budget - 2) / 2;
    const double left = points.constFirst().x();
    const double span = points.constLast().x() - left;
    QList<QPointF> out;
    out.reserve(budget);
    out.append(points.constFirst());
    qsizetype i = 1;
    const qsizetype last = n - 1;
    for (int column = 0; column < columns && i < last; ++column) {
        const double right = column + 1 == columns
                                 ? points.constLast().x()
                                 : left + span * static_cast<double>(column + 1) / columns;
        qsizetype low = -1;
        qsizetype high = -1;
        for (; i < last && (points.at(i).x() < right || column + 1 == columns); ++i) {
            if (low < 0 || points.at(i).y() < points.at(low).y())
                low = i;
            if (high < 0 || points.at(i).y() > points.at(high).y())
                high = i;
        }
        if (low < 0)
            continue; // an empty column
        if (low == high) {
            out.append(points.at(low));
        } else {
            out.append(points.at(std::min(low, high)));
            out.append(points.at(std::max(low, high)));
        }
    }
    out.append(points.constLast());
    return out;
}

QList<QPointF> Downsampling::lttb(const QList<QPointF> &points, int budget)
{
    const qsizetype n = points.size();
    if (n <= budget || n <= 2)
        return points;
    budget = std::max(budget, 3);
    QList<QPointF> out;
    out.reserve(budget);
    out.append(points.constFirst());
    // The points between the first and the last, in budget - 2 buckets.
    const double every = static_cast<double>(n - 2) / (budget - 2);
    qsizetype chosen = 0;
    for (int bucket = 0; bucket < budget - 2; ++bucket) {
        const auto start = static_cast<qsizetype>(std::floor(bucket * every)) + 1;
        const auto end = std::min<qsizetype>(
            static_cast<qsizetype>(std::floor((bucket + 1) * every)) + 1, n - 1);
        // The next bucket's average (the last point for the last bucket).
        const auto nextStart = end;
        const auto nextEnd =
            std::min<qsizetype>(static_cast<qsizetype>(std::floor((bucket + 2) * every)) + 1, n);
        double avgX = 0;
        double avgY = 0;
        const qsizetype nextCount = std::max<qsizetype>(1, nextEnd - nextStart);
        for (qsizetype j = nextStart; j < nextStart + nextCount && j < n; ++j) {
            avgX += points.at(j).x();
            avgY += points.at(j).y();
        }
        avgX /= static_cast<double>(nextCount);
        avgY /= static_cast<double>(nextCount);
        const QPointF &a = points.at(chosen);
        double bestArea = -1;
        qsizetype best = start;
        for (qsizetype j = start; j < end; ++j) {
            const QPointF &b = points.at(j);
            const double area =
                std::abs((a.x() - avgX) * (b.y() - a.y()) - (a.x() - b.x()) * (avgY - a.y()));
            if (area > bestArea) {
                bestArea = area;
                best = j;
            }
        }
        out.append(points.at(best));
        chosen = best;
    }
    out.append(points.constLast());
    return out;
}

QList<QPointF> Downsampling::thin(const QList<QPointF> &points, int budget)
{
    const qsizetype n = points.size();
    if (n <= budget || n <= 2)
        return points;
    budget = std::max(budget, 2);
    const double left = points.constFirst().x();
    const double span = points.constLast().x() - left;
    const int columns = budget - 1; // the last point has its own place
    QList<QPointF> out;
    out.reserve(budget);
    int lastColumn = -1;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const int column =
            span > 0 ? std::min(columns - 1,
                                static_cast<int>((points.at(i).x() - left) / span * columns))
                     : 0;
        if (column != lastColumn) {
            out.append(points.at(i));
            lastColumn = column;
        }
    }
    out.append(points.constLast());
    return out;
}

QList<QPointF> Downsampling::window(const QList<QPointF> &points, double from, double to)
{
    const auto byX = [](const QPointF &point, double x) { return point.x() < x; };
    auto first = std::lower_bound(points.cbegin(), points.cend(), from, byX);
    auto last = std::upper_bound(points.cbegin(), points.cend(), to,
                                 [](double x, const QPointF &point) { return x < point.x(); });
    if (first != points.cbegin())
        --first;
    if (last != points.cend())
        ++last;
    return QList<QPointF>(first, last);
}

} // namespace shotbook
