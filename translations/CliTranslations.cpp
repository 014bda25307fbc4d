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

// lupdate files some CLI messages under another context than the one they are
// looked up with at run time: Cli.cpp's free tr() wrapper under the namespace
// ("shotbook::cli", looked up as "Cli"), and the `using C = XCommands;
// C::tr(...)` help texts under the empty context (looked up as "XCommands").
// A miss in the run-time context is looked up again under those two.
class CliTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        for (const char *alternative : {"", "shotbook::cli"}) {
            if (!found.isNull())
                break;
            found = QTranslator::translate(alternative, sourceText, disambiguation, n);
        }
        return found;
    }
};

void installTranslator(const QString &path, const QLocale *locale = nullptr)
{
    auto *translator = new CliTranslator(QCoreApplication::instance());
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
