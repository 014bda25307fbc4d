#pragma once

#include "charts/TimeTicks.h"

#include <QCoreApplication>
#include <QString>

class QCategoryAxis;

namespace shotbook::ui {

// Labels a time axis on calendar boundaries (days, Mondays, month starts,
// year starts) in the user's locale — QDateTimeAxis spaces its ticks evenly
// instead, so its labels fall on no particular day.
class TimeAxisLabels final
{
    Q_DECLARE_TR_FUNCTIONS(TimeAxisLabels)

public:
    // About one label per `pixelsPerLabel` of the axis' length.
    static void apply(QCategoryAxis *axis, double fromMs, double toMs, double axisPixels,
                      int pixelsPerLabel = 90);
    static QString label(const TimeTick &tick);
};

} // namespace shotbook::ui
