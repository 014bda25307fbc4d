#include "Cli.h"

#include "CommandContext.h"
#include "CommandSpec.h"
#include "JsonText.h"
#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <memory>

namespace shotbook::cli {

namespace {

class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString tr(const char *text)
{
    return Cli::tr(text);
}

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options = {
        {QStringLiteral("db"), QStringLiteral("PATH"), false, tr("the database file")},
        {QStringLiteral("now"), QStringLiteral("DATETIME"), false,
         tr("take this as the current time")},
        {QStringLiteral("json"), QString(), false, tr("print one JSON object")},
        {QStringLiteral("help"), QString(), false, tr("show this help")},
        {QStringLiteral("version"), QString(), false, tr("show the version")},
    };
    return options;
}

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &option : options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> all = [] {
        QList<CommandSpec> list;
        list << patientCommands() << regimenCommands() << injectionCommands() << siteCommands()
             << stockCommands() << diaryCommands() << maintenanceCommands() << exportCommands()
             << todayCommands() << demoCommands() << importCommands() << backupCommands()
             << shareCommands();
        return list;
    }();
    return all;
}

} // namespace

std::expected<Invocation, UsageError> parse(const QStringList &arguments)
{
    Invocation invocation;
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--"))) {
            QString name = argument.mid(2);
            std::optional<QString> inlineValue;
            if (const auto eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name.truncate(eq);
            }
            const OptionSpec *spec = findOption(globalOptions(), name);
            if (!spec && invocation.command)
                spec = invocation.command->option(name);
            if (!spec)
                return std::unexpected(UsageError{
                    invocation.command
                        ? tr("unknown option --%1 for \"%2\"").arg(name, invocation.command->name())
                        : tr("unknown option --%1").arg(name)});
            if (!spec->takesValue()) {
                if (inlineValue)
                    return std::unexpected(UsageError{tr("option --%1 takes no value").arg(name)});
                invocation.values.insert(name, QString());
                continue;
            }
            if (!inlineValue) {
                // "--name --json" is a forgotten value, not a name.
                const bool nextIsOption =
                    i + 1 < arguments.size() &&
                    arguments.at(i + 1).startsWith(QLatin1String("--")) &&
                    (findOption(globalOptions(), arguments.at(i + 1).mid(2)) ||
                     (invocation.command &&
                      invocation.command->option(arguments.at(i + 1).mid(2))));
                if (i + 1 >= arguments.size() || nextIsOption)
                    return std::unexpected(UsageError{
                        tr("option --%1 needs a value (%2)").arg(name, spec->valueName)});
                inlineValue = arguments.at(++i);
            }
            if (invocation.values.contains(name))
                return std::unexpected(UsageError{tr("option --%1 is given twice").arg(name)});
            invocation.values.insert(name, *inlineValue);
            continue;
        }
        if (invocation.command) {
            invocation.positional << argument;
            continue;
        }
        words << argument;
        // The longest command whose words are all given so far, once no longer
        // one could match.
        const CommandSpec *exact = nullptr;
        bool longerPossible = false;
        for (const CommandSpec &command : commands()) {
            if (command.words == words)
                exact = &command;
            else if (command.words.size() > words.size() &&
                     command.words.mid(0, words.size()) == words)
                longerPossible = true;
        }
        if (exact && !longerPossible)
            invocation.command = exact;
        else if (!exact && !longerPossible)
            return std::unexpected(
                UsageError{tr("unknown command \"%1\"").arg(words.join(QLatin1Char(' ')))});
    }
    if (invocation.values.contains(QStringLiteral("help")) ||
        invocation.values.contains(QStringLiteral("version")))
        return invocation;
    if (!invocation.command)
        return std::unexpected(UsageError{
            words.isEmpty() ? tr("no command given")
                            : tr("incomplete command \"%1\"").arg(words.join(QLatin1Char(' ')))});
    for (const OptionSpec &option : invocation.command->options) {
        if (option.required && !invocation.values.contains(option.name))
            return std::unexpected(
                UsageError{tr("\"%1\" needs --%2 %3")
                               .arg(invocation.command->name(), option.name, option.valueName)});
    }
    const auto count = invocation.positional.size();
    if (count < invocation.command->minPositional)
        return std::unexpected(
            UsageError{tr("\"%1\" needs %2")
                           .arg(invocation.command->name(), invocation.command->positionalName)});
    if (count > invocation.command->maxPositional)
        return std::unexpected(
            UsageError{tr("unexpected argument \"%1\" for \"%2\"")
                           .arg(invocation.positional.at(invocation.command->maxPositional),
                                invocation.command->name())});
    return invocation;
}

