// Times the core services without process start, on a copy of a database:
//   bench_core --db FILE --now ISO [--repeat N]
// For each patient: inject (a fresh injection each repetition, written),
// adherence over the whole history, the site suggestion, the stock forecast
// and the Today summary. Prints one line per figure: name, median ms, min ms.
// The figures are read by run.py, which sets them beside the floors.

#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "injections/InjectionLog.h"
#include "patients/PatientRepository.h"
#include "regimen/PatientSchedule.h"
#include "regimen/RegimenService.h"
#include "sites/SiteService.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "today/TodaySummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

struct Figure
{
    double median = 0;
    double min = 0;
};

Figure timeIt(int repeat, const std::function<bool()> &run)
{
    QList<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return {-1, -1};
        ms.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.constFirst()};
}

void print(const QString &name, const Figure &figure)
{
    QTextStream(stdout) << name << '\t' << QString::number(figure.median, 'f', 3) << '\t'
                        << QString::number(figure.min, 'f', 3) << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("database (changed)"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("current time"),
                                       QStringLiteral("ISO"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("repetitions"),
                                          QStringLiteral("N"), QStringLiteral("9"));
    parser.addOptions({dbOption, nowOption, repeatOption});
    parser.process(app);
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    auto opened = shotbook::Database::open(parser.value(dbOption));
    if (!opened) {
        qCritical("%s", qPrintable(opened.error().message));
        return 4;
    }
    shotbook::Database &database = **opened;
    shotbook::FixedClock clock(shotbook::iso::parseDateTime(parser.value(nowOption))
                                   .value_or(QDateTime::currentDateTime()));

    shotbook::PatientRepository patients(database, clock);
    const auto all = patients.list();
    if (!all)
        return 4;
    int index = 0;
    for (const shotbook::Patient &patient : *all) {
        ++index;
        const QString prefix = QStringLiteral("core.p%1.").arg(index);
        shotbook::RegimenService regimens(database, clock);
        const auto history = regimens.history(patient.id);
        const QDate today = clock.today();
        const QDate first = history && !history->isEmpty() ? history->constFirst().start : today;
        print(prefix + QStringLiteral("adherence-all"), timeIt(repeat, [&] {
                  const auto schedule =
                      shotbook::PatientSchedule::load(database, patient.id, first, today);
                  return schedule && schedule->adherence(first, today, clock.now()).expected >= 0;
              }));
        shotbook::SiteService sites(database, clock);
        print(prefix + QStringLiteral("site-suggest"),
              timeIt(repeat, [&] { return sites.suggest(patient.id).has_value(); }));
        shotbook::StockService stock(database, clock);
        print(prefix + QStringLiteral("stock-forecast"),
              timeIt(repeat, [&] { return stock.status(patient.id).has_value(); }));
        shotbook::TodayService todayService(database, clock);
        print(prefix + QStringLiteral("today-summary"),
              timeIt(repeat, [&] { return todayService.summary(patient.id).has_value(); }));
        // Each repetition logs one more injection, an hour apart up to now, forced past
        // the refusals (a second dose the same day): the write path in full.
        int step = 0;
        print(prefix + QStringLiteral("inject"), timeIt(repeat, [&] {
                  shotbook::InjectionLog log(database, clock);
                  shotbook::InjectionInput input;
                  input.at = clock.now().addSecs(3600 * (++step - repeat));
                  input.site = QStringLiteral("thigh-left-upper");
                  const auto logged = log.log(patient.id, input, shotbook::Confirmations::all());
                  if (!logged)
                      qWarning("inject: %s", qPrintable(logged.error().message));
                  return logged.has_value();
              }));
    }
    return 0;
}
