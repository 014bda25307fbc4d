#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace shotbook {

class Database;

// How many rows of one table went to the server.
struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// A local SQLite record copied into an empty shared record on a server
// (`shotbook-cli share`), the reverse of copyServerInto. All or nothing: one
// consistent read of the file, one transaction on the server that locks every
// table against other writers, refuses a server record that already holds
// anything, puts every row in under its own id (the server's id sequences
// move past them), compares every table's row count with the file's and runs
// `beforeCommit` (the full check of the server's copy) before it commits.
// Both records must be at the same schema version (both opened by this
// Shotbook, so both at its version).
class ServerUpload final
{
    Q_DECLARE_TR_FUNCTIONS(ServerUpload)

public:
    static Result<QList<TableCount>> copyFileInto(Database &file, Database &server,
                                                  const std::function<Status()> &beforeCommit);
};

} // namespace shotbook
