#pragma once

#include "common/Error.h"
#include "common/Warning.h"
#include "injections/Injection.h"
#include "patients/Patient.h"
#include "regimen/Adherence.h"
#include "regimen/DoseAdvice.h"
#include "regimen/DoseCalculator.h"
#include "regimen/Reminders.h"
#include "safety/SafetyStops.h"
#include "stock/StockForecast.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// One of today's due doses and what became of it.
struct TodaySlot
{
    enum class State
    {
        Taken,
        Missed,
        DueNow,
        Due
    };
    QDateTime due;
    State state = State::Due;
    std::optional<Injection> injection; // the one that filled it

    static QString id(State state); // taken, missed, due-now, due
};

// How one patient stands today: everything Today, the tray reminders and
// `shotbook-cli today` show, computed once, here.
struct PatientToday
{
    Patient patient;
    QDate day; // today
    bool hasRegimen = false;
    DoseAdvice advice;
    std::optional<DoseCalculation> dose; // the next dose (for advice.dueAt's day)
    std::optional<Error> doseError;      // why there is none (e.g. no weight)
    std::optional<QString> suggestedSite;
    SafetyState safety;
    std::optional<QDate> labDue; // the next neutrophil count, if due within the alert window
    // Two doses closer than half an interval within the last day (a second
    // dose confirmed, or two caregivers, one of them offline): code
    // double-dose, naming both.
    std::optional<Warning> doubleDose;
    QList<TodaySlot> slots; // today's
    AdherenceReport recent; // the last AdherenceDays days

    bool overdue() const { return advice.kind == DoseAdvice::Kind::TakeNow; }
    // The patient's alerts: a double dose, the label's stops, a blood test due.
    Warnings alerts() const;
};

struct TodaySummary
{
    QDateTime now;
    std::optional<PatientToday> current;
    QList<PatientToday> others; // every other patient of the database
    StockForecast stock;        // shared by all patients

    // Current patient's alerts, then the stock's, each with a stable code.
    Warnings alerts() const;
};

// The latest reminder of one patient that came due, for the tray.
struct DueReminder
{
    Patient patient;
    Reminder reminder;
    std::optional<DoseCalculation> dose;
    SafetyState safety; // a red flag open: the reminder says stop, not inject
};

struct ReminderCheck
{
    QList<DueReminder> due;        // at most one per patient: the latest
    std::optional<QDateTime> next; // when to look again
};

class TodayService final
{
    Q_DECLARE_TR_FUNCTIONS(TodayService)
    Q_DISABLE_COPY_MOVE(TodayService)

public:
    static constexpr int AdherenceDays = 30;
    static constexpr int LabAlertDays = 7; // a blood test due within a week is an alert

    TodayService(Database &database, const Clock &clock);

    // For the current patient (none: only the others and the stock).
    Result<TodaySummary> summary(std::optional<qint64> currentPatientId) const;
    Result<PatientToday> patient(const Patient &patient) const;
    // The reminders that fell due after `after` (up to now), and when the
    // next one falls; a reminder repeats once after repeatSecs.
    Result<ReminderCheck> reminders(const QDateTime &after, qint64 repeatSecs) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
