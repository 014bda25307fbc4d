#include "AdherenceBuckets.h"

namespace shotbook {

namespace {

enum class SlotState
{
    Taken,
    Missed,
    Pending,
    Future,
};

// The same rule as computeAdherence: filled is taken; not filled and its
// window closed is missed; due but still open is pending.
SlotState stateOf(const QList<Slot> &slots, const SlotMatching &matching, qsizetype i,
                  const QDateTime &now)
{
    const Slot &slot = slots.at(i);
    if (matching.filledBy.value(i, -1) >= 0)
        return SlotState::Taken;
    if (slot.due.addSecs(slot.halfWindowSecs) < now)
        return SlotState::Missed;
    if (slot.due <= now)
        return SlotState::Pending;
    return SlotState::Future;
}

} // namespace

QList<AdherenceBucket> AdherenceBuckets::compute(const QList<Slot> &slots,
                                                 const SlotMatching &matching,
                                                 const DateRange &range, TimeBuckets::Size size,
                                                 const QDateTime &now)
{
    QList<AdherenceBucket> out;
    for (const TimeBuckets::Bucket &bucket : TimeBuckets::covering(range, size))
        out.append(AdherenceBucket{bucket, 0, 0, 0, 0, std::nullopt});
    QList<TimeBuckets::Bucket> buckets;
    buckets.reserve(out.size());
    for (const AdherenceBucket &b : out)
        buckets.append(b.bucket);
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const qsizetype index = TimeBuckets::indexOf(buckets, slots.at(i).due.toLocalTime().date());
        if (index < 0)
            continue;
        AdherenceBucket &bucket = out[index];
        switch (stateOf(slots, matching, i, now)) {
        case SlotState::Taken:
            ++bucket.taken;
            break;
        case SlotState::Missed:
            ++bucket.missed;
            break;
        case SlotState::Pending:
            ++bucket.pending;
            break;
        case SlotState::Future:
            break;
        }
    }
    for (AdherenceBucket &bucket : out) {
        bucket.expected = bucket.taken + bucket.missed;
        if (bucket.expected > 0)
            bucket.percent = 100.0 * bucket.taken / bucket.expected;
    }
    return out;
}

QList<Slot> AdherenceBuckets::missed(const QList<Slot> &slots, const SlotMatching &matching,
                                     const DateRange &range, const QDateTime &now)
{
    QList<Slot> out;
    for (qsizetype i = 0; i < slots.size(); ++i) {
        if (range.contains(slots.at(i).due.toLocalTime().date()) &&
            stateOf(slots, matching, i, now) == SlotState::Missed)
            out.append(slots.at(i));
    }
    return out;
}

} // namespace shotbook
