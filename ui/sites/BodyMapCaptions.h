#pragma once

#include <QCoreApplication>
#include <QRectF>

class QFont;
class QPainter;
class QPalette;

namespace shotbook::ui {

// The titles over the two figures ("Front", "Back") with the patient's right
// and left beside them, where the figure is wide enough for both.
class BodyMapCaptions final
{
    Q_DECLARE_TR_FUNCTIONS(BodyMapCaptions)

public:
    // front, back: the figures in widget coordinates; the captions sit just above mapTop.
    static void paint(QPainter &painter, const QFont &font, const QPalette &palette,
                      const QRectF &front, const QRectF &back, double mapTop);
};

} // namespace shotbook::ui
