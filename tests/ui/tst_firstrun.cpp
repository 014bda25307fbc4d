#include "DataDump.h"
#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "firstrun/FirstRunIndicationPage.h"
#include "firstrun/FirstRunPatientPage.h"
#include "firstrun/FirstRunRegimenPage.h"
#include "firstrun/FirstRunStockPage.h"
#include "firstrun/FirstRunSummaryPage.h"
#include "firstrun/FirstRunWizard.h"
#include "firstrun/FirstRunZonesPage.h"
#include "patients/PatientForm.h"
#include "patients/PatientRepository.h"
#include "patients/WeightRepository.h"
#include "regimen/RegimenForm.h"
#include "regimen/RegimenService.h"
#include "regimen/SyringeWidget.h"
#include "sites/SiteService.h"
#include "stock/LotForm.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "today/TodayView.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace shotbook;
using ui::FirstRunWizard;

namespace {

const QStringList HelperZones = {QStringLiteral("arm-left"), QStringLiteral("arm-right"),
                                 QStringLiteral("buttock-left"), QStringLiteral("buttock-right")};

} // namespace

// Every page of the first-run assistant, each skipped, and what ends up in
// the database, read back through core's services.
class TestFirstRun final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<FirstRunWizard> m_wizard;

    QDate today() const { return m_clock.today(); }

    void toPatientPage()
    {
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::WelcomePage));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::PatientPage));
    }

    void enterPatient(const QString &name, std::optional<QDate> birth)
    {
        ui::PatientForm *form = m_wizard->patientForm();
        form->nameEdit()->setText(name); // keyClicks takes ASCII only
        form->birthKnown()->setChecked(birth.has_value());
        if (birth)
            form->birthEdit()->setDate(*birth);
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::IndicationPage));
    }

    // A newborn's regimen: by weight, twice a day.
    void enterWeightBasedRegimen(double mgPerKg, double kg)
    {
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::RegimenPage));
        ui::RegimenForm *form = m_wizard->regimenPage()->form();
        form->perKgButton()->setChecked(true);
        form->mgPerKgEdit()->setValue(mgPerKg);
        form->perDayBox()->setCurrentIndex(form->perDayBox()->findData(2));
        m_wizard->regimenPage()->weightEdit()->setValue(kg);
    }

    void clickSkip()
    {
        QPushButton *skip = m_wizard->findChild<QPushButton *>(QStringLiteral("skipButton"));
        QVERIFY(skip);
        QVERIFY(skip->isVisible());
        skip->click();
    }

    void clickStart()
    {
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::SummaryPage));
        m_wizard->button(QWizard::FinishButton)->click();
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    int patientCount() const
    {
        PatientRepository patients(*m_database, m_clock);
        return static_cast<int>(patients.list()->size());
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                    .arg(QLatin1String(QTest::currentTestFunction()),
                                         QLatin1String(QTest::currentDataTag())));
        auto opened = Database::open(m_path);
        QVERIFY(opened);
        m_database = std::move(*opened);
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_wizard = std::make_unique<FirstRunWizard>(*m_context);
    }

    void cleanup()
    {
        m_wizard.reset();
        m_context.reset();
        m_database.reset();
    }

    void everyPageStoredAsOneUndoableStep()
    {
        toPatientPage();
        // Typing starts in the name, not on the Next button.
        QTRY_COMPARE(m_wizard->focusWidget(), m_wizard->patientForm()->nameEdit());
        enterPatient(QStringLiteral("Léa"), today().addDays(-20));
        m_wizard->indicationPage()->button(QStringLiteral("nomid"))->setChecked(true);
        m_wizard->next();
        // NOMID is dosed by weight: the regimen page opens on it, with the weight.
        QVERIFY(m_wizard->regimenPage()->form()->perKgButton()->isChecked());
        QVERIFY(m_wizard->regimenPage()->weightEdit()->isVisible());
        enterWeightBasedRegimen(2.0, 9.8);
        // The arithmetic is core's, with the weight entered here.
        const QString arithmetic = m_wizard->regimenPage()->form()->arithmeticLabel()->text();
        QVERIFY2(arithmetic.contains(QStringLiteral("9.8 kg")), qPrintable(arithmetic));
        QVERIFY2(arithmetic.contains(QStringLiteral("19.6 mg/day")), qPrintable(arithmetic));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::ZonesPage));
        // A baby does not inject themselves.
        QVERIFY(m_wizard->zonesPage()->helperButton()->isChecked());
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::StockPage));
        m_wizard->stockPage()->form()->lotEdit()->setText(QStringLiteral("K1234A"));
        m_wizard->stockPage()->form()->expiresEdit()->setDate(QDate(2027, 5, 31));
        m_wizard->stockPage()->form()->countEdit()->setValue(7);
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::SummaryPage));
        QVERIFY(!m_wizard->findChild<QPushButton *>(QStringLiteral("skipButton"))->isVisible());
        const QString summary = m_wizard->summaryPage()->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("K1234A")), qPrintable(summary));
        // Nothing is written before Start.
        QCOMPARE(patientCount(), 0);

        clickStart();
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
        const auto id = m_wizard->createdPatientId();
        QVERIFY(id);
        QCOMPARE(m_context->currentPatientId(), *id);
        QCOMPARE(m_context->undoStack()->count(), 1);

        // Read back through a fresh connection: it is in the file.
        auto reopened = Database::open(m_path);
        QVERIFY(reopened);
        PatientRepository patients(**reopened, m_clock);
        const auto patient = patients.get(*id);
        QVERIFY(patient);
        QCOMPARE(patient->name, QStringLiteral("Léa"));
        QCOMPARE(patient->birth, std::optional<QDate>(today().addDays(-20)));
        const auto weight =
            WeightRepository::latestOnOrBefore((*reopened)->connection(), *id, today());
        QVERIFY(weight && *weight);
        QCOMPARE((*weight)->kg, 9.8);
        RegimenService regimens(**reopened, m_clock);
        const auto history = regimens.history(*id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        const Regimen &regimen = history->constFirst();
        QCOMPARE(regimen.mgPerKgPerDay, std::optional<double>(2.0));
        QVERIFY(!regimen.dailyMg);
        QCOMPARE(regimen.dosesPerDay, 2);
        QCOMPARE(regimen.indication, QStringLiteral("nomid"));
        QCOMPARE(regimen.start, today());
        const auto dose = regimens.doseOn(*id, today());
        QVERIFY(dose);
        QCOMPARE(dose->dailyMg, 19.6);
        SiteService sites(**reopened, m_clock);
        QVERIFY(sites.disabledZones(*id)->isEmpty());
        StockService stock(**reopened, m_clock);
        const auto lots = stock.lots();
        QVERIFY(lots);
        QCOMPARE(lots->size(), 1);
        QCOMPARE(lots->first().lot, QStringLiteral("K1234A"));
        QCOMPARE(lots->first().expires, QDate(2027, 5, 31));
        QCOMPARE(lots->first().remaining, 7);

        // One undo takes it all back; redo puts it back under the same id.
        m_context->undoStack()->undo();
        QCOMPARE(patientCount(), 0);
        QCOMPARE(stock.lots()->first().remaining, 0);
        m_context->undoStack()->redo();
        QVERIFY(patients.get(*id));
        QCOMPARE(regimens.history(*id)->size(), 1);
        QCOMPARE(stock.lots()->first().remaining, 7);
    }

    void selfInjectorWithFixedDose()
    {
        toPatientPage();
        enterPatient(QStringLiteral("Ada"), QDate(1971, 4, 2));
        m_wizard->indicationPage()->button(QStringLiteral("ra"))->setChecked(true);
        m_wizard->next();
        ui::RegimenForm *form = m_wizard->regimenPage()->form();
        QVERIFY(form->fixedButton()->isChecked());
        QVERIFY(!m_wizard->regimenPage()->weightEdit()->isVisible());
        form->dailyMgEdit()->setValue(100);
        form->firstTime()->setTime(QTime(7, 30));
        m_wizard->next();
        // An adult injects themselves: arms and buttocks start switched off.
        QVERIFY(m_wizard->zonesPage()->selfButton()->isChecked());
        m_wizard->next();
        clickSkip(); // no stock at hand
        clickStart();
        const auto id = m_wizard->createdPatientId();
        QVERIFY(id);
        SiteService sites(*m_database, m_clock);
        QCOMPARE(*sites.disabledZones(*id), HelperZones);
        RegimenService regimens(*m_database, m_clock);
        const Regimen regimen = regimens.history(*id)->constFirst();
        QCOMPARE(regimen.dailyMg, std::optional<double>(100.0));
        QCOMPARE(regimen.times, QList<QTime>{QTime(7, 30)});
        QCOMPARE(regimen.indication, QStringLiteral("ra"));
        // A fixed dose asks for no weight.
        PatientRepository patients(*m_database, m_clock);
        QVERIFY(!*patients.latestWeight(*id, today()));
        StockService stock(*m_database, m_clock);
        QVERIFY(stock.lots()->isEmpty());
    }

    void skipsEachPage_data()
    {
        QTest::addColumn<int>("skipped");
        QTest::newRow("indication") << int(FirstRunWizard::IndicationPage);
        QTest::newRow("regimen") << int(FirstRunWizard::RegimenPage);
        QTest::newRow("zones") << int(FirstRunWizard::ZonesPage);
        QTest::newRow("stock") << int(FirstRunWizard::StockPage);
    }

    // Each page can be skipped on its own: its part is left out, the others stored.
    void skipsEachPage()
    {
        QFETCH(int, skipped);
        toPatientPage();
        enterPatient(QStringLiteral("Ada"), QDate(1971, 4, 2));
        while (m_wizard->currentId() != int(FirstRunWizard::SummaryPage)) {
            const int page = m_wizard->currentId();
            if (page == skipped) {
                clickSkip();
                QCOMPARE(m_wizard->currentId(), page + 1);
                continue;
            }
            if (page == int(FirstRunWizard::IndicationPage))
                m_wizard->indicationPage()->button(QStringLiteral("ra"))->setChecked(true);
            if (page == int(FirstRunWizard::StockPage))
                m_wizard->stockPage()->form()->lotEdit()->setText(QStringLiteral("A1"));
            m_wizard->next();
            QCOMPARE(m_wizard->currentId(), page + 1);
        }
        clickStart();
        const auto id = m_wizard->createdPatientId();
        QVERIFY(id);
        RegimenService regimens(*m_database, m_clock);
        const auto history = regimens.history(*id);
        SiteService sites(*m_database, m_clock);
        StockService stock(*m_database, m_clock);
        QCOMPARE(history->size(), skipped == int(FirstRunWizard::RegimenPage) ? 0 : 1);
        if (skipped == int(FirstRunWizard::IndicationPage))
            QCOMPARE(history->constFirst().indication, QString());
        else if (skipped != int(FirstRunWizard::RegimenPage))
            QCOMPARE(history->constFirst().indication, QStringLiteral("ra"));
        // Skipping who injects leaves every zone on.
        QCOMPARE(*sites.disabledZones(*id),
                 skipped == int(FirstRunWizard::ZonesPage) ? QStringList() : HelperZones);
        QCOMPARE(stock.lots()->size(), skipped == int(FirstRunWizard::StockPage) ? 0 : 1);
    }

    // Skip everything after the name: only the patient is stored, and Today
    // makes setting the regimen the main action.
    void skipsAllButThePatient()
    {
        toPatientPage();
        enterPatient(QStringLiteral("Noah"), std::nullopt);
        // Next waits for an indication; Skip does not.
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        clickSkip();
        clickSkip();
        clickSkip();
        clickSkip();
        QVERIFY2(m_wizard->summaryPage()->summaryLabel()->text().contains(
                     QStringLiteral("Today will ask you to set it")),
                 qPrintable(m_wizard->summaryPage()->summaryLabel()->text()));
        clickStart();
        const auto id = m_wizard->createdPatientId();
        QVERIFY(id);
        QCOMPARE(patientCount(), 1);
        RegimenService regimens(*m_database, m_clock);
        QVERIFY(regimens.history(*id)->isEmpty());
        SiteService sites(*m_database, m_clock);
        QVERIFY(sites.disabledZones(*id)->isEmpty());
        StockService stock(*m_database, m_clock);
        QVERIFY(stock.lots()->isEmpty());

        ui::TodayView today(*m_context);
        QCOMPARE(test::child<QLabel>(today, "doseLabel")->text(),
                 QStringLiteral("Set the regimen"));
        QVERIFY(!test::child<QPushButton>(today, "logButton")->isEnabled());
    }

    // A skipped page that the user goes back to and fills in counts again.
    void backAfterSkipFillsItIn()
    {
        toPatientPage();
        enterPatient(QStringLiteral("Ada"), std::nullopt);
        m_wizard->indicationPage()->button(QStringLiteral("ra"))->setChecked(true);
        m_wizard->next();
        clickSkip();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::ZonesPage));
        QVERIFY(!m_wizard->plan().regimen);
        m_wizard->back();
        m_wizard->next();
        QVERIFY(m_wizard->plan().regimen);
        QCOMPARE(m_wizard->plan().regimen->dailyMg, std::optional<double>(100.0));
    }

    void refusalsKeepThePageOpen()
    {
        toPatientPage();
        // No name: the rule refuses, the page says why and stays; nothing is written.
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::PatientPage));
        QLabel *error = m_wizard->patientPage()->errorLabel();
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("name")), qPrintable(error->text()));
        QTest::keyClicks(m_wizard->patientForm()->nameEdit(), QStringLiteral("Ada"));
        QVERIFY(!error->isVisible());
        m_wizard->next();
        m_wizard->indicationPage()->button(QStringLiteral("ra"))->setChecked(true);
        m_wizard->next();

        // Two doses four hours apart at most on one side: core's rule refuses.
        ui::RegimenForm *form = m_wizard->regimenPage()->form();
        form->perDayBox()->setCurrentIndex(form->perDayBox()->findData(2));
        form->firstTime()->setTime(QTime(8, 0));
        form->secondTime()->setTime(QTime(9, 0));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::RegimenPage));
        QVERIFY(m_wizard->regimenPage()->errorLabel()->isVisible());
        QVERIFY(m_wizard->regimenPage()->errorLabel()->text().contains(QStringLiteral("apart")));
        form->secondTime()->setTime(QTime(20, 0));
        m_wizard->next();
        m_wizard->next();

        // A lot without a number is refused; Skip still goes on.
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::StockPage));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::StockPage));
        QVERIFY(m_wizard->stockPage()->errorLabel()->text().contains(QStringLiteral("lot")));
        clickSkip();
        QCOMPARE(patientCount(), 0);
        clickStart();
        QCOMPARE(patientCount(), 1);
    }

    // A newborn's dose the prefilled syringe cannot measure: core says so,
    // and the drawing shows no mark to fill to.
    void unmeasurableDoseShowsNoMark()
    {
        toPatientPage();
        enterPatient(QStringLiteral("Léa"), today().addDays(-10));
        m_wizard->indicationPage()->button(QStringLiteral("nomid"))->setChecked(true);
        m_wizard->next();
        ui::RegimenForm *form = m_wizard->regimenPage()->form();
        form->mgPerKgEdit()->setValue(1.0);
        m_wizard->regimenPage()->weightEdit()->setValue(3.4);
        QVERIFY2(form->arithmeticLabel()->text().contains(QStringLiteral("3.4 mg")),
                 qPrintable(form->arithmeticLabel()->text()));
        QVERIFY(!form->syringe()->measurable());
        QVERIFY(!form->syringe()->showsMark());
        QVERIFY(form->syringe()->summary().contains(QStringLiteral("cannot measure")));
        // A weight the prefilled syringe can serve: the mark is back.
        m_wizard->regimenPage()->weightEdit()->setValue(9.8);
        QVERIFY(form->syringe()->showsMark());
    }

    // "Explore with sample data" writes a separate database beside this one
    // and hands it on to be opened; this database stays empty, and a sample
    // already there is opened as it is, never written over.
    void exploresSampleDataInASeparateFile()
    {
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QPushButton *sample = test::child<QPushButton>(*m_wizard, "sampleDataButton");
        QVERIFY(sample->isVisible());
        QSignalSpy ready(m_wizard.get(), &FirstRunWizard::sampleDataReady);
        const QString expected = m_dir.filePath(QStringLiteral("shotbook-sample.sqlite"));
        QFile::remove(expected);
        sample->click();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().toString(), expected);
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
        QCOMPARE(patientCount(), 0);
        {
            auto opened = Database::open(expected, Database::OpenMode::MustExist);
            QVERIFY(opened);
            PatientRepository patients(**opened, m_clock);
            QCOMPARE(patients.list()->size(), 2);
        }
        const QByteArray before = fileBytes(expected);
        FirstRunWizard again(*m_context);
        QSignalSpy readyAgain(&again, &FirstRunWizard::sampleDataReady);
        again.exploreSampleData();
        QCOMPARE(readyAgain.size(), 1);
        QCOMPARE(fileBytes(expected), before);
        QVERIFY(m_prompts.errors.isEmpty());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
