#pragma once

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace shotbook::test {

inline QString fixture(const QString &name)
{
    return QStringLiteral(SHOTBOOK_TEST_DATA "/") + name;
}

// Copies a fixture into dir (writable, mode 0600) and returns the copy's path.
inline QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(fixture(name), target))
        qFatal("cannot copy fixture %s", qPrintable(name));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace shotbook::test

namespace shotbook::test {

// Readable and writable by its owner, by nobody else (mode 0600 or 0700).
inline bool isPrivate(const QString &path)
{
    const auto permissions = QFileInfo(path).permissions();
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (permissions & others) == 0 && (permissions & QFileDevice::ReadOwner) &&
           (permissions & QFileDevice::WriteOwner);
}

} // namespace shotbook::test
