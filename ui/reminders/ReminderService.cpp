#include "ReminderService.h"

#include "common/LocaleFormat.h"

#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "regimen/RegimenService.h"
#include "regimen/Reminders.h"
#include "storage/Database.h"
#include "today/TodaySummary.h"

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
    connect(&m_context, &AppContext::changed, this, [this](const ChangeNotice &notice) {
        if (notice.affects(DataKind::Injections | DataKind::Regimens | DataKind::Weights |
                               DataKind::Patients | DataKind::HealthRecords | DataKind::Settings,
                           0))
            checkNow();
    });
    checkNow();
}

void ReminderService::checkNow()
{
    const QDateTime now = m_context.clock().now();
    const qint64 repeatSecs = qint64(m_settings.reminderRepeatMinutes()) * 60;
    QDateTime next = now.addSecs(MaxWaitSecs);

    if (m_settings.remindersEnabled()) {
        const QLocale locale;
        TodayService today(m_context.database(), m_context.clock());
        if (const auto check = today.reminders(m_lastCheck, repeatSecs)) {
            for (const DueReminder &due : check->due) {
                const QString amount = due.dose
                                           ? tr("%1 mg (%2 mL)")
                                                 .arg(locale.toString(due.dose->perDoseMg, 'g', 4),
                                                      locale.toString(due.dose->perDoseMl, 'f', 2))
                                           : QString();
                const QString time =
                    shotbook::locale::shortTime(due.reminder.slot.due.toLocalTime().time());
                const QString &name = due.patient.name;
                // While the label says stop, a reminder never says "inject".
                if (due.safety.stopped()) {
                    Q_EMIT reminder(due.patient.id, tr("Stop: call the doctor — %1").arg(name),
                                    due.safety.redFlagStop.message);
                    continue;
                }
                const QString title = due.reminder.repeat ? tr("Dose not logged yet: %1").arg(name)
                                                          : tr("Dose due: %1").arg(name);
                const QString message =
                    due.reminder.repeat
                        ? tr("The %1 dose of %2 has not been logged yet.").arg(time, amount)
                        : tr("%1 is due at %2.").arg(amount, time);
                Q_EMIT reminder(due.patient.id, title, message);
            }
            if (check->next && *check->next < next)
                next = *check->next;
        }
    }
    m_lastCheck = now;
    m_nextCheck = next;
    m_timer.start(static_cast<int>(qBound<qint64>(1000, now.msecsTo(next), MaxWaitSecs * 1000)));
}

} // namespace shotbook::ui
