#pragma once

#include "ReportData.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace shotbook {

class Clock;
class Database;

// Gathers the doctor's report for one patient and period from the same
// services and core rules the views use (PatientSchedule's adherence,
// ActivityScore, Labs, MedicineCatalog, ChartSource): nothing here is
// worked out a second way.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
    Q_DISABLE_COPY_MOVE(ReportBuilder)

public:
    ReportBuilder(Database &database, const Clock &clock);

    Result<ReportData> build(const ReportOptions &options) const;

    // The period a report covers by default: the last 90 days.
    static constexpr int DefaultDays = 90;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
