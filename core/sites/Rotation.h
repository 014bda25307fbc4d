#pragma once

#include "common/Warning.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace shotbook {

// How one zone stands for a patient at a moment.
struct ZoneUse
{
    QString zone;
    bool enabled = true;
    std::optional<QDateTime> lastUsed;
    std::optional<QPointF> lastSpot; // fraction of the zone's box
    int count = 0;
    int openReactions = 0;
};

// The rotation rule and the warnings it gives when a site is chosen.
class Rotation final
{
    Q_DECLARE_TR_FUNCTIONS(Rotation)

public:
    static constexpr double MinSpotDistanceCm = 2.5;

    // The enabled zone without an open reaction that was used longest ago:
    // never-used first, ties in canonical order. None when every zone is
    // switched off or has an open reaction.
    static std::optional<QString> suggest(const QList<ZoneUse> &uses);

    // Warnings for choosing `zone` (and, if given, the spot) at `at`:
    // site-recently-used within restDays, site-has-reaction, site-disabled,
    // site-too-close (under 2.5 cm from the zone's last spot).
    static Warnings warningsFor(const QList<ZoneUse> &uses, const QString &zone,
                                const QDateTime &at, int restDays,
                                const std::optional<QPointF> &spot = std::nullopt);

    // Distance in cm between two spots of a zone (fractions of its box).
    static double distanceCm(const QString &zone, const QPointF &a, const QPointF &b);
};

} // namespace shotbook
