#include "DataDump.h"
#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "charts/DoseWeightChart.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/WeightUnit.h"
#include "patients/PatientListModel.h"
#include "patients/PatientRepository.h"
#include "patients/PatientsView.h"
#include "patients/WeightDialog.h"
#include "regimen/RegimenDialog.h"
#include "regimen/RegimenService.h"
#include "regimen/SyringeWidget.h"
#include "shell/Translations.h"
#include "storage/Database.h"
#include "today/TodayView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;

class TestWeightsUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    qint64 m_mia = 0;
    qint64 m_leo = 0;

private Q_SLOTS:
    void initTestCase() { ui::installTranslations(*QCoreApplication::instance()); }

    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
        PatientRepository patients(*m_database, m_clock);
        m_mia =
            patients.add({QStringLiteral("Mia"), QDate(2025, 6, 1), 7.4, QDate(2026, 11, 1)})->id;
        m_leo =
            patients.add({QStringLiteral("Leo"), QDate(2022, 3, 1), 14.0, QDate(2026, 11, 1)})->id;
        RegimenService regimens(*m_database, m_clock);
        for (const auto &[id, perKg] : {std::pair{m_mia, 2.0}, std::pair{m_leo, 1.0}}) {
            Regimen regimen;
            regimen.patientId = id;
            regimen.start = QDate(2026, 11, 1);
            regimen.mgPerKgPerDay = perKg;
            regimen.indication = QStringLiteral("nomid");
            QVERIFY(regimens.set(regimen));
        }
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_context->setCurrentPatientId(m_mia);
        ui::AppSettings().setWeightInPounds(false);
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
    }

    void recordWeightChangesDoseAndChart()
    {
        ui::PatientListModel model(*m_context);
        ui::PatientsView view(*m_context, model);
        QCOMPARE(view.chart()->weightPoints(), 1);

        ui::WeightDialog dialog(*m_context, m_mia, ui::WeightUnit(false));
        test::child<QDoubleSpinBox>(dialog, "weightEdit")->setValue(10.3);
        test::child<QDateEdit>(dialog, "dateEdit")->setDate(QDate(2026, 11, 20));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(view.chart()->weightPoints(), 2);
        QVERIFY2(test::child<QLabel>(view, "details")->text().contains(QStringLiteral("10.30 kg")),
                 qPrintable(test::child<QLabel>(view, "details")->text()));
        // 2 mg/kg × 10.3 kg = 20.6 mg → 20 mg; and the weight grew more than 10 %.
        RegimenService regimens(*m_database, m_clock);
        const auto dose = regimens.doseOn(m_mia, QDate(2026, 11, 22));
        QVERIFY(dose);
        QCOMPARE(dose->perDoseMg, 20.0);
        m_context->undoStack()->undo();
        QCOMPARE(view.chart()->weightPoints(), 1);
        // Back to 2 mg/kg × 7.4 kg = 14.8 mg: more than 10 % from a 10 mg mark,
        // so as prescribed.
        QCOMPARE(regimens.doseOn(m_mia, QDate(2026, 11, 22))->perDoseMg, 14.8);
    }

    void poundsAreConvertedToKilograms()
    {
        ui::WeightDialog dialog(*m_context, m_mia, ui::WeightUnit(true));
        QCOMPARE(test::child<QDoubleSpinBox>(dialog, "weightEdit")->suffix(),
                 QStringLiteral(" lb"));
        test::child<QDoubleSpinBox>(dialog, "weightEdit")->setValue(22.0);
        dialog.accept();
        PatientRepository patients(*m_database, m_clock);
        const auto weights = patients.weights(m_mia);
        QCOMPARE(weights->size(), 2);
        QVERIFY(qAbs(weights->constLast().kg - 22.0 * 0.45359237) < 1e-6);
    }

    void weightOutOfRangeIsRefusedInDialog()
    {
        ui::WeightDialog dialog(*m_context, m_mia, ui::WeightUnit(false));
        test::child<QDateEdit>(dialog, "dateEdit")->setMinimumDate(QDate(2000, 1, 1));
        test::child<QDateEdit>(dialog, "dateEdit")->setDate(QDate(2025, 1, 1)); // before birth
        dialog.show();
        const QString before = test::dataDump(m_database->connection());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(test::child<QLabel>(dialog, "errorLabel")
                    ->text()
                    .contains(QStringLiteral("date of birth")));
        QCOMPARE(test::dataDump(m_database->connection()), before); // nothing written
    }

    void todayShowsBothChildren()
    {
        ui::TodayView today(*m_context);
        QVERIFY2(
            test::child<QLabel>(today, "doseLabel")->text().contains(QStringLiteral("14.8 mg")),
            qPrintable(test::child<QLabel>(today, "doseLabel")->text()));
        QVERIFY2(test::child<QLabel>(today, "othersLabel")->text().contains(QStringLiteral("Leo")),
                 qPrintable(test::child<QLabel>(today, "othersLabel")->text()));
        QVERIFY(!test::child<QLabel>(today, "othersLabel")->text().contains(QStringLiteral("Mia")));
        // 1 mg/kg × 14 kg = 14 mg, not rounded to 10 (28 % off).
        QVERIFY2(
            test::child<QLabel>(today, "othersLabel")->text().contains(QStringLiteral("14 mg")),
            qPrintable(test::child<QLabel>(today, "othersLabel")->text()));
        // Following the link switches the view to Leo.
        Q_EMIT test::child<QLabel>(today, "othersLabel")
            ->linkActivated(QStringLiteral("patient:%1").arg(m_leo));
        QCOMPARE(m_context->currentPatientId(), m_leo);
        QVERIFY(test::child<QLabel>(today, "othersLabel")->text().contains(QStringLiteral("Mia")));
    }

    void syringeDrawingFollowsDose()
    {
        ui::RegimenDialog dialog(*m_context, m_mia);
        test::child<QRadioButton>(dialog, "fixedButton")->setChecked(true);
        test::child<QDoubleSpinBox>(dialog, "dailyMgEdit")->setValue(150);
        QCOMPARE(test::child<ui::SyringeWidget>(dialog, "syringe")->syringeCount(), 2);
        QVERIFY2(test::child<ui::SyringeWidget>(dialog, "syringe")
                     ->summary()
                     .contains(QStringLiteral("50 mg")),
                 qPrintable(test::child<ui::SyringeWidget>(dialog, "syringe")->summary()));
        test::child<QDoubleSpinBox>(dialog, "dailyMgEdit")->setValue(70);
        QCOMPARE(test::child<ui::SyringeWidget>(dialog, "syringe")->syringeCount(), 1);
        QVERIFY(test::child<ui::SyringeWidget>(dialog, "syringe")
                    ->summary()
                    .contains(QStringLiteral("discard 30 mg")));
    }
};

QTEST_MAIN(TestWeightsUi)
#include "tst_weightsui.moc"
