#pragma once

#include "Injection.h"
#include "common/Error.h"
#include "common/Warning.h"
#include "regimen/Schedule.h"

#include <QCoreApplication>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Logging, changing and deleting injections: the rules (valid input, no
// second dose for a filled slot unless confirmed) and the writes, each one
// transaction. The GUI and the CLI both come through here.
class InjectionLog final
{
    Q_DECLARE_TR_FUNCTIONS(InjectionLog)
    Q_DISABLE_COPY_MOVE(InjectionLog)

public:
    InjectionLog(Database &database, const Clock &clock);

    struct Logged
    {
        Injection injection;
        std::optional<Slot> slot; // the due slot it filled
        Warnings warnings;
    };

    // Fills in defaults (now; the regimen's dose), checks, writes. A dose for
    // a slot that is already filled is refused ("double-dose") unless forced.
    Result<Logged> log(qint64 patientId, const InjectionInput &input, bool force);
    // Changes an injection under the same rules.
    Result<Logged> update(const Injection &changed, bool force);
    // Deletes an injection and returns it as it was (for undo).
    Result<Injection> remove(qint64 injectionId);
    // Puts an injection back exactly as it was, same id (undo/redo).
    Status restore(const Injection &injection);

private:
    Result<Logged> write(Injection injection, bool force, bool isUpdate);
    Result<Logged> writeInTransaction(Injection injection, bool force, bool isUpdate);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
