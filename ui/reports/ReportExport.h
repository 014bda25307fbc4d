#pragma once

#include "common/Error.h"
#include "exchange/ReportData.h"

#include <QCoreApplication>
#include <QStringList>

namespace shotbook {
class Clock;
class Database;
} // namespace shotbook

namespace shotbook::ui {

// `shotbook --export-pdf`: the report made without a window, for
// `shotbook-cli export pdf`, which links shotbook_core alone and runs the
// GUI binary headless (QT_QPA_PLATFORM=offscreen) only for this.
class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    struct Written
    {
        QString path;
        int pages = 0;
    };
    static Result<Written> write(Database &database, const Clock &clock,
                                 const ReportOptions &options, const QString &path);
    // The report's title: patient and period.
    static QString title(const ReportData &data);

    // Runs `shotbook --export-pdf` from the command line given; returns the
    // exit status of spec/cli.md (0, 3 rejected, 4 file or database, 1 else).
    // Prints the page count on stdout, an error on stderr.
    static int runHeadless(const QStringList &arguments);
    static int exitCode(const Error &error);
};

} // namespace shotbook::ui
