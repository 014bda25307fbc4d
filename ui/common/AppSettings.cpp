#include "AppSettings.h"

#include "storage/Backups.h"

namespace shotbook::ui {

namespace {

QString databaseGroup(const QString &databasePath)
{
    // Paths hold "/", which QSettings reads as groups: encode them.
    return QStringLiteral("databases/") +
           QString::fromLatin1(databasePath.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

QString databaseKey(const QString &databasePath)
{
    return databaseGroup(databasePath) + QStringLiteral("/lastPatient");
}

QString lastReportKey(const QString &databasePath, qint64 patientId)
{
    return databaseGroup(databasePath) + QStringLiteral("/lastReport/%1").arg(patientId);
}

} // namespace

AppSettings::AppSettings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("shotbook"),
                 QStringLiteral("shotbook"))
{}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

int AppSettings::currentView() const
{
    return m_settings.value(QStringLiteral("window/view"), 0).toInt();
}

void AppSettings::setCurrentView(int index)
{
    m_settings.setValue(QStringLiteral("window/view"), index);
}

bool AppSettings::remindersEnabled() const
{
    return m_settings.value(QStringLiteral("reminders/enabled"), true).toBool();
}

void AppSettings::setRemindersEnabled(bool enabled)
{
    m_settings.setValue(QStringLiteral("reminders/enabled"), enabled);
}

int AppSettings::reminderRepeatMinutes() const
{
    return qBound(0, m_settings.value(QStringLiteral("reminders/repeatMinutes"), 30).toInt(),
                  MaxReminderRepeatMinutes);
}

void AppSettings::setReminderRepeatMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("reminders/repeatMinutes"),
                        qBound(0, minutes, MaxReminderRepeatMinutes));
}

bool AppSettings::keepRunningInTray() const
{
    return m_settings.value(QStringLiteral("reminders/keepRunningInTray"), true).toBool();
}

void AppSettings::setKeepRunningInTray(bool keep)
{
    m_settings.setValue(QStringLiteral("reminders/keepRunningInTray"), keep);
}

bool AppSettings::automaticBackups() const
{
    return m_settings.value(QStringLiteral("backups/automatic"), true).toBool();
}

void AppSettings::setAutomaticBackups(bool enabled)
{
    m_settings.setValue(QStringLiteral("backups/automatic"), enabled);
}

int AppSettings::backupsToKeep() const
{
    const int count =
        m_settings.value(QStringLiteral("backups/keep"), Backups::DefaultKeep).toInt();
    return qBound(Backups::MinKeep, count, Backups::MaxKeep);
}

void AppSettings::setBackupsToKeep(int count)
{
    m_settings.setValue(QStringLiteral("backups/keep"),
                        qBound(Backups::MinKeep, count, Backups::MaxKeep));
}

bool AppSettings::weightInPounds() const
{
    return m_settings.value(QStringLiteral("units/weightInPounds"), false).toBool();
}

void AppSettings::setWeightInPounds(bool pounds)
{
    m_settings.setValue(QStringLiteral("units/weightInPounds"), pounds);
}

bool AppSettings::temperatureInFahrenheit() const
{
    return m_settings.value(QStringLiteral("units/temperatureInFahrenheit"), false).toBool();
}

void AppSettings::setTemperatureInFahrenheit(bool fahrenheit)
{
    m_settings.setValue(QStringLiteral("units/temperatureInFahrenheit"), fahrenheit);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(QStringLiteral("ui/language"));
    else
        m_settings.setValue(QStringLiteral("ui/language"), code);
}

qint64 AppSettings::lastPatient(const QString &databasePath) const
{
    return m_settings.value(databaseKey(databasePath), 0).toLongLong();
}

void AppSettings::setLastPatient(const QString &databasePath, qint64 id)
{
    m_settings.setValue(databaseKey(databasePath), id);
}

QDate AppSettings::lastReport(const QString &databasePath, qint64 patientId) const
{
    return QDate::fromString(m_settings.value(lastReportKey(databasePath, patientId)).toString(),
                             Qt::ISODate);
}

void AppSettings::setLastReport(const QString &databasePath, qint64 patientId, const QDate &day)
{
    m_settings.setValue(lastReportKey(databasePath, patientId), day.toString(Qt::ISODate));
}

} // namespace shotbook::ui
