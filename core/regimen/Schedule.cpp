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

// The longest half window of any slot: how far from `at` a usable slot can be.
qint64 widestHalfWindow(const QList<Slot> &slots)
{
    qint64 widest = 0;
    for (const Slot &slot : slots)
        widest = qMax(widest, slot.halfWindowSecs);
    return widest;
}

// The nearest slot within its window of `at` that passes `usable`; the
// earlier one on a tie. Slots are in time order, so only those due within the
// widest window of `at` are looked at: a binary search, then a few steps.
template <typename Usable>
int nearestSlot(const QList<Slot> &slots, qint64 widest, const QDateTime &at, Usable usable)
{
    const QDateTime earliest = at.addSecs(-widest);
    const auto first =
        std::lower_bound(slots.cbegin(), slots.cend(), earliest,
                         [](const Slot &slot, const QDateTime &time) { return slot.due < time; });
    int best = -1;
    qint64 bestDistance = 0;
    for (auto it = first; it != slots.cend(); ++it) {
        const qint64 signedDistance = at.secsTo(it->due);
        if (signedDistance > widest)
            break;
        const qint64 distance = qAbs(signedDistance);
        const int i = static_cast<int>(it - slots.cbegin());
        if (distance > it->halfWindowSecs || !usable(i))
            continue;
        if (best < 0 || distance < bestDistance) {
            best = i;
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
    const qint64 widest = widestHalfWindow(slots);
    for (const int injection : order) {
        const int slot = nearestSlot(slots, widest, injections.at(injection),
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
    const qint64 widest = widestHalfWindow(slots);
    const int open =
        nearestSlot(slots, widest, at, [&](int i) { return matching.filledBy.at(i) < 0; });
    if (open >= 0) {
        fit.kind = SlotFit::Kind::FillsSlot;
        fit.slot = open;
        return fit;
    }
    const int filled = nearestSlot(slots, widest, at, [](int) { return true; });
    if (filled >= 0) {
        fit.kind = SlotFit::Kind::AlreadyFilled;
        fit.slot = filled;
        fit.filledByInjection = matching.filledBy.at(filled);
    }
    return fit;
}

} // namespace shotbook
