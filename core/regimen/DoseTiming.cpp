#include "DoseTiming.h"

namespace shotbook {

std::optional<TooSoon> doseTooClose(const QList<QDateTime> &doses, const QDateTime &at,
                                    qint64 halfIntervalSecs)
{
    std::optional<TooSoon> nearest;
    qint64 nearestGap = 0;
    for (const QDateTime &dose : doses) {
        const qint64 gap = qAbs(dose.secsTo(at));
        if (gap >= halfIntervalSecs)
            continue;
        if (!nearest || gap < nearestGap) {
            nearest = TooSoon{dose, halfIntervalSecs};
            nearestGap = gap;
        }
    }
    return nearest;
}

} // namespace shotbook
