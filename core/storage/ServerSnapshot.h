#pragma once

#include "common/Error.h"

#include <QString>

namespace shotbook {

class Database;

// A shared record on a server copied into an ordinary local SQLite file
// (`backup --out FILE` of a server record): one consistent view of the
// server (a repeatable-read transaction), every table's rows under their own
// ids, written in one transaction into `emptyFile` (an empty file), which
// Shotbook makes a record of the same version first. Used by
// Database::snapshotTo.
Status copyServerInto(const Database &server, const QString &emptyFile);

} // namespace shotbook
