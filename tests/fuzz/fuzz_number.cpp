// The dose parser of the CSV importer ("100", "37.5 mg"): what it accepts is a
// finite number, never NaN or infinity, whatever the text.
#include "FuzzSupport.h"

#include "exchange/ImportedRow.h"

#include <cmath>

using namespace shotbook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString input = fuzz::text(data, size);
    if (const auto dose = ImportedRow::parseDose(input))
        fuzz::require(std::isfinite(*dose));
    return 0;
}
