#pragma once

#include "Lot.h"

#include <QList>

#include <optional>

namespace shotbook {

struct FefoResult
{
    QList<LotAllocation> taken;
    int missing = 0; // syringes that could not be found in usable stock
};

// Takes `count` syringes for an injection on `day`: from the chosen lot first
// (when given: the caller has confirmed it if expired), then first-expiry-
// first-out among lots not expired that day. Among lots expiring the same
// day, one with syringes already out of the fridge goes first (they must be
// used soon), then the one received first. Expired lots are never chosen here.
FefoResult allocateFefo(const QList<Lot> &lots, int count, const QDate &day,
                        std::optional<qint64> chosenLotId = std::nullopt);

} // namespace shotbook
