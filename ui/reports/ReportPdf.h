#pragma once

#include "common/Error.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace shotbook::ui {

class ReportDocument;

// Writes the report's pages to a PDF, or any paged device (the printer).
class ReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Atomically (QSaveFile): the file appears whole or not at all, and a
    // failure says why. Replaces a file of that name (the caller asks first).
    static Status write(const ReportDocument &report, const QString &path, const QString &title);
    // Every page on a device that is set up already (page size, resolution).
    static bool paint(const ReportDocument &report, QPagedPaintDevice &device);
};

} // namespace shotbook::ui
