#include "ZoneNavigation.h"

#include "sites/Zones.h"

#include <cmath>

namespace shotbook::ui {

QStringList ZoneNavigation::focusOrder(const CanFocus &canFocus)
{
    QStringList order;
    for (const QString &id : Zones::ids()) {
        if (canFocus(id))
            order << id;
    }
    return order;
}

QString ZoneNavigation::step(const QStringList &order, const QString &current, bool next)
{
    const qsizetype index = order.indexOf(current);
    const qsizetype target = index < 0 ? (next ? 0 : order.size() - 1) : index + (next ? 1 : -1);
    if (target >= 0 && target < order.size())
        return order.at(target);
    return {};
}

QString ZoneNavigation::spatial(const QStringList &order, const QString &current, int key,
                                const RectOf &rectOf)
{
    if (order.isEmpty())
        return {};
    if (!order.contains(current))
        return order.first();
    const QPointF from = rectOf(current).center();
    QString best;
    double bestScore = 0;
    for (const QString &id : order) {
        if (id == current)
            continue;
        const QPointF d = rectOf(id).center() - from;
        double along = 0;
        double across = 0;
        switch (key) {
        case Qt::Key_Left:
            along = -d.x();
            across = d.y();
            break;
        case Qt::Key_Right:
            along = d.x();
            across = d.y();
            break;
        case Qt::Key_Up:
            along = -d.y();
            across = d.x();
            break;
        default:
            along = d.y();
            across = d.x();
            break;
        }
        if (along <= 1.0)
            continue;
        const double score = along + 2.5 * std::abs(across);
        if (best.isEmpty() || score < bestScore) {
            best = id;
            bestScore = score;
        }
    }
    return best;
}

} // namespace shotbook::ui
