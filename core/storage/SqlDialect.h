#pragma once

#include <QString>

namespace shotbook {

// The SQL that differs between database engines, kept here so that
// repositories and services never write it: how a transaction starts, nests
// and ends. Today SQLite only; a server backend adds its own.
class SqlDialect final
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres, // a shared record on a server (Qt's QPSQL driver)
    };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {}

    Engine engine() const { return m_engine; }

    // IMMEDIATE takes SQLite's write lock at the start, so a concurrent writer
    // makes us wait (busy timeout) there rather than fail halfway through.
    // PostgreSQL's writers take row and advisory locks instead (lock()).
    QString begin() const
    {
        return m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
    }
    QString commit() const { return QStringLiteral("COMMIT"); }
    QString rollback() const { return QStringLiteral("ROLLBACK"); }
    QString savepoint(int level) const { return QStringLiteral("SAVEPOINT step%1").arg(level); }
    QString releaseSavepoint(int level) const
    {
        return QStringLiteral("RELEASE SAVEPOINT step%1").arg(level);
    }
    QString rollbackToSavepoint(int level) const
    {
        return QStringLiteral("ROLLBACK TO SAVEPOINT step%1").arg(level);
    }

    // An exclusive lock for the rest of the transaction on one thing (a
    // patient's doses, the stock), or empty where the transaction itself is
    // already exclusive (SQLite's BEGIN IMMEDIATE).
    QString lock(qint32 what, qint32 id) const
    {
        if (m_engine == Engine::Sqlite)
            return {};
        return QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(what).arg(id);
    }

    // A table or column name as SQL text: in double quotes, which both
    // engines take (SQL's standard), any quote inside doubled.
    static QString quotedName(const QString &name)
    {
        return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    }

private:
    Engine m_engine;
};

} // namespace shotbook
