#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "injections/InjectionDialog.h"
#include "injections/InjectionLog.h"
#include "patients/PatientRepository.h"
#include "shell/Translations.h"
#include "sites/BodyMapView.h"
#include "sites/BodyMapWidget.h"
#include "sites/ReactionDialog.h"
#include "sites/SiteService.h"
#include "storage/Database.h"
#include "today/TodayView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace shotbook;

class TestSitesUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    qint64 m_patient = 0;

    void inject(const QString &zone, const QDateTime &at, std::optional<QPointF> spot = {})
    {
        InjectionLog log(*m_database, m_clock);
        InjectionInput input;
        input.site = zone;
        input.at = at;
        input.doseMg = 100;
        input.spot = spot;
        QVERIFY(log.log(m_patient, input, Confirmations::all()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the application does: English plural forms ("2 days ago").
        ui::installTranslations(*QCoreApplication::instance());
    }

    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
        PatientRepository patients(*m_database, m_clock);
        m_patient = patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}})->id;
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_context->setCurrentPatientId(m_patient);
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
    }

    void viewFollowsRotationAndReactions()
    {
        inject(QStringLiteral("abdomen-upper-left"), m_clock.now().addDays(-1));
        ui::BodyMapView view(*m_context);
        QVERIFY2(test::child<QLabel>(view, "suggestionLabel")
                     ->text()
                     .contains(QStringLiteral("Abdomen, upper right")),
                 qPrintable(test::child<QLabel>(view, "suggestionLabel")->text()));

        // A reaction on the suggested zone moves the suggestion on.
        ui::ReactionDialog dialog(*m_context, m_patient, QStringLiteral("abdomen-upper-right"));
        test::child<QComboBox>(dialog, "kindBox")
            ->setCurrentIndex(
                test::child<QComboBox>(dialog, "kindBox")->findData(QStringLiteral("swelling")));
        test::child<QComboBox>(dialog, "severityBox")->setCurrentIndex(1);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(test::child<QLabel>(view, "suggestionLabel")
                    ->text()
                    .contains(QStringLiteral("Abdomen, lower left")));
        QCOMPARE(test::child<QListWidget>(view, "reactionList")->count(), 1);
        QVERIFY(test::child<QListWidget>(view, "reactionList")
                    ->item(0)
                    ->text()
                    .contains(QStringLiteral("Swelling")));

        // Cleared: the zone comes back.
        test::child<QListWidget>(view, "reactionList")->setCurrentRow(0);
        view.resolveSelectedReaction();
        QVERIFY(test::child<QLabel>(view, "suggestionLabel")
                    ->text()
                    .contains(QStringLiteral("Abdomen, upper right")));
        QVERIFY(test::child<QListWidget>(view, "reactionList")
                    ->item(0)
                    ->text()
                    .contains(QStringLiteral("cleared")));

        // Undo twice: not cleared, then not recorded.
        m_context->undoStack()->undo();
        QVERIFY(test::child<QLabel>(view, "suggestionLabel")
                    ->text()
                    .contains(QStringLiteral("Abdomen, lower left")));
        m_context->undoStack()->undo();
        QCOMPARE(test::child<QListWidget>(view, "reactionList")->count(), 0);
    }

    void switchZoneOffByClickAndKeyboard()
    {
        ui::BodyMapView view(*m_context);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRectF rect = test::child<ui::BodyMapWidget>(view, "map")
                                ->zoneRect(QStringLiteral("abdomen-upper-left"));
        QTest::mouseClick(test::child<ui::BodyMapWidget>(view, "map"), Qt::LeftButton, {},
                          rect.center().toPoint());
        QVERIFY(test::child<QLabel>(view, "zoneLabel")
                    ->text()
                    .contains(QStringLiteral("Abdomen, upper left")));
        QVERIFY(test::child<QCheckBox>(view, "enabledBox")->isChecked());
        test::child<QCheckBox>(view, "enabledBox")->click();
        SiteService sites(*m_database, m_clock);
        QCOMPARE(*sites.disabledZones(m_patient),
                 QStringList{QStringLiteral("abdomen-upper-left")});
        QVERIFY(test::child<QLabel>(view, "suggestionLabel")
                    ->text()
                    .contains(QStringLiteral("Abdomen, upper right")));
        m_context->undoStack()->undo();
        QVERIFY(sites.disabledZones(m_patient)->isEmpty());
    }

    void logDialogPicksSiteOnMapAndWarns()
    {
        inject(QStringLiteral("thigh-left-upper"), m_clock.now().addDays(-2), QPointF(0.5, 0.5));
        ui::InjectionDialog dialog(*m_context, m_patient);
        dialog.resize(1000, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Suggested: never-used first.
        QCOMPARE(test::child<QComboBox>(dialog, "siteBox")->currentData().toString(),
                 QStringLiteral("abdomen-upper-left"));
        QVERIFY(test::child<QLabel>(dialog, "siteWarningLabel")->text().isEmpty());

        // Click the thigh used two days ago: it is picked, with a warning.
        const QRectF thigh = test::child<ui::BodyMapWidget>(dialog, "bodyMap")
                                 ->zoneRect(QStringLiteral("thigh-left-upper"));
        QTest::mouseClick(
            test::child<ui::BodyMapWidget>(dialog, "bodyMap"), Qt::LeftButton, {},
            QPointF(thigh.left() + thigh.width() * 0.55, thigh.top() + thigh.height() * 0.5)
                .toPoint());
        QCOMPARE(test::child<QComboBox>(dialog, "siteBox")->currentData().toString(),
                 QStringLiteral("thigh-left-upper"));
        QVERIFY2(test::child<QLabel>(dialog, "siteWarningLabel")
                     ->text()
                     .contains(QStringLiteral("2 days ago")),
                 qPrintable(test::child<QLabel>(dialog, "siteWarningLabel")->text()));
        QVERIFY(test::child<QLabel>(dialog, "siteWarningLabel")
                    ->text()
                    .contains(QStringLiteral("cm from the last")));

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        SiteService sites(*m_database, m_clock);
        const auto uses = sites.zoneUses(m_patient);
        QVERIFY(uses);
        const auto use = std::find_if(uses->cbegin(), uses->cend(), [](const ZoneUse &zone) {
            return zone.zone == QLatin1String("thigh-left-upper");
        });
        QVERIFY2(use != uses->cend(), "no use of thigh-left-upper is listed");
        QCOMPARE(use->count, 2);
        QVERIFY(use->lastSpot);
        QVERIFY(qAbs(use->lastSpot->x() - 0.55) < 0.02);
    }

    // A child under six gets the child's figure, in the view and in the log
    // dialog's map; an adult (or no date of birth) the adult's.
    void childFigureByAge()
    {
        ui::BodyMapView adult(*m_context);
        QCOMPARE(test::child<ui::BodyMapWidget>(adult, "map")->figure(), ui::BodyFigure::Adult);
        PatientRepository patients(*m_database, m_clock);
        const qint64 lea =
            patients.add({QStringLiteral("Léa"), m_clock.today().addMonths(-14), std::nullopt, {}})
                ->id;
        m_context->setCurrentPatientId(lea);
        QCOMPARE(test::child<ui::BodyMapWidget>(adult, "map")->figure(), ui::BodyFigure::Child);
        ui::InjectionDialog dialog(*m_context, lea);
        const auto *map = dialog.findChild<ui::BodyMapWidget *>();
        QVERIFY(map);
        QCOMPARE(map->figure(), ui::BodyFigure::Child);
        m_context->setCurrentPatientId(m_patient);
        QCOMPARE(test::child<ui::BodyMapWidget>(adult, "map")->figure(), ui::BodyFigure::Adult);
    }

    void todayShowsSuggestedSite()
    {
        inject(QStringLiteral("abdomen-upper-left"), m_clock.now().addDays(-1));
        ui::TodayView today(*m_context);
        QVERIFY2(test::child<QLabel>(today, "siteLabel")
                     ->text()
                     .contains(QStringLiteral("Abdomen, upper right")),
                 qPrintable(test::child<QLabel>(today, "siteLabel")->text()));
    }
};

QTEST_MAIN(TestSitesUi)
#include "tst_sitesui.moc"
