#pragma once

#include <QStringList>
#include <QTextStream>

namespace shotbook::cli {

// Exit statuses of spec/cli.md.
enum ExitStatus
{
    ExitDone = 0,
    ExitOther = 1,
    ExitUsage = 2,
    ExitRejected = 3,
    ExitStorage = 4,
};

// Runs one shotbook-cli invocation (arguments without the program name).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace shotbook::cli
