#include "CalendarExport.h"

#include "ICalendarExport.h"
#include "NewFile.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "diary/HealthRecordService.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "storage/Database.h"

namespace shotbook {

CalendarExport::CalendarExport(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<CalendarExport::Written> CalendarExport::write(qint64 patientId, const QString &out,
                                                      std::optional<QDate> from,
                                                      std::optional<QDate> to)
{
    if (from && to && *from > *to)
        return fail(Error::rejected(QStringLiteral("invalid-range"),
                                    tr("The first day %1 is after the last day %2.")
                                        .arg(iso::formatDate(*from), iso::formatDate(*to))));
    const auto path = NewFile::checkPath(out);
    if (!path)
        return fail(path.error());
    PatientRepository patients(m_database, m_clock);
    const auto patient = patients.get(patientId);
    if (!patient)
        return fail(patient.error());
    RegimenService regimens(m_database, m_clock);
    const auto history = regimens.history(patientId);
    if (!history)
        return fail(history.error());
    if (history->isEmpty())
        return fail(Error::rejected(QStringLiteral("no-regimen"),
                                    tr("%1 has no regimen, so there are no dose times to "
                                       "export; set one first.")
                                        .arg(patient->name)));

    ICalendarInput input;
    input.patientName = patient->name;
    input.regimens = *history;
    input.from = from;
    input.to = to;
    input.stamp = m_clock.now();
    // The blood tests still to come; one that is overdue shows today.
    HealthRecordService records(m_database, m_clock);
    const auto labDates = records.upcomingLabDates(patientId);
    if (!labDates)
        return fail(labDates.error());
    const QDate today = m_clock.today();
    for (const QDate &date : *labDates) {
        const bool overdue = date < today;
        if (overdue && date != labDates->constFirst())
            continue;
        input.dayEvents.append(
            {QStringLiteral("lab-anc-%1@shotbook").arg(iso::formatDate(date)),
             overdue ? today : date,
             overdue ? tr("Blood test overdue (due %1): neutrophil count (%2)")
                           .arg(iso::formatDate(date), patient->name)
                     : tr("Blood test due: neutrophil count (%1)").arg(patient->name),
             tr("Anakinra can lower the neutrophils: a count is due before the start, monthly "
                "for 3 months, then every 3 months up to a year.")});
    }
    const ICalendarFile calendar = ICalendarExport::build(input);
    if (auto written = NewFile::write(*path, calendar.text.toUtf8()); !written)
        return fail(written.error());
    return Written{*path, calendar.events - calendar.dayEvents, calendar.dayEvents};
}

} // namespace shotbook
