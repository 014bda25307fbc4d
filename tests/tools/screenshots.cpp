// Renders every view of the main window, as a user would see it, into PNG
// files: for looking at what was built (screenshots in the notes), not a test.
//   screenshots --db FILE --out FOLDER [--lang de] [--size 1200x900] [--now ISO] [--patient ID]

#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppIdentity.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "common/UserPrompts.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QListWidget>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    shotbook::applyApplicationIdentity();
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("database"),
                                QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("folder"),
                                 QStringLiteral("FOLDER"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("language"),
                                  QStringLiteral("LANG"), QStringLiteral("en_GB"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("WxH"),
                                  QStringLiteral("SIZE"), QStringLiteral("1200x900"));
    const QCommandLineOption now(QStringLiteral("now"), QStringLiteral("time"),
                                 QStringLiteral("ISO"));
    const QCommandLineOption patient(QStringLiteral("patient"), QStringLiteral("id"),
                                     QStringLiteral("ID"));
    parser.addOptions({db, out, lang, size, now, patient});
    parser.process(app);

    QLocale::setDefault(QLocale(parser.value(lang)));
    shotbook::ui::installTranslations(app);
    auto database = shotbook::Database::open(parser.value(db));
    if (!database) {
        qCritical("%s", qPrintable(database.error().message));
        return 4;
    }
    shotbook::SystemClock system;
    shotbook::FixedClock fixed(
        parser.isSet(now) ? shotbook::iso::parseDateTime(parser.value(now)).value_or(QDateTime())
                          : QDateTime());
    const shotbook::Clock &clock =
        parser.isSet(now) ? static_cast<const shotbook::Clock &>(fixed) : system;
    shotbook::ui::WidgetPrompts prompts;
    shotbook::ui::AppSettings settings;
    shotbook::ui::AppContext context(**database, clock, prompts);
    shotbook::ui::MainWindow window(context, settings);
    if (parser.isSet(patient))
        context.setCurrentPatientId(parser.value(patient).toLongLong());
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    QDir().mkpath(parser.value(out));
    for (int row = 0; row < shotbook::test::child<QListWidget>(window, "navigation")->count();
         ++row) {
        shotbook::test::child<QListWidget>(window, "navigation")->setCurrentRow(row);
        for (int i = 0; i < 20; ++i)
            QApplication::processEvents();
        const QString name = shotbook::test::child<QListWidget>(window, "navigation")
                                 ->item(row)
                                 ->text()
                                 .toLower()
                                 .replace(QLatin1Char(' '), QLatin1Char('-'))
                                 .remove(QLatin1Char('&'));
        window.grab().save(
            QDir(parser.value(out)).filePath(QStringLiteral("%1-%2.png").arg(row).arg(name)));
    }
    return 0;
}
