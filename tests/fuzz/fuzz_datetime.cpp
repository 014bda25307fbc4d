// The date and time parsers behind every --date, --at, --start, the CSV
// importer's times and the stored instants. Properties: what parses is valid
// and prints back to the same text (dates, HH:MM), an instant parsed keeps its
// meaning through the stored UTC form.
#include "FuzzSupport.h"

#include "common/IsoDateTime.h"
#include "exchange/ImportedRow.h"

using namespace shotbook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString input = fuzz::text(data, size);
    if (const auto date = iso::parseDate(input)) {
        fuzz::require(date->isValid());
        fuzz::require(iso::formatDate(*date) == input);
    }
    if (const auto time = iso::parseTime(input)) {
        fuzz::require(time->isValid());
        fuzz::require(time->toString(QStringLiteral("HH:mm")) == input);
    }
    if (const auto at = iso::parseDateTime(input)) {
        fuzz::require(at->isValid());
        const QDateTime stored = iso::parseStoredUtc(iso::formatUtc(*at));
        fuzz::require(stored.isValid());
        // formatUtc() keeps whole seconds.
        fuzz::require(stored.toSecsSinceEpoch() == at->toSecsSinceEpoch());
        (void)iso::formatLocal(*at);
    }
    if (const auto at = ImportedRow::parseTime(input))
        fuzz::require(at->isValid());
    const QDateTime stored = iso::parseStoredUtc(input);
    if (stored.isValid())
        (void)iso::formatUtc(stored);
    return 0;
}
