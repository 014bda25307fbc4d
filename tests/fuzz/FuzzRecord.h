#pragma once

// Values of a record made from fuzzed fields (FuzzSupport.h's Fields), for
// the writers' targets: texts as typed, dates, times and instants through the
// parsers the CLI and the importer use, so that only dates a user can enter
// reach the writers (odd ones included: 0001-01-01, 9999-12-31, a time in the
// hour a daylight-saving change repeats).
#include "FuzzSupport.h"

#include "common/IsoDateTime.h"
#include "exchange/ImportedRow.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>
#include <optional>

namespace shotbook::fuzz {

inline QDate date(Fields &fields, const QDate &otherwise = QDate(2026, 3, 29))
{
    return iso::parseDate(fields.text()).value_or(otherwise);
}

inline std::optional<QDate> optionalDate(Fields &fields)
{
    return iso::parseDate(fields.text());
}

inline QDateTime instant(Fields &fields)
{
    return iso::parseDateTime(fields.text()).value_or(QDateTime(QDate(2026, 3, 29), QTime(8, 0)));
}

inline QTime time(Fields &fields)
{
    return iso::parseTime(fields.text()).value_or(QTime(8, 0));
}

// A number as the services take them: finite, and no larger than a million
// (every range they check is far inside).
inline double number(Fields &fields, double otherwise = 100.0)
{
    const auto value = ImportedRow::parseDose(fields.text());
    if (!value || std::fabs(*value) > 1e6)
        return otherwise;
    return *value;
}

} // namespace shotbook::fuzz
