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
    const auto engine = database.integrityProblems();
    if (!engine)
        return fail(engine.error());
    report.problems << *engine;
    QSqlQuery query(database.connection());
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
