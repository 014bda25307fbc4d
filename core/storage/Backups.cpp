#include "Backups.h"

#include "Database.h"
#include "common/Clock.h"
#include "exchange/NewFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace shotbook {

namespace {

constexpr auto OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString prefix(BackupFile::Kind kind)
{
    switch (kind) {
    case BackupFile::Kind::Automatic:
        return QStringLiteral("auto");
    case BackupFile::Kind::Manual:
        return QStringLiteral("manual");
    case BackupFile::Kind::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return QStringLiteral("manual");
}

} // namespace

QString Backups::folderFor(const QString &databasePath)
{
    // A shared record has no folder of its own: its local copies live with
    // this computer's data, one folder per server database.
    if (Database::isServerLocation(databasePath)) {
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
        QString name = databasePath;
        name.replace(QRegularExpression(QStringLiteral("^postgres(ql)?://")), QString());
        name.replace(unsafe, QStringLiteral("_"));
        return QFileInfo(Database::defaultPath())
            .absoluteDir()
            .filePath(QStringLiteral("shared-backups/") + name);
    }
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString Backups::fileName(BackupFile::Kind kind, const QDateTime &made)
{
    return prefix(kind) + QLatin1Char('-') +
           made.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
           QStringLiteral(".sqlite");
}

std::optional<BackupFile> Backups::parse(const QString &path)
{
    static const QRegularExpression name(
        QStringLiteral(R"(^(auto|manual|before-restore)-(\d{8}T\d{6})Z(?:-\d+)?\.sqlite$)"));
    const QFileInfo info(path);
    const auto match = name.match(info.fileName());
    if (!match.hasMatch() || !info.isFile())
        return std::nullopt;
    BackupFile backup;
    backup.path = info.absoluteFilePath();
    const QString kind = match.captured(1);
    backup.kind = kind == QLatin1String("auto")     ? BackupFile::Kind::Automatic
                  : kind == QLatin1String("manual") ? BackupFile::Kind::Manual
                                                    : BackupFile::Kind::BeforeRestore;
    QDateTime made = QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!made.isValid())
        return std::nullopt;
    made.setTimeZone(QTimeZone::utc());
    backup.made = made;
    backup.size = info.size();
    return backup;
}

Result<QString> Backups::ensureFolder(const QString &databasePath)
{
    const QString folder = folderFor(databasePath);
    if (QFileInfo(folder).isDir())
        return folder;
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, OwnerOnlyFolder))
        return fail(Error::storage(
            QStringLiteral("folder-not-created"),
            tr("Could not create the backups folder %1.").arg(QDir::toNativeSeparators(folder))));
    return folder;
}

Result<QList<BackupFile>> Backups::list(const QString &databasePath)
{
    QList<BackupFile> backups;
    const QDir folder(folderFor(databasePath));
    if (!folder.exists())
        return backups;
    for (const QFileInfo &info : folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        if (auto backup = parse(info.absoluteFilePath()))
            backups.append(*backup);
    }
    std::sort(backups.begin(), backups.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return backups;
}

Result<BackupFile> Backups::make(Database &database, const Clock &clock, BackupFile::Kind kind)
{
    const auto folder = ensureFolder(database.path());
    if (!folder)
        return fail(folder.error());
    const QDateTime made = clock.now().toUTC();
    const QString name = fileName(kind, made);
    QString path = QDir(*folder).filePath(name);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".partial"));
         ++n)
        path = QDir(*folder).filePath(name.chopped(7) + QStringLiteral("-%1.sqlite").arg(n));
    if (auto done = database.snapshotTo(path); !done)
        return fail(done.error());
    const auto backup = parse(path);
    if (!backup)
        return fail(Error::internal(QStringLiteral("backup-name"),
                                    QStringLiteral("unreadable backup name %1").arg(path)));
    return *backup;
}

Result<QString> Backups::makeTo(Database &database, const QString &out)
{
    const auto path = NewFile::checkPath(out);
    if (!path)
        return fail(path.error());
    if (auto done = database.snapshotTo(*path); !done)
        return fail(done.error());
    return *path;
}

Result<Backups::Rotation> Backups::automatic(Database &database, const Clock &clock, int keep)
{
    Rotation rotation;
    const auto existing = list(database.path());
    if (!existing)
        return fail(existing.error());
    QList<BackupFile> all = *existing;
    if (BackupRotation::isDue(all, clock.today())) {
        const auto made = make(database, clock, BackupFile::Kind::Automatic);
        if (!made)
            return fail(made.error());
        rotation.made = *made;
        all.prepend(*made);
    }
    for (const QString &path : BackupRotation::toDelete(all, qBound(MinKeep, keep, MaxKeep))) {
        if (QFile::remove(path))
            rotation.deleted << path;
    }
    return rotation;
}

} // namespace shotbook
