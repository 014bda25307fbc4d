#pragma once

class QApplication;

namespace shotbook::ui {

// Loads Qt's and Shotbook's translations for the system locale, if present.
void installTranslations(QApplication &app);

} // namespace shotbook::ui
