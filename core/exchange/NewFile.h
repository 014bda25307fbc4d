#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace shotbook {

// Files Shotbook exports: never over an existing file, written whole or not
// at all, readable by their owner only (they name the patient and the
// treatment).
class NewFile final
{
    Q_DECLARE_TR_FUNCTIONS(NewFile)

public:
    // The absolute path of a file that does not exist yet, in a folder that
    // does: "file-exists", "folder-missing" or "invalid-path" otherwise.
    static Result<QString> checkPath(const QString &path);
    static Status write(const QString &path, const QByteArray &content);
};

} // namespace shotbook
