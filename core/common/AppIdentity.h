#pragma once

#include <QString>

namespace shotbook {

// Names the application for QStandardPaths and QSettings. The GUI and the CLI
// both call it, so they find the same default database.
void applyApplicationIdentity();

QString applicationVersion();

} // namespace shotbook
