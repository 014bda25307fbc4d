#include "Fefo.h"

#include <algorithm>

namespace shotbook {

FefoResult allocateFefo(const QList<Lot> &lots, int count, const QDate &day,
                        std::optional<qint64> chosenLotId)
{
    FefoResult result;
    int needed = count;
    const auto take = [&](const Lot &lot) {
        const int n = qMin(needed, lot.remaining);
        if (n <= 0)
            return;
        result.taken.append({lot.id, lot.lot, n});
        needed -= n;
    };
    if (chosenLotId) {
        for (const Lot &lot : lots) {
            if (lot.id == *chosenLotId)
                take(lot);
        }
    }
    QList<Lot> usable;
    for (const Lot &lot : lots) {
        if (!lot.isExpiredOn(day) && lot.remaining > 0 && (!chosenLotId || lot.id != *chosenLotId))
            usable.append(lot);
    }
    std::sort(usable.begin(), usable.end(), [](const Lot &a, const Lot &b) {
        if (a.expires != b.expires)
            return a.expires < b.expires;
        if ((a.outOfFridge > 0) != (b.outOfFridge > 0))
            return a.outOfFridge > 0;
        if (a.received != b.received)
            return a.received < b.received;
        return a.id < b.id;
    });
    for (const Lot &lot : usable) {
        if (needed <= 0)
            break;
        take(lot);
    }
    result.missing = needed;
    return result;
}

} // namespace shotbook
