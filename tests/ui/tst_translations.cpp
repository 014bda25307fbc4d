#include "shell/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
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
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/shotbook_en.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/shotbook_de.qm")));
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
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
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
    }

    // Every German message, and every English plural message, is finished, has
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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
