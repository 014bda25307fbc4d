#include "Transaction.h"

#include "SqlError.h"

#include <QSqlQuery>

namespace shotbook {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock now, so a concurrent writer makes us wait
    // (busy timeout) at the start rather than fail halfway through.
    QSqlQuery begin(m_db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_open = true;
    } else {
        m_begun = fail(sqlError(begin.lastError(), "begin"));
    }
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_open) {
        if (!m_begun)
            return m_begun;
        return fail(Error::internal(QStringLiteral("no-transaction"),
                                    QStringLiteral("commit() called twice")));
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(sqlError(commit.lastError(), "commit"));
    m_open = false;
    return {};
}

} // namespace shotbook
