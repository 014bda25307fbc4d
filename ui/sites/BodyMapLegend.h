#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;
class QPalette;

namespace shotbook::ui {

// The body map's key: the colour scale of days since last use, then the marks
// (switched off, open reaction, suggested next, recent injections and, while
// the user places a spot, the ring). Beside the map it is one column; below
// it the items flow in rows. Measured and painted from the same items, so the
// size the layout reserves is the size drawn.
class BodyMapLegend final
{
    Q_DECLARE_TR_FUNCTIONS(BodyMapLegend)

public:
    BodyMapLegend(const QFont &font, bool spotPicking);

    QSizeF sizeBeside() const;
    QSizeF sizeBelow(double width) const; // width: what the widget has for it
    void paint(QPainter &painter, const QPalette &palette, const QRectF &area, bool beside) const;

private:
    enum class Icon
    {
        Band,
        Off,
        Reaction,
        Suggested,
        Spots,
        Ring
    };
    struct Item
    {
        Icon icon;
        int band = 0; // for Icon::Band; -1: never used
        QString text;
    };

    double rowHeight() const;
    void paintIcon(QPainter &painter, const QPalette &palette, const Item &item,
                   const QRectF &box) const;

    QFont m_font;
    QList<Item> m_items;
};

} // namespace shotbook::ui
