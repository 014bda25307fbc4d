#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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

} // namespace shotbook::ui
