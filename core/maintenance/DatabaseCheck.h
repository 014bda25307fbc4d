#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace shotbook {

class Database;

struct CheckReport
{
    QStringList problems; // empty when everything holds
    bool ok() const { return problems.isEmpty(); }
};

// The full check behind `shotbook-cli check`: SQLite's own integrity and
// foreign-key checks, then every capability's invariants.
class DatabaseCheck final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    static Result<CheckReport> run(Database &database);
};

} // namespace shotbook
