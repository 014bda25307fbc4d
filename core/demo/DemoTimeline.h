#pragma once

#include "DemoPlan.h"
#include "DemoRandom.h"
#include "diary/DiaryValue.h"
#include "injections/Injection.h"
#include "sites/SiteReaction.h"

namespace shotbook {

// A sample patient's days played out: each due dose taken (a little early or
// late, now and then much later) or missed — more often on holiday, never in
// hospital or while told to stop; the site chosen by rotation, now and then a
// reaction (mostly in the first weeks); and the diary, whose flares follow
// missed doses within a day or two.
struct DemoRecord
{
    struct Reaction
    {
        SiteReaction reaction;
        qsizetype injection = -1; // index into injections
    };

    QList<Injection> injections; // in time order; no ids, no stock yet
    QList<Reaction> reactions;
    QList<DiaryValue> diary; // in day order
    int missedDoses = 0;
    int flares = 0;
};

class DemoTimeline final
{
public:
    // Nothing after `now`.
    static DemoRecord play(const DemoPlan &plan, const QDateTime &now, DemoRandom &random);
};

} // namespace shotbook
