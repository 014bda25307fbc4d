#include "ReportPdf.h"

#include "ReportDocument.h"

#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace shotbook::ui {

bool ReportPdf::paint(const ReportDocument &report, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // Layout units to the device's: the page's full width.
    const QRect full = device.pageLayout().fullRectPixels(device.logicalDpiX());
    const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double scale = full.width() / report.sheetSize().width();
    for (int page = 0; page < report.pageCount(); ++page) {
        if (page > 0 && !device.newPage())
            return false;
        painter.save();
        painter.translate(-paint.left(), -paint.top()); // draw on the whole sheet
        painter.scale(scale, scale);
        report.paintPage(painter, page);
        painter.restore();
    }
    return painter.end();
}

Status ReportPdf::write(const ReportDocument &report, const QString &path, const QString &title)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::storage(QStringLiteral("file-not-written"),
                                   tr("Cannot write %1: %2").arg(shown, file.errorString())));
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(static_cast<int>(ReportDocument::LayoutDpi * 3));
        writer.setPageLayout(QPageLayout(report.pageSize(), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Shotbook"));
        painted = paint(report, writer);
    }
    if (!painted) {
        file.cancelWriting();
        return fail(
            Error::storage(QStringLiteral("file-not-written"),
                           tr("Cannot write %1: the pages could not be drawn.").arg(shown)));
    }
    if (!file.commit())
        return fail(Error::storage(QStringLiteral("file-not-written"),
                                   tr("Cannot write %1: %2").arg(shown, file.errorString())));
    return {};
}

} // namespace shotbook::ui
