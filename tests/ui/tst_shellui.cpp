#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Card.h"
#include "common/Clock.h"
#include "common/TimeText.h"
#include "patients/PatientRepository.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "storage/Database.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

// The main window: a shortcut per view (and the navigation says it), the
// title, what needs a patient disabled without one, and the German names
// never cut off.
class TestShellUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        auto opened = Database::open(m_path);
        QVERIFY(opened);
        m_database = std::move(*opened);
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
        QLocale::setDefault(QLocale::c());
        ui::installTranslations(*QCoreApplication::instance());
    }

    void ctrlNumberOpensEachView()
    {
        ui::AppSettings settings;
        ui::MainWindow window(*m_context, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QListWidget *navigation = test::child<QListWidget>(window, "navigation");
        QVERIFY(navigation->count() >= 6);
        for (int row = navigation->count() - 1; row >= 0; --row) {
            QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + row), Qt::ControlModifier);
            QCOMPARE(navigation->currentRow(), row);
            // The navigation tells the shortcut.
            const QString keys =
                QKeySequence(
                    QKeyCombination(Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + row)))
                    .toString(QKeySequence::NativeText);
            QVERIFY2(navigation->item(row)->toolTip().contains(keys),
                     qPrintable(navigation->item(row)->toolTip()));
            QVERIFY(window.findChild<QAction *>(QStringLiteral("showView%1").arg(row + 1)));
        }
    }

    // The platform adds the application's name to the title: the window names
    // only the database, so "Shotbook" shows once.
    void titleNamesTheDatabaseOnly()
    {
        ui::AppSettings settings;
        ui::MainWindow window(*m_context, settings);
        QCOMPARE(window.windowTitle(), QFileInfo(m_path).fileName());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("Shotbook")));
    }

    void patientActionsWaitForAPatient()
    {
        ui::AppSettings settings;
        ui::MainWindow window(*m_context, settings);
        const QStringList names = {
            QStringLiteral("logInjectionAction"), QStringLiteral("setRegimenAction"),
            QStringLiteral("renamePatientAction"), QStringLiteral("removePatientAction"),
            QStringLiteral("exportCalendarAction")};
        for (const QString &name : names) {
            auto *action = window.findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(!action->isEnabled(), qPrintable(name));
        }
        PatientRepository patients(*m_database, m_clock);
        const qint64 id = patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}})->id;
        m_context->notifyChanged(ui::ChangeNotice::everything());
        m_context->setCurrentPatientId(id);
        for (const QString &name : names)
            QVERIFY2(window.findChild<QAction *>(name)->isEnabled(), qPrintable(name));
    }

    // In German every view's name fits the navigation beside its icon.
    void germanNavigationIsNotCutOff()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        ui::installTranslations(*QCoreApplication::instance());
        ui::AppSettings settings;
        ui::MainWindow window(*m_context, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget *navigation = test::child<QListWidget>(window, "navigation");
        QStringList names;
        const QFontMetrics metrics(navigation->font());
        for (int row = 0; row < navigation->count(); ++row) {
            const QString text = navigation->item(row)->text();
            names << text;
            const QRect item = navigation->visualItemRect(navigation->item(row));
            QVERIFY2(metrics.horizontalAdvance(text) + navigation->iconSize().width() + 8 <=
                         item.width(),
                     qPrintable(text));
        }
        QVERIFY2(names.contains(QStringLiteral("Patienten & Behandlungsplan")),
                 qPrintable(names.join(u',')));
    }

    // Cards side by side are as tall as each other and keep their titles and
    // text on the same lines at the top; in a column they do not grow.
    void cardsKeepTheirContentAtTheTop()
    {
        QWidget row;
        auto *layout = new QHBoxLayout(&row);
        auto *shortCard = new ui::Card(QStringLiteral("Supply"), &row);
        auto *longCard = new ui::Card(QStringLiteral("Storage"), &row);
        auto *shortText = new QLabel(QStringLiteral("43 usable syringes in stock."), shortCard);
        auto *longText =
            new QLabel(QStringLiteral("Keep syringes in the fridge. ").repeated(20), longCard);
        longText->setWordWrap(true);
        shortCard->body()->addWidget(shortText);
        longCard->body()->addWidget(longText);
        layout->addWidget(shortCard, 3);
        layout->addWidget(longCard, 2);
        layout->addStretch(0);
        row.resize(700, 400);
        row.show();
        QVERIFY(QTest::qWaitForWindowExposed(&row));
        QCOMPARE(shortCard->height(), longCard->height());
        QCOMPARE(shortText->mapTo(&row, QPoint()).y(), longText->mapTo(&row, QPoint()).y());
        // The wrapped text gets the height it needs: nothing cut off.
        QVERIFY(longText->height() >= longText->heightForWidth(longText->width()));
        // In a column with room to spare, the room stays below the cards.
        QWidget column;
        auto *stack = new QVBoxLayout(&column);
        auto *card = new ui::Card(QStringLiteral("Alerts"), &column);
        card->body()->addWidget(new QLabel(QStringLiteral("One alert"), card));
        stack->addWidget(card);
        stack->addStretch();
        column.resize(400, 600);
        column.show();
        QVERIFY(QTest::qWaitForWindowExposed(&column));
        QCOMPARE(card->height(), card->sizeHint().height());
    }

    // One full stop where an abbreviation ends a sentence.
    void sentenceHasOneFullStop_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("abbreviation") << QStringLiteral("fällig heute um 08:00, vor 2 Std..")
                                      << QStringLiteral("fällig heute um 08:00, vor 2 Std.");
        QTest::newRow("inside") << QStringLiteral("vor 2 Std.. Nächste Dosis")
                                << QStringLiteral("vor 2 Std. Nächste Dosis");
        QTest::newRow("plain") << QStringLiteral("in 40 min.") << QStringLiteral("in 40 min.");
        QTest::newRow("ellipsis") << QStringLiteral("Wait...") << QStringLiteral("Wait...");
    }

    void sentenceHasOneFullStop()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ui::TimeText::sentence(text), expected);
    }
};

QTEST_MAIN(TestShellUi)
#include "tst_shellui.moc"
