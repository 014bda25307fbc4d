#pragma once

#include "regimen/DoseAdvice.h"

#include <QString>

namespace shotbook::cli {

// The missed-dose advice in words, for `next` and `today`.
QString adviceText(const DoseAdvice &advice, bool hasRegimen);

} // namespace shotbook::cli
