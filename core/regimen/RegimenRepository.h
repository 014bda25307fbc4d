#pragma once

#include "Regimen.h"
#include "common/Error.h"

#include <QList>
#include <QSqlDatabase>

namespace shotbook {

// Regimen rows, written inside the caller's transaction. A new regimen
// replaces the current one from its start date; the old ones stay as history.
class RegimenRepository final
{
public:
    // Stores a regimen already checked by RegimenRules. A non-zero id puts a
    // regimen back under the id it had (redo after undo).
    static Result<qint64> insert(QSqlDatabase db, const Regimen &regimen);
    static Status remove(QSqlDatabase db, qint64 id);
    // Every regimen of the patient, by start date then id.
    static Result<QList<Regimen>> history(QSqlDatabase db, qint64 patientId);
};

// The regimen in force on a day: the one with the latest start on or before
// it (the later-entered one when two start the same day), unless its course
// ended before the day.
std::optional<Regimen> regimenOn(const QList<Regimen> &history, const QDate &day);

} // namespace shotbook