namespace {

QString usageText()
{
    QStringList lines;
    lines << tr("Usage: shotbook-cli [--db PATH] [--now DATETIME] [--json] COMMAND [ARGS]")
          << QString() << tr("Commands:");
    for (const CommandSpec &command : commands()) {
        QStringList parts{command.name()};
        for (const OptionSpec &option : command.options) {
            const QString text = option.takesValue()
                                     ? QStringLiteral("--%1 %2").arg(option.name, option.valueName)
                                     : QStringLiteral("--%1").arg(option.name);
            parts << (option.required ? text : QLatin1Char('[') + text + QLatin1Char(']'));
        }
        if (!command.positionalName.isEmpty())
            parts << command.positionalName;
        lines << QStringLiteral("  ") + parts.join(QLatin1Char(' '));
        lines << QStringLiteral("      ") + command.summary;
    }
    lines << QString()
          << tr("Exit status: 0 done, 2 usage error, 3 rejected input (nothing written), "
                "4 database or file error, 1 anything else.");
    return lines.join(QLatin1Char('\n'));
}

QJsonArray warningsJson(const Warnings &warnings)
{
    QJsonArray array;
    for (const Warning &warning : warnings)
        array.append(QJsonObject{{QStringLiteral("code"), warning.code},
                                 {QStringLiteral("message"), warning.message}});
    return array;
}

int exitStatusFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Rejected:
        return ExitRejected;
    case ErrorKind::Storage:
        return ExitStorage;
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Internal:
        break;
    }
    return ExitOther;
}

// "line 12, dose: …" for one of several problems (e.g. a row of an imported file).
QString detailText(const ErrorDetail &detail)
{
    QString where;
    if (detail.line > 0 && !detail.field.isEmpty())
        where = tr("line %1, %2").arg(detail.line).arg(detail.field);
    else if (detail.line > 0)
        where = tr("line %1").arg(detail.line);
    else
        where = detail.field;
    return where.isEmpty() ? detail.message : where + QStringLiteral(": ") + detail.message;
}

// A message as one line on a terminal: a refused value may hold line breaks
// or an escape sequence; they are shown as \x0a, \x1b, never sent.
QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            line +=
                QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            line += c;
    }
    return line;
}

int report(const Error &error, int status, bool json, QTextStream &out, QTextStream &err)
{
    // The first line says what was wrong; the problems behind it follow, one a line.
    err << "shotbook-cli: " << oneLine(error.message) << '\n';
    for (const ErrorDetail &detail : error.details)
        err << "  " << oneLine(detailText(detail)) << '\n';
    if (json) {
        QJsonObject errorObject{{QStringLiteral("code"), error.code},
                                {QStringLiteral("message"), error.message}};
        if (!error.details.isEmpty()) {
            QJsonArray problems;
            for (const ErrorDetail &detail : error.details) {
                QJsonObject problem{{QStringLiteral("message"), detail.message}};
                if (detail.line > 0)
                    problem.insert(QStringLiteral("line"), detail.line);
                if (!detail.field.isEmpty())
                    problem.insert(QStringLiteral("field"), detail.field);
                if (!detail.value.isNull())
                    problem.insert(QStringLiteral("value"), detail.value);
                problems.append(problem);
            }
            errorObject.insert(QStringLiteral("problems"), problems);
        }
        const QJsonObject object{{QStringLiteral("error"), errorObject},
                                 {QStringLiteral("warnings"), QJsonArray()}};
        out << toJsonText(object) << '\n';
    }
    return status;
}

