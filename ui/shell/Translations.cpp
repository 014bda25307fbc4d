#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace shotbook::ui {

namespace {

const auto translatorName = QStringLiteral("shotbook-translator");

// Installs translator, owned by app, if load() found its file; else drops it.
void installIfLoaded(QCoreApplication &app, QTranslator *translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return;
    }
    translator->setParent(&app);
    translator->setObjectName(translatorName);
    QCoreApplication::installTranslator(translator);
}

} // namespace

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const auto previous =
        app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    // Translators installed later are searched first: English plural forms at
    // the bottom, then Qt's own strings, then Shotbook's strings in locale's
    // language on top.
    auto *english = new QTranslator;
    installIfLoaded(app, english, english->load(QStringLiteral(":/i18n/shotbook_en.qm")));

    const QLocale::Language language = locale.language();
    if (language == QLocale::C || language == QLocale::English)
        return;
    auto *qt = new QTranslator;
    installIfLoaded(app, qt,
                    qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    auto *own = new QTranslator;
    installIfLoaded(app, own,
                    own->load(locale, QStringLiteral("shotbook"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")));
}

QStringList availableLanguages()
{
    static const QRegularExpression name(
        QStringLiteral("^shotbook_([a-z]{2,3}(_[A-Z]{2})?)\\.qm$"));
    QStringList codes;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("shotbook_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        if (const auto match = name.match(file); match.hasMatch())
            codes << match.captured(1);
    }
    codes.sort();
    return codes;
}

QString languageName(const QString &code)
{
    const QLocale::Language language = QLocale(code).language();
    // The language alone, not a country's variant of it ("English", not
    // "American English"; "español", not "español de España"): the shortest
    // name any of its locales gives it.
    QString name;
    for (const QLocale &locale :
         QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory)) {
        const QString native = locale.nativeLanguageName();
        if (!native.isEmpty() && (name.isEmpty() || native.size() < name.size()))
            name = native;
    }
    if (name.isEmpty())
        name = QLocale::languageToString(language);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

void applyLanguage(const QString &code)
{
    if (!code.isEmpty())
        QLocale::setDefault(QLocale(code));
}

} // namespace shotbook::ui
