#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace shotbook::ui {

// Installs Qt's and Shotbook's translations for locale (by default QLocale(): the
// system locale, or the one given to QLocale::setDefault). English is the
// source language; its translation supplies only the plural forms ("1 day",
// "2 days") and is installed beneath every other language, including the C
// locale and languages Shotbook has no translation for. Calling this again
// replaces the translators an earlier call installed.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

// The languages Shotbook has a translation for, as codes ("de", "en"), from
// the .qm files compiled into :/i18n: a new translation appears here by
// itself.
QStringList availableLanguages();
// A language's name in that language ("Deutsch", "English").
QString languageName(const QString &code);
// Makes `code` the default locale (dates, numbers and the translation
// installTranslations picks); empty keeps the system's. Call before the
// first window is made.
void applyLanguage(const QString &code);

} // namespace shotbook::ui
