#include "Adherence.h"

#include <QMap>

namespace shotbook {

AdherenceReport computeAdherence(const QList<Slot> &slots, const SlotMatching &matching,
                                 const QList<QDateTime> &injections, const QDate &from,
                                 const QDate &to, const QDateTime &now)
{
    AdherenceReport report;
    // Instants in milliseconds, each computed once: comparing or adding to a
    // local date-time asks the time zone (mktime) every time.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Per dosing day: were all of its counted slots taken?
    QMap<QDate, bool> dayComplete;
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const Slot &slot = slots.at(i);
        const QDate day = slot.due.toLocalTime().date();
        if (day < from || day > to)
            continue;
        const qint64 dueMs = slot.due.toMSecsSinceEpoch();
        const bool filled = matching.filledBy.at(i) >= 0;
        const bool closed = dueMs + slot.halfWindowSecs * 1000 < nowMs;
        if (filled) {
            ++report.taken;
            if (!dayComplete.contains(day))
                dayComplete.insert(day, true);
        } else if (closed) {
            ++report.missed;
            report.missedSlots.append(slot);
            dayComplete.insert(day, false);
        } else if (dueMs <= nowMs) {
            ++report.pending;
        }
    }
    for (qsizetype i = 0; i < injections.size(); ++i) {
        const QDate day = injections.at(i).toLocalTime().date();
        if (day >= from && day <= to && injections.at(i) <= now && matching.slotOf.at(i) < 0)
            ++report.extra;
    }
    report.expected = report.taken + report.missed;
    if (report.expected > 0)
        report.percent = 100.0 * report.taken / report.expected;
    for (auto it = dayComplete.constEnd(); it != dayComplete.constBegin();) {
        --it;
        if (!it.value())
            break;
        ++report.streakDays;
    }
    return report;
}

} // namespace shotbook
