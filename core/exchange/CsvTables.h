#pragma once

#include "ExportSource.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shotbook {

struct CsvTable
{
    QString file; // e.g. "injections.csv"
    QStringList header;
    QList<QStringList> rows;
};

// The tables of a CSV export, in the column order the README documents.
// Column names are stable: a later Shotbook adds columns at the end and
// raises FormatVersion only when a name or a meaning changes. Times are ISO
// 8601 in local time with their offset, dates ISO, numbers with "." and as
// many digits as they need, booleans true/false, no value an empty field.
class CsvTables final
{
public:
    static constexpr int FormatVersion = 1;
    static const QStringList &injectionColumns();

    static QList<CsvTable> build(const ExportData &data);

    // Pieces, public for their tests.
    static QString number(double value);
    static QString time(const QDateTime &time);
    static QStringList injectionRow(const QString &patient, const Injection &injection);
};

} // namespace shotbook
