#include "CommandContext.h"
#include "CommandSpec.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "exchange/CalendarExport.h"
#include "exchange/CsvExport.h"
#include "exchange/FhirExport.h"
#include "exchange/NewFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>

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

    // Every patient unless --patient names one: a CSV export is the whole record.
    static Result<CommandOutput> csv(CommandContext &context)
    {
        const auto range = dateRange(context);
        if (!range)
            return fail(range.error());
        CsvExport::Options options;
        options.from = range->first;
        options.to = range->second;
        QString who = tr("every patient");
        if (context.has(QStringLiteral("patient"))) {
            const auto patient = context.patient();
            if (!patient)
                return fail(patient.error());
            options.patientId = patient->id;
            who = patient->name;
        }
        CsvExport exporter(context.database(), context.clock());
        const auto written = exporter.write(context.value(QStringLiteral("out")), options);
        if (!written)
            return fail(outError(written.error()));
        CommandOutput output;
        output.json.insert(QStringLiteral("files"), QJsonArray::fromStringList(written->files));
        output.json.insert(QStringLiteral("folder"), written->folder);
        output.json.insert(QStringLiteral("rows"), written->rows);
        output.text << tr("Wrote %n CSV file(s) for %1 to %2 (%3 rows).", nullptr,
                          static_cast<int>(written->files.size()))
                           .arg(who, QDir::toNativeSeparators(written->folder))
                           .arg(written->rows);
        return output;
    }

    static Result<CommandOutput> fhir(CommandContext &context)
    {
        const auto range = dateRange(context);
        if (!range)
            return fail(range.error());
        if (auto path = NewFile::checkPath(context.value(QStringLiteral("out"))); !path)
            return fail(outError(path.error()));
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        FhirExport exporter(context.database(), context.clock());
        const auto written = exporter.write(patient->id, context.value(QStringLiteral("out")),
                                            range->first, range->second);
        if (!written)
            return fail(outError(written.error()));
        CommandOutput output;
        output.json.insert(QStringLiteral("files"), QJsonArray{written->path});
        output.json.insert(QStringLiteral("resources"), written->resources);
        output.text << tr("Wrote a FHIR R4 bundle of %n resource(s) for %1 to %2.", nullptr,
                          written->resources)
                           .arg(patient->name, QDir::toNativeSeparators(written->path));
        return output;
    }

    // The report is drawn by the GUI's renderer (Qt Widgets and Charts): the
    // `shotbook` binary beside this one is run headless for it, so that every
    // other command still starts with shotbook_core alone.
    static Result<CommandOutput> pdf(CommandContext &context)
    {
        const auto range = dateRange(context);
        if (!range)
            return fail(range.error());
        const auto path = NewFile::checkPath(context.value(QStringLiteral("out")));
        if (!path)
            return fail(outError(path.error()));
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const QString gui = guiBinary();
        if (!QFileInfo(gui).isExecutable())
            return fail(Error::internal(
                QStringLiteral("renderer-missing"),
                tr("Cannot make the PDF: %1 is missing; it draws the report and is installed "
                   "beside shotbook-cli.")
                    .arg(QDir::toNativeSeparators(gui))));
        QStringList arguments{
            QStringLiteral("--db"),         context.databasePath(),
            QStringLiteral("--export-pdf"), *path,
            QStringLiteral("--patient"),    QString::number(patient->id),
            QStringLiteral("--now"),        iso::formatUtc(context.clock().now())};
        if (range->first)
            arguments << QStringLiteral("--from") << iso::formatDate(*range->first);
        if (range->second)
            arguments << QStringLiteral("--to") << iso::formatDate(*range->second);
        if (context.has(QStringLiteral("no-notes")))
            arguments << QStringLiteral("--no-notes");
        QProcess renderer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        renderer.setProcessEnvironment(environment);
        renderer.start(gui, arguments);
        constexpr int TimeoutMs = 10 * 60 * 1000;
        if (!renderer.waitForFinished(TimeoutMs) || renderer.exitStatus() != QProcess::NormalExit) {
            renderer.kill();
            renderer.waitForFinished();
            return fail(
                Error::internal(QStringLiteral("renderer-failed"),
                                tr("Cannot make the PDF: %1 stopped (%2).")
                                    .arg(QDir::toNativeSeparators(gui), renderer.errorString())));
        }
        const QString message =
            QString::fromUtf8(renderer.readAllStandardError())
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                .filter(QRegularExpression(QStringLiteral("^(?!QStandardPaths)")))
                .join(QLatin1Char(' '))
                .trimmed();
        switch (renderer.exitCode()) {
        case 0:
            break;
        case 3:
            return fail(Error::rejected(QStringLiteral("report-refused"), message));
        case 4:
            return fail(Error::storage(QStringLiteral("file-not-written"), message));
        default:
            return fail(Error::internal(QStringLiteral("renderer-failed"),
                                        tr("Cannot make the PDF: %1").arg(message)));
        }
        const int pages = QString::fromUtf8(renderer.readAllStandardOutput()).trimmed().toInt();
        CommandOutput output;
        output.json.insert(QStringLiteral("files"), QJsonArray{*path});
        output.json.insert(QStringLiteral("pages"), pages);
        output.text << tr("Wrote a report of %n page(s) for %1 to %2.", nullptr, pages)
                           .arg(patient->name, QDir::toNativeSeparators(*path));
        return output;
    }

private:
    static QString guiBinary()
    {
#ifdef Q_OS_WIN
        const QString name = QStringLiteral("shotbook.exe");
#else
        const QString name = QStringLiteral("shotbook");
#endif
        return QDir(QCoreApplication::applicationDirPath()).filePath(name);
    }

    static Result<std::pair<std::optional<QDate>, std::optional<QDate>>>
    dateRange(CommandContext &context)
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
        return std::pair{*from, *to};
    }

    // File errors name the option the file came from.
    static Error outError(Error error)
    {
        if (error.code == QLatin1String("file-exists") ||
            error.code == QLatin1String("invalid-path") ||
            error.code == QLatin1String("folder-not-empty"))
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
        {{QStringLiteral("export"), QStringLiteral("pdf")},
         C::tr("writes the doctor's report (summary, charts, injection log, diary) as a PDF, "
               "never over an existing file; the last 90 days unless --from or --to say"),
         {patient,
          {QStringLiteral("out"), QStringLiteral("FILE"), true, C::tr("the .pdf file to write")},
          from,
          to,
          {QStringLiteral("no-notes"), {}, false, C::tr("leave the notes out of the report")}},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::pdf},
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
        {{QStringLiteral("export"), QStringLiteral("csv")},
         C::tr("writes the record as CSV files (one per table, and manifest.csv) into a new or "
               "empty folder; every patient unless --patient names one"),
         {patient,
          {QStringLiteral("out"), QStringLiteral("FOLDER"), true, C::tr("the folder to write")},
          from,
          to},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::csv},
        {{QStringLiteral("export"), QStringLiteral("fhir")},
         C::tr("writes the patient's record as a FHIR R4 Bundle (JSON), never over an existing "
               "file"),
         {patient,
          {QStringLiteral("out"), QStringLiteral("FILE"), true, C::tr("the .json file to write")},
          from,
          to},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::fhir},
    };
}

} // namespace shotbook::cli
