#pragma once

#include "Injection.h"
#include "common/Error.h"

#include <QList>
#include <QSqlDatabase>

namespace shotbook {

// Injection rows. Writers run inside the caller's transaction, so that an
// injection and what goes with it (stock) are written together or not at all.
class InjectionRepository final
{
public:
    // A zero id lets the database choose one.
    static Result<qint64> insert(QSqlDatabase db, const Injection &injection);
    // Many at once through one prepared statement (the sample data); gives
    // each injection the id the database chose. Stock is the caller's.
    static Status insertAll(QSqlDatabase db, QList<Injection> &injections);
    static Status update(QSqlDatabase db, const Injection &injection);
    static Status remove(QSqlDatabase db, qint64 id);
    static Result<Injection> get(QSqlDatabase db, qint64 id);
    // Oldest first; from and to are instants (inclusive, exclusive).
    static Result<QList<Injection>> between(QSqlDatabase db, qint64 patientId,
                                            const QDateTime &from, const QDateTime &to);
};

} // namespace shotbook
