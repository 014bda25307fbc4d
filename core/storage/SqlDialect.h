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
    };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {}

    Engine engine() const { return m_engine; }

    // IMMEDIATE takes SQLite's write lock at the start, so a concurrent writer
    // makes us wait (busy timeout) there rather than fail halfway through.
    QString begin() const { return QStringLiteral("BEGIN IMMEDIATE"); }
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

private:
    Engine m_engine;
};

} // namespace shotbook
