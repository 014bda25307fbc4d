#pragma once

#include "common/Error.h"

#include <QtGlobal>

namespace shotbook {

class Database;

// One user action = one transaction, however many services it calls: the
// outermost scope on a database begins the transaction and commit() writes it
// all; a scope opened inside another is a savepoint, so a service can be
// called on its own or as one step of a larger action with the same code.
// Leaving a scope without commit() undoes what was done inside it (and, for
// the outermost, everything). The SQL for this lives in the storage dialect.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &database);
    ~Transaction();

    // Fails when the scope could not be opened (e.g. the database stayed
    // locked past the busy timeout); check it before writing.
    Status begun() const { return m_begun; }
    Status commit();
    // 1 for the outermost scope, 2 for one inside it, …; 0 when not begun.
    int level() const { return m_level; }

    // Runs `work` (returning a Result or a Status) inside one scope: committed
    // when it succeeds, undone when it fails or the scope cannot be opened.
    template <typename Work>
    static auto run(Database &database, Work &&work) -> decltype(work())
    {
        Transaction transaction(database);
        if (auto begun = transaction.begun(); !begun)
            return fail(begun.error());
        auto result = work();
        if (!result)
            return result;
        if (auto committed = transaction.commit(); !committed)
            return fail(committed.error());
        return result;
    }

private:
    void rollback();

    Database &m_database;
    Status m_begun;
    int m_level = 0;
    qsizetype m_afterCommitMark = 0;
    bool m_open = false;
};

} // namespace shotbook
