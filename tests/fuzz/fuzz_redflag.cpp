// The red-flag matcher on any typed side effect, in every built-in
// vocabulary: no crash, no hang, and a confident or possible match always
// names its term.
#include "FuzzSupport.h"

#include "diary/RedFlagMatcher.h"

using namespace shotbook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    // A side effect is 1 to 200 characters (HealthRecordService); the matcher
    // costs about 7 ms per character under AddressSanitizer, so longer inputs
    // only slow the search down.
    if (size > 800)
        return 0;
    const RedFlagMatch match = RedFlagMatcher::builtIn().match(fuzz::text(data, size));
    if (match.confidence == RedFlagMatch::Confidence::Confident)
        fuzz::require(!match.termId.isEmpty());
    if (match.confidence == RedFlagMatch::Confidence::Possible)
        fuzz::require(!match.possibleTermId.isEmpty());
    return 0;
}
