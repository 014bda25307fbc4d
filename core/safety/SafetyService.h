#pragma once

#include "SafetyStops.h"
#include "common/Error.h"

#include <QDate>

namespace shotbook {

class Clock;
class Database;

// Loads what SafetyStops needs for a patient, for Today, `next`, `dose show`
// and logging an injection.
class SafetyService final
{
    Q_DISABLE_COPY_MOVE(SafetyService)

public:
    SafetyService(Database &database, const Clock &clock);

    Result<SafetyState> stateOn(qint64 patientId, const QDate &day) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
