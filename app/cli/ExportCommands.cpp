#include "CommandContext.h"
#include "CommandSpec.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "diary/HealthRecordService.h"
#include "exchange/ICalendarExport.h"
#include "regimen/RegimenService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace shotbook::cli {

namespace {

class ExportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)

public:
    static Result<CommandOutput> ics(CommandContext &context)
    {
        const auto range = dateRange(context);
        if (!range)
            return fail(range.error());
        const auto path = newFilePath(context.value(QStringLiteral("out")));
        if (!path)
            return fail(path.error());
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        RegimenService regimens(context.database(), context.clock());
        const auto history = regimens.history(patient->id);
        if (!history)
            return fail(history.error());
        if (history->isEmpty())
            return fail(Error::rejected(
                QStringLiteral("no-regimen"),
                tr("%1 has no regimen, so there are no dose times to export; set one with "
                   "\"shotbook-cli regimen set\".")
                    .arg(patient->name)));

        ICalendarInput input;
        input.patientName = patient->name;
        input.regimens = *history;
        input.from = range->first;
        input.to = range->second;
        input.stamp = context.clock().now();
        // The blood tests still to come; one that is overdue shows today.
        HealthRecordService records(context.database(), context.clock());
        const auto labDates = records.upcomingLabDates(patient->id);
        if (!labDates)
            return fail(labDates.error());
        const QDate today = context.clock().today();
        for (const QDate &date : *labDates) {
            const bool overdue = date < today;
            if (overdue && date != labDates->constFirst())
                continue;
            const QDate shownOn = overdue ? today : date;
            input.dayEvents.append(
                {QStringLiteral("lab-anc-%1@shotbook").arg(iso::formatDate(date)), shownOn,
                 overdue ? tr("Blood test overdue (due %1): neutrophil count (%2)")
                               .arg(iso::formatDate(date), patient->name)
                         : tr("Blood test due: neutrophil count (%1)").arg(patient->name),
                 tr("Anakinra can lower the neutrophils: a count is due before the start, "
                    "monthly for 3 months, then every 3 months up to a year.")});
        }
        const ICalendarFile calendar = ICalendarExport::build(input);
        if (auto written = writeNewFile(*path, calendar.text.toUtf8()); !written)
            return fail(written.error());

        CommandOutput output;
        output.json.insert(QStringLiteral("files"), QJsonArray{*path});
        const int doseEvents = calendar.events - calendar.dayEvents;
        output.json.insert(QStringLiteral("events"), doseEvents);
        output.json.insert(QStringLiteral("day_events"), calendar.dayEvents);
        output.text << tr("Wrote %n repeating event(s) for %1 to %2.", nullptr, doseEvents)
                           .arg(patient->name, QDir::toNativeSeparators(*path));
        if (doseEvents == 0)
            output.warnings.append(
                {QStringLiteral("no-events"),
                 tr("No dose falls between the dates given; the calendar is empty.")});
        return output;
    }

private:
    using Range = std::pair<std::optional<QDate>, std::optional<QDate>>;

    static Result<Range> dateRange(CommandContext &context)
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
        return Range{*from, *to};
    }

    // The absolute path of a file that does not exist yet, in a folder that does.
    static Result<QString> newFilePath(const QString &out)
    {
        if (out.isEmpty())
            return fail(Error::rejected(QStringLiteral("invalid-path"),
                                        tr("--out: give the path of the file to write.")));
        const QFileInfo info(out);
        const QString path = QDir::cleanPath(info.absoluteFilePath());
        // A dangling symbolic link counts too: writing would follow it.
        if (info.exists() || info.isSymLink())
            return fail(Error::rejected(QStringLiteral("file-exists"),
                                        tr("--out: %1 already exists; Shotbook never overwrites a "
                                           "file. Choose another name or remove it first.")
                                            .arg(QDir::toNativeSeparators(path))));
        const QString folder = QFileInfo(path).absolutePath();
        if (!QFileInfo(folder).isDir())
            return fail(Error::storage(
                QStringLiteral("folder-missing"),
                tr("Cannot create %1: the folder %2 does not exist.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder))));
        return path;
    }

    // Written whole or not at all, readable by its owner only: it names the
    // patient and their treatment.
    static Status writeNewFile(const QString &path, const QByteArray &content)
    {
        QSaveFile file(path);
        const auto writeError = [&](const QString &reason) {
            return fail(Error::storage(
                QStringLiteral("file-not-written"),
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)));
        };
        if (!file.open(QIODevice::WriteOnly))
            return writeError(file.errorString());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(content) != content.size())
            return writeError(file.errorString());
        // Checked again just before the rename, which would replace it.
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
            file.cancelWriting();
            return fail(Error::rejected(QStringLiteral("file-exists"),
                                        tr("--out: %1 was created while writing; Shotbook never "
                                           "overwrites a file.")
                                            .arg(QDir::toNativeSeparators(path))));
        }
        if (!file.commit())
            return writeError(file.errorString());
        return {};
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
