#include "DataDump.h"
#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "firstrun/FirstRunWizard.h"
#include "patients/PatientForm.h"
#include "patients/PatientRepository.h"
#include "patients/WeightRepository.h"
#include "sites/SiteService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

class TestFirstRun final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};

private Q_SLOTS:
    void createsPatientInDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("first.sqlite"));
        {
            auto database = Database::open(path);
            QVERIFY(database);
            test::ScriptedPrompts prompts;
            ui::AppContext context(**database, m_clock, prompts);
            ui::FirstRunWizard wizard(context);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::WelcomePage));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::PatientPage));

            ui::PatientForm *form = test::child<ui::PatientForm>(wizard, "patientForm");
            test::child<QLineEdit>(*form, "nameEdit")
                ->setText(QStringLiteral("Léa")); // keyClicks takes ASCII only
            test::child<QCheckBox>(*form, "birthKnown")->setChecked(true);
            test::child<QDateEdit>(*form, "birthEdit")->setDate(QDate(2024, 11, 30));
            test::child<QCheckBox>(*form, "weightKnown")->setChecked(true);
            test::child<QDoubleSpinBox>(*form, "weightEdit")->setValue(9.8);
            wizard.button(QWizard::FinishButton)->click();
            QVERIFY(!wizard.isVisible());
            QCOMPARE(wizard.result(), int(QDialog::Accepted));
            QVERIFY(wizard.createdPatientId());
            QCOMPARE(context.currentPatientId(), *wizard.createdPatientId());
            // The patient injects themselves (the default): arms and buttocks are off.
            QCOMPARE(context.undoStack()->count(), 2);
        }
        // Read back through a fresh connection: it is in the file.
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        PatientRepository patients(**reopened, m_clock);
        const auto all = patients.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().name, QStringLiteral("Léa"));
        QCOMPARE(all->first().birth, std::optional<QDate>(QDate(2024, 11, 30)));
        const auto weight = WeightRepository::latestOnOrBefore(
            (*reopened)->connection(), all->first().id, QDate(2026, 11, 22));
        QVERIFY(weight && *weight);
        QCOMPARE((*weight)->kg, 9.8);
        SiteService sites(**reopened, m_clock);
        QCOMPARE(*sites.disabledZones(all->first().id),
                 (QStringList{QStringLiteral("arm-left"), QStringLiteral("arm-right"),
                              QStringLiteral("buttock-left"), QStringLiteral("buttock-right")}));
    }

    void caregiverKeepsEveryZone()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("first.sqlite")));
        QVERIFY(database);
        test::ScriptedPrompts prompts;
        ui::AppContext context(**database, m_clock, prompts);
        ui::FirstRunWizard wizard(context);
        wizard.show();
        wizard.next();
        test::child<QLineEdit>(wizard, "nameEdit")->setText(QStringLiteral("Noah"));
        test::child<QRadioButton>(wizard, "helperButton")->setChecked(true);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.createdPatientId());
        SiteService sites(**database, m_clock);
        QVERIFY(sites.disabledZones(*wizard.createdPatientId())->isEmpty());
    }

    void refusalKeepsWizardOpen()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("first.sqlite")));
        QVERIFY(database);
        test::ScriptedPrompts prompts;
        ui::AppContext context(**database, m_clock, prompts);
        ui::FirstRunWizard wizard(context);
        wizard.show();
        wizard.next();
        // No name: the rule refuses, the wizard says why and stays.
        const QString before = test::dataDump((*database)->connection());
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isVisible());
        QVERIFY(test::child<QLabel>(wizard, "errorLabel")->isVisible());
        QVERIFY(test::child<QLabel>(wizard, "errorLabel")->text().contains(QStringLiteral("name")));
        PatientRepository patients(**database, m_clock);
        QCOMPARE(patients.list()->size(), 0);
        QCOMPARE(test::dataDump((*database)->connection()), before); // nothing at all

        QTest::keyClicks(test::child<QLineEdit>(wizard, "nameEdit"), QStringLiteral("Ada"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(!wizard.isVisible());
        QCOMPARE(patients.list()->size(), 1);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
