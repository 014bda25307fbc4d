#pragma once

#include "common/Error.h"
#include "common/Warning.h"
#include "injections/Injection.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Imports an injection log from a CSV file: Shotbook's own injections.csv or
// another tracker's table (columns found by their names, see ImportColumns).
// Every row is read and checked first; any bad row and nothing is imported,
// with every problem named by line and column. Then all rows are written in
// one transaction.
//
// An import records history: it takes no syringes from today's stock (the
// lot is kept as recorded), and the double-dose and too-soon questions,
// which are about logging a dose now, are not asked. A row that is already
// in the log (same patient, second, site and dose) is counted as already
// present and not written again, so an import can be repeated safely; a row
// at the same second as a different injection is refused.
class InjectionImport final
{
    Q_DECLARE_TR_FUNCTIONS(InjectionImport)
    Q_DISABLE_COPY_MOVE(InjectionImport)

public:
    // Problems listed at most; the rest are counted.
    static constexpr int MaxListedProblems = 1000;

    InjectionImport(Database &database, const Clock &clock);

    struct Options
    {
        // The patient every row belongs to (--patient); without it rows go
        // to the patient their patient column names, or the only patient.
        // Into a database without any patient, the patients the file names
        // are added.
        std::optional<qint64> patientId;
        bool dryRun = false;         // check and count, write nothing
        bool keepInjections = false; // return what was written (for undo)
    };

    struct Report
    {
        int rows = 0;
        int imported = 0;
        int alreadyPresent = 0;
        QStringList createdPatients;
        QList<Injection> injections; // written, when keepInjections
        Warnings warnings;
    };

    Result<Report> run(const QString &path, const Options &options);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
