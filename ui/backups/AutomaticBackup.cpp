#include "AutomaticBackup.h"

#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QDir>

namespace shotbook::ui {

QString AutomaticBackup::runIfDue(AppContext &context, const AppSettings &settings)
{
    if (!settings.automaticBackups())
        return QString();
    const auto rotation =
        Backups::automatic(context.database(), context.clock(), settings.backupsToKeep());
    if (!rotation)
        return tr("The daily backup could not be made: %1").arg(rotation.error().message);
    if (!rotation->made)
        return QString();
    return tr("Made today's backup in %1.")
        .arg(QDir::toNativeSeparators(Backups::folderFor(context.database().path())));
}

} // namespace shotbook::ui
