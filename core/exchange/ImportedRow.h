#pragma once

#include "CsvReader.h"
#include "ImportColumns.h"
#include "common/Error.h"
#include "injections/Injection.h"

#include <QCoreApplication>

#include <optional>

namespace shotbook {

// One row of an imported injection log, read and checked against the same
// rules as an injection logged by hand (InjectionRules), with every problem
// named by line and column. The patient is resolved by the caller.
struct ImportedRow
{
    Q_DECLARE_TR_FUNCTIONS(ImportedRow)

public:
    qint64 line = 0;
    QString patientName;     // the patient column's text, empty when there is none
    Injection injection;     // patientId and createdAt left for the caller
    QString assumedSiteName; // the site's words when the zone's half was assumed

    static std::expected<ImportedRow, QList<ErrorDetail>>
    parse(const ImportColumns::Mapping &mapping, const CsvReader::Record &record,
          const QDateTime &now);

    // YYYY-MM-DDTHH:MM[:SS[.fff]] or with a space for the T, in local time
    // or with Z or an offset.
    static std::optional<QDateTime> parseTime(const QString &text);
    // "100", "37.5", "37.5 mg"; `.` is the decimal mark.
    static std::optional<double> parseDose(const QString &text);
};

} // namespace shotbook
