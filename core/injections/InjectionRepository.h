#pragma once

#include "Injection.h"
#include "common/Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

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
    // The patient's injections logged at exactly this second (an import
    // recognises the rows it already holds by them).
    static Result<QList<Injection>> atInstant(QSqlDatabase db, qint64 patientId,
                                              const QDateTime &at);
    // Every patient's, by patient then time (for exports).
    static Result<QList<Injection>> all(QSqlDatabase db);

    // atInstant() and insert() with their statements prepared once, for the
    // many rows of an import in one transaction.
    class Batch final
    {
        Q_DISABLE_COPY_MOVE(Batch)

    public:
        explicit Batch(QSqlDatabase db);
        Result<QList<Injection>> atInstant(qint64 patientId, const QDateTime &at);
        Result<qint64> insert(const Injection &injection);

    private:
        QSqlQuery m_find;
        QSqlQuery m_insert;
        bool m_findPrepared = false;
        bool m_insertPrepared = false;
    };
};

} // namespace shotbook
