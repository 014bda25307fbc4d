// Times every chart of the Charts view on a 20-year, 2-patient sample
// database: for each patient, chart and range, the time from choosing it to
// the chart drawn (read from the database, aggregated, downsampled, set with
// replace(), painted), beside a floor measured in the same run: replace() of
// the same number of points into a bare QLineSeries on a bare QChartView,
// painted. Optionally saves a PNG of each chart. See README.md.
//
//   bench_charts [--db FILE] [--years N] [--screenshots DIR] [--dark] [--size WxH]

#include "ScriptedPrompts.h"
#include "charts/ChartPanel.h"
#include "charts/ChartSource.h"
#include "charts/ChartView.h"
#include "charts/ChartsView.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "patients/PatientRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QValueAxis>
#include <QXYSeries>

using namespace shotbook;

namespace {

double paintMs(QWidget &widget, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    QCoreApplication::processEvents(); // the re-sampling after a layout
    widget.repaint();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

int pointsOf(ui::ChartPanel *chart)
{
    int points = 0;
    for (QXYSeries *series : chart->xySeries())
        points += static_cast<int>(series->count());
    return points;
}

int largestSeries(ui::ChartPanel *chart)
{
    int points = 0;
    for (QXYSeries *series : chart->xySeries())
        points = std::max(points, static_cast<int>(series->count()));
    return points;
}

double floorMs(int points, const QSize &size)
{
    QChartView bare;
    auto *series = new QLineSeries;
    bare.chart()->addSeries(series);
    bare.chart()->createDefaultAxes();
    bare.resize(size);
    bare.show();
    QList<QPointF> data;
    data.reserve(points);
    for (int i = 0; i < points; ++i)
        data.append({static_cast<double>(i), static_cast<double>((i * 7919) % 100)});
    return paintMs(bare, [&] {
        series->replace(data);
        bare.chart()->axes(Qt::Horizontal).constFirst()->setRange(0, points);
        bare.chart()->axes(Qt::Vertical).constFirst()->setRange(0, 100);
    });
}

// What core alone takes for the chart: read, aggregate (a fresh source, no cache).
double coreMs(Database &database, const Clock &clock, qint64 patient, int chart,
              const DateRange &range)
{
    ChartSource source(database, clock);
    QElapsedTimer timer;
    timer.start();
    switch (chart) {
    case 0:
        (void)source.symptoms(patient, range,
                              {QStringLiteral("pain"), QStringLiteral("stiffness-min"),
                               QStringLiteral("patient-global"), QStringLiteral("fever-c"),
                               QStringLiteral("rash")});
        break;
    case 1:
        (void)source.activity(patient, range);
        break;
    case 2:
        (void)source.doseWeight(patient, range);
        break;
    case 3:
        (void)source.sites(patient, range);
        break;
    default:
        (void)source.adherence(patient, range, TimeBuckets::Size::Month);
        break;
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("an existing demo database"), QStringLiteral("FILE"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("years of demo"),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                         QStringLiteral("save a PNG of each chart there"),
                                         QStringLiteral("DIR"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("dark palette"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("window size"),
                                        QStringLiteral("WxH"), QStringLiteral("1280x760"));
    const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("the clock"),
                                       QStringLiteral("DATETIME"),
                                       QStringLiteral("2026-11-22T09:00:00"));
    parser.addOptions({dbOption, yearsOption, shotsOption, darkOption, sizeOption, nowOption});
    parser.process(app);
    if (parser.isSet(darkOption))
        QApplication::setPalette(darkPalette());

    QTextStream out(stdout);
    FixedClock clock(QDateTime::fromString(parser.value(nowOption), Qt::ISODate));
    QTemporaryDir dir;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.sqlite"));
        QElapsedTimer timer;
        timer.start();
        const auto written =
            DemoGenerator::write(path, {parser.value(yearsOption).toInt(), 2, 7}, clock);
        if (!written) {
            out << "demo: " << written.error().message << '\n';
            return 1;
        }
        out << "demo --years " << parser.value(yearsOption) << " --patients 2: " << timer.elapsed()
            << " ms, " << written->injections << " injections\n";
    }
    auto database = Database::open(path, Database::OpenMode::MustExist);
    if (!database) {
        out << database.error().message << '\n';
        return 1;
    }
    test::ScriptedPrompts prompts;
    ui::AppContext context(**database, clock, prompts);
    PatientRepository patients(**database, clock);
    const auto all = patients.list();

    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    ui::ChartsView view(context);
    view.resize(size.value(0).toInt(), size.value(1).toInt());
    view.show();
    QCoreApplication::processEvents();

    const QList<std::pair<ui::ChartsView::Range, QString>> ranges = {
        {ui::ChartsView::Range::Days30, QStringLiteral("30d")},
        {ui::ChartsView::Range::Days90, QStringLiteral("90d")},
        {ui::ChartsView::Range::Year, QStringLiteral("1y")},
        {ui::ChartsView::Range::All, QStringLiteral("all")}};
    const QStringList names = {QStringLiteral("symptoms"), QStringLiteral("activity"),
                               QStringLiteral("dose-weight"), QStringLiteral("sites"),
                               QStringLiteral("adherence")};
    const QString shots = parser.value(shotsOption);
    if (!shots.isEmpty())
        QDir().mkpath(shots);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("patient"), -14)
               .arg(QStringLiteral("chart"), -12)
               .arg(QStringLiteral("range"), -6)
               .arg(QStringLiteral("points"), 7)
               .arg(QStringLiteral("largest"), 7)
               .arg(QStringLiteral("budget"), 7)
               .arg(QStringLiteral("redraw ms"), 10)
               .arg(QStringLiteral("core ms"), 8)
               .arg(QStringLiteral("floor ms"), 9);
    for (const Patient &patient : *all) {
        context.setCurrentPatientId(patient.id);
        for (int chart = 0; chart < view.chartCount(); ++chart) {
            for (const auto &[range, rangeName] : ranges) {
                // Each measurement starts from another range, so the chart reads again.
                view.setRange(range == ui::ChartsView::Range::Days30
                                  ? ui::ChartsView::Range::Days90
                                  : ui::ChartsView::Range::Days30);
                view.showChart(chart);
                QCoreApplication::processEvents();
                const double ms = paintMs(view, [&] { view.setRange(range); });
                ui::ChartPanel *panel = view.chartAt(chart);
                const int points = pointsOf(panel);
                const double floor = floorMs(std::max(points, 2), panel->view()->size());
                const double core = coreMs(**database, clock, patient.id, chart, view.range());
                out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                           .arg(patient.name, -14)
                           .arg(names.at(chart), -12)
                           .arg(rangeName, -6)
                           .arg(points, 7)
                           .arg(largestSeries(panel), 7)
                           .arg(panel->pointBudget(), 7)
                           .arg(ms, 10, 'f', 1)
                           .arg(core, 8, 'f', 1)
                           .arg(floor, 9, 'f', 1);
                out.flush();
                if (!shots.isEmpty())
                    panel->toImage().save(QDir(shots).filePath(
                        QStringLiteral("%1-%2-%3%4.png")
                            .arg(patient.id)
                            .arg(names.at(chart), rangeName,
                                 parser.isSet(darkOption) ? QStringLiteral("-dark") : QString())));
            }
        }
    }
    return 0;
}
