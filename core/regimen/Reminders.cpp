#include "Reminders.h"

#include <algorithm>

namespace shotbook {

namespace {

QList<Reminder> remindersOf(const QList<Slot> &slots, const SlotMatching &matching,
                            qint64 repeatAfterSecs)
{
    QList<Reminder> all;
    for (qsizetype i = 0; i < slots.size(); ++i) {
        if (matching.filledBy.at(i) >= 0)
            continue;
        const Slot &slot = slots.at(i);
        all.append({slot.due, slot, false});
        // The repeat only while the dose may still be taken (its window is open).
        if (repeatAfterSecs > 0 && repeatAfterSecs < slot.halfWindowSecs)
            all.append({slot.due.addSecs(repeatAfterSecs), slot, true});
    }
    std::sort(all.begin(), all.end(),
              [](const Reminder &a, const Reminder &b) { return a.at < b.at; });
    return all;
}

} // namespace

QList<Reminder> remindersBetween(const QList<Slot> &slots, const SlotMatching &matching,
                                 const QDateTime &after, const QDateTime &until,
                                 qint64 repeatAfterSecs)
{
    QList<Reminder> due;
    for (const Reminder &reminder : remindersOf(slots, matching, repeatAfterSecs)) {
        if (reminder.at > after && reminder.at <= until)
            due.append(reminder);
    }
    return due;
}

std::optional<QDateTime> nextReminderTime(const QList<Slot> &slots, const SlotMatching &matching,
                                          const QDateTime &after, qint64 repeatAfterSecs)
{
    for (const Reminder &reminder : remindersOf(slots, matching, repeatAfterSecs)) {
        if (reminder.at > after)
            return reminder.at;
    }
    return std::nullopt;
}

} // namespace shotbook
