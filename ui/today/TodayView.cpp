#include "TodayView.h"

#include "RedFlagBanner.h"
#include "common/AppContext.h"
#include "common/Card.h"
#include "common/Clock.h"
#include "common/TimeText.h"
#include "common/ViewRefresher.h"
#include "diary/SideEffectCatalog.h"
#include "injections/InjectionDialog.h"
#include "regimen/SyringeWidget.h"
#include "sites/Zones.h"
#include "today/TodaySummary.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace shotbook::ui {

namespace {

constexpr int AdherenceDays = TodayService::AdherenceDays;

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TodayView::TodayView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_nextCard(new Card(tr("Next dose"), this))
    , m_dose(new QLabel(this))
    , m_when(wrappedLabel(this))
    , m_advice(wrappedLabel(this))
    , m_site(wrappedLabel(this))
    , m_syringe(new SyringeWidget(this))
    , m_doseFlags(wrappedLabel(this))
    , m_alertsCard(new Card(tr("Alerts"), this))
    , m_alerts(wrappedLabel(this))
    , m_redFlags(new RedFlagBanner(context, this))
    , m_othersCard(new Card(tr("Other patients"), this))
    , m_others(wrappedLabel(this))
    , m_logButton(new QPushButton(tr("&Log Injection…"), this))
    , m_regimenButton(new QPushButton(tr("Set &Regimen…"), this))
    , m_todayList(wrappedLabel(this))
    , m_adherence(wrappedLabel(this))
{
    m_todayList->setObjectName(QStringLiteral("todayList"));
    m_syringe->setObjectName(QStringLiteral("syringe"));
    m_redFlags->setObjectName(QStringLiteral("redFlagBanner"));
    m_others->setObjectName(QStringLiteral("othersLabel"));
    m_alerts->setObjectName(QStringLiteral("alertsLabel"));
    m_site->setObjectName(QStringLiteral("siteLabel"));
    m_advice->setObjectName(QStringLiteral("adviceLabel"));
    m_when->setObjectName(QStringLiteral("whenLabel"));
    m_dose->setObjectName(QStringLiteral("doseLabel"));
    m_logButton->setObjectName(QStringLiteral("logButton"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    QFont doseFont = m_dose->font();
    doseFont.setPointSizeF(doseFont.pointSizeF() * 2.0);
    doseFont.setBold(true);
    m_dose->setFont(doseFont);
    m_dose->setAccessibleName(tr("Next dose"));

    // The main action is the default button; focusing the other one does
    // not move the default (nor its ring) to it.
    m_logButton->setAutoDefault(false);
    m_regimenButton->setAutoDefault(false);
    m_logButton->setDefault(true);
    m_logButton->setMinimumHeight(40);
    m_logButton->setIcon(QIcon(QStringLiteral(":/icons/syringe.svg")));
    m_logButton->setIconSize(QSize(22, 22));
    connect(m_logButton, &QPushButton::clicked, this, &TodayView::logInjection);
    connect(m_regimenButton, &QPushButton::clicked, this, &TodayView::setRegimenRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_logButton);
    buttons->addWidget(m_regimenButton);
    buttons->addStretch();
    m_nextCard->body()->addWidget(m_dose);
    m_nextCard->body()->addWidget(m_syringe);
    m_nextCard->body()->addWidget(m_doseFlags);
    m_nextCard->body()->addWidget(m_when);
    m_nextCard->body()->addWidget(m_advice);
    m_nextCard->body()->addWidget(m_site);
    m_nextCard->body()->addSpacing(6);
    m_nextCard->body()->addLayout(buttons);

    auto *todayCard = new Card(tr("Today's doses"), this);
    todayCard->body()->addWidget(m_todayList);
    auto *adherenceCard = new Card(tr("Last %n day(s)", nullptr, AdherenceDays), this);
    adherenceCard->body()->addWidget(m_adherence);

    auto *columns = new QHBoxLayout;
    columns->addWidget(todayCard, 1);
    columns->addWidget(adherenceCard, 1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(12);
    m_alertsCard->body()->addWidget(m_alerts);
    m_alerts->setAccessibleName(tr("Alerts"));
    layout->addWidget(m_heading);
    layout->addWidget(m_redFlags);
    layout->addWidget(m_alertsCard);
    layout->addWidget(m_nextCard);
    layout->addLayout(columns);
    m_othersCard->body()->addWidget(m_others);
    m_others->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_others, &QLabel::linkActivated, this, [this](const QString &link) {
        m_context.setCurrentPatientId(link.section(u':', 1).toLongLong());
    });
    layout->addWidget(m_othersCard);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Today"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // The red-flag banner's button is never the first control Tab reaches:
    // the main actions come first.
    QWidget::setTabOrder(m_logButton, m_regimenButton);
    QWidget::setTabOrder(m_regimenButton, m_others);
    QWidget::setTabOrder(m_others, m_redFlags->acknowledgeButton());

    // Today shows a little of everything, for every patient.
    m_refresher = new ViewRefresher(
        this, m_context, ChangeNotice::everything().kinds, [this] { refresh(); }, true);
    // Time passes: "in 20 min" becomes "overdue" without any data changing.
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &TodayView::refresh);
    m_minuteTimer.start();
    refresh();
}

void TodayView::refresh()
{
    const QLocale locale;
    const QDateTime now = m_context.clock().now();
    const QDate today = now.toLocalTime().date();
    const qint64 patientId = m_context.currentPatientId();
    m_heading->setText(tr("Today, %1").arg(locale.toString(today, QLocale::LongFormat)));

    m_redFlags->refresh();
    TodayService service(m_context.database(), m_context.clock());
    const auto summary =
        service.summary(patientId > 0 ? std::optional<qint64>(patientId) : std::nullopt);
    if (!summary) {
        m_when->setText(summary.error().message.toHtmlEscaped());
        return;
    }
    showAlerts(*summary);
    showOthers(summary->others, now);

    if (!summary->current) {
        m_nextCard->setTitle(tr("Next dose"));
        m_dose->setText(tr("No patient"));
        m_when->setText(tr("Add a patient under Patients to start the diary."));
        m_advice->clear();
        m_todayList->clear();
        m_site->clear();
        m_syringe->hide();
        m_doseFlags->hide();
        m_adherence->clear();
        m_logButton->setEnabled(false);
        m_regimenButton->setVisible(false);
        return;
    }
    const PatientToday &current = *summary->current;
    m_nextCard->setTitle(tr("Next dose for %1").arg(current.patient.name));
    showNextDose(current, now);
    showSite(current);
    showTodaysDoses(current);
    showAdherence(current.recent);
}

// Without a regimen the one thing to do is to set it: that is the main
// action, and logging waits.
void TodayView::showNextDose(const PatientToday &current, const QDateTime &now)
{
    const QLocale locale;
    const DoseAdvice &advice = current.advice;
    m_regimenButton->setVisible(!current.hasRegimen);
    m_logButton->setEnabled(current.hasRegimen);
    m_regimenButton->setDefault(!current.hasRegimen);
    m_logButton->setDefault(current.hasRegimen);

    if (advice.kind == DoseAdvice::Kind::None) {
        m_syringe->hide();
        m_doseFlags->hide();
        m_dose->setText(current.hasRegimen ? tr("No dose scheduled") : tr("Set the regimen"));
        m_when->setText(current.hasRegimen
                            ? tr("The last regimen's course has ended.")
                            : tr("Set the regimen your doctor prescribed to see when each dose "
                                 "is due: Set Regimen… below."));
        m_advice->clear();
        return;
    }
    const auto &dose = current.dose;
    m_syringe->setDose(dose ? dose->perDoseMg : 0.0, !dose || dose->measurable);
    m_syringe->setVisible(dose && dose->perDoseMg > 0);
    QStringList flags;
    if (dose) {
        for (const Warning &warning : dose->warnings)
            flags << QStringLiteral("⚠ ") + warning.message.toHtmlEscaped();
        m_dose->setText(tr("%1 mg · %2 mL")
                            .arg(locale.toString(dose->perDoseMg, 'g', 4),
                                 locale.toString(dose->perDoseMl, 'f', 2)));
    } else {
        m_dose->setText(current.doseError ? current.doseError->message.toHtmlEscaped() : QString());
    }
    m_doseFlags->setText(flags.join(QStringLiteral("<br>")));
    m_doseFlags->setVisible(!flags.isEmpty());
    const QString due = TimeText::dueTime(*advice.dueAt, now);
    switch (advice.kind) {
    case DoseAdvice::Kind::Wait:
        m_when->setText(TimeText::sentence(
            tr("Due <b>%1</b>, in %2.").arg(due, TimeText::span(now.secsTo(*advice.dueAt)))));
        if (advice.missedAt)
            m_advice->setText(tr("The dose due %1 was not logged, but a dose was taken less "
                                 "than half an interval ago: do not take another now.")
                                  .arg(TimeText::dueTime(*advice.missedAt, now)));
        else
            m_advice->clear();
        break;
    case DoseAdvice::Kind::TakeNow:
        m_when->setText(
            TimeText::sentence(tr("<b>Overdue</b>: due %1, %2 ago.")
                                   .arg(due, TimeText::span(advice.dueAt->secsTo(now)))));
        m_advice->setText(tr("Take it now. If you miss a dose, take it as soon as you "
                             "remember, unless the next dose is nearly due."));
        break;
    case DoseAdvice::Kind::Skip:
        m_when->setText(TimeText::sentence(tr("<b>Missed</b> %1. Next dose <b>%2</b>, in %3.")
                                               .arg(TimeText::dueTime(*advice.missedAt, now), due,
                                                    TimeText::span(now.secsTo(*advice.dueAt)))));
        m_advice->setText(tr("The next dose is nearly due: skip the missed one and take "
                             "the next at its usual time. Never take two doses to make up "
                             "for a missed one."));
        break;
    case DoseAdvice::Kind::None:
        break;
    }
}

void TodayView::showSite(const PatientToday &current)
{
    if (current.suggestedSite)
        m_site->setText(tr("Suggested site: <b>%1</b>")
                            .arg(Zones::displayName(*current.suggestedSite).toHtmlEscaped()));
    else
        m_site->setText(tr("No site can be suggested: every zone is switched off or has a "
                           "reaction."));
}

void TodayView::showTodaysDoses(const PatientToday &current)
{
    QStringList lines;
    for (const TodaySlot &slot : current.slots) {
        const QString time = TimeText::time(slot.due);
        switch (slot.state) {
        case TodaySlot::State::Taken:
            lines << tr("%1 — ✓ taken at %2, %3")
                         .arg(time, TimeText::time(slot.injection->at),
                              Zones::displayName(slot.injection->site).toHtmlEscaped());
            break;
        case TodaySlot::State::Missed:
            lines << tr("%1 — <b>missed</b>").arg(time);
            break;
        case TodaySlot::State::DueNow:
            lines << tr("%1 — <b>due now</b>").arg(time);
            break;
        case TodaySlot::State::Due:
            lines << tr("%1 — due").arg(time);
            break;
        }
    }
    m_todayList->setText(lines.isEmpty() ? tr("No dose is due today.")
                                         : lines.join(QStringLiteral("<br>")));
}

void TodayView::showAdherence(const AdherenceReport &report)
{
    const QLocale locale;
    if (!report.percent) {
        m_adherence->setText(tr("Nothing was due yet."));
        return;
    }
    m_adherence->setText(
        tr("<b>%1 %</b> of doses taken: %2 of %3.<br>%4 missed, %5 extra.<br>%n day(s) in a "
           "row complete.",
           nullptr, report.streakDays)
            .arg(locale.toString(*report.percent, 'f', 0))
            .arg(report.taken)
            .arg(report.expected)
            .arg(report.missed)
            .arg(report.extra));
}

// The patient's alerts (the label's stops, a blood test due) and the stock's
// (shared by every patient of the database).
void TodayView::showAlerts(const TodaySummary &summary)
{
    QStringList lines;
    for (const Warning &alert : summary.alerts())
        lines << QStringLiteral("⚠ ") + alert.message.toHtmlEscaped();
    m_alerts->setText(lines.join(QStringLiteral("<br>")));
    m_alertsCard->setVisible(!lines.isEmpty());
}

// A caregiver may look after two children: each other patient's next dose,
// red flags and overdue doses.
void TodayView::showOthers(const QList<PatientToday> &others, const QDateTime &now)
{
    const QLocale locale;
    QStringList lines;
    for (const PatientToday &other : others) {
        const DoseAdvice &advice = other.advice;
        QString state;
        switch (advice.kind) {
        case DoseAdvice::Kind::Wait:
            state = tr("next dose %1").arg(TimeText::dueTime(*advice.dueAt, now));
            break;
        case DoseAdvice::Kind::TakeNow:
            state = tr("<b>overdue</b> since %1").arg(TimeText::dueTime(*advice.dueAt, now));
            break;
        case DoseAdvice::Kind::Skip:
            state = tr("<b>missed</b> %1; next %2")
                        .arg(TimeText::dueTime(*advice.missedAt, now),
                             TimeText::dueTime(*advice.dueAt, now));
            break;
        case DoseAdvice::Kind::None:
            state = other.hasRegimen ? tr("no dose scheduled") : tr("no regimen set");
            break;
        }
        QString amount;
        if (advice.dueAt && other.dose)
            amount = tr(" — %1 mg (%2 mL)")
                         .arg(locale.toString(other.dose->perDoseMg, 'g', 4),
                              locale.toString(other.dose->perDoseMl, 'f', 2));
        QString flags;
        if (other.safety.stopped()) {
            QStringList names;
            for (const SideEffect &effect : other.safety.openRedFlags)
                names << SideEffectCatalog::displayName(effect.catalogId.value_or(effect.term));
            flags = QStringLiteral("<br><span style=\"color:#b01e1e\"><b>%1</b></span>")
                        .arg(tr("⚠ Get medical help now: %1")
                                 .arg(names.join(QStringLiteral(", ")))
                                 .toHtmlEscaped());
        }
        for (const Warning &alert : other.alerts())
            flags += QStringLiteral("<br>⚠ ") + alert.message.toHtmlEscaped();
        lines << QStringLiteral("<b>%1</b>: %2%3 &nbsp;<a href=\"patient:%4\">%5</a>%6")
                     .arg(other.patient.name.toHtmlEscaped(), state, amount)
                     .arg(other.patient.id)
                     .arg(tr("Show"), flags);
    }
    m_others->setText(lines.join(QStringLiteral("<br><br>")));
    m_othersCard->setVisible(!lines.isEmpty());
}

void TodayView::logInjection()
{
    const qint64 patientId = m_context.currentPatientId();
    if (patientId <= 0)
        return;
    InjectionDialog dialog(m_context, patientId, this);
    dialog.exec();
}

} // namespace shotbook::ui
