#pragma once

#include "HealthRecords.h"
#include "common/Error.h"
#include "common/Warning.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Side effects (with red flags), infections, blood tests and other
// medicines: what the rheumatologist asks about at every visit. Each write is
// one transaction, checked first.
class HealthRecordService final
{
    Q_DECLARE_TR_FUNCTIONS(HealthRecordService)
    Q_DISABLE_COPY_MOVE(HealthRecordService)

public:
    HealthRecordService(Database &database, const Clock &clock);

    static const QStringList &severities(); // mild, moderate, severe
    static QString severityName(const QString &id);

    template <typename T>
    struct Recorded
    {
        T record;
        Warnings warnings;
    };

    // The term is recognised (SideEffectCatalog, RedFlagMatcher): red_flag
    // for a confident red flag, or when input.redFlag says the user marked it
    // one; a possible red flag not marked warns red-flag-possible.
    Result<Recorded<SideEffect>> addSideEffect(const SideEffect &input);
    Status acknowledgeRedFlag(qint64 id);
    Status unacknowledgeRedFlag(qint64 id);                        // undo
    Result<QList<SideEffect>> sideEffects(qint64 patientId) const; // newest first
    Result<QList<SideEffect>> unacknowledgedRedFlags(qint64 patientId) const;

    // Warns "tell-doctor" unless the doctor has been told.
    Result<Recorded<Infection>> addInfection(const Infection &input);
    Result<QList<Infection>> infections(qint64 patientId) const;

    Result<Recorded<LabResult>> addLab(const LabResult &input);
    Result<QList<LabResult>> labs(qint64 patientId) const; // newest first
    // The next neutrophil count due, from the first regimen's start; none when
    // there is no regimen or the year of monitoring is complete.
    Result<std::optional<QDate>> nextLabDue(qint64 patientId) const;
    // The scheduled neutrophil counts from the next due one on (for calendars).
    Result<QList<QDate>> upcomingLabDates(qint64 patientId) const;

    Result<Recorded<Medicine>> addMedicine(const Medicine &input);
    Result<QList<Medicine>> medicines(qint64 patientId) const;

    // A side effect resolved, an infection over, a medicine stopped: on a day
    // that has come, not before the record began ("invalid-date"); an
    // unknown id is "unknown-id". `doctorTold` is for infections.
    Status endRecord(RecordKind kind, qint64 id, const QDate &day, bool doctorTold = false);
    // Undo of endRecord: the record is open again.
    Status reopenRecord(RecordKind kind, qint64 id);
    // Undo of an add, for the GUI's undo stack.
    Status removeRecord(RecordKind kind, qint64 id);
    static QString kindName(RecordKind kind); // "side effect", for messages

private:
    Result<QDate> startOf(RecordKind kind, qint64 id) const;
    Status checkPatientAndDate(qint64 patientId, const QDate &date, const char *field) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
