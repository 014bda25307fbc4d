// The red-flag matcher on any typed side effect, in every built-in
// vocabulary: no crash, no hang, and a confident or possible match always
// names its term.
#include "FuzzSupport.h"

#include "diary/RedFlagMatcher.h"

using namespace shotbook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    // A side effect is 1 to 200 characters (HealthRecordService), 800 bytes
    // of UTF-8 at most; the GUI matches what is typed before that check, so
    // longer text must not hang either, but it only slows the search down
    // (run.sh: -max_len=800).
    if (size > 800)
        return 0;
    const RedFlagMatch match = RedFlagMatcher::builtIn().match(fuzz::text(data, size));
    if (match.confidence == RedFlagMatch::Confidence::Confident)
        fuzz::require(!match.termId.isEmpty());
    if (match.confidence == RedFlagMatch::Confidence::Possible)
        fuzz::require(!match.possibleTermId.isEmpty());
    return 0;
}
