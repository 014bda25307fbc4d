#include "ReminderService.h"

#include "common/LocaleFormat.h"

#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "regimen/PatientSchedule.h"
#include "regimen/RegimenService.h"
#include "regimen/Reminders.h"
#include "storage/Database.h"

#include <QLocale>

namespace shotbook::ui {

namespace {
// Checked at least this often, so a changed clock or a suspended computer
// does not hold a reminder back for long.
constexpr qint64 MaxWaitSecs = 5 * 60;
} // namespace

ReminderService::ReminderService(AppContext &context, const AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_settings(settings)
    , m_lastCheck(context.clock().now())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::checkNow);
    // A logged dose silences its reminder; a new regimen brings new ones.
    connect(&m_context, &AppContext::dataChanged, this, &ReminderService::checkNow);
    checkNow();
}

void ReminderService::checkNow()
{
    const QDateTime now = m_context.clock().now();
    const qint64 repeatSecs = qint64(m_settings.reminderRepeatMinutes()) * 60;
    QDateTime next = now.addSecs(MaxWaitSecs);

    PatientRepository patients(m_context.database(), m_context.clock());
    const auto all = patients.list();
    if (all && m_settings.remindersEnabled()) {
        const QDate today = now.toLocalTime().date();
        const QLocale locale;
        for (const Patient &patient : *all) {
            const auto schedule = PatientSchedule::load(m_context.database(), patient.id,
                                                        today.addDays(-1), today.addDays(1));
            if (!schedule)
                continue;
            const auto due = remindersBetween(schedule->slots(), schedule->matching(), m_lastCheck,
                                              now, repeatSecs);
            // Only the latest reminder of a patient: after a long sleep one
            // notice says it, not a burst of old ones.
            if (!due.isEmpty()) {
                const Reminder &latest = due.constLast();
                RegimenService regimens(m_context.database(), m_context.clock());
                const auto dose = regimens.doseOn(patient.id, latest.slot.due.toLocalTime().date());
                const QString amount = dose ? tr("%1 mg (%2 mL)")
                                                  .arg(locale.toString(dose->perDoseMg, 'g', 4),
                                                       locale.toString(dose->perDoseMl, 'f', 2))
                                            : QString();
                const QString time =
                    shotbook::locale::shortTime(latest.slot.due.toLocalTime().time());
                const QString title = latest.repeat
                                          ? tr("Dose not logged yet: %1").arg(patient.name)
                                          : tr("Dose due: %1").arg(patient.name);
                const QString message =
                    latest.repeat
                        ? tr("The %1 dose of %2 has not been logged yet.").arg(time, amount)
                        : tr("%1 is due at %2.").arg(amount, time);
                Q_EMIT reminder(patient.id, title, message);
            }
            if (const auto upcoming =
                    nextReminderTime(schedule->slots(), schedule->matching(), now, repeatSecs);
                upcoming && *upcoming < next)
                next = *upcoming;
        }
    }
    m_lastCheck = now;
    m_nextCheck = next;
    m_timer.start(static_cast<int>(qBound<qint64>(1000, now.msecsTo(next), MaxWaitSecs * 1000)));
}

} // namespace shotbook::ui
