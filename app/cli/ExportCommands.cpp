#include "CommandContext.h"
#include "CommandSpec.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "exchange/CalendarExport.h"
#include "exchange/NewFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace shotbook::cli {

namespace {

class ExportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)

public:
    static Result<CommandOutput> ics(CommandContext &context)
    {
        const auto from = context.date(QStringLiteral("from"));
        if (!from)
            return fail(from.error());
        const auto to = context.date(QStringLiteral("to"));
        if (!to)
            return fail(to.error());
        if (*from && *to && **from > **to)
            return fail(Error::rejected(QStringLiteral("invalid-range"),
                                        tr("--from %1 is after --to %2; the first day must come "
                                           "before the last.")
                                            .arg(iso::formatDate(**from), iso::formatDate(**to))));
        // The file's problems first: it is named on the command line.
        if (auto path = NewFile::checkPath(context.value(QStringLiteral("out"))); !path)
            return fail(outError(path.error()));
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        CalendarExport calendar(context.database(), context.clock());
        const auto written =
            calendar.write(patient->id, context.value(QStringLiteral("out")), *from, *to);
        if (!written)
            return fail(outError(written.error()));

        CommandOutput output;
        output.json.insert(QStringLiteral("files"), QJsonArray{written->path});
        output.json.insert(QStringLiteral("events"), written->doseEvents);
        output.json.insert(QStringLiteral("day_events"), written->dayEvents);
        output.text << tr("Wrote %n repeating event(s) for %1 to %2.", nullptr, written->doseEvents)
                           .arg(patient->name, QDir::toNativeSeparators(written->path));
        if (written->doseEvents == 0)
            output.warnings.append(
                {QStringLiteral("no-events"),
                 tr("No dose falls between the dates given; the calendar is empty.")});
        return output;
    }

private:
    // File errors name the option the file came from.
    static Error outError(Error error)
    {
        if (error.code == QLatin1String("file-exists") ||
            error.code == QLatin1String("invalid-path"))
            error.message = QStringLiteral("--out: ") + error.message;
        return error;
    }
};

} // namespace

QList<CommandSpec> exportCommands()
{
    using C = ExportCommands;
    const OptionSpec patient{QStringLiteral("patient"), QStringLiteral("P"), false,
                             C::tr("the patient's id or exact name")};
    const OptionSpec from{QStringLiteral("from"), QStringLiteral("DATE"), false,
                          C::tr("first day to include")};
    const OptionSpec to{QStringLiteral("to"), QStringLiteral("DATE"), false,
                        C::tr("last day to include")};
    return {
        {{QStringLiteral("export"), QStringLiteral("ics")},
         C::tr("writes the dose times as repeating calendar events (iCalendar), never over an "
               "existing file"),
         {patient,
          {QStringLiteral("out"), QStringLiteral("PATH"), true, C::tr("the .ics file to write")},
          from,
          to},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::ics},
    };
}

} // namespace shotbook::cli
