#include "Transaction.h"

#include "Database.h"
#include "SqlError.h"

#include <QSqlQuery>

namespace shotbook {

namespace {

Status execute(Database &database, const QString &sql, const char *doing)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return fail(sqlError(query.lastError(), doing));
    return {};
}

} // namespace

Transaction::Transaction(Database &database)
    : m_database(database)
{
    const int level = m_database.m_transactionDepth + 1;
    const SqlDialect &dialect = m_database.dialect();
    const QString sql = level == 1 ? dialect.begin() : dialect.savepoint(level);
    m_begun = execute(m_database, sql, level == 1 ? "begin" : "begin a step");
    if (!m_begun)
        return;
    m_level = level;
    m_open = true;
    m_afterCommitMark = m_database.m_afterCommit.size();
    m_database.m_transactionDepth = level;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

void Transaction::rollback()
{
    const SqlDialect &dialect = m_database.dialect();
    if (m_level == 1) {
        (void)execute(m_database, dialect.rollback(), "roll back");
        m_database.m_afterCommit.clear();
    } else {
        (void)execute(m_database, dialect.rollbackToSavepoint(m_level), "roll back a step");
        (void)execute(m_database, dialect.releaseSavepoint(m_level), "roll back a step");
        m_database.m_afterCommit.resize(m_afterCommitMark);
    }
    m_database.m_transactionDepth = m_level - 1;
    m_open = false;
}

Status Transaction::commit()
{
    if (!m_open) {
        if (!m_begun)
            return m_begun;
        return fail(Error::internal(QStringLiteral("no-transaction"),
                                    QStringLiteral("commit() called twice")));
    }
    if (m_database.m_transactionDepth != m_level)
        return fail(Error::internal(QStringLiteral("transaction-order"),
                                    QStringLiteral("a transaction scope was committed while a "
                                                   "scope inside it was still open")));
    const SqlDialect &dialect = m_database.dialect();
    const bool outermost = m_level == 1;
    if (auto done =
            execute(m_database, outermost ? dialect.commit() : dialect.releaseSavepoint(m_level),
                    outermost ? "commit" : "finish a step");
        !done) {
        rollback();
        return done;
    }
    m_open = false;
    m_database.m_transactionDepth = m_level - 1;
    if (outermost)
        m_database.runAfterCommit();
    return {};
}

} // namespace shotbook
