#include "ChangeListener.h"

#include "Database.h"
#include "PostgresSchema.h"

#include <QSqlDriver>
#include <QVariant>

namespace shotbook {

ChangeListener::ChangeListener(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

ChangeListener::~ChangeListener()
{
    if (!m_listening)
        return;
    QSqlDriver *driver = m_database.connection().driver();
    if (driver && driver->isOpen())
        driver->unsubscribeFromNotification(PostgresSchema::changeChannel());
}

Status ChangeListener::start()
{
    if (!m_database.isShared())
        return {};
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return fail(Error::storage(
            QStringLiteral("notifications-unavailable"),
            QCoreApplication::translate("shotbook::Database",
                                        "The database driver cannot tell about changes made "
                                        "elsewhere; the window will not update by itself.")));
    // After a reconnect the driver has forgotten the subscription: make it
    // again (unsubscribing first, which the driver allows when it has none).
    if (m_listening)
        driver->unsubscribeFromNotification(PostgresSchema::changeChannel());
    if (!driver->subscribeToNotification(PostgresSchema::changeChannel())) {
        m_listening = false;
        return fail(Error::storage(
            QStringLiteral("notifications-unavailable"),
            QCoreApplication::translate("shotbook::Database",
                                        "Cannot listen for changes on %1; the window will not "
                                        "update by itself.")
                .arg(m_database.path())));
    }
    if (!m_listening)
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &payload) {
                    if (name == PostgresSchema::changeChannel() && source != QSqlDriver::SelfSource)
                        Q_EMIT changedElsewhere(payload.toString());
                });
    m_listening = true;
    return {};
}

} // namespace shotbook
