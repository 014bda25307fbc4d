#include "DataDump.h"
#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "diary/DiaryDayForm.h"
#include "diary/DiaryService.h"
#include "diary/DiaryView.h"
#include "diary/HealthRecordDialog.h"
#include "diary/HealthRecordService.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "shell/Translations.h"
#include "storage/Database.h"
#include "today/RedFlagBanner.h"
#include "today/TodayView.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>

using namespace shotbook;

class TestDiaryUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    qint64 m_patient = 0;

    std::unique_ptr<Database> open()
    {
        auto opened = Database::open(m_path);
        if (!opened)
            qFatal("cannot open the test database");
        return std::move(*opened);
    }

private Q_SLOTS:
    void initTestCase() { ui::installTranslations(*QCoreApplication::instance()); }

    void init()
    {
        m_path = m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        auto database = open();
        PatientRepository patients(*database, m_clock);
        m_patient = patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}})->id;
        m_prompts = test::ScriptedPrompts();
        ui::AppSettings().setTemperatureInFahrenheit(false);
    }

    // The AIDAI's yes/no items are offered for CAPS, NOMID and DIRA only; a
    // value already stored is shown (and kept) whatever the indication.
    void autoinflammatoryItemsFollowTheIndication()
    {
        auto database = open();
        ui::AppContext context(*database, m_clock, m_prompts);
        context.setCurrentPatientId(m_patient);
        ui::DiaryView view(context);
        const auto shown = [&view](const char *id) {
            return test::child<ui::DiaryDayForm>(view, "form")
                ->field(QString::fromLatin1(id))
                ->isVisibleTo(test::child<ui::DiaryDayForm>(view, "form"));
        };
        QVERIFY(shown("rash"));
        QVERIFY(!shown("abdominal-pain"));
        QVERIFY(!shown("overall-symptoms"));

        RegimenService regimens(*database, m_clock);
        Regimen regimen;
        regimen.patientId = m_patient;
        regimen.start = QDate(2026, 11, 1);
        regimen.dailyMg = 100;
        regimen.indication = QStringLiteral("ra");
        QVERIFY(regimens.set(regimen));
        context.notifyChanged(ui::ChangeNotice::everything());
        QVERIFY(!shown("abdominal-pain"));

        DiaryService diary(*database, m_clock);
        QVERIFY(diary.setValue(m_patient, QDate(2026, 11, 22), QStringLiteral("chest-pain"), 1));
        view.refresh();
        QVERIFY(shown("chest-pain")); // stored: shown, so that saving keeps it
        QVERIFY(!shown("abdominal-pain"));
        QVERIFY(view.saveDay());
        QCOMPARE(diary.day(m_patient, QDate(2026, 11, 22))->values.value(u"chest-pain"_qs), 1.0);

        regimen.start = QDate(2026, 11, 10);
        regimen.indication = QStringLiteral("nomid");
        QVERIFY(regimens.set(regimen));
        context.notifyChanged(ui::ChangeNotice::everything());
        for (const char *id :
             {"overall-symptoms", "abdominal-pain", "nausea-vomiting", "diarrhoea", "chest-pain",
              "painful-lymph-nodes", "muscle-pain", "joint-swelling"})
            QVERIFY2(shown(id), id);
    }

    void dayIsSavedAndMarked()
    {
        auto database = open();
        ui::AppContext context(*database, m_clock, m_prompts);
        context.setCurrentPatientId(m_patient);
        ui::DiaryView view(context);
        test::child<QCalendarWidget>(view, "calendar")->setSelectedDate(QDate(2026, 11, 20));
        qobject_cast<QSpinBox *>(
            test::child<ui::DiaryDayForm>(view, "form")->field(QStringLiteral("pain")))
            ->setValue(6);
        qobject_cast<QDoubleSpinBox *>(
            test::child<ui::DiaryDayForm>(view, "form")->field(QStringLiteral("fever-c")))
            ->setValue(38.4);
        auto *eyes = qobject_cast<QComboBox *>(
            test::child<ui::DiaryDayForm>(view, "form")->field(QStringLiteral("eye-redness")));
        eyes->setCurrentIndex(eyes->findData(1));
        QVERIFY(view.saveDay());

        DiaryService diary(*database, m_clock);
        const auto day = diary.day(m_patient, QDate(2026, 11, 20));
        QCOMPARE(day->values.value(QStringLiteral("pain")), 6.0);
        QCOMPARE(day->values.value(QStringLiteral("fever-c")), 38.4);
        QCOMPARE(day->values.value(QStringLiteral("eye-redness")), 1.0);
        QVERIFY(!day->values.contains(QStringLiteral("fatigue"))); // left empty
        QCOMPARE(test::child<QCalendarWidget>(view, "calendar")
                     ->dateTextFormat(QDate(2026, 11, 20))
                     .fontWeight(),
                 int(QFont::Bold));
        QCOMPARE(test::child<QCalendarWidget>(view, "calendar")
                     ->dateTextFormat(QDate(2026, 11, 21))
                     .fontWeight(),
                 int(QFont::Normal));

        // Editable later; undo puts the day back.
        qobject_cast<QSpinBox *>(
            test::child<ui::DiaryDayForm>(view, "form")->field(QStringLiteral("pain")))
            ->setValue(2);
        QVERIFY(view.saveDay());
        QCOMPARE(diary.day(m_patient, QDate(2026, 11, 20))->values.value(QStringLiteral("pain")),
                 2.0);
        context.undoStack()->undo();
        QCOMPARE(diary.day(m_patient, QDate(2026, 11, 20))->values.value(QStringLiteral("pain")),
                 6.0);
    }

    // A red-flag sign or a fever noted for today or yesterday is said when the
    // day is saved (Today says it too); said once, not again on the next save.
    void signsNotedAreSaidAtOnce()
    {
        auto database = open();
        ui::AppContext context(*database, m_clock, m_prompts);
        context.setCurrentPatientId(m_patient);
        ui::DiaryView view(context);
        auto *form = test::child<ui::DiaryDayForm>(view, "form");
        const auto answer = [form](const char *id, int value) {
            auto *box = qobject_cast<QComboBox *>(form->field(QString::fromLatin1(id)));
            QVERIFY(box);
            box->setCurrentIndex(box->findData(value));
        };
        const QDate today = m_clock.today();
        // Three days ago: no longer a sign for today.
        test::child<QCalendarWidget>(view, "calendar")->setSelectedDate(today.addDays(-3));
        qobject_cast<QDoubleSpinBox *>(form->field(QStringLiteral("fever-c")))->setValue(39.0);
        QVERIFY(view.saveDay());
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(u'|')));

        test::child<QCalendarWidget>(view, "calendar")->setSelectedDate(today);
        answer("headache", 1);
        QVERIFY(view.saveDay());
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(u'|')));

        view.refresh();
        answer("chest-pain", 1);
        QVERIFY(view.saveDay());
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY2(m_prompts.errors.first().contains(u"medical help now"_qs),
                 qPrintable(m_prompts.errors.first()));
        QVERIFY(!m_prompts.errors.first().contains(u"temperature"_qs));

        qobject_cast<QDoubleSpinBox *>(form->field(QStringLiteral("fever-c")))->setValue(38.2);
        QVERIFY(view.saveDay());
        QCOMPARE(m_prompts.errors.size(), 2);
        QVERIFY2(m_prompts.errors.last().contains(u"38.2"_qs), qPrintable(m_prompts.errors.last()));
        QVERIFY(!m_prompts.errors.last().contains(u"medical help now"_qs)); // said already

        QVERIFY(view.saveDay()); // nothing new
        QCOMPARE(m_prompts.errors.size(), 2);
    }

    void fahrenheitIsStoredInCelsius()
    {
        ui::AppSettings().setTemperatureInFahrenheit(true);
        ui::DiaryDayForm form(true);
        DiaryDay empty;
        empty.day = QDate(2026, 11, 22);
        form.setDay(empty);
        auto *fever = qobject_cast<QDoubleSpinBox *>(form.field(QStringLiteral("fever-c")));
        QCOMPARE(fever->suffix(), QStringLiteral(" °F"));
        fever->setValue(101.3);
        QCOMPARE(form.day().values.value(QStringLiteral("fever-c")), 38.5);
    }

    void redFlagBannerSurvivesRestartUntilAcknowledged()
    {
        {
            auto database = open();
            ui::AppContext context(*database, m_clock, m_prompts);
            context.setCurrentPatientId(m_patient);
            ui::TodayView today(context);
            QVERIFY(test::child<ui::RedFlagBanner>(today, "redFlagBanner")->isHidden());
            ui::HealthRecordDialog dialog(context, m_patient,
                                          ui::HealthRecordDialog::Kind::SideEffect);
            test::child<QComboBox>(dialog, "termBox")
                ->setEditText(QStringLiteral("short of breath"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.warnings().size(), 1);
            QCOMPARE(dialog.warnings().first().code, QStringLiteral("red-flag"));
            QVERIFY(m_prompts.asked.isEmpty()); // a confident red flag is not asked about
            QVERIFY(!test::child<ui::RedFlagBanner>(today, "redFlagBanner")->isHidden());
            QVERIFY(test::child<QLabel>(today, "textLabel")
                        ->text()
                        .contains(QStringLiteral("Get medical help now")));
            QVERIFY(test::child<QLabel>(today, "textLabel")
                        ->text()
                        .contains(QStringLiteral("Trouble breathing")));
        }
        {
            // Shotbook restarted: the banner is still there.
            auto database = open();
            ui::AppContext context(*database, m_clock, m_prompts);
            context.setCurrentPatientId(m_patient);
            ui::TodayView today(context);
            QVERIFY(!test::child<ui::RedFlagBanner>(today, "redFlagBanner")->isHidden());
            // Hiding asks first; "no" (the default) keeps it.
            test::child<ui::RedFlagBanner>(today, "redFlagBanner")->acknowledgeButton()->click();
            QVERIFY(!test::child<ui::RedFlagBanner>(today, "redFlagBanner")->isHidden());
            QCOMPARE(m_prompts.asked.size(), 1);
            QVERIFY(m_prompts.asked.constLast().contains(QStringLiteral("medical help")));
            m_prompts.confirmations.enqueue(true);
            test::child<ui::RedFlagBanner>(today, "redFlagBanner")->acknowledgeButton()->click();
            QVERIFY(test::child<ui::RedFlagBanner>(today, "redFlagBanner")->isHidden());
        }
        {
            auto database = open();
            ui::AppContext context(*database, m_clock, m_prompts);
            context.setCurrentPatientId(m_patient);
            ui::TodayView today(context);
            QVERIFY(test::child<ui::RedFlagBanner>(today, "redFlagBanner")->isHidden());
        }
    }

    // "lips tingling" names a red-flag body part but meets no rule: the dialog
    // asks whether it is one of the signs that need medical help now.
    void possibleRedFlagAnsweredYes()
    {
        auto database = open();
        ui::AppContext context(*database, m_clock, m_prompts);
        context.setCurrentPatientId(m_patient);
        ui::TodayView today(context);
        m_prompts.choices.enqueue(0); // "Yes, it is one"
        ui::HealthRecordDialog dialog(context, m_patient, ui::HealthRecordDialog::Kind::SideEffect);
        test::child<QComboBox>(dialog, "termBox")->setEditText(QStringLiteral("lips tingling"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_prompts.asked.size(), 1);
        QVERIFY2(m_prompts.asked.first().contains(QStringLiteral("\"lips tingling\"")),
                 qPrintable(m_prompts.asked.first()));
        QVERIFY(m_prompts.asked.first().contains(QStringLiteral("Trouble breathing")));

        HealthRecordService records(*database, m_clock);
        const auto stored = records.sideEffects(m_patient);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().term, QStringLiteral("lips tingling"));
        QVERIFY(stored->first().redFlag);
        QCOMPARE(stored->first().catalogId, std::optional<QString>(QStringLiteral("swelling")));
        QCOMPARE(dialog.warnings().size(), 1);
        QCOMPARE(dialog.warnings().first().code, QStringLiteral("red-flag"));
        QVERIFY(!test::child<ui::RedFlagBanner>(today, "redFlagBanner")->isHidden());
    }

    void possibleRedFlagAnsweredNo()
    {
        auto database = open();
        ui::AppContext context(*database, m_clock, m_prompts);
        context.setCurrentPatientId(m_patient);
        ui::TodayView today(context);
        m_prompts.choices.enqueue(1); // "No"
        ui::HealthRecordDialog dialog(context, m_patient, ui::HealthRecordDialog::Kind::SideEffect);
        test::child<QComboBox>(dialog, "termBox")->setEditText(QStringLiteral("lips tingling"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_prompts.asked.size(), 1);

        HealthRecordService records(*database, m_clock);
        const auto stored = records.sideEffects(m_patient);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QVERIFY(!stored->first().redFlag);
        QCOMPARE(stored->first().catalogId, std::nullopt);
        // Answered: no "may be a red flag" note afterwards.
        QVERIFY(dialog.warnings().isEmpty());
        QVERIFY(test::child<ui::RedFlagBanner>(today, "redFlagBanner")->isHidden());
        QCOMPARE(records.unacknowledgedRedFlags(m_patient)->size(), 0);
    }

    void possibleRedFlagGoBackRecordsNothing()
    {
        auto database = open();
        ui::AppContext context(*database, m_clock, m_prompts);
        context.setCurrentPatientId(m_patient);
        m_prompts.choices.enqueue(2); // "Go back"
        ui::HealthRecordDialog dialog(context, m_patient, ui::HealthRecordDialog::Kind::SideEffect);
        dialog.show();
        test::child<QComboBox>(dialog, "termBox")->setEditText(QStringLiteral("scratchy throat"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // still open, to be changed
        QCOMPARE(m_prompts.asked.size(), 1);
        HealthRecordService records(*database, m_clock);
        QCOMPARE(records.sideEffects(m_patient)->size(), 0);
    }

    void medicineWarningsAndLabsInTheLists()
    {
        auto database = open();
        ui::AppContext context(*database, m_clock, m_prompts);
        context.setCurrentPatientId(m_patient);
        ui::DiaryView view(context);
        ui::HealthRecordDialog medicine(context, m_patient, ui::HealthRecordDialog::Kind::Medicine);
        test::child<QLineEdit>(medicine, "textEdit")->setText(QStringLiteral("Humira 40 mg"));
        medicine.accept();
        QCOMPARE(medicine.warnings().size(), 1);
        QCOMPARE(medicine.warnings().first().code, QStringLiteral("interaction"));
        QCOMPARE(test::child<QListWidget>(view, "medicines")->count(), 1);

        ui::HealthRecordDialog lab(context, m_patient, ui::HealthRecordDialog::Kind::Lab);
        test::child<QComboBox>(lab, "termBox")
            ->setCurrentIndex(
                test::child<QComboBox>(lab, "termBox")->findData(QStringLiteral("anc")));
        test::child<QDoubleSpinBox>(lab, "valueEdit")->setValue(1.2);
        lab.accept();
        QCOMPARE(lab.warnings().first().code, QStringLiteral("low-neutrophils"));
        QCOMPARE(test::child<QListWidget>(view, "labs")->count(), 1);
        QVERIFY(test::child<QListWidget>(view, "labs")
                    ->item(0)
                    ->text()
                    .startsWith(QStringLiteral("⚠")));

        ui::HealthRecordDialog effect(context, m_patient, ui::HealthRecordDialog::Kind::SideEffect);
        test::child<QComboBox>(effect, "termBox")->setEditText(QStringLiteral("Headache"));
        test::child<QDateEdit>(effect, "startEdit")->setDate(QDate(2026, 11, 20));
        test::child<QCheckBox>(effect, "endKnown")->setChecked(true);
        test::child<QDateEdit>(effect, "endEdit")->setDate(QDate(2026, 11, 19));
        effect.show();
        const QString before = test::dataDump(database->connection());
        effect.accept();
        QVERIFY(effect.isVisible()); // onset after resolved: refused, stays open
        QVERIFY(test::child<QLabel>(effect, "errorLabel")
                    ->text()
                    .contains(QStringLiteral("after the resolved date")));
        QCOMPARE(test::child<QListWidget>(view, "sideEffects")->count(), 0);
        QCOMPARE(test::dataDump(database->connection()), before); // nothing written
    }

    void medicineStoppedTodayAndUndone()
    {
        auto database = open();
        ui::AppContext context(*database, m_clock, m_prompts);
        context.setCurrentPatientId(m_patient);
        ui::DiaryView view(context);
        ui::HealthRecordDialog medicine(context, m_patient, ui::HealthRecordDialog::Kind::Medicine);
        test::child<QLineEdit>(medicine, "textEdit")->setText(QStringLiteral("Methotrexate"));
        test::child<QDateEdit>(medicine, "startEdit")->setDate(QDate(2026, 10, 1));
        medicine.accept();
        QVERIFY(medicine.warnings().isEmpty());
        test::child<QListWidget>(view, "medicines")->setCurrentRow(0);
        QMetaObject::invokeMethod(&view, [&view] {
            // The "Stopped Today" button of the medicines tab.
            const auto buttons = view.findChildren<QPushButton *>();
            for (QPushButton *button : buttons) {
                if (button->text() == QStringLiteral("&Stopped Today"))
                    button->click();
            }
        });
        HealthRecordService records(*database, m_clock);
        QCOMPARE(records.medicines(m_patient)->first().stopped, std::optional(QDate(2026, 11, 22)));
        QVERIFY(test::child<QListWidget>(view, "medicines")
                    ->item(0)
                    ->text()
                    .contains(QStringLiteral(" to ")));
        context.undoStack()->undo();
        QCOMPARE(records.medicines(m_patient)->first().stopped, std::nullopt);
    }
};

QTEST_MAIN(TestDiaryUi)
#include "tst_diaryui.moc"