int finish(const Result<CommandOutput> &output, bool json, QTextStream &out, QTextStream &err)
{
    if (!output)
        return report(output.error(), exitStatusFor(output.error()), json, out, err);

    if (json) {
        QJsonObject object = output->json;
        object.insert(QStringLiteral("warnings"), warningsJson(output->warnings));
        out << toJsonText(object) << '\n';
    } else {
        for (const QString &line : output->text)
            out << line << '\n';
        for (const Warning &warning : output->warnings)
            err << tr("Warning: %1").arg(warning.message) << '\n';
    }
    return output->exitCode;
}

} // namespace

const OptionSpec *CommandSpec::option(const QString &optionName) const
{
    return findOption(options, optionName);
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const bool json = arguments.contains(QStringLiteral("--json"));
    const auto parsed = parse(arguments);
    if (!parsed) {
        const Error usage = Error::usage(
            tr("%1 (\"shotbook-cli --help\" lists the commands)").arg(parsed.error().message));
        return report(usage, ExitUsage, json, out, err);
    }
    const Invocation &invocation = *parsed;
    if (invocation.values.contains(QStringLiteral("help"))) {
        out << usageText() << '\n';
        return ExitDone;
    }
    if (invocation.values.contains(QStringLiteral("version"))) {
        out << "shotbook-cli " << applicationVersion() << '\n';
        return ExitDone;
    }

    std::unique_ptr<Clock> clock;
    if (invocation.values.contains(QStringLiteral("now"))) {
        const auto now = iso::parseDateTime(invocation.values.value(QStringLiteral("now")));
        if (!now)
            return report(Error::rejected(QStringLiteral("invalid-time"),
                                          tr("--now: \"%1\" is not a time; write it as "
                                             "YYYY-MM-DDTHH:MM[:SS], optionally with Z or an "
                                             "offset such as +01:00.")
                                              .arg(invocation.values.value(QStringLiteral("now")))),
                          ExitRejected, json, out, err);
        clock = std::make_unique<FixedClock>(*now);
    } else {
        clock = std::make_unique<SystemClock>();
    }

    if (invocation.command->access == CommandSpec::Access::OwnFile) {
        CommandContext context(nullptr, *clock, invocation.values, invocation.positional);
        return finish(invocation.command->run(context), json, out, err);
    }

    const bool writes = invocation.command->access == CommandSpec::Access::Writes;
    const bool ownsFile = invocation.command->access == CommandSpec::Access::File;
    QString path = invocation.values.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = Database::defaultPath();
        if (writes || ownsFile) {
            if (auto folder = Database::ensureDefaultFolder(); !folder)
                return report(folder.error(), ExitStorage, json, out, err);
        }
    }
    std::unique_ptr<Database> database;
    std::unique_ptr<CommandContext> context;
    if (ownsFile) {
        context = std::make_unique<CommandContext>(path, *clock, invocation.values,
                                                   invocation.positional);
    } else {
        const bool whole = invocation.command->access == CommandSpec::Access::ReadsWholeFile;
        auto opened = Database::open(
            path, writes ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist,
            whole ? Database::Scrutiny::Whole : Database::Scrutiny::Usual);
        if (!opened)
            return report(opened.error(), exitStatusFor(opened.error()), json, out, err);
        database = std::move(*opened);
        context = std::make_unique<CommandContext>(database.get(), *clock, invocation.values,
                                                   invocation.positional);
    }
    // A command that writes is one transaction, however many services it
    // calls: all of it is written or, on any failure, nothing.
    return finish(
        writes ? Transaction::run(*database, [&] { return invocation.command->run(*context); })
               : invocation.command->run(*context),
        json, out, err);
}

} // namespace shotbook::cli
