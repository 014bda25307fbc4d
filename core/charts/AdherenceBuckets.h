#pragma once

#include "TimeBuckets.h"
#include "regimen/Schedule.h"

#include <optional>

namespace shotbook {

// Adherence per week or per month: the counts of computeAdherence (taken,
// missed, pending) for the due slots of each bucket, so that the buckets of a
// range add up to its report.
struct AdherenceBucket
{
    TimeBuckets::Bucket bucket;
    int expected = 0; // taken + missed
    int taken = 0;
    int missed = 0;
    int pending = 0;               // due, its window still open: not counted yet
    std::optional<double> percent; // taken ÷ expected; none when nothing was due

    friend bool operator==(const AdherenceBucket &a, const AdherenceBucket &b)
    {
        return a.bucket.start == b.bucket.start && a.expected == b.expected && a.taken == b.taken &&
               a.missed == b.missed && a.pending == b.pending;
    }
};

class AdherenceBuckets final
{
public:
    // One pass over the slots (each looked up by binary search among the
    // buckets): linear in the slots, whatever the range. `matching` is the
    // schedule's own (PatientSchedule::matching()).
    static QList<AdherenceBucket> compute(const QList<Slot> &slots, const SlotMatching &matching,
                                          const DateRange &range, TimeBuckets::Size size,
                                          const QDateTime &now);

    // The slots due in the range whose window closed without an injection.
    static QList<Slot> missed(const QList<Slot> &slots, const SlotMatching &matching,
                              const DateRange &range, const QDateTime &now);
};

} // namespace shotbook
