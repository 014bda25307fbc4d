#pragma once

#include "DemoPlan.h"
#include "DemoRandom.h"

namespace shotbook {

// The two kinds of sample patient of DESIGN.md: an adult with rheumatoid
// arthritis on 100 mg a day, and a child with NOMID from infancy, the dose
// stepping up in mg/kg/day and split in two for a while, growing from infant
// weights. Each span ends today; events are placed as they would fall.
class DemoPlans final
{
public:
    static DemoPlan adultRheumatoid(const QString &name, const DateRange &span, DemoRandom &random);
    static DemoPlan childNomid(const QString &name, const DateRange &span, DemoRandom &random);
};

} // namespace shotbook
