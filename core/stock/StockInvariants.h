#pragma once

#include "storage/Invariant.h"

namespace shotbook {

QList<Invariant> stockInvariants();

} // namespace shotbook
