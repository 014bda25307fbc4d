#include "BodyMapCaptions.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

#include <algorithm>
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
    QFont side = font;
    side.setBold(true);
    const QFontMetricsF sideMetrics(side);
    const auto caption = [&](const QRectF &figure, const QString &title, const QString &left,
                             const QString &right) {
        const QRectF line(figure.left(), mapTop - height - 4, figure.width(), height);
        painter.setFont(bold);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(line, Qt::AlignCenter, title);
        // Beside the head, inside the figure's bounds: the arms are lower down.
        const double width =
            std::max(sideMetrics.horizontalAdvance(left), sideMetrics.horizontalAdvance(right)) + 2;
        const QRectF sides(figure.left(), figure.top() + figure.height() * 0.04, figure.width(),
                           sideMetrics.height());
        painter.setFont(side);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(sides.left(), sides.top(), width, sides.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(QRectF(sides.right() - width, sides.top(), width, sides.height()),
                         Qt::AlignRight | Qt::AlignVCenter, right);
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
