#pragma once

#include <QString>

#include <optional>

namespace shotbook {

// What the first 100 bytes of a file say about it, read without opening it
// through SQLite, so that a file that is not ours is never touched.
struct SqliteHeader
{
    enum class Verdict
    {
        Empty,
        NotSqlite,
        Truncated,
        Sqlite
    };

    Verdict verdict = Verdict::NotSqlite;
    quint32 pageSize = 0;
    quint32 userVersion = 0;
    quint32 applicationId = 0;

    static std::optional<SqliteHeader> read(const QString &path);
};

} // namespace shotbook
