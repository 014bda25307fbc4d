#include "CliRunner.h"
#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <algorithm>

using namespace shotbook;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"TS")
            continue;
        if (name != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
                continue;
            }
            if (xml.name() != u"message") {
                xml.skipCurrentElement();
                continue;
            }
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(QLatin1StringView("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                message.forms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// %1 … %99, %L1 and %n, each once, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured();
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

QString tsPath(const char *language)
{
    return QStringLiteral(SHOTBOOK_TRANSLATIONS_DIR "/shotbook_%1.ts")
        .arg(QLatin1StringView(language));
}

// What a person reads: accelerator ampersands out, HTML as plain text.
QString readable(const QString &text)
{
    QString plain = text;
    if (Qt::mightBeRichText(plain)) {
        QTextDocument document;
        document.setHtml(plain);
        plain = document.toPlainText();
    }
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(u'&');
    plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return plain.trimmed();
}

// The English source texts that `language` translates into something else,
// with no placeholder (those are checked through what they become), as read.
QSet<QString> englishLeftOver(const char *language)
{
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QSet<QString> translated;
    for (const Message &message : messages)
        for (const QString &form : message.forms)
            translated.insert(readable(form));
    QSet<QString> english;
    for (const Message &message : messages) {
        if (message.numerus || !placeholders(message.source).isEmpty())
            continue;
        const QString source = readable(message.source);
        // Words the same in both languages ("Patient", "Zone", "mg") are not English left.
        if (source.size() < 2 || translated.contains(source))
            continue;
        english.insert(source);
    }
    return english;
}

// Every text the widgets under `root` show or tell: labels, buttons, group
// titles, tabs, headers, list items, line edit placeholders, tooltips, and
// the actions of the menu bar and its menus.
QStringList visibleTexts(const QWidget &root)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.trimmed().isEmpty())
            texts << readable(text);
    };
    QList<QWidget *> widgets = root.findChildren<QWidget *>();
    widgets.prepend(const_cast<QWidget *>(&root));
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(const_cast<QWidget *>(&root)) && widget != &root)
            continue;
        add(widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(edit->placeholderText());
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (QAbstractItemModel *model = header->model()) {
                const int count = header->orientation() == Qt::Horizontal ? model->columnCount()
                                                                          : model->rowCount();
                for (int i = 0; i < count; ++i)
                    add(model->headerData(i, header->orientation()).toString());
            }
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i) {
                add(list->item(i)->text());
                add(list->item(i)->toolTip());
            }
        }
        for (QAction *action : widget->actions()) {
            add(action->text());
            add(action->toolTip() == readable(action->text()) ? QString() : action->toolTip());
        }
    }
    if (auto *window = qobject_cast<const QMainWindow *>(&root)) {
        for (QAction *menuAction : window->menuBar()->actions()) {
            add(menuAction->text());
            if (QMenu *menu = menuAction->menu())
                for (QAction *action : menu->actions())
                    add(action->text());
        }
    }
    return texts;
}

