#include "DiaryView.h"

#include "safety/SafetyService.h"

#include "DiaryCommands.h"
#include "DiaryDayForm.h"
#include "HealthRecordDialog.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/EmptyState.h"
#include "common/UserPrompts.h"
#include "common/ViewRefresher.h"
#include "diary/HealthRecordService.h"
#include "diary/Labs.h"
#include "diary/SideEffectCatalog.h"
#include "regimen/RegimenService.h"
#include "safety/SafetyService.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

#include <algorithm>

namespace shotbook::ui {

namespace {
constexpr int OpenRole = Qt::UserRole + 1; // still going on: it can end today
} // namespace

DiaryView::DiaryView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_calendar(new QCalendarWidget(this))
    , m_form(new DiaryDayForm(AppSettings().temperatureInFahrenheit(), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sideEffects(new QListWidget(this))
    , m_infections(new QListWidget(this))
    , m_labs(new QListWidget(this))
    , m_medicines(new QListWidget(this))
    , m_labDue(new QLabel(this))
{
    m_medicines->setObjectName(QStringLiteral("medicines"));
    m_labs->setObjectName(QStringLiteral("labs"));
    m_sideEffects->setObjectName(QStringLiteral("sideEffects"));
    m_infections->setObjectName(QStringLiteral("infections"));
    m_form->setObjectName(QStringLiteral("form"));
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setMaximumDate(context.clock().today());
    m_calendar->setSelectedDate(context.clock().today());
    m_calendar->setGridVisible(false);
    m_calendar->setAccessibleName(tr("Diary calendar"));
    auto *save = new QPushButton(tr("&Save Day"), this);
    save->setToolTip(tr("Ctrl+S"));
    connect(save, &QPushButton::clicked, this, &DiaryView::saveDay);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, &DiaryView::saveDay);
    m_status->setWordWrap(true);

    auto *dayPanel = new QWidget(this);
    auto *dayLayout = new QVBoxLayout(dayPanel);
    dayLayout->addWidget(m_form);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addWidget(m_status, 1);
    dayLayout->addLayout(saveRow);
    dayLayout->addStretch();

    const auto listPage = [this](QListWidget *list, const QString &button, int kind,
                                 const QString &empty, QLabel *extra = nullptr,
                                 std::optional<RecordKind> endKind = std::nullopt,
                                 const QString &endButton = QString()) {
        auto *page = new QWidget(this);
        auto *layout = new QVBoxLayout(page);
        if (extra)
            layout->addWidget(extra);
        list->setWordWrap(true);
        new EmptyState(list, empty);
        layout->addWidget(list, 1);
        auto *add = new QPushButton(button, page);
        connect(add, &QPushButton::clicked, this, [this, kind] { addRecord(kind); });
        auto *row = new QHBoxLayout;
        row->addWidget(add);
        if (endKind) {
            auto *end = new QPushButton(endButton, page);
            end->setObjectName(*endKind == RecordKind::SideEffect  ? QStringLiteral("sideEffectEnd")
                               : *endKind == RecordKind::Infection ? QStringLiteral("infectionEnd")
                                                                   : QStringLiteral("medicineEnd"));
            connect(end, &QPushButton::clicked, this,
                    [this, list, endKind] { endSelected(list, *endKind); });
            // Only an entry still going on can end today.
            const auto update = [list, end] {
                const QListWidgetItem *item = list->currentItem();
                end->setEnabled(item && item->isSelected() && item->data(OpenRole).toBool());
            };
            connect(list, &QListWidget::itemSelectionChanged, end, update);
            connect(list, &QListWidget::currentRowChanged, end, update);
            connect(list->model(), &QAbstractItemModel::rowsRemoved, end, update);
            update();
            row->addWidget(end);
        }
        row->addStretch();
        layout->addLayout(row);
        return page;
    };
    m_tabs->addTab(dayPanel, tr("&Day"));
    m_tabs->addTab(listPage(m_sideEffects, tr("Record &Side Effect…"),
                            static_cast<int>(HealthRecordDialog::Kind::SideEffect),
                            tr("No side effects recorded — Record Side Effect… when one starts."),
                            nullptr, RecordKind::SideEffect, tr("&Gone Today")),
                   tr("Side &effects"));
    m_tabs->addTab(listPage(m_infections, tr("Record &Infection…"),
                            static_cast<int>(HealthRecordDialog::Kind::Infection),
                            tr("No infections recorded — Record Infection… when one starts, and "
                               "tell the doctor."),
                            nullptr, RecordKind::Infection, tr("&Ended Today")),
                   tr("&Infections"));
    m_labDue->setWordWrap(true);
    m_tabs->addTab(listPage(m_labs, tr("Record &Blood Test…"),
                            static_cast<int>(HealthRecordDialog::Kind::Lab),
                            tr("No blood tests recorded — Record Blood Test… after each "
                               "neutrophil count."),
                            m_labDue),
                   tr("&Blood tests"));
    m_tabs->addTab(listPage(m_medicines, tr("Record &Medicine…"),
                            static_cast<int>(HealthRecordDialog::Kind::Medicine),
                            tr("No other medicines recorded — Record Medicine… for each other "
                               "medicine or vaccine."),
                            nullptr, RecordKind::Medicine, tr("&Stopped Today")),
                   tr("&Other medicines"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_calendar);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_tabs, 1);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &DiaryView::loadDay);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &DiaryView::markDays);
    auto *refresher = new ViewRefresher(this, m_context,
                                        DataKind::Diary | DataKind::HealthRecords |
                                            DataKind::Regimens | DataKind::Patients,
                                        [this] { refresh(); });
    refresher->loadFirst();
}

