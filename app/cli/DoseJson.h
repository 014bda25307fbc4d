#pragma once

#include "regimen/DoseCalculator.h"

#include <QJsonObject>

namespace shotbook::cli {

// A dose as `dose show` prints it (and `today` inside its "dose").
QJsonObject doseJson(const DoseCalculation &dose);

} // namespace shotbook::cli
