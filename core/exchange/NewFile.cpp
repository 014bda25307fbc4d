#include "NewFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace shotbook {

Result<QString> NewFile::checkPath(const QString &out)
{
    if (out.isEmpty())
        return fail(Error::rejected(QStringLiteral("invalid-path"),
                                    tr("Give the path of the file to write.")));
    const QFileInfo info(out);
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    // A dangling symbolic link counts too: writing would follow it.
    if (info.exists() || info.isSymLink())
        return fail(Error::rejected(QStringLiteral("file-exists"),
                                    tr("%1 already exists; Shotbook never overwrites a file. "
                                       "Choose another name or remove it first.")
                                        .arg(QDir::toNativeSeparators(path))));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(Error::storage(
            QStringLiteral("folder-missing"),
            tr("Cannot create %1: the folder %2 does not exist.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder))));
    return path;
}

Status NewFile::write(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    const auto writeError = [&](const QString &reason) {
        return fail(
            Error::storage(QStringLiteral("file-not-written"),
                           tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)));
    };
    if (!file.open(QIODevice::WriteOnly))
        return writeError(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size())
        return writeError(file.errorString());
    // Checked again just before the rename, which would replace it.
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        file.cancelWriting();
        return fail(Error::rejected(QStringLiteral("file-exists"),
                                    tr("%1 was created while writing; Shotbook never overwrites "
                                       "a file.")
                                        .arg(QDir::toNativeSeparators(path))));
    }
    if (!file.commit())
        return writeError(file.errorString());
    return {};
}

} // namespace shotbook
