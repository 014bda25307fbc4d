#pragma once

#include "common/Error.h"

#include <QSqlError>

namespace shotbook {

// A database error as a storage failure naming what was being done.
Error sqlError(const QSqlError &error, const char *doing);

} // namespace shotbook
