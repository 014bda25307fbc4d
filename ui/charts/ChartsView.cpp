#include "ChartsView.h"

#include "common/ViewRefresher.h"

#include "ActivityChart.h"
#include "AdherenceChart.h"
#include "ChartView.h"
#include "DoseWeightChart.h"
#include "SitesChart.h"
#include "SymptomsChart.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/UserPrompts.h"
#include "diary/Measures.h"
#include "regimen/RegimenRules.h"
#include "regimen/RegimenService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace shotbook::ui {

namespace {

enum Tab
{
    SymptomsTab,
    ActivityTab,
    DoseTab,
    SitesTab,
    AdherenceTab,
    TabCount,
};

} // namespace

ChartsView::ChartsView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_source(std::make_unique<ChartSource>(context.database(), context.clock()))
    , m_rangeButtons(new QButtonGroup(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_bucket(new QComboBox(this))
    , m_tableToggle(new QCheckBox(tr("Show as &table"), this))
    , m_tabs(new QTabWidget(this))
    , m_measures(new QListWidget(this))
    , m_symptoms(new SymptomsChart(this))
    , m_activity(new ActivityChart(this))
    , m_doseWeight(new DoseWeightChart(this))
    , m_sites(new SitesChart(this))
    , m_adherence(new AdherenceChart(this))
    , m_status(new QLabel(this))
    , m_dirty(TabCount, true)
{
    auto *ranges = new QHBoxLayout;
    ranges->addWidget(new QLabel(tr("Show:"), this));
    const QList<std::pair<Range, QString>> choices = {{Range::Days30, tr("&30 days")},
                                                      {Range::Days90, tr("&90 days")},
                                                      {Range::Year, tr("1 &year")},
                                                      {Range::All, tr("&All")},
                                                      {Range::Custom, tr("&From…")}};
    for (const auto &[kind, text] : choices) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(false);
        m_rangeButtons->addButton(button, static_cast<int>(kind));
        ranges->addWidget(button);
    }
    m_rangeButtons->setExclusive(true);
    m_rangeButtons->button(static_cast<int>(m_range))->setChecked(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(context.clock().today());
        edit->setEnabled(false);
        ranges->addWidget(edit);
    }
    m_from->setAccessibleName(tr("Charts from"));
    m_to->setAccessibleName(tr("Charts to"));
    ranges->addSpacing(12);
    m_bucket->addItem(tr("per week"), static_cast<int>(TimeBuckets::Size::Week));
    m_bucket->addItem(tr("per month"), static_cast<int>(TimeBuckets::Size::Month));
    m_bucket->setAccessibleName(tr("Adherence per week or per month"));
    ranges->addWidget(m_bucket);
    ranges->addStretch();
    ranges->addWidget(m_tableToggle);
    auto *reset = new QPushButton(tr("&Reset Zoom"), this);
    reset->setToolTip(tr("Drag across a chart to zoom in; the wheel zooms, Shift+drag or the "
                         "middle button pans, a right click shows everything again."));
    ranges->addWidget(reset);
    auto *save = new QPushButton(tr("&Save Image…"), this);
    ranges->addWidget(save);

    m_measures->setAccessibleName(tr("Diary measures shown"));
    m_measures->setMaximumWidth(220);
    auto *symptomsPage = new QSplitter(this);
    symptomsPage->addWidget(m_measures);
    symptomsPage->addWidget(m_symptoms);
    symptomsPage->setStretchFactor(1, 1);
    m_tabs->addTab(symptomsPage, tr("S&ymptoms"));
    m_tabs->addTab(m_activity, tr("&Disease activity"));
    m_tabs->addTab(m_doseWeight, tr("Dose and &weight"));
    m_tabs->addTab(m_sites, tr("Si&tes"));
    m_tabs->addTab(m_adherence, tr("Ad&herence"));

    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ranges);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_rangeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setRange(static_cast<Range>(id)); });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_range == Range::Custom && !m_loading)
                setCustomRange(m_from->date(), m_to->date());
        });
    }
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty[AdherenceTab] = true;
        loadCurrent();
    });
    connect(m_tableToggle, &QCheckBox::toggled, this, &ChartsView::setTablesShown);
    connect(reset, &QPushButton::clicked, this, [this] {
        if (ChartPanel *chart = currentChart())
            chart->view()->resetZoom();
    });
    connect(save, &QPushButton::clicked, this, &ChartsView::saveImage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_bucket->setVisible(index == AdherenceTab);
        loadCurrent();
    });
    connect(m_measures, &QListWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty[SymptomsTab] = true;
        loadCurrent();
    });
    // Charts show the treatment and the disease: everything of the patient
    // but the stock; redrawn when shown if they changed meanwhile.
    new ViewRefresher(this, m_context,
                      DataKind::Patients | DataKind::Regimens | DataKind::Weights |
                          DataKind::Injections | DataKind::Sites | DataKind::Diary |
                          DataKind::HealthRecords,
                      [this] { refresh(); });
    m_bucket->setVisible(false);
}

