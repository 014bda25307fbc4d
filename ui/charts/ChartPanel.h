#pragma once

#include "ChartPalette.h"
#include "common/Error.h"

#include <QWidget>

class QChart;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QXYSeries;

namespace shotbook::ui {

class ChartView;

// What every chart of ours has: the chart (behind our own small classes, so
// that the backend can change), a table with the same numbers for screen
// readers and copying, saving as PNG or SVG, and the light or dark palette
// of the widget it sits in. The PDF report draws the same classes.
class ChartPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    QChart *chart() const;
    ChartView *view() const { return m_view; }
    QTableView *table() const { return m_table; }
    QStandardItemModel *tableModel() const { return m_model; }

    void setTableShown(bool shown);
    bool isTableShown() const;

    // A new file only (never over one); PNG or SVG by the name's suffix.
    Status saveImage(const QString &path);
    // Renders what saveImage() writes.
    QImage toImage();

    // At most about two points per horizontal pixel of the plot.
    int pointBudget() const;
    QList<QXYSeries *> xySeries() const;

Q_SIGNALS:
    void redrawn();

protected:
    // The widget saved as an image (the chart view, or it with its extras).
    void setFigure(QWidget *figure);
    QWidget *figure() const { return m_figure; }
    // Shows a new chart, in the palette, and drops the old one.
    void setChart(QChart *chart);
    const ChartPalette &colours() const { return m_palette; }
    // Rebuilds the chart from the data it holds (after a palette change).
    virtual void redraw() = 0;
    void setTableHeader(const QStringList &headers);
    void addTableRow(const QList<QVariant> &values, const QStringList &texts);
    void clearTable();

    void changeEvent(QEvent *event) override;

private:
    ChartView *m_view;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QStackedWidget *m_stack;
    QWidget *m_figure;
    ChartPalette m_palette;
};

} // namespace shotbook::ui
