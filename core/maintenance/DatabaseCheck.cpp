#include "DatabaseCheck.h"

#include "patients/PatientInvariants.h"
#include "stock/StockInvariants.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace shotbook {

namespace {

QList<Invariant> allInvariants()
{
    QList<Invariant> invariants;
    invariants << patientInvariants() << stockInvariants();
    return invariants;
}

constexpr int MaxListedIds = 10;

} // namespace

Result<CheckReport> DatabaseCheck::run(Database &database)
{
    CheckReport report;
    QSqlQuery query(database.connection());

    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(sqlError(query.lastError(), "check the file's integrity"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << tr("SQLite integrity: %1").arg(line);
    }

    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(sqlError(query.lastError(), "check the links between records"));
    while (query.next())
        report.problems << tr("Record %1 in table %2 refers to a missing record in table %3.")
                               .arg(query.value(1).toString(), query.value(0).toString(),
                                    query.value(2).toString());

    for (const Invariant &invariant : allInvariants()) {
        if (!query.exec(invariant.offendingRowsSql))
            return fail(sqlError(query.lastError(), "check the records"));
        QStringList ids;
        int count = 0;
        while (query.next()) {
            if (++count <= MaxListedIds)
                ids << query.value(0).toString();
        }
        if (count > 0)
            report.problems << tr("%n record(s) with %1 (id %2)", nullptr, count)
                                   .arg(invariant.description, ids.join(QStringLiteral(", ")));
    }
    return report;
}

} // namespace shotbook
