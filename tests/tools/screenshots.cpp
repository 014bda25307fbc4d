// Renders every view of the main window, as a user would see it, into PNG
// files: for looking at what was built (screenshots in the notes), not a test.
//   screenshots --db FILE --out FOLDER [--lang de] [--size 1200x900] [--now ISO] [--patient ID]
//               [--dialogs] [--firstrun]
// --dialogs also renders the Stock forecast, the Diary's side effects,
// Settings, Set Regimen and Log Injection; --firstrun walks the first-run assistant on a new
// database of its own (FOLDER/firstrun.sqlite) with a newborn's weight-based regimen.

#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppIdentity.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "common/UserPrompts.h"
#include "diary/DiaryView.h"
#include "firstrun/FirstRunIndicationPage.h"
#include "firstrun/FirstRunRegimenPage.h"
#include "firstrun/FirstRunStockPage.h"
#include "firstrun/FirstRunWizard.h"
#include "injections/InjectionDialog.h"
#include "patients/PatientForm.h"
#include "regimen/RegimenDialog.h"
#include "regimen/RegimenForm.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "shell/Translations.h"
#include "stock/LotForm.h"
#include "stock/StockView.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QTabWidget>

namespace {

void settle()
{
    for (int i = 0; i < 20; ++i)
        QApplication::processEvents();
}

void save(QWidget &widget, const QDir &out, const QString &name)
{
    settle();
    widget.grab().save(out.filePath(name + QStringLiteral(".png")));
}

void renderDialog(QDialog &dialog, const QDir &out, const QString &name)
{
    dialog.show();
    dialog.adjustSize();
    save(dialog, out, name);
    dialog.hide();
}

void renderFirstRun(const shotbook::Clock &clock, shotbook::ui::UserPrompts &prompts,
                    const QDir &out)
{
    using shotbook::ui::FirstRunWizard;
    const QString path = out.filePath(QStringLiteral("firstrun.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto database = shotbook::Database::open(path);
    if (!database)
        return;
    shotbook::ui::AppContext context(**database, clock, prompts);
    FirstRunWizard wizard(context);
    wizard.resize(720, 640);
    wizard.show();
    save(wizard, out, QStringLiteral("firstrun-0-welcome"));
    wizard.next();
    wizard.patientForm()->nameEdit()->setText(QStringLiteral("Léa"));
    wizard.patientForm()->birthKnown()->setChecked(true);
    wizard.patientForm()->birthEdit()->setDate(clock.today().addDays(-20));
    save(wizard, out, QStringLiteral("firstrun-1-patient"));
    wizard.next();
    wizard.indicationPage()->button(QStringLiteral("nomid"))->setChecked(true);
    save(wizard, out, QStringLiteral("firstrun-2-indication"));
    wizard.next();
    wizard.regimenPage()->form()->mgPerKgEdit()->setValue(1.0);
    wizard.regimenPage()->weightEdit()->setValue(3.4);
    save(wizard, out, QStringLiteral("firstrun-3-regimen"));
    wizard.regimenPage()->form()->mgPerKgEdit()->setValue(2.0);
    wizard.regimenPage()->weightEdit()->setValue(9.8);
    save(wizard, out, QStringLiteral("firstrun-3-regimen-measurable"));
    wizard.next();
    save(wizard, out, QStringLiteral("firstrun-4-zones"));
    wizard.next();
    wizard.stockPage()->form()->lotEdit()->setText(QStringLiteral("K1234A"));
    save(wizard, out, QStringLiteral("firstrun-5-stock"));
    wizard.next();
    save(wizard, out, QStringLiteral("firstrun-6-summary"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    shotbook::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Shotbook"));
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
    const QCommandLineOption dialogs(QStringLiteral("dialogs"),
                                     QStringLiteral("also the dialogs and the stock forecast"));
    const QCommandLineOption firstRun(QStringLiteral("firstrun"),
                                      QStringLiteral("the first-run assistant's pages"));
    parser.addOptions({db, out, lang, size, now, patient, dialogs, firstRun});
    parser.process(app);

    QLocale::setDefault(QLocale(parser.value(lang)));
    shotbook::ui::installTranslations(app);
    shotbook::SystemClock system;
    shotbook::FixedClock fixed(
        parser.isSet(now) ? shotbook::iso::parseDateTime(parser.value(now)).value_or(QDateTime())
                          : QDateTime());
    const shotbook::Clock &clock =
        parser.isSet(now) ? static_cast<const shotbook::Clock &>(fixed) : system;
    shotbook::ui::WidgetPrompts prompts;
    QDir().mkpath(parser.value(out));
    const QDir folder(parser.value(out));
    if (parser.isSet(firstRun))
        renderFirstRun(clock, prompts, folder);
    if (!parser.isSet(db))
        return 0;

    auto database = shotbook::Database::open(parser.value(db));
    if (!database) {
        qCritical("%s", qPrintable(database.error().message));
        return 4;
    }
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
        save(window, folder, QStringLiteral("%1-%2").arg(row).arg(name));
    }
    if (!parser.isSet(dialogs))
        return 0;
    window.showView(window.stockView());
    if (auto *tabs = window.stockView()->findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1);
        save(window, folder, QStringLiteral("stock-forecast"));
        tabs->setCurrentIndex(0);
    }
    window.showView(window.diaryView());
    if (auto *tabs = window.diaryView()->findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1);
        save(window, folder, QStringLiteral("diary-side-effects"));
        tabs->setCurrentIndex(0);
    }
    shotbook::ui::SettingsDialog settingsDialog(context, settings, &window);
    renderDialog(settingsDialog, folder, QStringLiteral("settings"));
    if (context.currentPatientId() > 0) {
        shotbook::ui::RegimenDialog regimen(context, context.currentPatientId(), &window);
        renderDialog(regimen, folder, QStringLiteral("regimen"));
        shotbook::ui::InjectionDialog injection(context, context.currentPatientId(), &window);
        renderDialog(injection, folder, QStringLiteral("log-injection"));
    }
    return 0;
}
