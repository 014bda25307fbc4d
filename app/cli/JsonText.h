#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace shotbook::cli {

// JSON on one line with ", " and ": " separators ({"id": 1, "warnings": []}),
// keys sorted, integers without a decimal point.
QString toJsonText(const QJsonValue &value);

// mg, kg and mL to at most two decimals (spec/cli.md), for JSON and text.
double twoDecimals(double value);
QString decimalText(double value); // "24.6", "100": `.` whatever the locale
// A local date and time for people, in the locale's short form, without
// seconds (JSON keeps ISO 8601).
QString peopleTime(const QDateTime &time);

} // namespace shotbook::cli
