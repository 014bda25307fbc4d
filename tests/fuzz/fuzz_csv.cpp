// The CSV importer's reading half: records, the column mapping of the header
// and every row's parse, on any bytes. Nothing may crash, hang or read out of
// bounds; every record holds at least one field and lines only go forward.
#include "FuzzSupport.h"

#include "exchange/CsvReader.h"
#include "exchange/ImportColumns.h"
#include "exchange/ImportedRow.h"

#include <QBuffer>
#include <QTimeZone>

using namespace shotbook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    reader.detectDelimiter();
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    std::optional<ImportColumns::Mapping> mapping;
    qint64 lastLine = 0;
    int records = 0;
    for (;;) {
        const auto record = reader.next();
        fuzz::require(reader.position() <= qint64(size));
        if (!record) {
            fuzz::require(!record.error().message.isEmpty());
            if (++records > 100000)
                break;
            continue;
        }
        if (!*record)
            break;
        const CsvReader::Record &r = **record;
        fuzz::require(!r.fields.isEmpty());
        fuzz::require(r.line > lastLine);
        lastLine = r.line;
        if (!mapping) {
            const auto mapped = ImportColumns::map(r.fields, r.line);
            if (!mapped)
                break;
            mapping = *mapped;
        } else {
            (void)ImportedRow::parse(*mapping, r, now);
        }
        if (++records > 100000)
            break;
    }
    return 0;
}
