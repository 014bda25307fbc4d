// shotbook-cli's command line, up to but not including the database: the
// input is the arguments, separated by NUL bytes (as the kernel hands them
// over). Properties: parsing is deterministic; what parses names a command
// with its required options, known options only, flags without values and
// the positional arguments it takes; what does not parse, and a --now that is
// not a time, is exit status 2 or 3 with one line on stderr holding no raw
// control character, and with --json one JSON object naming the error.
#include "FuzzSupport.h"

#include "Cli.h"
#include "CommandSpec.h"
#include "common/IsoDateTime.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace shotbook;

namespace {

bool isGlobal(const QString &name)
{
    static const QStringList globals = {QStringLiteral("db"), QStringLiteral("now"),
                                        QStringLiteral("json"), QStringLiteral("help"),
                                        QStringLiteral("version")};
    return globals.contains(name);
}

bool sameParse(const std::expected<cli::Invocation, cli::UsageError> &a,
               const std::expected<cli::Invocation, cli::UsageError> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return a.error().message == b.error().message;
    return a->command == b->command && a->values == b->values && a->positional == b->positional;
}

// What run() printed for a refusal: one line naming the problem, control
// characters shown as \xNN.
void checkRefusal(const QStringList &arguments, int expectedStatus)
{
    QString outText;
    QString errText;
    int status = 0;
    {
        QTextStream out(&outText);
        QTextStream err(&errText);
        status = cli::run(arguments, out, err);
    }
    fuzz::require(status == expectedStatus);
    fuzz::require(errText.startsWith(QLatin1String("shotbook-cli: ")));
    fuzz::require(errText.endsWith(QLatin1Char('\n')));
    fuzz::require(errText.count(QLatin1Char('\n')) == 1);
    for (qsizetype i = 0; i + 1 < errText.size(); ++i)
        fuzz::require(errText.at(i).category() != QChar::Other_Control);
    if (arguments.contains(QStringLiteral("--json"))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(outText.toUtf8(), &error);
        fuzz::require(error.error == QJsonParseError::NoError && document.isObject());
        const QJsonObject refusal = document.object().value(QStringLiteral("error")).toObject();
        fuzz::require(!refusal.value(QStringLiteral("code")).toString().isEmpty());
        fuzz::require(!refusal.value(QStringLiteral("message")).toString().isEmpty());
    } else {
        fuzz::require(outText.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    fuzz::Fields fields(data, size);
    // A command line has a few dozen words, not thousands.
    if (fields.count() > 64)
        return 0;
    QStringList arguments;
    while (!fields.atEnd())
        arguments << fields.text();
    if (size == 0)
        arguments.clear();

    const auto parsed = cli::parse(arguments);
    fuzz::require(sameParse(parsed, cli::parse(arguments)));
    if (!parsed) {
        fuzz::require(!parsed.error().message.isEmpty());
        checkRefusal(arguments, cli::ExitUsage);
        return 0;
    }

    const cli::Invocation &invocation = *parsed;
    const bool helpOrVersion = invocation.values.contains(QStringLiteral("help")) ||
                               invocation.values.contains(QStringLiteral("version"));
    fuzz::require(invocation.command || helpOrVersion);
    for (auto it = invocation.values.cbegin(); it != invocation.values.cend(); ++it) {
        const cli::OptionSpec *option =
            invocation.command ? invocation.command->option(it.key()) : nullptr;
        fuzz::require(option || isGlobal(it.key()));
        // A flag has no value; an option's value was given (perhaps empty, --x=).
        if (option && !option->takesValue())
            fuzz::require(it.value().isEmpty());
    }
    for (const QString &word : invocation.positional)
        fuzz::require(arguments.contains(word));
    if (!invocation.command)
        return 0;
    if (!helpOrVersion) {
        for (const cli::OptionSpec &option : invocation.command->options) {
            if (option.required)
                fuzz::require(invocation.values.contains(option.name));
        }
        fuzz::require(invocation.positional.size() >= invocation.command->minPositional);
        fuzz::require(invocation.positional.size() <= invocation.command->maxPositional);
    }
    // A --now that is no time is refused before any database is opened.
    if (!helpOrVersion && invocation.values.contains(QStringLiteral("now")) &&
        !iso::parseDateTime(invocation.values.value(QStringLiteral("now"))))
        checkRefusal(arguments, cli::ExitRejected);
    return 0;
}
