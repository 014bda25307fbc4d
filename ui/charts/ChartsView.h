#pragma once

#include "charts/ChartSource.h"
#include "charts/TimeBuckets.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTabWidget;

namespace shotbook::ui {

class AppContext;
class ActivityChart;
class AdherenceChart;
class ChartPanel;
class DoseWeightChart;
class SitesChart;
class SymptomsChart;

// "Charts": how the disease and the treatment went together, for the current
// patient — symptoms with doses and side effects, disease activity, dose and
// weight, injection sites, adherence — over the last 30 or 90 days, a year,
// everything, or a range of one's own; each as a chart or a table, saved as
// PNG or SVG. A chart is read from the database when it is shown and its
// data or range changed.
class ChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsView)

public:
    enum class Range
    {
        Days30,
        Days90,
        Year,
        All,
        Custom,
    };

    explicit ChartsView(AppContext &context, QWidget *parent = nullptr);
    ~ChartsView() override;

    void setRange(Range range);
    void setCustomRange(const QDate &from, const QDate &to);
    Range rangeKind() const { return m_range; }
    DateRange range() const { return m_current; }
    void setAdherenceBucket(TimeBuckets::Size size);
    void showChart(int index);
    int chartCount() const;
    ChartPanel *chartAt(int index) const;
    ChartPanel *currentChart() const;
    void setTablesShown(bool shown);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *measureList() const { return m_measures; }
    SymptomsChart *symptomsChart() const { return m_symptoms; }
    ActivityChart *activityChart() const { return m_activity; }
    DoseWeightChart *doseWeightChart() const { return m_doseWeight; }
    SitesChart *sitesChart() const { return m_sites; }
    AdherenceChart *adherenceChart() const { return m_adherence; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // Reads the current chart again (and the others when next shown).
    void refresh();
    void saveImage();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void invalidate();
    void updateRange();
    void loadCurrent();
    void loadMeasures();
    QStringList chosenMeasures() const;
    void report(const Error &error);

    AppContext &m_context;
    std::unique_ptr<ChartSource> m_source;
    QButtonGroup *m_rangeButtons;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_bucket;
    QCheckBox *m_tableToggle;
    QTabWidget *m_tabs;
    QListWidget *m_measures;
    SymptomsChart *m_symptoms;
    ActivityChart *m_activity;
    DoseWeightChart *m_doseWeight;
    SitesChart *m_sites;
    AdherenceChart *m_adherence;
    QLabel *m_status;
    Range m_range = Range::Days90;
    DateRange m_current;
    QList<bool> m_dirty;
    qint64 m_measuresPatient = -1;
    bool m_loading = false;
};

} // namespace shotbook::ui
