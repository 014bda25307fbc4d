#pragma once

#include "Confirmations.h"
#include "Injection.h"
#include "common/Error.h"
#include "common/Warning.h"
#include "regimen/Schedule.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Logging, changing and deleting injections: the rules and the writes, each
// one transaction. The GUI and the CLI both come through here.
//
// Refused unless the user confirms that very thing (Confirmations):
//  - double-dose: a second dose for a slot already filled;
//  - too-soon: less than half an interval from another dose;
//  - red-flag-open: a red-flag side effect is not resolved (the label says
//    stop and call the doctor);
//  - lot-expired: the chosen lot has expired.
// Warned (the GUI asks before logging, see warningsToConfirm()): dose-differs
// and above-label-max for the amount logged, room-temperature, and the
// label's other stops (infection-open, low-neutrophils, fever, renal-dosing),
// besides the site rotation's and the stock's warnings.
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

    // The refusals a person may lift by confirming them.
    static const QStringList &confirmableRefusals();
    // The warnings a person should read and confirm before an injection is
    // logged from the GUI (the CLI prints them).
    static const QStringList &warningsToConfirm();

    // Fills in defaults (now; the dose of the slot it fills), checks, writes.
    Result<Logged> log(qint64 patientId, const InjectionInput &input,
                       const Confirmations &confirmed);
    // Exactly what log() would do and say, with nothing written.
    Result<Logged> preview(qint64 patientId, const InjectionInput &input,
                           const Confirmations &confirmed);
    // Changes an injection under the same rules.
    Result<Logged> update(const Injection &changed, const Confirmations &confirmed);
    Result<Logged> previewUpdate(const Injection &changed, const Confirmations &confirmed);
    // Deletes an injection and returns it as it was (for undo).
    Result<Injection> remove(qint64 injectionId);
    // Puts an injection back exactly as it was, same id (undo/redo).
    Status restore(const Injection &injection);

    Result<Injection> get(qint64 injectionId) const;
    // A patient's injections from one day to another (both included, local
    // days), oldest first.
    Result<QList<Injection>> list(qint64 patientId, const QDate &from, const QDate &to) const;

    // The dose an injection at `at` defaults to: the dose of the slot it would
    // fill (so a late dose after a course ends is the course's), else the
    // dose of the regimen in force that day.
    Result<double> defaultDoseMg(qint64 patientId, const QDateTime &at);

private:
    Result<Injection> prepareNew(qint64 patientId, const InjectionInput &input);
    Result<Logged> write(Injection injection, const Confirmations &confirmed, bool isUpdate,
                         TooLongOut tooLongOut, bool commit);
    Result<Logged> writeInTransaction(Injection injection, const Confirmations &confirmed,
                                      bool isUpdate, TooLongOut tooLongOut);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
