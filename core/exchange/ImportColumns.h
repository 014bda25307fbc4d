#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace shotbook {

// Which column of an imported injection log holds what, found by the header
// names: Shotbook's own (injections.csv of an export) and the usual names of
// other trackers ("Date", "Time", "Dose (mg)", "Amount", "Location",
// "Injection site", …), case and spacing ignored. Columns it does not know
// are left out and named.
class ImportColumns final
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)

public:
    enum class Field
    {
        Patient,
        At,   // date and time in one column
        Date, // or a date column and a time column
        Time,
        Dose,
        Site,
        Lot,
        GivenBy,
        Note,
        SpotX,
        SpotY,
    };

    struct Mapping
    {
        QHash<Field, int> columns;
        QStringList header;  // the names as the file gives them
        QStringList ignored; // the header names of columns not read
        qsizetype width = 0; // the number of columns

        bool has(Field field) const { return columns.contains(field); }
        int column(Field field) const { return columns.value(field, -1); }
        // The file's own name of the column, for messages (Shotbook's when
        // the file has no such column).
        QString nameOf(Field field) const;
    };

    // Problems name line `line` (the header's) and the column.
    static std::expected<Mapping, QList<ErrorDetail>> map(const QStringList &header,
                                                          qint64 line = 1);
    // The name Shotbook's own files use, for messages.
    static QString name(Field field);
};

} // namespace shotbook
