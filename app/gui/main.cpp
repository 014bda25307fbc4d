#include "common/AppContext.h"
#include "common/AppIdentity.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/UserPrompts.h"
#include "reports/ReportExport.h"
#include "shell/DatabaseOpener.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#if defined(__SANITIZE_ADDRESS__)
// Sanitizer builds only (the test build): GCC 12's LeakSanitizer misreads
// glibc 2.36's table of thread-locals of dlopen()ed libraries (Qt's plugins)
// and crashed at the exit of this process about one run in three ("Tracer
// caught signal 11"; the PDF renderer behind `export pdf` failed the goldens 7
// times in 20). The window's process is checked without thread-locals as
// roots, which can only report more, never less (tests/lsan.supp); only this
// process: for every short-lived shotbook-cli it costs 2.7× the run time.
extern "C" const char *__lsan_default_options();
extern "C" const char *__lsan_default_options()
{
    return "use_tls=0:print_suppressions=0";
}
#endif

namespace {

// `shotbook --export-pdf PATH ...`: the doctor's report without a window, for
// `shotbook-cli export pdf` (which links shotbook_core alone).
bool exportsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--export-pdf") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = exportsPdf(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    shotbook::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Shotbook"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/shotbook.svg")));
    QApplication::setDesktopFileName(QStringLiteral(SHOTBOOK_APP_ID));
    // The language chosen in Settings, if any; it takes effect here, at start.
    shotbook::ui::applyLanguage(shotbook::ui::AppSettings().language());
    shotbook::ui::installTranslations(app);
    if (headless)
        return shotbook::ui::ReportExport::runHeadless(QApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A private diary for daily injections."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Open the database file PATH."),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : shotbook::Database::defaultPath();

    shotbook::ui::WidgetPrompts prompts;
    shotbook::ui::DatabaseOpener opener(prompts);
    auto opened = opener.open(path);
    if (!opened)
        return 4;

    shotbook::SystemClock clock;
    shotbook::ui::AppSettings settings;
    shotbook::ui::AppContext context(*opened->database, clock, prompts);
    shotbook::ui::MainWindow window(context, settings);
    window.show();
    window.backUpIfDue();
    window.runFirstRunIfEmpty();
    return QApplication::exec();
}
