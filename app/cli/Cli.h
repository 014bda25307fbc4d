#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <expected>

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

struct CommandSpec;

// What a command line asks for, read before any database is opened.
struct Invocation
{
    const CommandSpec *command = nullptr; // null only with --help or --version
    QHash<QString, QString> values;       // command and global options; flags map to ""
    QStringList positional;
};

struct UsageError
{
    QString message;
};

// The command line's words (without the program name) as a command, its
// options and its other arguments, or what is wrong with them: run()'s first
// step, on its own for tests/fuzz/fuzz_cli.
std::expected<Invocation, UsageError> parse(const QStringList &arguments);

// Runs one shotbook-cli invocation (arguments without the program name).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace shotbook::cli
