#include "RecordShare.h"

#include "DatabaseCheck.h"
#include "storage/Database.h"

namespace shotbook {

Result<ShareSummary> RecordShare::copy(Database &file, Database &server)
{
    const auto before = DatabaseCheck::run(file);
    if (!before)
        return fail(before.error());
    if (!before->ok())
        return fail(Error::storage(
            QStringLiteral("check-failed"),
            tr("%1 fails its check (%2), so it is not copied; see \"shotbook-cli check\", or "
               "restore a backup first. Nothing was copied.")
                .arg(file.path(), before->problems.constFirst())));
    const auto copied = ServerUpload::copyFileInto(file, server, [&]() -> Status {
        const auto after = DatabaseCheck::run(server);
        if (!after)
            return fail(after.error());
        if (!after->ok())
            return fail(
                Error::storage(QStringLiteral("check-failed"),
                               tr("The copy on %1 fails its check (%2). Nothing was copied.")
                                   .arg(server.path(), after->problems.constFirst())));
        return {};
    });
    if (!copied)
        return fail(copied.error());
    ShareSummary summary;
    summary.tables = *copied;
    for (const TableCount &table : *copied) {
        if (table.table == QLatin1String("patients"))
            summary.patients = table.rows;
        else if (table.table == QLatin1String("injections"))
            summary.injections = table.rows;
    }
    return summary;
}

} // namespace shotbook
