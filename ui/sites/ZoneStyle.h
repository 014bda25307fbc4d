#pragma once

#include "sites/Rotation.h"

#include <QColor>
#include <QPainterPath>
#include <QPen>
#include <QString>

#include <optional>

class QPainter;
class QPalette;

namespace shotbook::ui {

// How the body map shows a zone's state: the colour scale of days since last
// use and the marks (switched off, open reaction, suggested next). The zones
// and the legend that explains them draw with the same pieces.
class ZoneStyle final
{
public:
    static const QString NeverUsed; // the label of a zone never used
    // Keep each injection about this far from the last (core's rule).
    static constexpr double SpacingCm = Rotation::MinSpotDistanceCm;

    // A sequential scale from "just used" (warm) to "rested" (green), then
    // "never used": a pale fill with a dashed rim, so that it does not read as
    // "14 days or more". The same dark text reads on every band, in light and
    // dark palettes alike.
    static constexpr int BandCount = 6;
    static constexpr int NeverUsedBand = BandCount - 1;
    static int band(std::optional<int> days); // none: never used
    static QColor bandColour(int band);
    // The rim a zone of this band gets (dashed for never used).
    static QPen bandRim(int band);
    static const QColor ZoneText;
    static const QColor ReactionColour;
    static const QColor OffColour;

    static QPainterPath shape(const QRectF &rect);
    // Greyed and hatched: switched off for this patient.
    static void paintSwitchedOff(QPainter &painter, const QPainterPath &shape);
    // A round badge with a symbol (none: a star), on a light rim so it stands out on any fill.
    static void paintBadge(QPainter &painter, QPointF centre, double radius, const QColor &fill,
                           const QString &symbol);
    static void paintReactionBadge(QPainter &painter, QPointF centre, double radius);
    static void paintSuggestedBadge(QPainter &painter, QPointF centre, double radius,
                                    const QPalette &palette);
    static double badgeRadius(const QRectF &zone);

    static bool isDark(const QPalette &palette);
    static QColor suggestedColour(const QPalette &palette);
};

} // namespace shotbook::ui
