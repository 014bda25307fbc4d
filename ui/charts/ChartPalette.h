#pragma once

#include <QColor>
#include <QList>

class QChart;
class QPalette;

namespace shotbook::ui {

// The charts' colours, from the widget palette: light or dark, and series
// colours that stay apart for colour-blind readers (Okabe and Ito's set),
// with the meanings kept the same in every chart (missed and red flags red,
// taken grey, regimen changes purple).
struct ChartPalette
{
    bool dark = false;
    QColor background;
    QColor plot;
    QColor text;
    QColor grid;
    QList<QColor> series;
    QColor taken;
    QColor missed;
    QColor redFlag;
    QColor sideEffect;
    QColor regimen;
    QColor limit;  // a labelled limit or a cut-off
    QColor good;   // inactive disease, full adherence
    QColor medium; // part adherence
    QColor bad;    // active disease, low adherence
    QColor muted;  // incomplete data

    static ChartPalette from(const QPalette &palette);
    QColor seriesColour(int index) const { return series.at(index % series.size()); }
    // A new chart in this palette's theme. The theme goes first: setting it
    // later would repaint every series in the theme's own colours.
    QChart *newChart() const;
    // Background, title, legend and axis text of a chart in this palette.
    void apply(QChart *chart) const;
};

} // namespace shotbook::ui