QString days(int n)
{
    return QCoreApplication::translate("TimeText", "%n day(s)", nullptr, n);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledIntoResources()
    {
        for (const char *language : {"en", "de", "es", "fr"})
            QVERIFY2(QFile::exists(
                         QStringLiteral(":/i18n/shotbook_%1.qm").arg(QLatin1StringView(language))),
                     language);
        QCOMPARE(ui::availableLanguages(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                              QStringLiteral("fr")}));
    }

    void frenchAndSpanishLocalesGetTheirLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        ui::installTranslations(*QCoreApplication::instance());
        QCOMPARE(days(1), QStringLiteral("1 jour"));
        QCOMPARE(days(2), QStringLiteral("2 jours"));
        QCOMPARE(QCoreApplication::translate("SideEffectCatalog", "Get medical help now."),
                 QStringLiteral("Obtenez immédiatement une aide médicale."));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        ui::installTranslations(*QCoreApplication::instance());
        QCOMPARE(days(1), QStringLiteral("1 día"));
        QCOMPARE(days(2), QStringLiteral("2 días"));
        QCOMPARE(QCoreApplication::translate("SideEffectCatalog", "Get medical help now."),
                 QStringLiteral("Busque ayuda médica inmediatamente."));
        QLocale::setDefault(QLocale::c());
        ui::installTranslations(*QCoreApplication::instance());
    }

    void mainViewsHaveNoEnglishLeft_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("de");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("fr");
    }

    // The main window in German and in French, one view after the other: no
    // text it shows is an English source string that the language translates.
    void mainViewsHaveNoEnglishLeft()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("shotbook.sqlite")));
        QVERIFY(opened);
        std::unique_ptr<Database> database = std::move(*opened);
        FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
        test::ScriptedPrompts prompts;
        PatientRepository patients(*database, clock);
        QVERIFY(patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}}));

        QLocale::setDefault(QLocale(locale));
        ui::installTranslations(*QCoreApplication::instance());
        const QSet<QString> english = englishLeftOver(language.toLatin1().constData());
        QVERIFY(english.size() > 500);
        // The check can fail: the English texts themselves are caught.
        QVERIFY(english.contains(QStringLiteral("Log Injection…")));
        QVERIFY(english.contains(QStringLiteral("Get medical help now.")));
        {
            ui::AppContext context(*database, clock, prompts);
            ui::AppSettings settings;
            ui::MainWindow window(context, settings);
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *navigation = test::child<QListWidget>(window, "navigation");
            QStringList left;
            int views = 0;
            for (int row = 0; row < navigation->count(); ++row) {
                navigation->setCurrentRow(row);
                QCoreApplication::processEvents();
                ++views;
                for (const QString &text : visibleTexts(window)) {
                    const QString entry = text + QStringLiteral("  (view %1)").arg(row + 1);
                    if (english.contains(text) && !left.contains(entry))
                        left << entry;
                }
            }
            QVERIFY(views >= 6);
            QVERIFY2(left.isEmpty(),
                     qPrintable(locale + QStringLiteral(": English left:\n") + left.join(u'\n')));
        }
        QLocale::setDefault(QLocale::c());
        ui::installTranslations(*QCoreApplication::instance());
    }

    // shotbook-cli follows LANG/LC_ALL: in French its help and its messages
    // are French; with LANG=C they stay English.
    void cliSpeaksTheSystemLanguage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        const auto run = [&db](const QString &lang, const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LC_ALL"), lang);
            environment.insert(QStringLiteral("LANG"), lang);
            environment.remove(QStringLiteral("LANGUAGE"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(SHOTBOOK_CLI_PATH),
                          QStringList{QStringLiteral("--db"), db} + arguments);
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput() +
                                     process.readAllStandardError());
        };
        const QString helpFr = run(QStringLiteral("fr_FR.UTF-8"), {QStringLiteral("--help")});
        QVERIFY2(helpFr.contains(QStringLiteral("Utilisation : shotbook-cli")), qPrintable(helpFr));
        QVERIFY2(helpFr.contains(QStringLiteral("enregistre une injection")), qPrintable(helpFr));
        QVERIFY2(!helpFr.contains(QStringLiteral("Usage:")), qPrintable(helpFr));
        QVERIFY2(!helpFr.contains(QStringLiteral("logs an injection")), qPrintable(helpFr));
        QVERIFY(helpFr.contains(QStringLiteral("stock add"))); // command names stay

        const QString addFr =
            run(QStringLiteral("fr_FR.UTF-8"), {QStringLiteral("patient"), QStringLiteral("add"),
                                                QStringLiteral("--name"), QStringLiteral("Ada")});
        QVERIFY2(addFr.contains(QStringLiteral("Patient Ada ajouté")), qPrintable(addFr));
        const QString listEs =
            run(QStringLiteral("es_ES.UTF-8"), {QStringLiteral("patient"), QStringLiteral("add"),
                                                QStringLiteral("--name"), QStringLiteral("Ada")});
        QVERIFY2(listEs.contains(QStringLiteral("Ya hay un paciente llamado «Ada»")),
                 qPrintable(listEs));

        const QString helpC = run(QStringLiteral("C.UTF-8"), {QStringLiteral("--help")});
        QVERIFY2(helpC.contains(QStringLiteral("Usage: shotbook-cli")), qPrintable(helpC));
    }

    void germanLocaleGetsGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ui::installTranslations(*QCoreApplication::instance());
        QCOMPARE(days(1), QStringLiteral("1 Tag"));
        QCOMPARE(days(2), QStringLiteral("2 Tage"));
        QCOMPARE(QCoreApplication::translate("TimeText", "today at %1"),
                 QStringLiteral("heute um %1"));
    }

    // Runs after the German one: installing again replaces those translators.
    void cLocaleGetsEnglishPlurals()
    {
        QLocale::setDefault(QLocale::c());
        ui::installTranslations(*QCoreApplication::instance());
        QCOMPARE(days(1), QStringLiteral("1 day"));
        QCOMPARE(days(2), QStringLiteral("2 days"));
        QCOMPARE(QCoreApplication::translate("DatabaseCheck", "%n record(s) with %1 (id %2)",
                                             nullptr, 3),
                 QStringLiteral("3 records with %1 (id %2)"));
        // Messages without plural forms keep their source text.
        QCOMPARE(QCoreApplication::translate("TimeText", "today at %1"),
                 QStringLiteral("today at %1"));
    }

    void englishLocaleGetsEnglishPlurals()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ui::installTranslations(*QCoreApplication::instance());
        QCOMPARE(days(1), QStringLiteral("1 day"));
        QCOMPARE(days(2), QStringLiteral("2 days"));
    }

    void untranslatedLanguageFallsBackToEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        ui::installTranslations(*QCoreApplication::instance());
        QCOMPARE(days(2), QStringLiteral("2 days"));
        QLocale::setDefault(QLocale::c());
    }

    void tsFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("pluralsOnly");
        QTest::newRow("en") << tsPath("en") << true;
        QTest::newRow("de") << tsPath("de") << false;
        QTest::newRow("es") << tsPath("es") << false;
        QTest::newRow("fr") << tsPath("fr") << false;
    }

    // Every German, French and Spanish message, and every English plural message, is finished, has
    // two forms when plural, and keeps exactly the source's placeholders.
    void tsFiles()
    {
        QFETCH(QString, path);
        QFETCH(bool, pluralsOnly);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        int plurals = 0;
        for (const Message &message : messages) {
            if (message.type == u"vanished" || message.type == u"obsolete")
                continue;
            if (pluralsOnly && !message.numerus)
                continue;
            plurals += message.numerus ? 1 : 0;
            const QString where =
                message.context + QStringLiteral(" \"") + message.source + QStringLiteral("\": ");
            if (!message.type.isEmpty()) {
                problems << where + QStringLiteral("not finished");
                continue;
            }
            if (message.forms.size() != (message.numerus ? 2 : 1)) {
                problems << where + QStringLiteral("%1 forms").arg(message.forms.size());
                continue;
            }
            const QStringList expected = placeholders(message.source);
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems << where + QStringLiteral("empty translation");
                else if (placeholders(form) != expected)
                    problems << where + QStringLiteral("placeholders %1 in \"%2\", expected %3")
                                            .arg(placeholders(form).join(u' '), form,
                                                 expected.join(u' '));
            }
        }
        QVERIFY(plurals > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
