#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Writes the record as CSV files (CsvTables) into a new folder: all of it
// or nothing. The files are written into a private temporary folder beside
// it and that folder is renamed into place, so a failed or interrupted
// export never leaves a half-written file under the name asked for.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
    Q_DISABLE_COPY_MOVE(CsvExport)

public:
    CsvExport(Database &database, const Clock &clock);

    struct Options
    {
        std::optional<qint64> patientId; // none: every patient
        std::optional<QDate> from;
        std::optional<QDate> to;
    };

    struct Written
    {
        QString folder;
        QStringList files; // absolute paths, manifest.csv first
        int rows = 0;      // data rows, without headers and the manifest
    };

    // `folder` must not exist yet, or be an empty folder.
    Result<Written> write(const QString &folder, const Options &options);

    // "shotbook-csv-2026-03-01" in `parent`, or "…-2", "-3": a name not taken.
    static QString freeFolderName(const QString &parent, const QDate &day);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
