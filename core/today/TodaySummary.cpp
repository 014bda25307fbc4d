#include "TodaySummary.h"

#include "common/Clock.h"
#include "common/LocaleFormat.h"
#include "diary/HealthRecordService.h"
#include "patients/PatientRepository.h"
#include "regimen/DoseTiming.h"
#include "regimen/PatientSchedule.h"
#include "regimen/RegimenService.h"
#include "safety/SafetyService.h"
#include "sites/SiteService.h"
#include "stock/StockService.h"

#include <QLocale>

namespace shotbook {

namespace {

// A double dose stays on Today for a day.
constexpr qint64 DoubleDoseAlertSecs = 24 * 3600;

// The latest two doses of the last day that are closer than half the
// regimen's interval (the same rule as the too-soon refusal: doseTooClose).
std::optional<Warning> doubleDoseWithin(const PatientSchedule &schedule, const QDateTime &now)
{
    const QDateTime since = now.addSecs(-DoubleDoseAlertSecs);
    const Regimen *regimen = nullptr;
    for (const Regimen &candidate : schedule.regimens()) {
        if (candidate.start <= now.toLocalTime().date())
            regimen = &candidate;
    }
    if (!regimen)
        return std::nullopt;
    const qint64 half = regimen->intervalSecs() / 2;
    const QList<Injection> &injections = schedule.injections();
    for (qsizetype i = injections.size() - 1; i > 0; --i) {
        const Injection &later = injections.at(i);
        if (later.at > now || later.at < since)
            continue;
        const Injection &earlier = injections.at(i - 1);
        if (earlier.at < since || !doseTooClose({earlier.at}, later.at, half))
            continue;
        const auto who = [](const Injection &injection) {
            return injection.givenBy.isEmpty() ? QString()
                                               : TodayService::tr(" by %1").arg(injection.givenBy);
        };
        const auto when = [](const Injection &injection) {
            return locale::shortDateTime(injection.at);
        };
        return Warning{
            QStringLiteral("double-dose"),
            TodayService::tr("Double dose: %1 mg at %2%3 and %4 mg at %5%6, %n minute(s) apart. "
                             "Call the doctor or pharmacist for advice before the next dose.",
                             nullptr, static_cast<int>(earlier.at.secsTo(later.at) / 60))
                .arg(QLocale().toString(earlier.doseMg, 'g', 6), when(earlier), who(earlier),
                     QLocale().toString(later.doseMg, 'g', 6), when(later), who(later))};
    }
    return std::nullopt;
}

} // namespace

QString TodaySlot::id(State state)
{
    switch (state) {
    case State::Taken:
        return QStringLiteral("taken");
    case State::Missed:
        return QStringLiteral("missed");
    case State::DueNow:
        return QStringLiteral("due-now");
    case State::Due:
        break;
    }
    return QStringLiteral("due");
}

Warnings PatientToday::alerts() const
{
    Warnings out;
    if (doubleDose)
        out << *doubleDose;
    out << safety.warnings;
    if (labDue) {
        const QString date = QLocale().toString(*labDue, QLocale::LongFormat);
        out.append({QStringLiteral("lab-due"),
                    *labDue < day
                        ? TodayService::tr("A neutrophil blood count was due on %1.").arg(date)
                        : TodayService::tr("A neutrophil blood count is due on %1.").arg(date)});
    }
    return out;
}

Warnings TodaySummary::alerts() const
{
    Warnings out;
    if (current)
        out << current->alerts();
    for (const StockAlert &alert : stock.alerts)
        out.append({alert.code, alert.message});
    return out;
}

TodayService::TodayService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<PatientToday> TodayService::patient(const Patient &patient) const
{
    PatientToday today;
    today.patient = patient;
    const QDateTime now = m_clock.now();
    const QDate day = now.toLocalTime().date();
    today.day = day;

    const auto schedule =
        PatientSchedule::load(m_database, patient.id, day.addDays(-AdherenceDays), day.addDays(1));
    if (!schedule)
        return fail(schedule.error());
    today.hasRegimen = !schedule->regimens().isEmpty();
    today.advice = schedule->advice(now);
    if (today.advice.dueAt) {
        RegimenService regimens(m_database, m_clock);
        auto dose = regimens.doseOn(patient.id, today.advice.dueAt->toLocalTime().date());
        if (dose)
            today.dose = std::move(*dose);
        else
            today.doseError = dose.error();
    }

    const auto &slots = schedule->slots();
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const Slot &slot = slots.at(i);
        if (slot.due.toLocalTime().date() != day)
            continue;
        TodaySlot entry;
        entry.due = slot.due;
        if (const int by = schedule->matching().filledBy.at(i); by >= 0) {
            entry.state = TodaySlot::State::Taken;
            entry.injection = schedule->injections().at(by);
        } else if (slot.due.addSecs(slot.halfWindowSecs) < now) {
            entry.state = TodaySlot::State::Missed;
        } else if (slot.due <= now) {
            entry.state = TodaySlot::State::DueNow;
        }
        today.slots.append(entry);
    }
    today.recent = schedule->adherence(day.addDays(-(AdherenceDays - 1)), day, now);
    today.doubleDose = doubleDoseWithin(*schedule, now);

