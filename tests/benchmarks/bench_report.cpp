// Times the doctor's report on a 20-year sample database (see README.md):
// for each patient, a year and the whole range, how long ReportBuilder takes
// (core), the layout with the charts, and writing the PDF; and the pages.
// Not a test: run by hand.

#include "CliRunner.h"
#include "charts/ChartSource.h"
#include "common/Clock.h"
#include "exchange/ReportBuilder.h"
#include "patients/PatientRepository.h"
#include "reports/ReportDocument.h"
#include "reports/ReportPdf.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace shotbook;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("demo database"),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);
    QTextStream out(stdout);

    const QString now = QStringLiteral("2026-11-22T09:00");
    QTemporaryDir dir;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo20.sqlite"));
        QElapsedTimer timer;
        timer.start();
        const test::CliRun run = test::runCli(
            {QStringLiteral("--now"), now, QStringLiteral("demo"), QStringLiteral("--years"),
             QStringLiteral("20"), QStringLiteral("--patients"), QStringLiteral("2"),
             QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), path});
        if (run.exitCode != 0) {
            out << "demo failed: " << run.err << Qt::endl;
            return 1;
        }
        out << "demo --years 20 --patients 2: " << timer.elapsed() << " ms" << Qt::endl;
    }
    auto database = Database::open(path, Database::OpenMode::MustExist);
    if (!database) {
        out << database.error().message << Qt::endl;
        return 1;
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::LocalTime));
    const auto patients = PatientRepository(**database, clock).list();
    if (!patients)
        return 1;
    out << "patient | range | days | build ms | layout ms | pdf ms | pages | injections rows"
        << Qt::endl;
    for (const Patient &patient : *patients) {
        ChartSource source(**database, clock);
        const auto full = source.fullRange(patient.id);
        if (!full)
            return 1;
        const QList<std::pair<QString, DateRange>> ranges{
            {QStringLiteral("a year"), ReportOptions::lastDays(365, clock.today())},
            {QStringLiteral("all"), *full}};
        for (const auto &[name, range] : ranges) {
            ReportOptions options;
            options.patientId = patient.id;
            options.period = range;
            QElapsedTimer timer;
            timer.start();
            const auto data = ReportBuilder(**database, clock).build(options);
            if (!data) {
                out << data.error().message << Qt::endl;
                return 1;
            }
            const qint64 build = timer.restart();
            const ui::ReportDocument document(*data);
            const int pages = document.pageCount();
            const qint64 layout = timer.restart();
            const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(patient.id));
            QFile::remove(pdf);
            if (auto written = ui::ReportPdf::write(document, pdf, patient.name); !written) {
                out << written.error().message << Qt::endl;
                return 1;
            }
            const qint64 write = timer.elapsed();
            out << patient.name << " | " << name << " | " << range.days() << " | " << build << " | "
                << layout << " | " << write << " | " << pages << " | " << data->injections.size()
                << Qt::endl;
        }
    }
    return 0;
}
