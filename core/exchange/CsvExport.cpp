#include "CsvExport.h"

#include "CsvTables.h"
#include "CsvWriter.h"
#include "ExportSource.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <filesystem>
#include <system_error>

namespace shotbook {

namespace {

constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CsvExport::CsvExport(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

QString CsvExport::freeFolderName(const QString &parent, const QDate &day)
{
    const QString base =
        QDir(parent).filePath(QStringLiteral("shotbook-csv-") + iso::formatDate(day));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink(); ++n)
        candidate = base + QStringLiteral("-%1").arg(n);
    return candidate;
}

Result<CsvExport::Written> CsvExport::write(const QString &out, const Options &options)
{
    if (options.from && options.to && *options.from > *options.to)
        return fail(Error::rejected(
            QStringLiteral("invalid-range"),
            tr("The first day %1 is after the last day %2.")
                .arg(iso::formatDate(*options.from), iso::formatDate(*options.to))));
    if (out.isEmpty())
        return fail(Error::rejected(QStringLiteral("invalid-path"),
                                    tr("Give the folder to write the CSV files into.")));
    const QFileInfo info(out);
    const QString folder = QDir::cleanPath(info.absoluteFilePath());
    const bool exists = info.exists() || info.isSymLink();
    if (exists && (!info.isDir() || info.isSymLink()))
        return fail(Error::rejected(QStringLiteral("file-exists"),
                                    tr("%1 already exists and is not a folder; Shotbook never "
                                       "overwrites a file.")
                                        .arg(shown(folder))));
    if (exists && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                        QDir::System))
        return fail(Error::rejected(QStringLiteral("folder-not-empty"),
                                    tr("%1 is not empty; give a new folder (it is created) or "
                                       "an empty one, so that no file is overwritten.")
                                        .arg(shown(folder))));
    const QString parent = QFileInfo(folder).absolutePath();
    if (!QFileInfo(parent).isDir())
        return fail(Error::storage(QStringLiteral("folder-missing"),
                                   tr("Cannot create %1: the folder %2 does not exist.")
                                       .arg(shown(folder), shown(parent))));

    const auto data =
        ExportSource::load(m_database, m_clock, options.patientId, options.from, options.to);
    if (!data)
        return fail(data.error());
    const QList<CsvTable> tables = CsvTables::build(*data);

    // Written whole in a private folder beside the target, then renamed.
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".shotbook-csv-XXXXXX")));
    if (!staging.isValid())
        return fail(Error::storage(
            QStringLiteral("file-not-written"),
            tr("Cannot write into %1: %2").arg(shown(parent), staging.errorString())));
    QFile::setPermissions(staging.path(), OwnerOnlyFolder);
    Written written;
    written.folder = folder;
    for (const CsvTable &table : tables) {
        CsvWriter writer;
        writer.append(table.header);
        for (const QStringList &row : table.rows)
            writer.append(row);
        if (table.file != QLatin1String("manifest.csv"))
            written.rows += static_cast<int>(table.rows.size());
        QFile file(staging.filePath(table.file));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(OwnerOnlyFile) ||
            file.write(writer.text()) != writer.text().size() || !file.flush())
            return fail(Error::storage(
                QStringLiteral("file-not-written"),
                tr("Cannot write %1: %2").arg(shown(file.fileName()), file.errorString())));
        written.files << QDir(folder).filePath(table.file);
    }
    // rename(2) moves the folder in one step; over an empty folder too.
    std::error_code failure;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(staging.path()).toStdString()),
                            std::filesystem::path(QFile::encodeName(folder).toStdString()),
                            failure);
    if (failure)
        return fail(
            Error::storage(QStringLiteral("file-not-written"),
                           tr("Cannot create %1: %2")
                               .arg(shown(folder), QString::fromStdString(failure.message()))));
    staging.setAutoRemove(false);
    return written;
}

} // namespace shotbook
