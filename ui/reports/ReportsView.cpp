#include "ReportsView.h"

#include "ReportDocument.h"
#include "ReportExport.h"
#include "ReportPdf.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/ChangeNotice.h"
#include "common/Clock.h"
#include "common/UserPrompts.h"
#include "common/ViewRefresher.h"
#include "exchange/ReportBuilder.h"
#include "patients/PatientRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace shotbook::ui {

namespace {

constexpr int PreviewWidth = 560;
// Page images cost about 1.7 MB each: a twenty-year log has hundreds of
// pages, which the PDF holds but the preview need not.
constexpr int PreviewMaxPages = 30;

QCheckBox *checkBox(const QString &text, const QString &name, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(name);
    box->setChecked(true);
    return box;
}

} // namespace

ReportsView::ReportsView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_patient(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(checkBox(tr("&Summary (page 1)"), QStringLiteral("sectionSummary"), this))
    , m_charts(checkBox(tr("&Charts"), QStringLiteral("sectionCharts"), this))
    , m_log(checkBox(tr("&Injection log"), QStringLiteral("sectionLog"), this))
    , m_diary(checkBox(tr("&Diary"), QStringLiteral("sectionDiary"), this))
    , m_notes(checkBox(tr("Include &notes"), QStringLiteral("includeNotes"), this))
    , m_save(new QPushButton(tr("Save as &PDF…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_status(new QLabel(this))
    , m_pages(new QWidget(this))
    , m_pagesLayout(new QVBoxLayout(m_pages))
{
    setObjectName(QStringLiteral("reportsView"));
    m_patient->setObjectName(QStringLiteral("reportPatient"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_save->setObjectName(QStringLiteral("savePdf"));
    m_print->setObjectName(QStringLiteral("printReport"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_pages->setObjectName(QStringLiteral("reportPages"));
    m_pages->setAccessibleName(tr("Preview of the report's pages"));
    m_status->setWordWrap(true);

    m_period->addItem(tr("Last 30 days"), Last30);
    m_period->addItem(tr("Last 90 days"), Last90);
    m_period->addItem(tr("Last year"), LastYear);
    m_period->addItem(tr("From … to …"), Custom);
    m_period->addItem(QString(), SinceLastReport); // named by updateLastReportChoice()
    m_period->setCurrentIndex(Last90);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    const QDate today = m_context.clock().today();
    m_to->setDate(today);
    m_from->setDate(today.addDays(-(ReportBuilder::DefaultDays - 1)));

    auto *choices = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Patient:"), m_patient);
    form->addRow(tr("P&eriod:"), m_period);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *sections = new QGroupBox(tr("Sections"), choices);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (QCheckBox *box : {m_summary, m_charts, m_log, m_diary})
        sectionLayout->addWidget(box);
    auto *choiceLayout = new QVBoxLayout(choices);
    choiceLayout->addLayout(form);
    choiceLayout->addWidget(sections);
    choiceLayout->addWidget(m_notes);
    choiceLayout->addWidget(m_save);
    choiceLayout->addWidget(m_print);
    choiceLayout->addWidget(m_status);
    choiceLayout->addStretch();
    auto *note = new QLabel(tr("Shotbook records what was given; it does not prescribe."), choices);
    note->setWordWrap(true);
    choiceLayout->addWidget(note);
    choices->setMaximumWidth(320);

    m_pagesLayout->setSpacing(12);
    m_pagesLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportPreview"));
    scroll->setAccessibleName(tr("Report preview"));
    scroll->setWidget(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);
    scroll->setBackgroundRole(QPalette::Dark);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(choices);
    layout->addWidget(scroll, 1);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(250);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ReportsView::rebuild);
    connect(m_patient, &QComboBox::currentIndexChanged, this, [this] {
        updateLastReportChoice();
        schedule();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsView::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsView::schedule);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsView::schedule);
    for (QCheckBox *box : {m_summary, m_charts, m_log, m_diary, m_notes})
        connect(box, &QCheckBox::toggled, this, &ReportsView::schedule);
    connect(m_save, &QPushButton::clicked, this, &ReportsView::saveAsPdf);
    connect(m_print, &QPushButton::clicked, this, &ReportsView::print);
    connect(&m_context, &AppContext::currentPatientChanged, this, [this](qint64 id) {
        const int index = m_patient->findData(id);
        if (index >= 0)
            m_patient->setCurrentIndex(index);
    });
    // The report shows everything of the patient but the stock.
    new ViewRefresher(
        this, m_context,
        DataKind::Patients | DataKind::Regimens | DataKind::Weights | DataKind::Injections |
            DataKind::Sites | DataKind::Diary | DataKind::HealthRecords,
        [this] {
            reloadPatients();
            schedule();
        },
        true);
    periodChanged();
    reloadPatients();
    updateLastReportChoice();
}

ReportsView::~ReportsView() = default;

void ReportsView::reloadPatients()
{
    const qint64 chosen = m_patient->count() > 0 ? m_patient->currentData().toLongLong()
                                                 : m_context.currentPatientId();
    const QSignalBlocker blocker(m_patient);
    m_patient->clear();
    const auto patients = PatientRepository(m_context.database(), m_context.clock()).list();
    if (patients) {
        for (const Patient &patient : *patients)
            m_patient->addItem(patient.name, patient.id);
    }
    const int index = m_patient->findData(chosen);
    m_patient->setCurrentIndex(index >= 0 ? index : 0);
}

void ReportsView::periodChanged()
{
    const int period = m_period->currentData().toInt();
    const bool custom = period == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const QDate today = m_context.clock().today();
        const int days = period == Last30 ? 30 : period == Last90 ? 90 : 365;
        const QDate lastReport = AppSettings().lastReport(m_context.database().path(),
                                                          m_patient->currentData().toLongLong());
        const QSignalBlocker from(m_from);
        const QSignalBlocker to(m_to);
        m_to->setDate(today);
        m_from->setDate(period == SinceLastReport && lastReport.isValid()
                            ? std::min(lastReport, today)
                            : today.addDays(-(days - 1)));
    }
    schedule();
}

// "Since the last report (date)" when one was saved or printed for this
// patient; shown but not choosable before the first.
void ReportsView::updateLastReportChoice()
{
    const int index = m_period->findData(SinceLastReport);
    auto *model = qobject_cast<QStandardItemModel *>(m_period->model());
    if (index < 0 || !model)
        return;
    const QDate last = AppSettings().lastReport(m_context.database().path(),
                                                m_patient->currentData().toLongLong());
    m_period->setItemText(
        index,
        last.isValid()
            ? tr("Since the last report (%1)").arg(QLocale().toString(last, QLocale::ShortFormat))
            : tr("Since the last report (none yet)"));
    model->item(index)->setEnabled(last.isValid());
    if (m_period->currentIndex() == index) {
        if (last.isValid())
            periodChanged();
        else
            m_period->setCurrentIndex(m_period->findData(Last90));
    }
}

// Saved or printed: the day of the visit it was made for.
void ReportsView::reportHandedOver()
{
    AppSettings().setLastReport(m_context.database().path(), m_patient->currentData().toLongLong(),
                                m_context.clock().today());
    updateLastReportChoice();
}

ReportOptions ReportsView::options() const
{
    ReportOptions options;
    options.patientId = m_patient->currentData().toLongLong();
    options.period = {m_from->date(), m_to->date()};
    ReportSections sections;
    sections.setFlag(ReportSection::Summary, m_summary->isChecked());
    sections.setFlag(ReportSection::Charts, m_charts->isChecked());
    sections.setFlag(ReportSection::InjectionLog, m_log->isChecked());
    sections.setFlag(ReportSection::Diary, m_diary->isChecked());
    options.sections = sections;
    options.includeNotes = m_notes->isChecked();
    return options;
}

int ReportsView::previewPages() const
{
    return static_cast<int>(m_pagesLayout->count()) - 1; // the stretch at the end
}

void ReportsView::schedule()
{
    // A page of the window not on screen: when it is next shown (building a
    // twenty-year report takes seconds, issue 16).
    if (parentWidget() && !isVisible()) {
        m_rebuildWhenShown = true;
        return;
    }
    m_rebuildTimer.start();
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_rebuildWhenShown, false))
        m_rebuildTimer.start();
}

void ReportsView::rebuild()
{
    while (m_pagesLayout->count() > 1) {
        QLayoutItem *item = m_pagesLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_document.reset();
    m_data.reset();
    const ReportOptions chosen = options();
    const bool ready = chosen.patientId > 0 && chosen.period.isValid() && chosen.sections;
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    if (!ready) {
        m_status->setText(chosen.patientId <= 0
                              ? tr("Add a patient first: the report is about one patient.")
                          : !chosen.sections ? tr("Choose at least one section.")
                                             : tr("The first day must come before the last."));
        Q_EMIT previewed();
        return;
    }
    auto built = ReportBuilder(m_context.database(), m_context.clock()).build(chosen);
    if (!built) {
        m_status->setText(built.error().message);
        Q_EMIT previewed();
        return;
    }
    m_data = std::move(*built);
    m_document = std::make_unique<ReportDocument>(*m_data);
    const int pages = m_document->pageCount();
    const int shown = qMin(pages, PreviewMaxPages);
    for (int page = 0; page < shown; ++page) {
        auto *label = new QLabel(m_pages);
        label->setPixmap(QPixmap::fromImage(m_document->pageImage(page, PreviewWidth)));
        label->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(pages));
        label->setFrameShape(QFrame::Box);
        m_pagesLayout->insertWidget(page, label, 0, Qt::AlignHCenter);
    }
    m_status->setText(
        pages > shown ? tr("%n page(s); the preview shows the first %1.", nullptr, pages).arg(shown)
                      : tr("%n page(s).", nullptr, pages));
    m_save->setEnabled(true);
    m_print->setEnabled(true);
    Q_EMIT previewed();
}

void ReportsView::saveAsPdf()
{
    if (m_rebuildTimer.isActive() || std::exchange(m_rebuildWhenShown, false))
        rebuild();
    if (!m_document || !m_data)
        return;
    QString path = m_context.prompts().saveFileName(this, tr("Save the report as PDF"),
                                                    tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const auto written = ReportPdf::write(*m_document, path, ReportExport::title(*m_data));
    if (!written) {
        m_context.prompts().error(this, tr("Report not saved"), written.error().message);
        return;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    reportHandedOver();
}

void ReportsView::print()
{
    if (m_rebuildTimer.isActive() || std::exchange(m_rebuildWhenShown, false))
        rebuild();
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(m_document->pageSize(), QPageLayout::Portrait, QMarginsF()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!ReportPdf::paint(*m_document, printer)) {
        m_context.prompts().error(this, tr("Report not printed"),
                                  tr("The printer did not take the pages."));
        return;
    }
    reportHandedOver();
}

} // namespace shotbook::ui
