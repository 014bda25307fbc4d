#include "AppSettings.h"

namespace shotbook::ui {

namespace {

QString databaseKey(const QString &databasePath)
{
    // Paths hold "/", which QSettings reads as groups: encode them.
    return QStringLiteral("databases/") +
           QString::fromLatin1(databasePath.toUtf8().toBase64(QByteArray::Base64UrlEncoding)) +
           QStringLiteral("/lastPatient");
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

qint64 AppSettings::lastPatient(const QString &databasePath) const
{
    return m_settings.value(databaseKey(databasePath), 0).toLongLong();
}

void AppSettings::setLastPatient(const QString &databasePath, qint64 id)
{
    m_settings.setValue(databaseKey(databasePath), id);
}

} // namespace shotbook::ui
