#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shotbook {

class Clock;
class Database;

struct DemoOptions
{
    int years = 2;
    int patients = 2;
    quint64 seed = 1;
};

struct DemoSummary
{
    QString path;
    QList<qint64> patientIds;
    int injections = 0;
    int missedDoses = 0;
    int diaryValues = 0;
    int lots = 0;
    int siteReactions = 0;
    int sideEffects = 0;
    int redFlags = 0;
};

// A realistic sample database to explore Shotbook with (and to judge its
// charts on): patients alternate between an adult with rheumatoid arthritis
// on 100 mg a day and a child with NOMID from infancy; every record ends
// today (the clock's). The same seed and clock give the same data. Written
// through the repositories and services, so it passes `check`.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr int MaxYears = 40;
    static constexpr int MaxPatients = 8;

    static Status checkOptions(const DemoOptions &options);
    // Writes a new database file, never over an existing one: built under a
    // temporary name in the same folder and renamed when complete.
    static Result<DemoSummary> write(const QString &path, const DemoOptions &options,
                                     const Clock &clock);
    // Fills an open database that holds no patient, in one transaction.
    static Result<DemoSummary> fill(Database &database, const DemoOptions &options,
                                    const Clock &clock);
};

} // namespace shotbook
