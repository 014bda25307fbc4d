#pragma once

#include "storage/Invariant.h"

namespace shotbook {

QList<Invariant> patientInvariants();

} // namespace shotbook
