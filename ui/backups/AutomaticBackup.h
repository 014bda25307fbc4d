#pragma once

#include <QCoreApplication>
#include <QString>

namespace shotbook::ui {

class AppContext;
class AppSettings;

// The daily backup when Shotbook opens (unless switched off in Settings):
// made when none was made today, the newest few kept (AppSettings). Returns
// a line for the status bar; a failure never stops Shotbook from opening.
class AutomaticBackup final
{
    Q_DECLARE_TR_FUNCTIONS(AutomaticBackup)

public:
    static QString runIfDue(AppContext &context, const AppSettings &settings);
};

} // namespace shotbook::ui
