#include "Schedule.h"

#include "RegimenRepository.h"

#include <algorithm>
#include <numeric>

namespace shotbook {

QDateTime localDateTime(const QDate &date, const QTime &time)
{
    QDateTime local(date, time, Qt::LocalTime);
    if (local.isValid() && local.time() == time)
        return local;
    // In the gap of a spring-forward change: move past it by its length (1 h).
    for (int hours = 1; hours <= 2; ++hours) {
        const QDateTime later(date, time.addSecs(hours * 3600), Qt::LocalTime);
        if (later.isValid() && later.date() == date)
            return later;
    }
    return local;
}

QList<Slot> dueSlots(const QList<Regimen> &history, const QDate &from, const QDate &to)
{
    QList<Slot> slots;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const auto regimen = regimenOn(history, day);
        if (!regimen || regimen->start.daysTo(day) % regimen->everyDays != 0)
            continue;
        for (const QTime &time : regimen->times)
            slots.append({localDateTime(day, time), regimen->id, regimen->intervalSecs() / 2});
    }
    std::sort(slots.begin(), slots.end(),
              [](const Slot &a, const Slot &b) { return a.due < b.due; });
    return slots;
}

namespace {

// The nearest slot within its window of `at` that passes `usable`; the
// earlier one on a tie.
template <typename Usable>
int nearestSlot(const QList<Slot> &slots, const QDateTime &at, Usable usable)
{
    int best = -1;
    qint64 bestDistance = 0;
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const qint64 distance = qAbs(slots.at(i).due.secsTo(at));
        if (distance > slots.at(i).halfWindowSecs || !usable(static_cast<int>(i)))
            continue;
        if (best < 0 || distance < bestDistance) {
            best = static_cast<int>(i);
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

SlotMatching matchInjections(const QList<Slot> &slots, const QList<QDateTime> &injections)
{
    SlotMatching matching;
    matching.filledBy = QList<int>(slots.size(), -1);
    matching.slotOf = QList<int>(injections.size(), -1);
    QList<int> order(injections.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return injections.at(a) < injections.at(b); });
    for (const int injection : order) {
        const int slot = nearestSlot(slots, injections.at(injection),
                                     [&](int i) { return matching.filledBy.at(i) < 0; });
        if (slot >= 0) {
            matching.filledBy[slot] = injection;
            matching.slotOf[injection] = slot;
        }
    }
    return matching;
}

SlotFit fitInjection(const QList<Slot> &slots, const SlotMatching &matching, const QDateTime &at)
{
    SlotFit fit;
    const int open = nearestSlot(slots, at, [&](int i) { return matching.filledBy.at(i) < 0; });
    if (open >= 0) {
        fit.kind = SlotFit::Kind::FillsSlot;
        fit.slot = open;
        return fit;
    }
    const int filled = nearestSlot(slots, at, [](int) { return true; });
    if (filled >= 0) {
        fit.kind = SlotFit::Kind::AlreadyFilled;
        fit.slot = filled;
        fit.filledByInjection = matching.filledBy.at(filled);
    }
    return fit;
}

} // namespace shotbook
