// Linked into shotbook-cli only (see CMakeLists.txt here): as soon as the
// QCoreApplication exists, installs the English translation, which supplies
// the plural forms ("1 day", "2 days"), and on top of it the translation for
// the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the GUI does:
// `LANG=fr_FR.UTF-8 shotbook-cli today` speaks French. Command and option
// names, warning ids and JSON keys are never translated; with LANG=C (or a
// language Shotbook has no translation for) the CLI speaks English.

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace {

void installTranslator(const QString &path, const QLocale *locale = nullptr)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    const bool loaded = locale != nullptr
                            ? translator->load(*locale, QStringLiteral("shotbook"),
                                               QStringLiteral("_"), path)
                            : translator->load(path);
    if (loaded)
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

void installCliTranslations()
{
    installTranslator(QStringLiteral(":/i18n/shotbook_en.qm"));
    const QLocale locale = QLocale::system();
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return;
    installTranslator(QStringLiteral(":/i18n"), &locale);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installCliTranslations)
