// Times the main window on a database, as the app builds it:
//   bench_gui --db FILE --now ISO [--cold]
// --cold: quits after the main window's first paint (run.py times the whole
// process, as it times floor_window). Otherwise, after that paint: switching
// to each view (chosen, then painted), scrolling the Log view from top to
// bottom a page at a time (each step painted), and the peak RSS after every
// view was shown. Prints one line per figure: name, value (ms or MB).

#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppIdentity.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "common/UserPrompts.h"
#include "injections/LogTableModel.h"
#include "injections/LogView.h"
#include "reports/ReportsView.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListWidget>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <sys/resource.h>

#include <algorithm>

namespace {

// Ends `loop` at the window's first paint (not the application: quitting
// it would hide the window, see MainWindow's aboutToQuit).
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QEventLoop &loop)
        : m_loop(loop)
    {}
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            QTimer::singleShot(0, &m_loop, &QEventLoop::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QEventLoop &m_loop;
};

void print(const QString &name, double value)
{
    QTextStream(stdout) << name << '\t' << QString::number(value, 'f', 3) << '\n';
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// Counts the paint events of a widget and its descendants (a view's own
// area may be all children: a scroll area paints its viewport): a step is
// timed until what must show it has painted, not until a repaint() returns.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : m_widget(widget)
    {}
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *painted = static_cast<QWidget *>(watched);
            if (painted == m_widget || m_widget->isAncestorOf(painted))
                ++paints;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
};

// Runs `step`, then the event loop until `widget` has painted (at most 5 s);
// the milliseconds from before the step to after that paint.
template <typename Step>
double timedUntilPainted(QWidget *widget, Step step)
{
    PaintCounter counter(widget);
    qApp->installEventFilter(&counter);
    QElapsedTimer timer;
    timer.start();
    step();
    while (counter.paints == 0 && timer.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    qApp->removeEventFilter(&counter);
    if (qEnvironmentVariableIsSet("BENCH_GUI_DEBUG"))
        qWarning("paints %d visible %d exposed %d updates %d ms %f", counter.paints,
                 widget->isVisible(), widget->window()->windowHandle()->isExposed(),
                 widget->updatesEnabled(), ms);
    return counter.paints > 0 ? ms : -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    shotbook::applyApplicationIdentity();
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("database"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("current time"),
                                       QStringLiteral("ISO"));
    const QCommandLineOption coldOption(QStringLiteral("cold"),
                                        QStringLiteral("quit after the first paint"));
    parser.addOptions({dbOption, nowOption, coldOption});
    parser.process(app);

    // As the window opens it (DatabaseOpener): every page read once at the start.
    auto opened =
        shotbook::Database::open(parser.value(dbOption), shotbook::Database::OpenMode::MustExist,
                                 shotbook::Database::Scrutiny::Whole);
    if (!opened) {
        qCritical("%s", qPrintable(opened.error().message));
        return 4;
    }
    shotbook::FixedClock clock(shotbook::iso::parseDateTime(parser.value(nowOption))
                                   .value_or(QDateTime::currentDateTime()));
    shotbook::ui::WidgetPrompts prompts;
    shotbook::ui::AppSettings settings;
    shotbook::ui::AppContext context(**opened, clock, prompts);
    shotbook::ui::MainWindow window(context, settings);
    window.resize(1200, 900);
    QEventLoop untilPainted;
    FirstPaint firstPaint(untilPainted);
    window.installEventFilter(&firstPaint);
    window.show();
    untilPainted.exec();
    window.removeEventFilter(&firstPaint);
    print(QStringLiteral("gui.first-paint-in-process"),
          static_cast<double>(sinceStart.nsecsElapsed()) / 1e6);
    print(QStringLiteral("gui.peak-rss-mb.first-paint"), peakRssMb());
    if (parser.isSet(coldOption))
        return 0;

    auto *navigation = shotbook::test::child<QListWidget>(window, "navigation");
    auto *views = shotbook::test::child<QStackedWidget>(window, "views");
    QList<double> switches;
    for (int row = 0; row < navigation->count(); ++row) {
        // Twice: the first visit may build the view, the second is a switch.
        for (const char *visit : {"first", "again"}) {
            navigation->setCurrentRow(row == 0 ? 1 : 0);
            QApplication::processEvents();
            QWidget *view = views->widget(row);
            const double ms = timedUntilPainted(view, [&] { navigation->setCurrentRow(row); });
            const QString name =
                navigation->item(row)->text().toLower().remove(u'&').replace(u' ', u'-');
            print(QStringLiteral("gui.view.%1.%2").arg(name, QLatin1String(visit)), ms);
            if (QLatin1String(visit) == QLatin1String("again"))
                switches.append(ms);
            else // what each view adds to the peak (which view holds history)
                print(QStringLiteral("gui.peak-rss-mb.after-%1").arg(name), peakRssMb());
        }
    }
    // The Reports page builds its preview a moment after it is shown: let it
    // finish here, not inside a scroll step below.
    if (auto *reports = window.reportsView()) {
        QEventLoop built;
        QObject::connect(reports, &shotbook::ui::ReportsView::previewed, &built, &QEventLoop::quit);
        QTimer::singleShot(30000, &built, &QEventLoop::quit);
        if (!reports->document())
            built.exec();
    }
    print(QStringLiteral("gui.peak-rss-mb.after-every-view"), peakRssMb());
    print(QStringLiteral("gui.view-switch.median"), median(switches));
    print(QStringLiteral("gui.view-switch.worst"),
          *std::max_element(switches.begin(), switches.end()));

    // The whole history in the Log (it shows the last weeks at first).
    if (auto *log =
            window.logView()->findChild<shotbook::ui::LogTableModel *>(QStringLiteral("model")))
        log->setRange(QDate(1990, 1, 1), clock.now().date());
    window.showView(window.logView());
    QApplication::processEvents();
    QTableView *table = window.logView()->table();
    QScrollBar *bar = table->verticalScrollBar();
    QAbstractItemModel *model = table->model();
    QList<double> steps;
    double worst = 0;
    for (int i = 0; i < 20000; ++i) {
        const int before = bar->value();
        const bool more = model->canFetchMore(table->rootIndex());
        if (before >= bar->maximum() && !more)
            break;
        // A page down, as the view does it: at the end of what is fetched,
        // the model fetches the next rows (QAbstractItemView does the same
        // when its scroll bar reaches the end).
        const double ms = timedUntilPainted(table->viewport(), [&] {
            if (before >= bar->maximum() && more) {
                model->fetchMore(table->rootIndex());
                QApplication::processEvents(); // the scroll bar's new range
            }
            bar->setValue(before + bar->pageStep());
        });
        if (ms < 0)
            break;
        steps.append(ms);
        worst = qMax(worst, ms);
    }
    print(QStringLiteral("gui.log-scroll.steps"), static_cast<double>(steps.size()));
    print(QStringLiteral("gui.log-scroll.rows"), static_cast<double>(model->rowCount()));
    print(QStringLiteral("gui.log-scroll.median-step"), median(steps));
    print(QStringLiteral("gui.log-scroll.worst-step"), worst);
    print(QStringLiteral("gui.peak-rss-mb.after-log-whole-history"), peakRssMb());
    return 0;
}
