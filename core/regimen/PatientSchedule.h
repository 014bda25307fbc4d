#pragma once

#include "Adherence.h"
#include "DoseAdvice.h"
#include "Regimen.h"
#include "Schedule.h"
#include "common/Error.h"
#include "injections/Injection.h"

namespace shotbook {

class Database;

// A patient's due slots and injections over a span of days, matched: the
// data behind adherence, missed-dose advice and the double-dose check.
class PatientSchedule final
{
public:
    // Loads every regimen, and the slots and injections from `from` to `to`
    // with two days to spare on either side.
    static Result<PatientSchedule> load(Database &database, qint64 patientId, const QDate &from,
                                        const QDate &to);

    const QList<Regimen> &regimens() const { return m_regimens; }
    const QList<Slot> &slots() const { return m_slots; }
    const QList<Injection> &injections() const { return m_injections; }
    const SlotMatching &matching() const { return m_matching; }

    AdherenceReport adherence(const QDate &from, const QDate &to, const QDateTime &now) const;
    DoseAdvice advice(const QDateTime &now) const;
    SlotFit fit(const QDateTime &at) const;
    // The slot an injection filled, if any.
    std::optional<Slot> slotOf(qint64 injectionId) const;

private:
    QList<Regimen> m_regimens;
    QList<Slot> m_slots;
    QList<Injection> m_injections;
    QList<QDateTime> m_times;
    SlotMatching m_matching;
};

} // namespace shotbook
