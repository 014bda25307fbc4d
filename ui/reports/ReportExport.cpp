#include "ReportExport.h"

#include "ReportDocument.h"
#include "ReportPdf.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "common/LocaleFormat.h"
#include "exchange/ReportBuilder.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace shotbook::ui {

QString ReportExport::title(const ReportData &data)
{
    return tr("Injection report for %1, %2 to %3")
        .arg(data.patient.name, locale::shortDate(data.period.from),
             locale::shortDate(data.period.to));
}

Result<ReportExport::Written> ReportExport::write(Database &database, const Clock &clock,
                                                  const ReportOptions &options, const QString &path)
{
    const auto data = ReportBuilder(database, clock).build(options);
    if (!data)
        return fail(data.error());
    const ReportDocument document(*data);
    if (auto written = ReportPdf::write(document, path, title(*data)); !written)
        return fail(written.error());
    return Written{path, document.pageCount()};
}

int ReportExport::exitCode(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Rejected:
        return 3;
    case ErrorKind::Storage:
        return 4;
    case ErrorKind::Usage:
        return 2;
    case ErrorKind::Internal:
        break;
    }
    return 1;
}

int ReportExport::runHeadless(const QStringList &arguments)
{
    QTextStream err(stderr);
    auto failWith = [&err](const Error &error) {
        err << error.message << Qt::endl;
        return exitCode(error);
    };
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("The database."), QStringLiteral("PATH"));
    const QCommandLineOption out(QStringLiteral("export-pdf"), tr("Write the report to PATH."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption patient(QStringLiteral("patient"), tr("The patient's id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day."), QStringLiteral("DATE"));
    const QCommandLineOption now(QStringLiteral("now"), tr("The current time."),
                                 QStringLiteral("DATETIME"));
    const QCommandLineOption noNotes(QStringLiteral("no-notes"), tr("Leave the notes out."));
    parser.addOptions({db, out, patient, from, to, now, noNotes});
    if (!parser.parse(arguments))
        return failWith(Error::usage(parser.errorText()));
    if (!parser.isSet(db) || !parser.isSet(out) || !parser.isSet(patient))
        return failWith(Error::usage(tr("--export-pdf needs --db, --patient and the file.")));

    std::unique_ptr<Clock> clock;
    if (parser.isSet(now)) {
        const auto at = iso::parseDateTime(parser.value(now));
        if (!at)
            return failWith(
                Error::usage(tr("--now: not a date and time: %1").arg(parser.value(now))));
        clock = std::make_unique<FixedClock>(*at);
    } else {
        clock = std::make_unique<SystemClock>();
    }
    bool ok = false;
    ReportOptions options;
    options.patientId = parser.value(patient).toLongLong(&ok);
    if (!ok)
        return failWith(Error::usage(tr("--patient: not an id: %1").arg(parser.value(patient))));
    options.includeNotes = !parser.isSet(noNotes);
    const QDate today = clock->today();
    std::optional<QDate> first;
    std::optional<QDate> last;
    if (parser.isSet(from)) {
        first = iso::parseDate(parser.value(from));
        if (!first)
            return failWith(Error::usage(tr("--from: not a date: %1").arg(parser.value(from))));
    }
    if (parser.isSet(to)) {
        last = iso::parseDate(parser.value(to));
        if (!last)
            return failWith(Error::usage(tr("--to: not a date: %1").arg(parser.value(to))));
    }
    const QDate end = last.value_or(today);
    options.period = {first.value_or(end.addDays(-(ReportBuilder::DefaultDays - 1))), end};

    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return failWith(database.error());
    const auto written = write(**database, *clock, options, parser.value(out));
    if (!written)
        return failWith(written.error());
    QTextStream(stdout) << written->pages << Qt::endl;
    return 0;
}

} // namespace shotbook::ui