    SiteService sites(m_database, m_clock);
    const auto suggested = sites.suggest(patient.id);
    if (!suggested)
        return fail(suggested.error());
    today.suggestedSite = *suggested;

    SafetyService safety(m_database, m_clock);
    const auto state = safety.stateOn(patient.id, day);
    if (!state)
        return fail(state.error());
    today.safety = *state;

    HealthRecordService records(m_database, m_clock);
    const auto due = records.nextLabDue(patient.id);
    if (!due)
        return fail(due.error());
    if (*due && **due <= day.addDays(LabAlertDays))
        today.labDue = *due;
    return today;
}

Result<ReminderCheck> TodayService::reminders(const QDateTime &after, qint64 repeatSecs) const
{
    ReminderCheck check;
    const QDateTime now = m_clock.now();
    const QDate today = now.toLocalTime().date();
    PatientRepository patients(m_database, m_clock);
    const auto all = patients.list();
    if (!all)
        return fail(all.error());
    for (const Patient &patient : *all) {
        const auto schedule =
            PatientSchedule::load(m_database, patient.id, today.addDays(-1), today.addDays(1));
        if (!schedule)
            return fail(schedule.error());
        const auto due =
            remindersBetween(schedule->slots(), schedule->matching(), after, now, repeatSecs);
        // Only the latest of a patient: after a long sleep one notice says
        // it, not a burst of old ones.
        if (!due.isEmpty()) {
            DueReminder reminder;
            reminder.patient = patient;
            reminder.reminder = due.constLast();
            RegimenService regimens(m_database, m_clock);
            if (auto dose =
                    regimens.doseOn(patient.id, reminder.reminder.slot.due.toLocalTime().date()))
                reminder.dose = std::move(*dose);
            SafetyService safety(m_database, m_clock);
            const auto state = safety.stateOn(patient.id, today);
            if (!state)
                return fail(state.error());
            reminder.safety = *state;
            check.due.append(reminder);
        }
        if (const auto upcoming =
                nextReminderTime(schedule->slots(), schedule->matching(), now, repeatSecs);
            upcoming && (!check.next || *upcoming < *check.next))
            check.next = upcoming;
    }
    return check;
}

Result<TodaySummary> TodayService::summary(std::optional<qint64> currentPatientId) const
{
    TodaySummary summary;
    summary.now = m_clock.now();
    PatientRepository patients(m_database, m_clock);
    const auto all = patients.list();
    if (!all)
        return fail(all.error());
    for (const Patient &patient : *all) {
        auto today = this->patient(patient);
        if (!today)
            return fail(today.error());
        if (currentPatientId && patient.id == *currentPatientId)
            summary.current = std::move(*today);
        else
            summary.others.append(std::move(*today));
    }
    StockService stock(m_database, m_clock);
    const auto forecast = stock.status(std::nullopt);
    if (!forecast)
        return fail(forecast.error());
    summary.stock = *forecast;
    return summary;
}

} // namespace shotbook
