#pragma once

#include "common/Error.h"
#include "common/Warning.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace shotbook::cli {

class CommandContext;

struct OptionSpec
{
    QString name;      // without the leading "--"
    QString valueName; // empty for a flag
    bool required = false;
    QString help;

    bool takesValue() const { return !valueName.isEmpty(); }
};

// What a command produced: the JSON object (without "warnings", added by the
// runner), the lines for people, and an exit status other than 0 when the
// command ran but its answer is "no" (e.g. `check` finding problems).
struct CommandOutput
{
    QJsonObject json;
    QStringList text;
    Warnings warnings;
    int exitCode = 0;
};

struct CommandSpec
{
    enum class Access
    {
        Reads,
        // Reads, and opening reads the whole file first to find any damage
        // (check, backup: Database::Scrutiny::Whole).
        ReadsWholeFile,
        Writes,
        OwnFile, // works on a file of its own (e.g. `demo --out`): --db is not opened
        // The command handles the database file itself (restore): the runner
        // does not open it, so that a damaged one can still be replaced.
        File,
    };

    QStringList words; // e.g. {"patient", "add"}
    QString summary;
    QList<OptionSpec> options;
    QString positionalName; // e.g. "ZONE...", empty when none are taken
    int minPositional = 0;
    int maxPositional = 0;
    Access access = Access::Reads;
    std::function<Result<CommandOutput>(CommandContext &)> run;

    QString name() const { return words.join(QLatin1Char(' ')); }
    const OptionSpec *option(const QString &optionName) const;
};

QList<CommandSpec> patientCommands();
QList<CommandSpec> regimenCommands();
QList<CommandSpec> injectionCommands();
QList<CommandSpec> siteCommands();
QList<CommandSpec> stockCommands();
QList<CommandSpec> diaryCommands();
QList<CommandSpec> maintenanceCommands();
QList<CommandSpec> exportCommands();
QList<CommandSpec> todayCommands();
QList<CommandSpec> demoCommands();
QList<CommandSpec> importCommands();
QList<CommandSpec> backupCommands();
QList<CommandSpec> shareCommands();

} // namespace shotbook::cli
