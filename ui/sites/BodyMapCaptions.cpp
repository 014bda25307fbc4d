#include "BodyMapCaptions.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace shotbook::ui {

void BodyMapCaptions::paint(QPainter &painter, const QFont &font, const QPalette &palette,
                            const QRectF &front, const QRectF &back, double mapTop)
{
    painter.save();
    QFont bold = font;
    bold.setBold(true);
    if (bold.pointSizeF() > 0)
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
    else
        bold.setPixelSize(static_cast<int>(std::lround(bold.pixelSize() * 1.1)));
    const double height = QFontMetricsF(bold).height();
    const auto caption = [&](const QRectF &figure, const QString &title, const QString &left,
                             const QString &right) {
        const QRectF line(figure.left(), mapTop - height - 4, figure.width(), height);
        painter.setFont(bold);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(line, Qt::AlignCenter, title);
        const double needed = QFontMetricsF(bold).horizontalAdvance(title) +
                              2 * QFontMetricsF(font).horizontalAdvance(left + right) + 16;
        if (figure.width() < needed)
            return;
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
    };
    //: Marks the patient's own right side on the body map.
    const QString r = tr("R");
    //: Marks the patient's own left side on the body map.
    const QString l = tr("L");
    // Facing the viewer, the patient's right is on the viewer's left.
    caption(front, tr("Front"), r, l);
    caption(back, tr("Back"), l, r);
    painter.restore();
}

} // namespace shotbook::ui
