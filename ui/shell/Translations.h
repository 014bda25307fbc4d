#pragma once

#include <QLocale>

class QCoreApplication;

namespace shotbook::ui {

// Installs Qt's and Shotbook's translations for locale (by default QLocale(): the
// system locale, or the one given to QLocale::setDefault). English is the
// source language; its translation supplies only the plural forms ("1 day",
// "2 days") and is installed beneath every other language, including the C
// locale and languages Shotbook has no translation for. Calling this again
// replaces the translators an earlier call installed.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace shotbook::ui
