#pragma once

#include <QByteArray>
#include <QDate>
#include <QSettings>
#include <QString>

namespace shotbook::ui {

// The GUI's persisted preferences (QSettings: ~/.config/shotbook/shotbook.conf
// on Linux). Per-database values are keyed by the database's path.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    static constexpr int MaxReminderRepeatMinutes = 240;

    AppSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    int currentView() const;
    void setCurrentView(int index);

    // Reminders of due doses while Shotbook runs.
    bool remindersEnabled() const;
    void setRemindersEnabled(bool enabled);
    int reminderRepeatMinutes() const; // 0: no second reminder
    void setReminderRepeatMinutes(int minutes);
    // Closing the window leaves Shotbook in the system tray (for reminders).
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool keep);

    // Weights shown and entered in pounds instead of kilograms (stored in kg).
    bool weightInPounds() const;
    void setWeightInPounds(bool pounds);

    // Temperatures shown and entered in °F instead of °C (stored in °C).
    bool temperatureInFahrenheit() const;
    void setTemperatureInFahrenheit(bool fahrenheit);

    // The language Shotbook speaks, as the code of a compiled translation
    // ("de"); empty: the system's. Read once at start.
    QString language() const;
    void setLanguage(const QString &code);
    // A backup of the database once a day when Shotbook opens, the newest
    // few kept. A preference of this computer, not of the record: it is
    // about this disk, restoring a backup must not change it, and a record
    // shared on a server has no file to back up here.
    bool automaticBackups() const;
    void setAutomaticBackups(bool enabled);
    int backupsToKeep() const; // Backups::MinKeep..MaxKeep, default 14
    void setBackupsToKeep(int count);

    qint64 lastPatient(const QString &databasePath) const;
    void setLastPatient(const QString &databasePath, qint64 id);
    // The day the last report for this patient was saved or printed: the
    // last visit to the doctor, as far as Shotbook can tell.
    QDate lastReport(const QString &databasePath, qint64 patientId) const;
    void setLastReport(const QString &databasePath, qint64 patientId, const QDate &day);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace shotbook::ui
