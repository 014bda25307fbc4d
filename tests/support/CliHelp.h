#pragma once

#include "CliRunner.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace shotbook::test {

// One command as `shotbook-cli --help` lists it, e.g.
//   "  inject [--patient P] --site ZONE [--at T] ... [--force]"
struct CliHelpCommand
{
    QString synopsis;         // the whole line, trimmed
    QStringList words;        // {"inject"}
    QStringList valueOptions; // {"--patient", "--site", "--at", ...}
    QStringList flagOptions;  // {"--force"}
    QString positional;       // "ZONE...", "ID" or empty

    QString name() const { return words.join(u' '); }
    QStringList options() const { return valueOptions + flagOptions; }
};

// Reads the options and the positional argument of a synopsis from token
// `first` on into command (words are read by the caller).
inline void readCliSynopsis(const QStringList &tokens, qsizetype first, CliHelpCommand &command)
{
    for (qsizetype t = first; t < tokens.size();) {
        const QString &token = tokens.at(t);
        const bool bracketed = token.startsWith(u'[');
        const QString bare = bracketed ? token.mid(1) : token;
        if (!bare.startsWith(QLatin1String("--"))) {
            command.positional = token;
            ++t;
            continue;
        }
        if (bracketed && bare.endsWith(u']')) { // "[--force]"
            command.flagOptions << bare.chopped(1);
            ++t;
            continue;
        }
        // "--site ZONE" or "[--at T]": a value follows unless another option
        // or the end does.
        const bool valueFollows = t + 1 < tokens.size() && !tokens.at(t + 1).startsWith(u'[') &&
                                  !tokens.at(t + 1).startsWith(QLatin1String("--"));
        if (valueFollows) {
            command.valueOptions << bare;
            t += 2;
        } else {
            command.flagOptions << bare;
            ++t;
        }
    }
}

inline QStringList cliHelpLines()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    return run.exitCode == 0 ? QString::fromUtf8(run.out).split(u'\n') : QStringList();
}

// The global options of the help's first line,
//   "Usage: shotbook-cli [--db PATH] [--now DATETIME] [--json] COMMAND [ARGS]".
inline CliHelpCommand cliHelpGlobals()
{
    CliHelpCommand globals;
    const QStringList lines = cliHelpLines();
    if (lines.isEmpty() || !lines.first().startsWith(QLatin1String("Usage: shotbook-cli ")))
        return globals;
    QStringList tokens = lines.first().split(u' ').mid(2);
    while (!tokens.isEmpty() && !tokens.last().startsWith(u'['))
        tokens.removeLast(); // "COMMAND [ARGS]"
    while (!tokens.isEmpty() && !tokens.last().startsWith(QLatin1String("[--")))
        tokens.removeLast();
    readCliSynopsis(tokens, 0, globals);
    return globals;
}

// The commands of the real shotbook-cli's --help, in its order. The help is
// the documents' reference: the man page and the bash completion are
// compared with it. Empty when the help cannot be read (a test then fails on
// its QVERIFY(!commands.isEmpty())).
inline QList<CliHelpCommand> cliHelpCommands()
{
    const QStringList lines = cliHelpLines();
    const qsizetype start = lines.indexOf(QStringLiteral("Commands:"));
    if (start < 0)
        return {};
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    QList<CliHelpCommand> commands;
    // Each command is a line indented by two spaces, then its summary by six.
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (!line.startsWith(QLatin1String("  ")))
            break;
        if (line.startsWith(QLatin1String("      ")))
            continue;
        CliHelpCommand command;
        command.synopsis = line.trimmed();
        const QStringList tokens = command.synopsis.split(u' ');
        qsizetype t = 0;
        while (t < tokens.size() && word.match(tokens.at(t)).hasMatch())
            command.words << tokens.at(t++);
        readCliSynopsis(tokens, t, command);
        commands << command;
    }
    return commands;
}

} // namespace shotbook::test
