#pragma once

#include "Schedule.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace shotbook {

// Due slots against injections over a range of days, up to now.
//  - taken: slots due in the range that an injection filled;
//  - missed: slots due in the range, not filled, whose window has closed;
//  - pending: slots due by now whose window is still open (not yet counted);
//  - expected = taken + missed; percent = taken / expected (none when 0);
//  - extra: injections in the range that filled no slot;
//  - streak: whole dosing days, counted back from the latest, all taken.
struct AdherenceReport
{
    int expected = 0;
    int taken = 0;
    int missed = 0;
    int pending = 0;
    int extra = 0;
    std::optional<double> percent;
    int streakDays = 0;
    QList<Slot> missedSlots;
};

// slots and matching must cover the range with a day to spare on either side,
// so that injections near its edges find their slots.
AdherenceReport computeAdherence(const QList<Slot> &slots, const SlotMatching &matching,
                                 const QList<QDateTime> &injections, const QDate &from,
                                 const QDate &to, const QDateTime &now);

} // namespace shotbook
