#pragma once

#include "Schedule.h"

#include <QDateTime>

#include <optional>

namespace shotbook {

// What to do about the next dose, following the patient leaflet: take a
// missed dose as soon as remembered, unless the next one is nearly due (less
// than half an interval away): then skip it. Never double up.
struct DoseAdvice
{
    enum class Kind
    {
        Wait,    // nothing to take now; the next dose is at dueAt (missedAt: a missed
                 // dose that is not taken, because one was taken too recently)
        TakeNow, // the dose due at dueAt was missed and can still be taken
        Skip,    // the missed dose at missedAt is skipped; take the next at dueAt
        None,    // no dose is scheduled (no regimen, or the course has ended)
    };
    Kind kind = Kind::None;
    std::optional<QDateTime> dueAt;
    std::optional<QDateTime> missedAt;

    static QString id(Kind kind); // wait, take-now, skip, none
};

// slots must run from before the latest due slot to after the next one;
// doses are the logged injections' times over the same span. Never advises
// take-now where a dose now would be less than half an interval from another
// (the too-soon rule of doseTooClose()).
DoseAdvice adviseNextDose(const QList<Slot> &slots, const SlotMatching &matching,
                          const QList<QDateTime> &doses, const QDateTime &now);

} // namespace shotbook
