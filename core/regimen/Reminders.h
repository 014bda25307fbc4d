#pragma once

#include "Schedule.h"

#include <QDateTime>
#include <QList>

namespace shotbook {

// A reminder of a due dose: at the slot's time, and once more repeatAfterSecs
// later if the dose is still not logged (and can still be taken).
struct Reminder
{
    QDateTime at;
    Slot slot;
    bool repeat = false;

    friend bool operator==(const Reminder &, const Reminder &) = default;
};

// The reminders that fall in (after, until], in time order. Slots already
// filled give none: an injection logged early silences its reminder.
QList<Reminder> remindersBetween(const QList<Slot> &slots, const SlotMatching &matching,
                                 const QDateTime &after, const QDateTime &until,
                                 qint64 repeatAfterSecs);

// When the first reminder after `after` falls, if any.
std::optional<QDateTime> nextReminderTime(const QList<Slot> &slots, const SlotMatching &matching,
                                          const QDateTime &after, qint64 repeatAfterSecs);

} // namespace shotbook
