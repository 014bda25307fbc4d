// Linked into shotbook-cli only (see CMakeLists.txt here): installs the English
// translation, which supplies the plural forms ("1 day", "2 days"), as soon as
// the QCoreApplication exists. The CLI speaks English whatever the locale.

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

namespace {

void installEnglishPluralForms()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/shotbook_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPluralForms)
