#pragma once

#include <QJsonValue>
#include <QString>

namespace shotbook::cli {

// JSON on one line with ", " and ": " separators ({"id": 1, "warnings": []}),
// keys sorted, integers without a decimal point.
QString toJsonText(const QJsonValue &value);

} // namespace shotbook::cli
