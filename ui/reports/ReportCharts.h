#pragma once

#include "exchange/ReportData.h"

#include <QImage>
#include <QList>

namespace shotbook::ui {

// The report's charts, drawn by the Charts view's own classes (ui/charts)
// in the light palette, as images for the page.
class ReportCharts final
{
public:
    struct Figure
    {
        QString id; // symptoms, activity, dose-weight, sites, adherence
        QImage image;
    };

    static QList<Figure> render(const ReportData &data);
};

} // namespace shotbook::ui
