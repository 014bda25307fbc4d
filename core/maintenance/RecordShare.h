#pragma once

#include "common/Error.h"
#include "storage/ServerUpload.h"

#include <QCoreApplication>
#include <QList>

namespace shotbook {

class Database;

struct ShareSummary
{
    qint64 patients = 0;
    qint64 injections = 0;
    QList<TableCount> tables; // every table's rows, as copied
};

// Moving a local record onto a shared server (`shotbook-cli share`): the file
// must pass the full check first; then it is copied in one transaction that
// commits only when the server's copy has the same rows in every table and
// passes the same full check. On any failure the server holds no records.
class RecordShare final
{
    Q_DECLARE_TR_FUNCTIONS(RecordShare)

public:
    static Result<ShareSummary> copy(Database &file, Database &server);
};

} // namespace shotbook
