#pragma once

#include "ChartPanel.h"
#include "charts/DateRange.h"

#include <QList>
#include <QPointF>
#include <QTimer>

#include <functional>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace shotbook::ui {

// A chart over time: a time axis labelled on calendar boundaries, zoom and
// pan along it, series sampled in core to the visible window and the point
// budget (re-sampled after every zoom, pan and resize, always with
// replace()), and a tooltip with the exact value and date of the point under
// the pointer.
class TimeChart : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChart)

public:
    explicit TimeChart(QWidget *parent = nullptr);
    ~TimeChart() override;

    DateRange range() const { return m_range; }
    // The part of the range shown now (after zooming).
    std::pair<double, double> visibleSpan() const;

protected:
    enum class Sampling
    {
        None,   // few points: all of them
        MinMax, // a line: each column's lowest and highest
        Thin,   // marks: one per column of three pixels
    };
    struct Bar
    {
        double from = 0;
        double to = 0;
        double value = 0;
    };

    // Starts a chart for the range: the time axis at the bottom.
    QChart *startChart(const QString &title, const DateRange &range);
    QCategoryAxis *timeAxis() const { return m_axis; }
    // A value axis on the left or right, in the palette.
    QValueAxis *valueAxis(QChart *chart, Qt::Alignment side, double min, double max,
                          const QString &title);
    void attach(QAbstractSeries *series, QAbstractAxis *y);
    void addSampled(QXYSeries *series, QList<QPointF> full, Sampling sampling);
    // Called with the visible span and the budget after every zoom, pan and
    // resize, to set series of its own (with replace()).
    void addResampler(std::function<void(double from, double to, int budget)> update);
    void setTooltip(QXYSeries *series, std::function<QString(const QPointF &)> text);
    QLineSeries *verticalLine(QChart *chart, double x, double low, double high,
                              const QColor &colour, const QString &name, QAbstractAxis *y,
                              bool inLegend);
    QLineSeries *horizontalLine(QChart *chart, double y, const QColor &colour, const QString &name,
                                QAbstractAxis *axis);
    // Bars as an area under a step line: four points per bar, two where bars touch.
    QAreaSeries *bars(QChart *chart, const QList<Bar> &bars, const QColor &colour,
                      const QString &name, QAbstractAxis *y);
    // Shows the chart built since startChart().
    void finish(QChart *chart);

    void resizeEvent(QResizeEvent *event) override;

    static QString dateText(double ms);

private:
    void resample();
    void relabel();

    DateRange m_range;
    double m_from = 0;
    double m_to = 0;
    QCategoryAxis *m_axis = nullptr;
    QList<std::function<void(double, double, int)>> m_sampled;
    QTimer m_resampleTimer;
    bool m_relabelling = false;
};

} // namespace shotbook::ui