void DiaryView::refresh()
{
    // The AIDAI items are offered for an autoinflammatory indication.
    QString indication;
    if (m_context.currentPatientId() > 0) {
        RegimenService regimens(m_context.database(), m_context.clock());
        if (const auto current =
                regimens.regimenOn(m_context.currentPatientId(), m_context.clock().today());
            current && *current)
            indication = (*current)->indication;
    }
    m_form->setIndication(indication);
    loadDay();
    markDays();
    const qint64 patientId = m_context.currentPatientId();
    HealthRecordService records(m_context.database(), m_context.clock());
    const QLocale locale;
    for (QListWidget *list : {m_sideEffects, m_infections, m_labs, m_medicines})
        list->clear();
    if (patientId <= 0)
        return;
    const auto date = [&locale](const QDate &day) {
        return locale.toString(day, QLocale::ShortFormat);
    };
    if (const auto all = records.sideEffects(patientId)) {
        for (const SideEffect &effect : *all) {
            QString text =
                tr("%1 — %2, since %3")
                    .arg(effect.catalogId ? SideEffectCatalog::displayName(*effect.catalogId)
                                          : effect.term,
                         HealthRecordService::severityName(effect.severity), date(effect.onset));
            if (effect.resolved)
                text += tr(", gone %1").arg(date(*effect.resolved));
            auto *item = new QListWidgetItem(effect.redFlag ? QStringLiteral("⚠ ") + text : text,
                                             m_sideEffects);
            item->setData(Qt::UserRole, effect.id);
            item->setData(OpenRole, !effect.resolved.has_value());
            if (effect.redFlag)
                item->setForeground(QColor(0xb0, 0x1e, 0x1e));
        }
    }
    if (const auto all = records.infections(patientId)) {
        for (const Infection &infection : *all) {
            m_infections->addItem(
                tr("%1 — from %2%3%4")
                    .arg(infection.description, date(infection.started),
                         infection.ended ? tr(" to %1").arg(date(*infection.ended)) : QString(),
                         infection.doctorTold ? tr(" (doctor told)") : tr(" (doctor not told)")));
            m_infections->item(m_infections->count() - 1)->setData(Qt::UserRole, infection.id);
            m_infections->item(m_infections->count() - 1)
                ->setData(OpenRole, !infection.ended.has_value());
        }
    }
    if (const auto all = records.labs(patientId)) {
        for (const LabResult &lab : *all) {
            const auto analyte = Labs::find(lab.analyte);
            const auto flag = Labs::flag(lab.analyte, lab.value);
            m_labs->addItem(QStringLiteral("%1%2 — %3 %4 (%5)")
                                .arg(flag ? QStringLiteral("⚠ ") : QString(),
                                     Labs::displayName(lab.analyte), locale.toString(lab.value),
                                     analyte ? analyte->unit : QString(), date(lab.takenOn)));
        }
    }
    if (const auto due = records.nextLabDue(patientId); due && *due)
        m_labDue->setText(**due < m_context.clock().today()
                              ? tr("<b>A neutrophil count was due on %1.</b>").arg(date(**due))
                              : tr("Next neutrophil count due on %1.").arg(date(**due)));
    else
        m_labDue->setText(tr("No neutrophil count is due."));
    if (const auto all = records.medicines(patientId)) {
        for (const Medicine &medicine : *all) {
            m_medicines->addItem(
                tr("%1 — from %2%3")
                    .arg(medicine.name, date(medicine.started),
                         medicine.stopped ? tr(" to %1").arg(date(*medicine.stopped)) : QString()));
            m_medicines->item(m_medicines->count() - 1)->setData(Qt::UserRole, medicine.id);
            m_medicines->item(m_medicines->count() - 1)
                ->setData(OpenRole, !medicine.stopped.has_value());
        }
    }
}

