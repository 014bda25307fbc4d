#include "PatientSchedule.h"

#include "RegimenRepository.h"
#include "injections/InjectionRepository.h"
#include "storage/Database.h"

namespace shotbook {

namespace {
constexpr int SpareDays = 2;
}

Result<PatientSchedule> PatientSchedule::load(Database &database, qint64 patientId,
                                              const QDate &from, const QDate &to)
{
    QSqlDatabase db = database.connection();
    PatientSchedule schedule;
    auto regimens = RegimenRepository::history(db, patientId);
    if (!regimens)
        return fail(regimens.error());
    schedule.m_regimens = std::move(*regimens);

    const QDate first = from.addDays(-SpareDays);
    const QDate last = to.addDays(SpareDays);
    schedule.m_slots = dueSlots(schedule.m_regimens, first, last);
    const auto injections =
        InjectionRepository::between(db, patientId, localDateTime(first, QTime(0, 0)),
                                     localDateTime(last.addDays(1), QTime(0, 0)));
    if (!injections)
        return fail(injections.error());
    schedule.m_injections = *injections;
    for (const Injection &injection : schedule.m_injections)
        schedule.m_times.append(injection.at);
    schedule.m_matching = matchInjections(schedule.m_slots, schedule.m_times);
    return schedule;
}

AdherenceReport PatientSchedule::adherence(const QDate &from, const QDate &to,
                                           const QDateTime &now) const
{
    return computeAdherence(m_slots, m_matching, m_times, from, to, now);
}

DoseAdvice PatientSchedule::advice(const QDateTime &now) const
{
    return adviseNextDose(m_slots, m_matching, m_times, now);
}

SlotFit PatientSchedule::fit(const QDateTime &at) const
{
    return fitInjection(m_slots, m_matching, at);
}

std::optional<Slot> PatientSchedule::slotOf(qint64 injectionId) const
{
    for (qsizetype i = 0; i < m_injections.size(); ++i) {
        if (m_injections.at(i).id == injectionId) {
            const int slot = m_matching.slotOf.at(i);
            if (slot >= 0)
                return m_slots.at(slot);
            return std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace shotbook
