// The Charts view on a 20-year, 2-patient sample database made by the real
// `shotbook-cli demo`: every chart under every range (and zoomed) stays within
// its point budget (two points per pixel of plot width) and shows data; each
// chart's table holds the numbers its chart draws; charts save as PNG and SVG,
// never over a file; the dark palette reaches the charts; the AIDAI is shown
// for the child with NOMID, the RA measures for the adult.

#include "CliRunner.h"
#include "ScriptedPrompts.h"
#include "charts/ActivityChart.h"
#include "charts/AdherenceChart.h"
#include "charts/ChartView.h"
#include "charts/ChartsView.h"
#include "charts/DoseWeightChart.h"
#include "charts/SitesChart.h"
#include "charts/SymptomsChart.h"
#include "charts/ZoneHeatMap.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "diary/Measures.h"
#include "storage/Database.h"

#include <QAreaSeries>
#include <QChart>
#include <QImage>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

using Range = ui::ChartsView::Range;

QList<double> columnValues(const QStandardItemModel *model, int column)
{
    QList<double> values;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant value = model->item(row, column)->data(Qt::UserRole);
        if (value.isValid())
            values << value.toDouble();
    }
    return values;
}

int columnOf(const QStandardItemModel *model, const QString &header)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->horizontalHeaderItem(c)->text() == header)
            return c;
    }
    return -1;
}

} // namespace

class TestChartsUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<ui::ChartsView> m_view;

    void show(qint64 patient, int chart, Range range)
    {
        m_context->setCurrentPatientId(patient);
        m_view->showChart(chart);
        m_view->setRange(range);
        QCoreApplication::processEvents(); // re-sampling after layout
    }

    // Every series within the budget; the chart shows something.
    void checkBudget(const QString &where)
    {
        ui::ChartPanel *chart = m_view->currentChart();
        const int budget = chart->pointBudget();
        QVERIFY2(budget >= 200, qPrintable(where));
        for (QXYSeries *series : chart->xySeries())
            QVERIFY2(series->count() <= budget,
                     qPrintable(u"%1: %2 has %3 points, budget %4"_s.arg(where, series->name())
                                    .arg(series->count())
                                    .arg(budget)));
        QVERIFY2(chart->tableModel()->rowCount() > 0, qPrintable(where + u": empty table"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(u"demo.sqlite"_s);
        const test::CliRun run =
            test::runCli({u"--now"_s, u"2026-11-22T09:00"_s, u"demo"_s, u"--years"_s, u"20"_s,
                          u"--patients"_s, u"2"_s, u"--seed"_s, u"7"_s, u"--out"_s, path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto opened = Database::open(path, Database::OpenMode::MustExist);
        QVERIFY(opened);
        m_database = std::move(*opened);
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_view = std::make_unique<ui::ChartsView>(*m_context);
        m_view->resize(1200, 720);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_context.reset();
        m_database.reset();
    }

    void everyChartAndRangeWithinBudget_data()
    {
        QTest::addColumn<qint64>("patient");
        QTest::addColumn<QDate>("firstDay"); // the first weight, before the first dose
        QTest::newRow("adult with RA") << qint64(1) << QDate(2006, 11, 16);
        QTest::newRow("child with NOMID") << qint64(2) << QDate(2006, 11, 21);
    }

    void everyChartAndRangeWithinBudget()
    {
        QFETCH(qint64, patient);
        QFETCH(QDate, firstDay);
        const QList<std::pair<Range, QString>> ranges = {{Range::Days30, u"30 days"_s},
                                                         {Range::Days90, u"90 days"_s},
                                                         {Range::Year, u"1 year"_s},
                                                         {Range::All, u"all"_s},
                                                         {Range::Custom, u"custom"_s}};
        for (const auto &[range, name] : ranges) {
            for (int chart = 0; chart < m_view->chartCount(); ++chart) {
                if (range == Range::Custom)
                    m_view->setCustomRange(QDate(2015, 3, 1), QDate(2016, 2, 29));
                show(patient, chart, range);
                const QString where =
                    u"%1, %2, %3"_s.arg(m_view->tabs()->tabText(chart).remove(u'&'), name)
                        .arg(patient);
                checkBudget(where);
                if (range == Range::All)
                    QCOMPARE(m_view->range(), (DateRange{firstDay, QDate(2026, 11, 22)}));
            }
        }
        QCOMPARE(m_view->range(), (DateRange{QDate(2015, 3, 1), QDate(2016, 2, 29)}));
    }

    // Twenty years of daily values are sampled to the plot; zoomed in, the
    // window is sampled again and the line shows each day.
    void zoomResamplesWithinBudget()
    {
        show(1, 0, Range::All);
        ui::SymptomsChart *chart = m_view->symptomsChart();
        QXYSeries *pain = nullptr;
        for (QXYSeries *series : chart->xySeries()) {
            if (series->name() == Measures::shortName(u"pain"_s))
                pain = series;
        }
        QVERIFY(pain);
        const qsizetype days = chart->data().measures.constFirst().points.size();
        QVERIFY2(days > 5000, qPrintable(QString::number(days)));
        QVERIFY(pain->count() <= chart->pointBudget());
        QVERIFY(pain->count() < days);
        const auto [from, to] = chart->visibleSpan();
        chart->view()->zoomBy(0.01, (from + to) / 2); // about two and a half months
        QCoreApplication::processEvents();
        const auto [zoomFrom, zoomTo] = chart->visibleSpan();
        QVERIFY(zoomTo - zoomFrom < (to - from) / 50);
        checkBudget(u"zoomed"_s);
        // Every day of the window, with a neighbour either side.
        int inWindow = 0;
        for (const QPointF &point : chart->data().measures.constFirst().points)
            inWindow += point.x() >= zoomFrom && point.x() <= zoomTo ? 1 : 0;
        QVERIFY(inWindow > 40);
        QCOMPARE(pain->count(), inWindow + 2);
        chart->view()->panBy(0.5);
        QCoreApplication::processEvents();
        QVERIFY(chart->visibleSpan().first > zoomFrom);
        chart->view()->resetZoom();
        QCoreApplication::processEvents();
        QCOMPARE(chart->visibleSpan(), (std::pair{from, to}));
        QVERIFY(pain->count() <= chart->pointBudget());
    }

    void tablesHoldTheChartsNumbers()
    {
        // Adherence: each bar's height is a bucket's percentage in the table.
        show(1, 4, Range::Year);
        ui::AdherenceChart *adherence = m_view->adherenceChart();
        QList<double> percents = columnValues(adherence->tableModel(), 5);
        QList<double> drawn;
        for (QXYSeries *series : adherence->xySeries()) {
            const QList<QPointF> points = series->points();
            for (qsizetype i = 1; i < points.size(); ++i) {
                if (points.at(i).y() > 0 && points.at(i).y() == points.at(i - 1).y())
                    drawn << points.at(i).y();
            }
        }
        QVERIFY(drawn.size() >= 50);
        std::sort(percents.begin(), percents.end());
        std::sort(drawn.begin(), drawn.end());
        percents.erase(std::remove(percents.begin(), percents.end(), 0.0), percents.end());
        QCOMPARE(drawn, percents);

        // The AIDAI: the bars are the table's monthly scores.
        show(2, 1, Range::All);
        ui::ActivityChart *activity = m_view->activityChart();
        QVERIFY(activity->data().autoinflammatory);
        QList<double> scores = columnValues(activity->tableModel(), 1);
        scores.erase(std::remove(scores.begin(), scores.end(), 0.0), scores.end());
        QList<double> bars;
        for (QXYSeries *series : activity->xySeries()) {
            const QList<QPointF> points = series->points();
            for (qsizetype i = 1; i < points.size(); ++i) {
                if (points.at(i).y() > 0 && points.at(i).y() == points.at(i - 1).y() &&
                    points.size() > 2)
                    bars << points.at(i).y();
            }
        }
        std::sort(scores.begin(), scores.end());
        std::sort(bars.begin(), bars.end());
        QCOMPARE(bars, scores);
        QVERIFY(scores.size() > 100);

        // Symptoms: every point drawn is the day's value in the table.
        show(1, 0, Range::Days90);
        ui::SymptomsChart *symptoms = m_view->symptomsChart();
        const int painColumn = columnOf(symptoms->tableModel(), Measures::shortName(u"pain"_s));
        QVERIFY(painColumn > 0);
        QHash<QDate, double> byDay;
        for (int row = 0; row < symptoms->tableModel()->rowCount(); ++row) {
            const QVariant value =
                symptoms->tableModel()->item(row, painColumn)->data(Qt::UserRole);
            if (value.isValid())
                byDay.insert(symptoms->tableModel()->item(row, 0)->data(Qt::UserRole).toDate(),
                             value.toDouble());
        }
        int checked = 0;
        for (QXYSeries *series : symptoms->xySeries()) {
            if (series->name() != Measures::shortName(u"pain"_s))
                continue;
            for (const QPointF &point : series->points()) {
                const QDate day = chartTime::dayOf(point.x());
                if (!symptoms->range().contains(day))
                    continue; // the neighbour just outside
                QCOMPARE(byDay.value(day, -1), point.y());
                ++checked;
            }
        }
        QVERIFY(checked > 60);

        // Sites: bars and table per zone.
        show(2, 3, Range::Year);
        ui::SitesChart *sites = m_view->sitesChart();
        const auto values = sites->barValues();
        QCOMPARE(values.size(), qsizetype(12));
        for (int row = 0; row < 12; ++row) {
            QCOMPARE(sites->tableModel()->item(row, 1)->data(Qt::UserRole).toDouble(),
                     values.at(row).first);
            QCOMPARE(sites->tableModel()->item(row, 2)->data(Qt::UserRole).toDouble(),
                     values.at(row).second);
        }
        int total = 0;
        for (const auto &[injections, reactions] : values)
            total += static_cast<int>(injections);
        QVERIFY2(total > 300 && total < 380, qPrintable(QString::number(total)));
        QVERIFY(sites->heatMap()->shade(u"thigh-left-upper"_s) > 0.5);

        // Dose and weight: the mg/day line's levels are the table's.
        show(2, 2, Range::All);
        ui::DoseWeightChart *dose = m_view->doseWeightChart();
        const QList<double> mgPerDay = columnValues(dose->tableModel(), 1);
        for (QXYSeries *series : dose->xySeries()) {
            if (!series->name().startsWith(u"mg/day"_s))
                continue;
            QVERIFY(series->count() > 20);
            for (const QPointF &point : series->points())
                QVERIFY2(point.y() == 0 || mgPerDay.contains(point.y()),
                         qPrintable(QString::number(point.y())));
        }
        QVERIFY(dose->weightPoints() > 100);
    }

    void activityFollowsTheIndication()
    {
        show(1, 1, Range::Year);
        QVERIFY(!m_view->activityChart()->data().autoinflammatory);
        QCOMPARE(m_view->activityChart()->data().trends.size(), qsizetype(3));
        QCOMPARE(m_view->activityChart()->data().trendBucket, TimeBuckets::Size::Week);
        show(2, 1, Range::Year);
        QVERIFY(m_view->activityChart()->data().autoinflammatory);
        QCOMPARE(m_view->activityChart()->data().months.size(), qsizetype(13));
        // Defaults for the child: the temperature and the AIDAI items it has.
        show(2, 0, Range::Year);
        QStringList checked;
        for (int i = 0; i < m_view->measureList()->count(); ++i) {
            if (m_view->measureList()->item(i)->checkState() == Qt::Checked)
                checked << m_view->measureList()->item(i)->data(Qt::UserRole).toString();
        }
        QVERIFY2(checked.contains(u"fever-c"_s), qPrintable(checked.join(u',')));
        // Choosing another measure redraws with it.
        for (int i = 0; i < m_view->measureList()->count(); ++i) {
            QListWidgetItem *item = m_view->measureList()->item(i);
            if (item->data(Qt::UserRole).toString() == u"eye-redness"_s)
                item->setCheckState(Qt::Checked);
        }
        bool found = false;
        for (const MeasureSeries &series : m_view->symptomsChart()->data().measures)
            found = found || series.measure == u"eye-redness"_s;
        QVERIFY(found);
    }

    void savesPngAndSvgNeverOverAFile()
    {
        for (int chart = 0; chart < m_view->chartCount(); ++chart) {
            show(2, chart, Range::Year);
            ui::ChartPanel *panel = m_view->currentChart();
            const QString png = m_dir.filePath(u"chart%1.png"_s.arg(chart));
            const QString svg = m_dir.filePath(u"chart%1.svg"_s.arg(chart));
            QVERIFY(panel->saveImage(png));
            QVERIFY(panel->saveImage(svg));
            const QImage image(png);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 500);
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(text.contains("<svg"));
            QVERIFY(text.size() > 2000);
            const auto again = panel->saveImage(png);
            QVERIFY(!again);
            QCOMPARE(again.error().code, u"file-exists"_s);
            QCOMPARE(QImage(png).size(), image.size());
        }
        // Through the view's button, with the file dialog answered.
        m_prompts.saveNames.enqueue(m_dir.filePath(u"from-button"_s));
        m_view->saveImage();
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"from-button.png"_s)));
        QVERIFY(!QImage(m_dir.filePath(u"from-button.png"_s)).isNull());
    }

    void tableAlternativeAndDarkPalette()
    {
        show(1, 4, Range::Days90);
        m_view->setTablesShown(true);
        QVERIFY(m_view->adherenceChart()->isTableShown());
        QVERIFY(m_view->adherenceChart()->table()->isVisible());
        m_view->setTablesShown(false);
        QVERIFY(!m_view->adherenceChart()->isTableShown());

        QPalette dark = m_view->palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        m_view->setPalette(dark);
        QCoreApplication::processEvents();
        for (int chart = 0; chart < m_view->chartCount(); ++chart) {
            show(1, chart, Range::Days90);
            QVERIFY2(m_view->currentChart()->chart()->backgroundBrush().color().lightness() < 128,
                     qPrintable(QString::number(chart)));
        }
        m_view->setPalette(QPalette());
    }
};

QTEST_MAIN(TestChartsUi)
#include "tst_chartsui.moc"
