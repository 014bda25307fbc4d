#include "ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace shotbook::ui {

ChartPalette ChartPalette::from(const QPalette &palette)
{
    ChartPalette p;
    p.dark = palette.color(QPalette::Window).lightness() < 128;
    p.background = palette.color(QPalette::Window);
    p.plot = palette.color(QPalette::Base);
    p.text = palette.color(QPalette::WindowText);
    p.grid = p.dark ? QColor(0x4a, 0x4f, 0x58) : QColor(0xdd, 0xdf, 0xe3);
    if (p.dark) {
        p.series = {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x2e, 0xc4, 0x9a),
                    QColor(0xe0, 0x9c, 0xc4), QColor(0xf0, 0xe4, 0x42), QColor(0x9a, 0xd0, 0xf5)};
        p.taken = QColor(0x9a, 0xa0, 0xa8);
        p.missed = QColor(0xff, 0x6b, 0x5b);
        p.redFlag = QColor(0xff, 0x4d, 0x4d);
        p.sideEffect = QColor(0xf5, 0xb0, 0x41);
        p.regimen = QColor(0xc3, 0x9b, 0xf0);
        p.limit = QColor(0xff, 0x7a, 0x7a);
        p.good = QColor(0x3c, 0xb9, 0x8a);
        p.medium = QColor(0xe6, 0xb0, 0x3c);
        p.bad = QColor(0xff, 0x6b, 0x5b);
        p.muted = QColor(0x6c, 0x73, 0x7e);
    } else {
        p.series = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                    QColor(0xcc, 0x79, 0xa7), QColor(0x8a, 0x7a, 0x00), QColor(0x56, 0xb4, 0xe9)};
        p.taken = QColor(0x8d, 0x93, 0x9c);
        p.missed = QColor(0xd0, 0x21, 0x1b);
        p.redFlag = QColor(0xc0, 0x00, 0x00);
        p.sideEffect = QColor(0xe6, 0x9f, 0x00);
        p.regimen = QColor(0x7b, 0x3f, 0xb5);
        p.limit = QColor(0xc0, 0x1c, 0x1c);
        p.good = QColor(0x00, 0x9e, 0x73);
        p.medium = QColor(0xe6, 0x9f, 0x00);
        p.bad = QColor(0xd0, 0x21, 0x1b);
        p.muted = QColor(0xc4, 0xc8, 0xce);
    }
    return p;
}

QChart *ChartPalette::newChart() const
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    return chart;
}

void ChartPalette::apply(QChart *chart) const
{
    chart->setBackgroundBrush(background);
    chart->setPlotAreaBackgroundBrush(plot);
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace shotbook::ui