void DiaryView::loadDay()
{
    const qint64 patientId = m_context.currentPatientId();
    DiaryService diary(m_context.database(), m_context.clock());
    DiaryDay entry;
    entry.day = m_calendar->selectedDate();
    if (patientId > 0) {
        if (const auto stored = diary.day(patientId, entry.day))
            entry = *stored;
    }
    m_form->setDay(entry);
    m_status->setText(tr("%1").arg(QLocale().toString(entry.day, QLocale::LongFormat)));
}

void DiaryView::markDays()
{
    const qint64 patientId = m_context.currentPatientId();
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears all
    if (patientId <= 0)
        return;
    DiaryService diary(m_context.database(), m_context.clock());
    const auto days =
        diary.daysWithEntries(patientId, first.addDays(-7), first.addMonths(1).addDays(7));
    if (!days)
        return;
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setForeground(palette().brush(QPalette::Highlight));
    for (const QDate &day : *days)
        m_calendar->setDateTextFormat(day, marked);
}

bool DiaryView::saveDay()
{
    const qint64 patientId = m_context.currentPatientId();
    if (patientId <= 0)
        return false;
    DiaryService diary(m_context.database(), m_context.clock());
    const QDate day = m_calendar->selectedDate();
    DiaryDay before;
    before.day = day;
    if (const auto stored = diary.day(patientId, day))
        before = *stored;
    DiaryDay after = m_form->day();
    after.day = day;
    // What the label's stops say before and after: a sign newly noted (a
    // fever, chest pain) is said at once, not only on Today.
    const SafetyService safety(m_context.database(), m_context.clock());
    const auto warningsBefore = safety.stateOn(patientId, m_context.clock().today());
    if (auto done = DataCommand::execute(
            m_context, std::make_unique<SaveDiaryDayCommand>(m_context, patientId, before, after));
        !done) {
        m_status->setText(done.error().message);
        return false;
    }
    m_status->setText(tr("Saved."));
    const auto warningsAfter = safety.stateOn(patientId, m_context.clock().today());
    if (warningsBefore && warningsAfter) {
        QStringList said;
        for (const Warning &warning : warningsAfter->warnings) {
            const bool diarySign =
                warning.code == QLatin1String("red-flag") || warning.code == QLatin1String("fever");
            const bool isNew =
                std::none_of(warningsBefore->warnings.cbegin(), warningsBefore->warnings.cend(),
                             [&](const Warning &old) { return old.message == warning.message; });
            if (diarySign && isNew)
                said << warning.message;
        }
        if (!said.isEmpty())
            m_context.prompts().error(this, tr("Diary"), said.join(QStringLiteral("\n\n")));
    }
    return true;
}

void DiaryView::endSelected(QListWidget *list, RecordKind kind)
{
    const QListWidgetItem *item = list->currentItem();
    if (!item) {
        m_context.prompts().error(this, tr("Diary"), tr("Choose an entry in the list first."));
        return;
    }
    if (auto done = DataCommand::execute(
            m_context,
            std::make_unique<EndHealthRecordCommand>(
                m_context, kind, item->data(Qt::UserRole).toLongLong(), m_context.clock().today()));
        !done)
        m_context.prompts().error(this, tr("Diary"), done.error().message);
}

void DiaryView::addRecord(int kind)
{
    const qint64 patientId = m_context.currentPatientId();
    if (patientId <= 0)
        return;
    HealthRecordDialog dialog(m_context, patientId, static_cast<HealthRecordDialog::Kind>(kind),
                              this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList messages;
    for (const Warning &warning : dialog.warnings())
        messages << warning.message;
    if (!messages.isEmpty())
        m_context.prompts().error(this, tr("Please Note"), messages.join(QStringLiteral("\n\n")));
}

} // namespace shotbook::ui
