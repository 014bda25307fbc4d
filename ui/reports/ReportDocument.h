#pragma once

#include "exchange/ReportData.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QRectF>

#include <memory>

class QPainter;
class QTextDocument;

namespace shotbook::ui {

// The doctor's report laid out in pages: page 1 the summary, then the
// charts (drawn by the Charts view's own classes), the injection log and the
// diary as tables whose header row repeats on every page. One layout for the
// PDF, the preview and the printer: each draws the same pages with
// paintPage(), scaled to its resolution.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
    Q_DISABLE_COPY_MOVE(ReportDocument)

public:
    // Laid out at this many units per inch, whatever the device.
    static constexpr double LayoutDpi = 96.0;

    ReportDocument(const ReportData &data, const QLocale &locale = QLocale());
    ~ReportDocument();

    // Letter in the Americas that use it (US, Canada, Mexico, …) and the
    // Philippines; A4 elsewhere.
    static QPageSize::PageSizeId pageSizeFor(const QLocale &locale);

    QPageSize pageSize() const { return m_pageSize; }
    int pageCount() const;
    // The page's whole sheet, in layout units.
    QSizeF sheetSize() const;
    // Draws page `index` (0-based) on a painter whose coordinates are layout
    // units (scale the painter to the device first).
    void paintPage(QPainter &painter, int index) const;
    // The page as an image `width` pixels wide (the preview).
    QImage pageImage(int index, int width) const;

    // The report's text as the PDF holds it (for the tests of the layout).
    QString plainText() const;
    QTextDocument *document() const { return m_document.get(); }

private:
    QString html();
    QString summaryHtml() const;
    QString chartsHtml();
    QString injectionsHtml() const;
    QString diaryHtml() const;
    QRectF bodyRect() const;

    ReportData m_data;
    QLocale m_locale;
    QPageSize m_pageSize;
    std::unique_ptr<QTextDocument> m_document;
    QImage m_layoutDevice; // 96 dpi: fonts measure the same on every device
};

} // namespace shotbook::ui
