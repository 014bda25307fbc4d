#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shotbook {

// Where a shared record lives on a PostgreSQL server, as given to --db:
//   postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=verify-full&sslrootcert=FILE…]
//   postgresql:///DBNAME?service=NAME   (a libpq service file entry)
// HOST may be a Unix socket folder, percent-encoded (%2Fvar%2Frun%2Fpostgresql)
// or given as ?host=/path. A password is never taken from the command line:
// libpq reads it from ~/.pgpass or the service file.
struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(ServerLocation)

public:
    QString user;
    QString host;
    int port = -1; // the libpq default
    QString database;
    QString connectOptions; // "sslmode=verify-full;sslrootcert=…;service=…"

    // Whether the text names a server at all (the postgresql:// or
    // postgres:// scheme), so that a file name is never mistaken for one.
    static bool isServer(const QString &text);
    static Result<ServerLocation> parse(const QString &text);

    // For people and messages: the location without anything secret.
    QString display() const;
};

} // namespace shotbook
