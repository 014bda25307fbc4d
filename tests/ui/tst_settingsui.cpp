#include "ScriptedPrompts.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "shell/SettingsDialog.h"
#include "shell/Translations.h"
#include "storage/Database.h"
#include "storage/SettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

// Settings: every setting stored where the rules (or this computer's
// preferences) read it; a value out of range refused, with nothing written.
class TestSettingsUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc())};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;

    QSpinBox *rule(ui::SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<QSpinBox *>(QLatin1String(name));
    }

    void clickOk(ui::SettingsDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Ok)->click();
    }

    QHash<QString, int> stored() const
    {
        SettingsService service(*m_database);
        return *service.values();
    }

private Q_SLOTS:
    void initTestCase() { ui::installTranslations(*QCoreApplication::instance()); }

    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        // Each test starts from the defaults (run-isolated.sh gives a fresh home).
        ui::AppSettings settings;
        settings.setRemindersEnabled(true);
        settings.setReminderRepeatMinutes(30);
        settings.setKeepRunningInTray(true);
        settings.setWeightInPounds(false);
        settings.setTemperatureInFahrenheit(false);
        settings.setLanguage(QString());
        settings.sync();
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
    }

    void showsWhatIsStored()
    {
        SettingsService service(*m_database);
        QVERIFY(service.set(*SettingsService::find(QStringLiteral("room-temperature-hours")), 48));
        ui::AppSettings settings;
        ui::SettingsDialog dialog(*m_context, settings);
        QCOMPARE(rule(dialog, "low-stock-days")->value(), 7);
        QCOMPARE(rule(dialog, "expiring-soon-days")->value(), 30);
        QCOMPARE(rule(dialog, "room-temperature-hours")->value(), 48);
        QCOMPARE(rule(dialog, "rounding-tolerance-percent")->value(), 10);
        QCOMPARE(rule(dialog, "site-rest-days")->value(), 7);
        // Each box holds its setting's range.
        QCOMPARE(rule(dialog, "expiring-soon-days")->minimum(), 1);
        QCOMPARE(rule(dialog, "expiring-soon-days")->maximum(), 180);
        // Typing starts in the first setting, not on the OK button.
        QCOMPARE(dialog.focusWidget(), rule(dialog, "low-stock-days"));
    }

    void storesEverySetting()
    {
        ui::AppSettings settings;
        ui::SettingsDialog dialog(*m_context, settings);
        QSignalSpy changed(m_context.get(), &ui::AppContext::changed);
        rule(dialog, "low-stock-days")->setValue(14);
        rule(dialog, "expiring-soon-days")->setValue(60);
        rule(dialog, "room-temperature-hours")->setValue(24);
        rule(dialog, "rounding-tolerance-percent")->setValue(5);
        rule(dialog, "site-rest-days")->setValue(10);
        dialog.findChild<QCheckBox *>(QStringLiteral("remindersEnabled"))->setChecked(true);
        dialog.findChild<QSpinBox *>(QStringLiteral("reminderRepeat"))->setValue(45);
        dialog.findChild<QCheckBox *>(QStringLiteral("keepInTray"))->setChecked(false);
        auto *weight = dialog.findChild<QComboBox *>(QStringLiteral("weightUnit"));
        weight->setCurrentIndex(weight->findData(true));
        auto *temperature = dialog.findChild<QComboBox *>(QStringLiteral("temperatureUnit"));
        temperature->setCurrentIndex(temperature->findData(true));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(changed.count() >= 1); // the views redo their alerts

        const auto values = stored();
        QCOMPARE(values.value(QStringLiteral("low-stock-days")), 14);
        QCOMPARE(values.value(QStringLiteral("expiring-soon-days")), 60);
        QCOMPARE(values.value(QStringLiteral("room-temperature-hours")), 24);
        QCOMPARE(values.value(QStringLiteral("rounding-tolerance-percent")), 5);
        QCOMPARE(values.value(QStringLiteral("site-rest-days")), 10);
        // This computer's preferences, read back from the file.
        ui::AppSettings reread;
        QVERIFY(reread.remindersEnabled());
        QCOMPARE(reread.reminderRepeatMinutes(), 45);
        QVERIFY(!reread.keepRunningInTray());
        QVERIFY(reread.weightInPounds());
        QVERIFY(reread.temperatureInFahrenheit());
        QCOMPARE(reread.language(), QStringLiteral("de"));
    }

    // Typed out of range: refused, its range named, nothing written (not even
    // the settings that were in range).
    void outOfRangeRefusedWithNothingWritten()
    {
        ui::AppSettings settings;
        ui::SettingsDialog dialog(*m_context, settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        rule(dialog, "expiring-soon-days")->setValue(45);
        dialog.findChild<QSpinBox *>(QStringLiteral("reminderRepeat"))->setValue(90);
        QSpinBox *low = rule(dialog, "low-stock-days");
        low->setFocus();
        low->selectAll();
        QTest::keyClicks(low, QStringLiteral("0"));
        QVERIFY(!low->hasAcceptableInput());
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QLabel *error = dialog.findChild<QLabel *>(QStringLiteral("settingsError"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("Low-stock alert must be from 1 to 90 days, not 0."));
        QCOMPARE(stored().value(QStringLiteral("low-stock-days")), 7);
        QCOMPARE(stored().value(QStringLiteral("expiring-soon-days")), 30);
        QCOMPARE(ui::AppSettings().reminderRepeatMinutes(), 30);

        // Corrected, it goes through.
        low->selectAll();
        QTest::keyClicks(low, QStringLiteral("21"));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(stored().value(QStringLiteral("low-stock-days")), 21);
        QCOMPARE(stored().value(QStringLiteral("expiring-soon-days")), 45);
    }

    // The languages are the compiled translations, and a change waits for
    // the next start (the dialog says so).
    void languagesComeFromTheTranslations()
    {
        QVERIFY(ui::availableLanguages().contains(QStringLiteral("de")));
        QVERIFY(ui::availableLanguages().contains(QStringLiteral("en")));
        QCOMPARE(ui::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(ui::languageName(QStringLiteral("en")), QStringLiteral("English"));
        QVERIFY(ui::availableLanguages().contains(QStringLiteral("fr")));
        QVERIFY(ui::availableLanguages().contains(QStringLiteral("es")));
        QCOMPARE(ui::languageName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(ui::languageName(QStringLiteral("es")), QStringLiteral("Español"));
        ui::AppSettings settings;
        ui::SettingsDialog dialog(*m_context, settings);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(language->count(), 1 + int(ui::availableLanguages().size()));
        QCOMPARE(language->itemData(0).toString(), QString()); // the system's
        QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
        QVERIFY(language->findText(QStringLiteral("English")) > 0);
        QVERIFY(language->findText(QStringLiteral("Français")) > 0);
        QVERIFY(language->findText(QStringLiteral("Español")) > 0);
        bool saysRestart = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            saysRestart = saysRestart || label->text().contains(QStringLiteral("started again"));
        QVERIFY(saysRestart);
    }

    // The hints speak of the GUI, not of the command line.
    void hintsSpeakOfTheGui()
    {
        ui::AppSettings settings;
        ui::SettingsDialog dialog(*m_context, settings);
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral("shotbook-cli")),
                     qPrintable(label->text()));
    }
};

QTEST_MAIN(TestSettingsUi)
#include "tst_settingsui.moc"