ChartsView::~ChartsView() = default;

int ChartsView::chartCount() const
{
    return TabCount;
}

ChartPanel *ChartsView::chartAt(int index) const
{
    switch (index) {
    case SymptomsTab:
        return m_symptoms;
    case ActivityTab:
        return m_activity;
    case DoseTab:
        return m_doseWeight;
    case SitesTab:
        return m_sites;
    case AdherenceTab:
        return m_adherence;
    default:
        return nullptr;
    }
}

ChartPanel *ChartsView::currentChart() const
{
    return chartAt(m_tabs->currentIndex());
}

void ChartsView::showChart(int index)
{
    m_tabs->setCurrentIndex(index);
    loadCurrent();
}

void ChartsView::setTablesShown(bool shown)
{
    for (int i = 0; i < TabCount; ++i)
        chartAt(i)->setTableShown(shown);
    if (m_tableToggle->isChecked() != shown)
        m_tableToggle->setChecked(shown);
}

void ChartsView::setRange(Range range)
{
    m_range = range;
    if (QAbstractButton *button = m_rangeButtons->button(static_cast<int>(range)))
        button->setChecked(true);
    m_from->setEnabled(range == Range::Custom);
    m_to->setEnabled(range == Range::Custom);
    invalidate();
    loadCurrent();
}

void ChartsView::setCustomRange(const QDate &from, const QDate &to)
{
    m_loading = true;
    m_from->setDate(std::min(from, to));
    m_to->setDate(std::max(from, to));
    m_loading = false;
    setRange(Range::Custom);
}

void ChartsView::setAdherenceBucket(TimeBuckets::Size size)
{
    m_bucket->setCurrentIndex(m_bucket->findData(static_cast<int>(size)));
}

void ChartsView::refresh()
{
    m_source->invalidate();
    invalidate();
    if (isVisible())
        loadCurrent();
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadCurrent();
}

void ChartsView::invalidate()
{
    for (bool &dirty : m_dirty)
        dirty = true;
}

void ChartsView::updateRange()
{
    const QDate today = m_context.clock().today();
    switch (m_range) {
    case Range::Days30:
        m_current = {today.addDays(-29), today};
        break;
    case Range::Days90:
        m_current = {today.addDays(-89), today};
        break;
    case Range::Year:
        m_current = {today.addYears(-1).addDays(1), today};
        break;
    case Range::All: {
        const auto full = m_source->fullRange(m_context.currentPatientId());
        m_current = full ? *full : DateRange{today, today};
        break;
    }
    case Range::Custom:
        m_current = {m_from->date(), m_to->date()};
        break;
    }
    if (m_range != Range::Custom) {
        m_loading = true;
        m_from->setDate(m_current.from);
        m_to->setDate(m_current.to);
        m_loading = false;
    }
}

