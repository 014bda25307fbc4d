#pragma once

#include "Regimen.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace shotbook {

// One dose that is due: a regimen's time of day on a dosing day, in local
// wall-clock time.
struct Slot
{
    QDateTime due;
    qint64 regimenId = 0;
    qint64 halfWindowSecs = 0; // half the regimen's interval between doses

    friend bool operator==(const Slot &, const Slot &) = default;
};

// The slots due from one day to another (both included), in time order.
QList<Slot> dueSlots(const QList<Regimen> &history, const QDate &from, const QDate &to);

// A day's time of day as a local date-time. A time that a daylight-saving
// change skips (02:30 on the spring-forward night) becomes the same wall-clock
// time after the change (03:30).
QDateTime localDateTime(const QDate &date, const QTime &time);

// Which injection filled which slot. Each injection, in time order, fills the
// nearest open slot within half an interval of it (the earlier on a tie);
// one that finds none is extra.
struct SlotMatching
{
    QList<int> filledBy; // per slot: index of the injection, or -1
    QList<int> slotOf;   // per injection: index of the slot, or -1 (extra)
};

SlotMatching matchInjections(const QList<Slot> &slots, const QList<QDateTime> &injections);

// What logging one more injection at a time would do.
struct SlotFit
{
    enum class Kind
    {
        FillsSlot,
        AlreadyFilled,
        NoSlot
    };
    Kind kind = Kind::NoSlot;
    int slot = -1; // the slot filled, or the filled slot it would double
    int filledByInjection = -1;
};

SlotFit fitInjection(const QList<Slot> &slots, const SlotMatching &matching, const QDateTime &at);

// How a dose given for a slot stands to the time it was due: within
// OnTimeSecs of it either way (half an hour, both ends included) it is on
// time. The Log view's "on time / late / early" and the report's "late" both
// come from here.
enum class Timeliness
{
    OnTime,
    Late,
    Early
};
inline constexpr qint64 OnTimeSecs = 30 * 60;
Timeliness timeliness(const QDateTime &due, const QDateTime &given);

} // namespace shotbook
