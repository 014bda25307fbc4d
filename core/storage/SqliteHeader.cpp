#include "SqliteHeader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace shotbook {

namespace {

constexpr qint64 HeaderSize = 100;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

// See https://www.sqlite.org/fileformat.html, "The Database Header".
std::optional<SqliteHeader> SqliteHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const qint64 size = file.size();
    SqliteHeader header;
    if (size == 0) {
        header.verdict = Verdict::Empty;
        return header;
    }
    const QByteArray bytes = file.read(HeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!bytes.startsWith(magic)) {
        header.verdict = Verdict::NotSqlite;
        return header;
    }
    if (bytes.size() < HeaderSize) {
        header.verdict = Verdict::Truncated;
        return header;
    }
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    header.userVersion = bigEndian32(bytes, 60);
    header.applicationId = bigEndian32(bytes, 68);
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0) {
        header.verdict = Verdict::NotSqlite;
        return header;
    }

    // A database file is a whole number of pages, and at least as many as the
    // header claims when that count is valid (change counter == valid-for).
    const quint32 changeCounter = bigEndian32(bytes, 24);
    const quint32 pageCount = bigEndian32(bytes, 28);
    const quint32 validFor = bigEndian32(bytes, 92);
    const bool countValid = pageCount != 0 && changeCounter == validFor;
    // With a write-ahead log beside it, the main file may rightly be shorter
    // than its header says: a checkpoint that ran out of disk space wrote
    // page 1 but could not extend the file, and the log still holds every
    // page. SQLite finishes that checkpoint on the next open; quick_check
    // judges the file then (found by tst_badplaces_cli's fullDisk).
    const bool walHoldsPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walHoldsPages &&
        (size % header.pageSize != 0 ||
         (countValid && static_cast<qint64>(pageCount) * header.pageSize > size))) {
        header.verdict = Verdict::Truncated;
        return header;
    }
    header.verdict = Verdict::Sqlite;
    return header;
}

} // namespace shotbook