void ChartsView::loadMeasures()
{
    const qint64 patientId = m_context.currentPatientId();
    const QStringList chosen = m_measuresPatient == patientId ? chosenMeasures() : QStringList();
    const auto present = m_source->measuresWithValues(patientId, m_current);
    QStringList ids = present ? *present : QStringList();
    QStringList defaults;
    if (chosen.isEmpty()) {
        RegimenService regimens(m_context.database(), m_context.clock());
        const auto current = regimens.regimenOn(patientId, m_current.to);
        const bool autoinflammatory =
            current && *current && RegimenRules::isAutoinflammatory((*current)->indication);
        defaults =
            autoinflammatory
                ? QStringList{QStringLiteral("fever-c"), QStringLiteral("rash"),
                              QStringLiteral("overall-symptoms"), QStringLiteral("joint-pain")}
                : QStringList{QStringLiteral("pain"), QStringLiteral("stiffness-min"),
                              QStringLiteral("patient-global")};
    }
    // Keep a chosen measure listed even when the range holds none of it.
    for (const QString &id : chosen) {
        if (!ids.contains(id))
            ids << id;
    }
    m_loading = true;
    m_measures->clear();
    for (const QString &id : ids) {
        auto *item = new QListWidgetItem(Measures::displayName(id), m_measures);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState((chosen.isEmpty() ? defaults : chosen).contains(id) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    m_loading = false;
    m_measuresPatient = patientId;
}

QStringList ChartsView::chosenMeasures() const
{
    QStringList ids;
    for (int i = 0; i < m_measures->count(); ++i) {
        if (m_measures->item(i)->checkState() == Qt::Checked)
            ids << m_measures->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void ChartsView::report(const Error &error)
{
    m_status->setText(error.message);
}

void ChartsView::loadCurrent()
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || !m_dirty.at(tab) || m_loading)
        return;
    const qint64 patientId = m_context.currentPatientId();
    if (patientId <= 0) {
        m_status->setText(tr("No patient yet: add one to see charts."));
        return;
    }
    updateRange();
    const QLocale locale;
    m_status->setText(tr("%1 to %2 (%n day(s))", nullptr, static_cast<int>(m_current.days()))
                          .arg(locale.toString(m_current.from, QLocale::LongFormat),
                               locale.toString(m_current.to, QLocale::LongFormat)));
    switch (tab) {
    case SymptomsTab: {
        loadMeasures();
        const auto loaded = m_source->symptoms(patientId, m_current, chosenMeasures());
        if (!loaded)
            return report(loaded.error());
        m_symptoms->setData(*loaded);
        break;
    }
    case ActivityTab: {
        const auto loaded = m_source->activity(patientId, m_current);
        if (!loaded)
            return report(loaded.error());
        m_activity->setData(*loaded);
        break;
    }
    case DoseTab: {
        const auto loaded = m_source->doseWeight(patientId, m_current);
        if (!loaded)
            return report(loaded.error());
        m_doseWeight->setData(*loaded, WeightUnit(AppSettings().weightInPounds()));
        break;
    }
    case SitesTab: {
        const auto loaded = m_source->sites(patientId, m_current);
        if (!loaded)
            return report(loaded.error());
        m_sites->setData(*loaded);
        break;
    }
    case AdherenceTab: {
        auto size = static_cast<TimeBuckets::Size>(m_bucket->currentData().toInt());
        // Weeks over many years are too thin to read (and to draw within the budget).
        if (size == TimeBuckets::Size::Week &&
            m_current.days() / 7 * 4 > m_adherence->pointBudget())
            size = TimeBuckets::Size::Month;
        const auto loaded = m_source->adherence(patientId, m_current, size);
        if (!loaded)
            return report(loaded.error());
        m_adherence->setData(*loaded);
        break;
    }
    default:
        return;
    }
    m_dirty[tab] = false;
}

void ChartsView::saveImage()
{
    ChartPanel *chart = currentChart();
    if (!chart)
        return;
    QString path = m_context.prompts().saveFileName(this, tr("Save Chart"),
                                                    tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (auto saved = chart->saveImage(path); !saved)
        m_context.prompts().error(this, tr("Save Chart"), saved.error().message);
    else
        m_status->setText(tr("Saved %1.").arg(path));
}

} // namespace shotbook::ui
