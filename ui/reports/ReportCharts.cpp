#include "ReportCharts.h"

#include "charts/ActivityChart.h"
#include "charts/AdherenceChart.h"
#include "charts/ChartPanel.h"
#include "charts/DoseWeightChart.h"
#include "charts/SitesChart.h"
#include "charts/SymptomsChart.h"
#include "common/WeightUnit.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace shotbook::ui {

namespace {

// About 1.3 times the width it is printed at (17–18 cm): the charts' own
// fonts stay readable on paper.
constexpr int Width = 900;
constexpr int Height = 400;

QImage draw(ChartPanel &panel, int width = Width, int height = Height)
{
    panel.setAttribute(Qt::WA_DontShowOnScreen);
    panel.resize(width, height);
    panel.show();
    QImage image = panel.toImage();
    panel.hide();
    return image;
}

template <typename Chart>
void prepare(Chart &chart)
{
    // Paper is white whatever the desktop's colours.
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    chart.setPalette(palette);
}

} // namespace

QList<ReportCharts::Figure> ReportCharts::render(const ReportData &data)
{
    QList<Figure> figures;
    {
        SymptomsChart chart;
        prepare(chart);
        chart.setData(data.symptoms);
        figures << Figure{QStringLiteral("symptoms"), draw(chart)};
    }
    {
        ActivityChart chart;
        prepare(chart);
        chart.setData(data.activityChart);
        figures << Figure{QStringLiteral("activity"), draw(chart)};
    }
    {
        DoseWeightChart chart;
        prepare(chart);
        chart.setData(data.doseWeight, WeightUnit(false));
        figures << Figure{QStringLiteral("dose-weight"), draw(chart)};
    }
    {
        SitesChart chart;
        prepare(chart);
        chart.setData(data.sites);
        // Wider: the zones' names beside the bars, the body map beside them.
        figures << Figure{QStringLiteral("sites"), draw(chart, 1250, 500)};
    }
    {
        AdherenceChart chart;
        prepare(chart);
        chart.setData(data.adherenceWeeks);
        figures << Figure{QStringLiteral("adherence"), draw(chart)};
    }
    return figures;
}

} // namespace shotbook::ui
