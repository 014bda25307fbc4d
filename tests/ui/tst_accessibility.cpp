#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "backups/BackupsDialog.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/WeightUnit.h"
#include "demo/DemoGenerator.h"
#include "diary/HealthRecordDialog.h"
#include "injections/InjectionDialog.h"
#include "patients/AddPatientDialog.h"
#include "patients/PatientRepository.h"
#include "patients/WeightDialog.h"
#include "regimen/RegimenDialog.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "shell/Translations.h"
#include "sites/ReactionDialog.h"
#include "stock/ReceiveStockDialog.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QRect>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

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

    // Names every unnamed control under root, and every control Tab does not
    // reach going round from start.
    static QStringList unnamedControls(QWidget *root, const QString &where)
    {
        QStringList unnamed;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!isControl(widget, root))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << where + QStringLiteral(": ") + describe(widget);
        }
        return unnamed;
    }

    static QStringList unreachedControls(QWidget *root, QWidget *start, QWidget *window,
                                         const QString &where)
    {
        QSet<QWidget *> controls;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (isControl(widget, root))
                controls.insert(widget);
        }
        start->setFocus(Qt::OtherFocusReason);
        QSet<QWidget *> reached;
        bool left = false;
        // Twice the widgets of the whole window is enough for a full round.
        const int presses = 2 * static_cast<int>(window->findChildren<QWidget *>().size());
        for (int press = 0; press < presses && reached.size() < controls.size(); ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            if (qEnvironmentVariableIsSet("SHOTBOOK_TRACE_TAB"))
                qDebug() << press << focused;
            // Reaching any button of a choice of one reaches the choice.
            if (auto *button = qobject_cast<QAbstractButton *>(focused);
                button && button->group() && button->group()->exclusive() &&
                button->group()->checkedButton())
                focused = button->group()->checkedButton();
            if (controls.contains(focused))
                reached.insert(focused);
            if (focused != start)
                left = true;
            else if (left)
                break; // a full round
        }
        QStringList unreached;
        for (QWidget *control : std::as_const(controls)) {
            if (!reached.contains(control))
                unreached << where + QStringLiteral(": ") + describe(control);
        }
        return unreached;
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
            unnamed << unnamedControls(all[row].second, all[row].first);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void tabReachesEveryControl()
    {
        const auto all = views();
        QStringList unreached;
        auto *navigation = test::child<QListWidget>(*m_window, "navigation");
        for (int row = 0; row < all.size(); ++row) {
            show(row);
            unreached << unreachedControls(all[row].second, navigation, m_window.get(),
                                           all[row].first);
        }
        QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(QStringLiteral("\n"))));
    }

    // Every dialog: named controls, all reached by Tab, and Escape closes it.
    void dialogs_data()
    {
        QTest::addColumn<std::function<QDialog *(ui::AppContext &, qint64)>>("make");
        using Make = std::function<QDialog *(ui::AppContext &, qint64)>;
        QTest::newRow("log injection") << Make(
            [](ui::AppContext &c, qint64 p) -> QDialog * { return new ui::InjectionDialog(c, p); });
        QTest::newRow("regimen") << Make(
            [](ui::AppContext &c, qint64 p) -> QDialog * { return new ui::RegimenDialog(c, p); });
        QTest::newRow("weight") << Make([](ui::AppContext &c, qint64 p) -> QDialog * {
            static const ui::WeightUnit kg(false);
            return new ui::WeightDialog(c, p, kg);
        });
        QTest::newRow("add patient") << Make(
            [](ui::AppContext &c, qint64) -> QDialog * { return new ui::AddPatientDialog(c); });
        QTest::newRow("receive stock") << Make(
            [](ui::AppContext &c, qint64) -> QDialog * { return new ui::ReceiveStockDialog(c); });
        QTest::newRow("site reaction") << Make([](ui::AppContext &c, qint64 p) -> QDialog * {
            return new ui::ReactionDialog(c, p, QStringLiteral("thigh-left-upper"));
        });
        for (const auto &[name, kind] :
             {std::pair{"side effect", ui::HealthRecordDialog::Kind::SideEffect},
              std::pair{"infection", ui::HealthRecordDialog::Kind::Infection},
              std::pair{"lab", ui::HealthRecordDialog::Kind::Lab},
              std::pair{"medicine", ui::HealthRecordDialog::Kind::Medicine}})
            QTest::newRow(name) << Make([kind](ui::AppContext &c, qint64 p) -> QDialog * {
                return new ui::HealthRecordDialog(c, p, kind);
            });
        QTest::newRow("backups") << Make(
            [](ui::AppContext &c, qint64) -> QDialog * { return new ui::BackupsDialog(c); });
        QTest::newRow("settings") << Make([](ui::AppContext &c, qint64) -> QDialog * {
            static ui::AppSettings settings;
            return new ui::SettingsDialog(c, settings);
        });
    }

    void dialogs()
    {
        QFETCH(std::function<QDialog *(ui::AppContext &, qint64)>, make);
        PatientRepository patients(*m_database, m_clock);
        const auto list = patients.list();
        QVERIFY(list && !list->isEmpty());
        std::unique_ptr<QDialog> dialog(make(*m_context, list->first().id));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        const QString where = QString::fromLatin1(QTest::currentDataTag());
        QStringList problems = unnamedControls(dialog.get(), where);
        QWidget *start = QApplication::focusWidget();
        QVERIFY2(start && dialog->isAncestorOf(start), "nothing has the focus when it opens");
        problems << unreachedControls(dialog.get(), start, dialog.get(), where);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }

    // At twice the system font size nothing is cut off: every label and
    // button of every view is given at least the width its text needs, in a
    // window grown to what it asks for (a user with large fonts gets
    // scrollbars or a larger window, never half a word).
    void largeFontsCutNothingOff()
    {
        const QFont normal = QApplication::font();
        QFont large = normal;
        large.setPointSizeF(normal.pointSizeF() * 2);
        QApplication::setFont(large);
        QApplication::processEvents();
        m_window->resize(m_window->sizeHint().expandedTo(QSize(1280, 800)));
        QApplication::processEvents();
        // And the window still fits a full-HD screen at that size.
        const QSize needed = m_window->minimumSizeHint();
        qInfo("smallest main window at twice the font size: %dx%d", needed.width(),
              needed.height());
        const bool fits = needed.width() <= 1920 && needed.height() <= 1080;
        QStringList cut;
        const auto all = views();
        for (int row = 0; row < all.size(); ++row) {
            show(row);
            for (QWidget *widget : all[row].second->findChildren<QWidget *>()) {
                if (!widget->isVisibleTo(all[row].second))
                    continue;
                auto *label = qobject_cast<QLabel *>(widget);
                auto *button = qobject_cast<QAbstractButton *>(widget);
                if ((label && !label->wordWrap() && !label->text().isEmpty() &&
                     label->width() < label->minimumSizeHint().width()) ||
                    (button && !button->text().isEmpty() &&
                     button->width() < button->minimumSizeHint().width()))
                    cut << all[row].first + QStringLiteral(": ") + describe(widget) +
                               QStringLiteral(" %1 < %2")
                                   .arg(widget->width())
                                   .arg(widget->minimumSizeHint().width());
            }
        }
        QApplication::setFont(normal);
        QVERIFY2(fits, "the main window does not fit 1920x1080 at twice the font size");
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("\n"))));
    }

    // With a high-contrast dark palette (white on black, as a system theme
    // gives it) every view follows it: hardly any of its painted area stays
    // light, as it would under a hard-coded white background or chart.
    void highContrastPaletteIsFollowed()
    {
        const QPalette normal = QApplication::palette();
        QPalette dark;
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button,
                                QPalette::AlternateBase, QPalette::ToolTipBase})
            dark.setColor(role, Qt::black);
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                QPalette::ToolTipText, QPalette::BrightText})
            dark.setColor(role, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(255, 255, 0));
        dark.setColor(QPalette::HighlightedText, Qt::black);
        dark.setColor(QPalette::PlaceholderText, QColor(200, 200, 200));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(160, 160, 160));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(160, 160, 160));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(160, 160, 160));
        QApplication::setPalette(dark);
        QApplication::processEvents();
        QStringList light;
        const auto all = views();
        for (int row = 0; row < all.size(); ++row) {
            show(row);
            const QImage image = all[row].second->grab().toImage();
            // The report's preview shows paper, white as it prints.
            QRect paper;
            if (auto *preview =
                    all[row].second->findChild<QWidget *>(QStringLiteral("reportPreview"));
                preview && preview->isVisible())
                paper = QRect(preview->mapTo(all[row].second, QPoint(0, 0)), preview->size());
            qint64 bright = 0;
            const qint64 total =
                qint64(image.width()) * image.height() - qint64(paper.width()) * paper.height();
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2) {
                    if (!paper.contains(x, y) && qGray(image.pixel(x, y)) > 200)
                        bright += 4;
                }
            }
            const double share = total > 0 ? double(bright) / double(total) : 0;
            qInfo("%s: %.1f %% light", qPrintable(all[row].first), 100 * share);
            if (share > 0.15)
                light << QStringLiteral("%1: %2 % light")
                             .arg(all[row].first)
                             .arg(100 * share, 0, 'f', 1);
        }
        QApplication::setPalette(normal);
        QVERIFY2(light.isEmpty(), qPrintable(light.join(QStringLiteral("\n"))));
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
