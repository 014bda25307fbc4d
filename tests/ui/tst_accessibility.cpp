#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QListWidget>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

// Keyboard alone and a screen reader: in every view of the main window, on a
// database with two years of two patients, every control that takes focus
// has an accessible name, and Tab reaches every one of them (no control only
// a mouse can reach, no table or text field that keeps Tab to itself).
class TestAccessibility final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    ui::AppSettings m_settings;
    std::unique_ptr<ui::MainWindow> m_window;

    // What a Tab press can land on: shown, enabled, taking focus by Tab, and
    // not a part of a composite control (the line edit in a spin box or a
    // combo box, the buttons of a calendar's navigation bar, scroll bars).
    static bool isControl(QWidget *widget, QWidget *view)
    {
        if (!widget->isVisibleTo(view) || !widget->isEnabled() ||
            !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            return false;
        if (qobject_cast<QScrollBar *>(widget))
            return false;
        // Of an exclusive group (a choice of one) Tab reaches the one chosen,
        // and the arrow keys the others, as with radio buttons.
        if (auto *button = qobject_cast<QAbstractButton *>(widget);
            button && button->isCheckable() && !button->isChecked() &&
            ((button->group() && button->group()->exclusive()) || button->autoExclusive()))
            return false;
        for (QWidget *up = widget->parentWidget(); up && up != view; up = up->parentWidget()) {
            if (qobject_cast<QAbstractSpinBox *>(up) || qobject_cast<QComboBox *>(up) ||
                qobject_cast<QCalendarWidget *>(up) || qobject_cast<QAbstractItemView *>(up) ||
                qobject_cast<QTabBar *>(up))
                return false;
        }
        return true;
    }

    static QString describe(QWidget *widget)
    {
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        return QStringLiteral("%1 \"%2\" %3")
            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
                 button ? button->text() : QString());
    }

    QList<QPair<QString, QWidget *>> views() const
    {
        QList<QPair<QString, QWidget *>> all;
        auto *navigation = test::child<QListWidget>(*m_window, "navigation");
        auto *stack = test::child<QStackedWidget>(*m_window, "views");
        for (int row = 0; row < navigation->count(); ++row)
            all.append({navigation->item(row)->text(), stack->widget(row)});
        return all;
    }

    void show(int row)
    {
        test::child<QListWidget>(*m_window, "navigation")->setCurrentRow(row);
        QApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(DemoGenerator::write(path, DemoOptions{2, 2, 7}, m_clock));
        auto opened = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(opened);
        m_database = std::move(*opened);
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_window = std::make_unique<ui::MainWindow>(*m_context, m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
        m_database.reset();
    }

    void everyControlHasAName()
    {
        const auto all = views();
        QStringList unnamed;
        for (int row = 0; row < all.size(); ++row) {
            show(row);
            QWidget *view = all[row].second;
            for (QWidget *widget : view->findChildren<QWidget *>()) {
                if (!isControl(widget, view))
                    continue;
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                QVERIFY(accessible);
                if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << all[row].first + QStringLiteral(": ") + describe(widget);
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void tabReachesEveryControl()
    {
        const auto all = views();
        QStringList unreached;
        for (int row = 0; row < all.size(); ++row) {
            show(row);
            QWidget *view = all[row].second;
            QSet<QWidget *> controls;
            for (QWidget *widget : view->findChildren<QWidget *>()) {
                if (isControl(widget, view))
                    controls.insert(widget);
            }
            auto *navigation = test::child<QListWidget>(*m_window, "navigation");
            navigation->setFocus(Qt::OtherFocusReason);
            QSet<QWidget *> reached;
            // Twice the controls of the whole window is enough for a full round.
            const int presses = 2 * static_cast<int>(m_window->findChildren<QWidget *>().size());
            for (int press = 0; press < presses && reached.size() < controls.size(); ++press) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget *focused = QApplication::focusWidget();
                // Reaching any button of a choice of one reaches the choice.
                if (auto *button = qobject_cast<QAbstractButton *>(focused);
                    button && button->group() && button->group()->exclusive() &&
                    button->group()->checkedButton())
                    focused = button->group()->checkedButton();
                if (controls.contains(focused))
                    reached.insert(focused);
                if (QApplication::focusWidget() == navigation && press > 0 && !reached.isEmpty())
                    break; // a full round
            }
            for (QWidget *control : std::as_const(controls)) {
                if (!reached.contains(control))
                    unreached << all[row].first + QStringLiteral(": ") + describe(control);
            }
        }
        QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(QStringLiteral("\n"))));
    }

    // Views with a list or a table leave it by Tab, not by walking its cells.
    void tablesDoNotKeepTab()
    {
        const auto all = views();
        QStringList keeping;
        for (int row = 0; row < all.size(); ++row) {
            for (QAbstractItemView *items : all[row].second->findChildren<QAbstractItemView *>()) {
                if (items->tabKeyNavigation() && !qobject_cast<QCalendarWidget *>(items->parent()))
                    keeping << all[row].first + QStringLiteral(": ") + describe(items);
            }
        }
        QVERIFY2(keeping.isEmpty(), qPrintable(keeping.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
