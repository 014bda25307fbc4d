#pragma once

#include <QList>
#include <QString>

namespace shotbook {

// A rule the stored data must keep beyond what SQLite enforces. The query
// returns one row per record breaking it; its first column identifies the record.
struct Invariant
{
    QString description; // for people, e.g. "a weight outside 0.3–300 kg"
    QString offendingRowsSql;
};

} // namespace shotbook
