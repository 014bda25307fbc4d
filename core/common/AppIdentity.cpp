#include "AppIdentity.h"

#include <QCoreApplication>

namespace shotbook {

void applyApplicationIdentity()
{
    // No organisation name: the data folder is then …/share/shotbook, not
    // …/share/shotbook/shotbook. QSettings is always built with explicit names.
    QCoreApplication::setOrganizationDomain(QStringLiteral("shotbook.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("shotbook"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(SHOTBOOK_VERSION);
}

} // namespace shotbook
