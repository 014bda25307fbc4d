#pragma once

#include <QJsonValue>
#include <QString>

namespace shotbook::cli {

// JSON on one line with ", " and ": " separators ({"id": 1, "warnings": []}),
// keys sorted, integers without a decimal point.
QString toJsonText(const QJsonValue &value);

// mg, kg and mL to at most two decimals (spec/cli.md), for JSON and text.
double twoDecimals(double value);
QString decimalText(double value); // "24.6", "100": `.` whatever the locale

} // namespace shotbook::cli
