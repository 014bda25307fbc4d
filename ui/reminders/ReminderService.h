#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace shotbook::ui {

class AppContext;
class AppSettings;

// While Shotbook runs: a reminder at each due dose, and again after the set
// delay if it is still not logged. For every patient of the database (a
// caregiver may look after two children). Says nothing about how it is shown.
class ReminderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderService)

public:
    ReminderService(AppContext &context, const AppSettings &settings, QObject *parent = nullptr);

    // Emits what fell due since the last check, and sets the timer for the next.
    void checkNow();
    QDateTime nextCheck() const { return m_nextCheck; }

Q_SIGNALS:
    void reminder(qint64 patientId, const QString &title, const QString &message);

private:
    AppContext &m_context;
    const AppSettings &m_settings;
    QTimer m_timer;
    QDateTime m_lastCheck;
    QDateTime m_nextCheck;
};

} // namespace shotbook::ui
