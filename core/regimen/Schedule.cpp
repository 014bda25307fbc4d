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
    // Sorted by the instant, each computed once: comparing two local
    // date-times asks the time zone (mktime) every time.
    QList<std::pair<qint64, Slot>> keyed;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const auto regimen = regimenOn(history, day);
        if (!regimen || regimen->start.daysTo(day) % regimen->everyDays != 0)
            continue;
        for (const QTime &time : regimen->times) {
            const QDateTime due = localDateTime(day, time);
            keyed.append(
                {due.toMSecsSinceEpoch(), Slot{due, regimen->id, regimen->intervalSecs() / 2}});
        }
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Slot> slots;
    slots.reserve(keyed.size());
    for (auto &entry : keyed)
        slots.append(std::move(entry.second));
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

// The nearest slot within its window of `at` (milliseconds since the epoch)
// that passes `usable`; the earlier one on a tie. Slots are in time order, so
// only those due within the widest window of `at` are looked at: a binary
// search, then a few steps. dueMs(i) is slot i's due instant in milliseconds.
template <typename DueMs, typename Usable>
int nearestSlot(const QList<Slot> &slots, qint64 widest, qint64 at, DueMs dueMs, Usable usable)
{
    const qint64 earliest = at - widest * 1000;
    int low = 0;
    int high = static_cast<int>(slots.size());
    while (low < high) { // the first slot due at or after `earliest`
        const int mid = low + (high - low) / 2;
        if (dueMs(mid) < earliest)
            low = mid + 1;
        else
            high = mid;
    }
    int best = -1;
    qint64 bestDistance = 0;
    for (int i = low; i < slots.size(); ++i) {
        // Whole seconds, truncated toward zero, as QDateTime::secsTo() counts.
        const qint64 signedDistance = (dueMs(i) - at) / 1000;
        if (signedDistance > widest)
            break;
        const qint64 distance = qAbs(signedDistance);
        if (distance > slots.at(i).halfWindowSecs || !usable(i))
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
    QList<qint64> injectionMs;
    injectionMs.reserve(injections.size());
    for (const QDateTime &at : injections)
        injectionMs.append(at.toMSecsSinceEpoch());
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return injectionMs.at(a) < injectionMs.at(b); });
    const qint64 widest = widestHalfWindow(slots);
    QList<qint64> dueMs;
    dueMs.reserve(slots.size());
    for (const Slot &slot : slots)
        dueMs.append(slot.due.toMSecsSinceEpoch());
    for (const int injection : order) {
        const int slot = nearestSlot(
            slots, widest, injectionMs.at(injection), [&](int i) { return dueMs.at(i); },
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
    const qint64 atMs = at.toMSecsSinceEpoch();
    const auto dueMs = [&](int i) { return slots.at(i).due.toMSecsSinceEpoch(); };
    const int open =
        nearestSlot(slots, widest, atMs, dueMs, [&](int i) { return matching.filledBy.at(i) < 0; });
    if (open >= 0) {
        fit.kind = SlotFit::Kind::FillsSlot;
        fit.slot = open;
        return fit;
    }
    const int filled = nearestSlot(slots, widest, atMs, dueMs, [](int) { return true; });
    if (filled >= 0) {
        fit.kind = SlotFit::Kind::AlreadyFilled;
        fit.slot = filled;
        fit.filledByInjection = matching.filledBy.at(filled);
    }
    return fit;
}

Timeliness timeliness(const QDateTime &due, const QDateTime &given)
{
    const qint64 after = due.secsTo(given);
    if (qAbs(after) <= OnTimeSecs)
        return Timeliness::OnTime;
    return after > 0 ? Timeliness::Late : Timeliness::Early;
}

} // namespace shotbook
