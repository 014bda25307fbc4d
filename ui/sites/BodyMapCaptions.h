#pragma once

#include <QCoreApplication>
#include <QRectF>

class QFont;
class QPainter;
class QPalette;

namespace shotbook::ui {

// The titles over the two figures ("Front", "Back"), and the patient's right
// and left at each figure's sides beside the head, where no zone, title or
// translation of any length can crowd them out.
class BodyMapCaptions final
{
    Q_DECLARE_TR_FUNCTIONS(BodyMapCaptions)

public:
    // front, back: the figures in widget coordinates; the captions sit just above mapTop.
    static void paint(QPainter &painter, const QFont &font, const QPalette &palette,
                      const QRectF &front, const QRectF &back, double mapTop);
};

} // namespace shotbook::ui
