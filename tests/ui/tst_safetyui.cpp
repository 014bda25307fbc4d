// The GUI side of the clinical safety rules (issue 10): the regimen dialog
// opens on what was prescribed, logging asks about every refusal and warning
// and writes nothing when the answer is no, the red-flag banner is not hidden
// by a stray key, and every dialog that writes names the patient.

#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/WeightUnit.h"
#include "diary/HealthRecordDialog.h"
#include "diary/HealthRecordService.h"
#include "injections/InjectionDialog.h"
#include "injections/InjectionRepository.h"
#include "patients/PatientRepository.h"
#include "patients/WeightDialog.h"
#include "regimen/RegimenDialog.h"
#include "regimen/RegimenService.h"
#include "regimen/Schedule.h"
#include "sites/ReactionDialog.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "today/RedFlagBanner.h"
#include "today/TodayView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace shotbook;
using namespace Qt::StringLiterals;

class TestSafetyUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // Friday 20 Nov 2026, 08:05 in Berlin: the 08:00 dose is due.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(8, 5), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    qint64 m_ada = 0; // RA, 100 mg once a day
    qint64 m_mia = 0; // NOMID, 2 mg/kg/day twice a day, 7.4 kg

    int injectionCount(qint64 patient) const
    {
        const auto all = InjectionRepository::between(m_database->connection(), patient,
                                                      QDateTime(QDate(2000, 1, 1), QTime(0, 0)),
                                                      QDateTime(QDate(2100, 1, 1), QTime(0, 0)));
        return all ? static_cast<int>(all->size()) : -1;
    }

    // Fills the log dialog for `patient` and presses Log.
    bool logWith(qint64 patient, double doseMg, const QDateTime &at = {})
    {
        ui::InjectionDialog dialog(*m_context, patient);
        if (at.isValid())
            test::child<QDateTimeEdit>(dialog, "timeEdit")->setDateTime(at);
        test::child<QDoubleSpinBox>(dialog, "doseEdit")->setValue(doseMg);
        dialog.setSite(u"thigh-left-upper"_s);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
        PatientRepository patients(*m_database, m_clock);
        m_ada = patients.add({u"Ada"_s, std::nullopt, 64.0, {}})->id;
        m_mia = patients.add({u"Mia"_s, QDate(2025, 3, 1), 7.4, {}})->id;
        RegimenService regimens(*m_database, m_clock);
        Regimen ra;
        ra.patientId = m_ada;
        ra.start = QDate(2026, 11, 1);
        ra.dailyMg = 100;
        ra.indication = u"ra"_s;
        QVERIFY(regimens.set(ra));
        Regimen nomid;
        nomid.patientId = m_mia;
        nomid.start = QDate(2026, 11, 1);
        nomid.mgPerKgPerDay = 2.0;
        nomid.dosesPerDay = 2;
        nomid.times = {QTime(7, 30), QTime(19, 30)};
        nomid.stepMg = 1.5;
        nomid.minMg = 1.5;
        nomid.indication = u"nomid"_s;
        nomid.prescriber = u"Dr. Weiss"_s;
        nomid.note = u"from the clinic letter"_s;
        QVERIFY(regimens.set(nomid));
        StockService stock(*m_database, m_clock);
        QVERIFY(stock.receive(u"L"_s, QDate(2027, 12, 31), 20, QDate(2026, 11, 1)));
        m_prompts = test::ScriptedPrompts();
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_context->setCurrentPatientId(m_ada);
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
    }

    // ---- the regimen dialog opens on the current regimen ----------------------

    void regimenDialogOpensOnTheFixedRegimen()
    {
        ui::RegimenDialog dialog(*m_context, m_ada);
        QVERIFY(test::child<QRadioButton>(dialog, "fixedButton")->isChecked());
        QCOMPARE(test::child<QDoubleSpinBox>(dialog, "dailyMgEdit")->value(), 100.0);
        QCOMPARE(test::child<QComboBox>(dialog, "perDayBox")->currentData().toInt(), 1);
        QCOMPARE(test::child<QTimeEdit>(dialog, "firstTime")->time(), QTime(8, 0));
        QCOMPARE(dialog.value().indication, u"ra"_s);
        QVERIFY(!test::child<QLabel>(dialog, "arithmeticLabel")->text().contains(u"above"_s));
    }

    void regimenDialogOpensOnTheChildsWeightBasedRegimen()
    {
        ui::RegimenDialog dialog(*m_context, m_mia);
        QVERIFY(test::child<QRadioButton>(dialog, "perKgButton")->isChecked());
        QVERIFY(!test::child<QRadioButton>(dialog, "fixedButton")->isChecked());
        const Regimen shown = dialog.value();
        QCOMPARE(*shown.mgPerKgPerDay, 2.0);
        QVERIFY(!shown.dailyMg);
        QCOMPARE(shown.dosesPerDay, 2);
        QCOMPARE(shown.everyDays, 1);
        QCOMPARE(shown.times, (QList<QTime>{QTime(7, 30), QTime(19, 30)}));
        QCOMPARE(shown.stepMg, 1.5);
        QCOMPARE(shown.minMg, 1.5);
        QCOMPARE(shown.indication, u"nomid"_s);
        QCOMPARE(shown.prescriber, u"Dr. Weiss"_s);
        QCOMPARE(shown.note, u"from the clinic letter"_s);
        // The arithmetic uses the latest weight: 2 × 7.4 = 14.8 mg/day, 7.4 each
        // (in 1.5 mg steps: 7.5). Nothing above the label for a child.
        const QString arithmetic = test::child<QLabel>(dialog, "arithmeticLabel")->text();
        QVERIFY2(arithmetic.contains(u"7.4 kg"_s), qPrintable(arithmetic));
        QVERIFY2(arithmetic.contains(u"7.5 mg"_s), qPrintable(arithmetic));
        QVERIFY2(!arithmetic.contains(u"above the labelled"_s), qPrintable(arithmetic));
        // One careless OK keeps the child's regimen, never an adult dose.
        dialog.accept();
        RegimenService regimens(*m_database, m_clock);
        const auto current = regimens.regimenOn(m_mia, m_clock.today());
        QVERIFY(current && *current);
        QCOMPARE((*current)->mgPerKgPerDay, std::optional<double>(2.0));
        QVERIFY(!(*current)->dailyMg);
    }

    // ---- logging while the label says stop -----------------------------------

    void loggingDuringAnOpenRedFlagAsksAndWritesNothingWhenRefused()
    {
        HealthRecordService records(*m_database, m_clock);
        SideEffect effect;
        effect.patientId = m_ada;
        effect.term = u"can't breathe"_s;
        effect.severity = u"severe"_s;
        const auto added = records.addSideEffect(effect);
        QVERIFY(added && added->record.redFlag);
        QVERIFY(records.acknowledgeRedFlag(added->record.id)); // the banner hidden

        QVERIFY(!logWith(m_ada, 100)); // the scripted answer is no
        QCOMPARE(m_prompts.asked.size(), 1);
        QVERIFY2(m_prompts.asked.first().contains(u"call your doctor"_s),
                 qPrintable(m_prompts.asked.first()));
        QCOMPARE(injectionCount(m_ada), 0);
        QCOMPARE(m_context->undoStack()->count(), 0);

        m_prompts.confirmations.enqueue(true); // a doctor said to go on
        QVERIFY(logWith(m_ada, 100));
        QCOMPARE(injectionCount(m_ada), 1);
    }

    void aDoseFarFromTheRegimenAsks()
    {
        QVERIFY(!logWith(m_ada, 200));
        QCOMPARE(m_prompts.asked.size(), 1);
        QVERIFY2(m_prompts.asked.first().contains(u"100 % more"_s),
                 qPrintable(m_prompts.asked.first()));
        QCOMPARE(injectionCount(m_ada), 0);
        m_prompts.confirmations.enqueue(true);
        QVERIFY(logWith(m_ada, 200));
        QCOMPARE(injectionCount(m_ada), 1);
        // The regimen's dose asks nothing.
        m_prompts = test::ScriptedPrompts();
        QVERIFY(logWith(m_ada, 100, QDateTime(QDate(2026, 11, 19), QTime(8, 0))));
        QVERIFY(m_prompts.asked.isEmpty());
    }

    void twoDosesTooCloseAsk()
    {
        QVERIFY(logWith(m_mia, 7.5, QDateTime(QDate(2026, 11, 19), QTime(13, 30))));
        const int before = injectionCount(m_mia);
        // 30 minutes later: refused unless confirmed; the message says when.
        QVERIFY(!logWith(m_mia, 7.5, QDateTime(QDate(2026, 11, 19), QTime(14, 0))));
        QCOMPARE(m_prompts.asked.size(), 1);
        QVERIFY2(m_prompts.asked.first().contains(u"30 minute"_s),
                 qPrintable(m_prompts.asked.first()));
        QCOMPARE(injectionCount(m_mia), before);
    }

    void aSyringeOutTooLongIsDiscardedInstead()
    {
        StockService stock(*m_database, m_clock);
        QVERIFY(stock.takeOutOfFridge(u"L"_s, 1, m_clock.now().addSecs(-97 * 3600)));
        m_prompts.choices.enqueue(0); // discard it and use another
        QVERIFY(logWith(m_ada, 100));
        QCOMPARE(m_prompts.asked.size(), 1);
        QVERIFY(m_prompts.asked.first().contains(u"out of the fridge"_s));
        const auto lots = stock.lots();
        QVERIFY(lots);
        QCOMPARE(lots->first().remaining, 18); // one discarded, one used
        QCOMPARE(lots->first().outOfFridge, 0);
        QVERIFY(stock.status(std::nullopt)->alerts.isEmpty() ||
                stock.status(std::nullopt)->alerts.first().code != u"room-temperature"_s);
    }

    // ---- the red-flag banner ------------------------------------------------

    void bannerIsNotHiddenByOneKeyNorFirstInTheTabOrder()
    {
        HealthRecordService records(*m_database, m_clock);
        SideEffect effect;
        effect.patientId = m_ada;
        effect.term = u"hives all over"_s;
        effect.severity = u"moderate"_s;
        QVERIFY(records.addSideEffect(effect));
        ui::TodayView today(*m_context);
        today.show();
        QVERIFY(QTest::qWaitForWindowExposed(&today));
        ui::RedFlagBanner *banner = test::child<ui::RedFlagBanner>(today, "redFlagBanner");
        QVERIFY(banner->isVisible());

        // The first control Tab reaches is not the banner's button.
        QWidget *first = today.nextInFocusChain();
        while (first != &today &&
               !(first->isVisible() && first->isEnabled() && (first->focusPolicy() & Qt::TabFocus)))
            first = first->nextInFocusChain();
        QVERIFY(first != banner->acknowledgeButton());
        QCOMPARE(first, static_cast<QWidget *>(test::child<QPushButton>(today, "logButton")));

        // A stray Space on the button asks; the answer "no" keeps everything.
        banner->acknowledgeButton()->setFocus();
        QTest::keyClick(banner->acknowledgeButton(), Qt::Key_Space);
        QCOMPARE(m_prompts.asked.size(), 1);
        QVERIFY(banner->isVisible());
        QCOMPARE(records.unacknowledgedRedFlags(m_ada)->size(), 1);
    }

    // ---- which child? -----------------------------------------------------------

    void everyDialogThatWritesNamesThePatient()
    {
        const QList<QDialog *> dialogs = {
            new ui::InjectionDialog(*m_context, m_mia),
            new ui::RegimenDialog(*m_context, m_mia),
            new ui::WeightDialog(*m_context, m_mia, ui::WeightUnit(false)),
            new ui::ReactionDialog(*m_context, m_mia, u"arm-left"_s),
            new ui::HealthRecordDialog(*m_context, m_mia, ui::HealthRecordDialog::Kind::SideEffect),
            new ui::HealthRecordDialog(*m_context, m_mia, ui::HealthRecordDialog::Kind::Infection),
            new ui::HealthRecordDialog(*m_context, m_mia, ui::HealthRecordDialog::Kind::Lab),
            new ui::HealthRecordDialog(*m_context, m_mia, ui::HealthRecordDialog::Kind::Medicine),
        };
        for (QDialog *dialog : dialogs) {
            QVERIFY2(dialog->windowTitle().contains(u"Mia"_s), qPrintable(dialog->windowTitle()));
            QVERIFY2(!dialog->windowTitle().contains(u"Ada"_s), qPrintable(dialog->windowTitle()));
            const auto *heading = dialog->findChild<QLabel *>(u"patientHeading"_s);
            QVERIFY(heading);
            QVERIFY2(heading->text().contains(u"Mia"_s), qPrintable(heading->text()));
            delete dialog;
        }
        Injection existing;
        existing.id = 1;
        existing.patientId = m_mia;
        existing.at = m_clock.now();
        existing.doseMg = 7.5;
        existing.site = u"arm-left"_s;
        ui::InjectionDialog change(*m_context, existing);
        QVERIFY2(change.windowTitle().contains(u"Mia"_s), qPrintable(change.windowTitle()));
    }
};

QTEST_MAIN(TestSafetyUi)
#include "tst_safetyui.moc"
