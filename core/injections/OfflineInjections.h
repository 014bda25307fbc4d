#pragma once

#include "Injection.h"
#include "InjectionLog.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shotbook {

class Clock;
class Database;
class Outbox;
struct OutboxEntry;

// Doses logged while the shared record could not be reached. The dose was
// given, so it is never lost and never refused later: it waits in the outbox
// on this computer and is recorded on the server, oldest first, as soon as
// the server is back, with every refusal confirmed (it happened) and every
// warning kept. When another caregiver logged that slot meanwhile, the
// double-dose warning comes back with both entries (and Today shows the
// double dose to every window: TodaySummary).
class OfflineInjections final
{
    Q_DECLARE_TR_FUNCTIONS(OfflineInjections)

public:
    static QString kind() { return QStringLiteral("injection"); }

    // Keeps one dose for `server` (its time: now unless given).
    static Result<qint64> keep(Outbox &outbox, const Database &server, qint64 patientId,
                               InjectionInput input, const Clock &clock);

    struct Sent
    {
        qint64 entryId = 0;
        qint64 patientId = 0;
        InjectionInput input;
        std::optional<InjectionLog::Logged> logged; // set when the server has it now
        std::optional<Error> error;                 // why it stays in the outbox
        bool alreadyThere = false;                  // sent before; the outbox had not heard
        bool doubleDose() const;
    };
    // Sends what waits for `server`. Stops at the first failure to reach the
    // server (the rest waits); an entry the server refuses for good stays,
    // with its reason.
    static Result<QList<Sent>> send(Database &server, Outbox &outbox, const Clock &clock);

    static QJsonObject toJson(qint64 patientId, const InjectionInput &input);
    static std::optional<std::pair<qint64, InjectionInput>> fromJson(const QJsonObject &json);
};

} // namespace shotbook
