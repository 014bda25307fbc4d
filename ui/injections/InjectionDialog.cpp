#include "InjectionDialog.h"

#include "common/LocaleFormat.h"

#include "InjectionCommands.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/PatientTitle.h"
#include "common/ServerLink.h"
#include "common/UserPrompts.h"
#include "injections/InjectionLog.h"
#include "injections/InjectionRules.h"
#include "regimen/DoseCalculator.h"
#include "regimen/RegimenService.h"
#include "sites/BodyMapWidget.h"
#include "sites/Rotation.h"
#include "sites/SiteService.h"
#include "sites/ZoneViewBuilder.h"
#include "sites/Zones.h"
#include "storage/Database.h"
#include "storage/ProductSettings.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace shotbook::ui {

InjectionDialog::InjectionDialog(AppContext &context, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(patientId)
{
    m_heading = PatientTitle::apply(this, context, patientId, tr("Log Injection"));
    build();
    const QDateTime now = context.clock().now().toLocalTime();
    m_time->setDateTime(now);
    InjectionLog log(context.database(), context.clock());
    if (const auto dose = log.defaultDoseMg(patientId, now))
        m_dose->setValue(*dose);
    SiteService sites(context.database(), context.clock());
    if (const auto suggested = sites.suggest(patientId); suggested && *suggested)
        setSite(**suggested);
    updateVolume();
    updateSiteWarnings();
}

InjectionDialog::InjectionDialog(AppContext &context, const Injection &existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(existing.patientId)
    , m_existing(existing)
{
    m_heading = PatientTitle::apply(this, context, existing.patientId, tr("Change Injection"));
    build();
    m_time->setDateTime(existing.at.toLocalTime());
    m_dose->setValue(existing.doseMg);
    setSite(existing.site);
    m_lot->setText(existing.lot.value_or(QString()));
    m_givenBy->setText(existing.givenBy);
    m_note->setPlainText(existing.note);
    updateVolume();
    updateSiteWarnings();
}

void InjectionDialog::build()
{
    m_time = new QDateTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                             shotbook::locale::timeFormat());
    m_time->setMaximumDateTime(m_context.clock().now().toLocalTime().addDays(1));
    m_time->setAccessibleName(tr("Date and time given"));

    m_dose = new QDoubleSpinBox(this);

    m_dose->setObjectName(QStringLiteral("doseEdit"));
    m_dose->setRange(0.1, InjectionRules::MaxDoseMg);
    m_dose->setDecimals(1);
    m_dose->setSuffix(tr(" mg"));
    m_dose->setValue(100.0);
    m_dose->setAccessibleName(tr("Dose in milligrams"));
    m_volume = new QLabel(this);
    auto *doseRow = new QHBoxLayout;
    doseRow->addWidget(m_dose);
    doseRow->addWidget(m_volume, 1);

    m_site = new QComboBox(this);

    m_site->setObjectName(QStringLiteral("siteBox"));
    m_site->addItem(tr("Choose a site…"), QString());
    for (const QString &zone : Zones::ids())
        m_site->addItem(Zones::displayName(zone), zone);
    m_site->setAccessibleName(tr("Injection site"));
    m_map = new BodyMapWidget(this);
    m_map->setObjectName(QStringLiteral("bodyMap"));
    m_map->setSpotPicking(true);
    m_map->setMinimumSize(420, 340);
    m_siteWarnings = new QLabel(this);
    m_siteWarnings->setObjectName(QStringLiteral("siteWarningLabel"));
    m_siteWarnings->setWordWrap(true);
    m_siteWarnings->setTextFormat(Qt::RichText);
    m_siteWarnings->setAccessibleName(tr("Site warnings"));
    loadBodyMap();
    connect(m_map, &BodyMapWidget::zoneActivated, this, [this](const QString &zone) {
        const QSignalBlocker blocker(m_site);
        m_site->setCurrentIndex(qMax(0, m_site->findData(zone)));
        updateSiteWarnings();
    });
    connect(m_map, &BodyMapWidget::spotChosen, this, &InjectionDialog::updateSiteWarnings);
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        m_map->setSelected(m_site->currentData().toString());
        updateSiteWarnings();
    });

    m_lot = new QLineEdit(this);

    m_lot->setObjectName(QStringLiteral("lotEdit"));
    m_lot->setMaxLength(60);
    m_lot->setPlaceholderText(tr("From the syringe's label (optional)"));
    m_givenBy = new QLineEdit(this);
    m_givenBy->setMaxLength(InjectionRules::MaxGivenByLength);
    m_givenBy->setPlaceholderText(tr("Optional"));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(64);

    m_error = new QLabel(this);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_time);
    auto *doseLabel = new QLabel(tr("&Dose:"), this);
    doseLabel->setBuddy(m_dose); // a row that is a layout gets no buddy by itself
    form->addRow(doseLabel, doseRow);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(QString(), m_siteWarnings);
    form->addRow(tr("&Lot:"), m_lot);
    form->addRow(tr("&Given by:"), m_givenBy);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("&Save") : tr("&Log"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InjectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InjectionDialog::reject);
    connect(m_dose, &QDoubleSpinBox::valueChanged, this, &InjectionDialog::updateVolume);

    auto *right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addLayout(form);
    right->addWidget(m_error);
    right->addStretch();
    right->addWidget(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_map, 1);
    layout->addLayout(right);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &InjectionDialog::updateSiteWarnings);
}

void InjectionDialog::setSite(const QString &zoneId)
{
    m_site->setCurrentIndex(qMax(0, m_site->findData(zoneId)));
    m_map->setSelected(zoneId);
}

void InjectionDialog::loadBodyMap()
{
    const auto built = ZoneViewBuilder::build(m_context, m_patientId);
    if (!built)
        return;
    m_map->setFigure(built->figure);
    m_map->setZones(built->zones);
    m_map->setSuggested(built->suggested.value_or(QString()));
}

// Core's rotation warnings for the site as chosen so far; they inform, they
// never block.
void InjectionDialog::updateSiteWarnings()
{
    const QString zone = m_site->currentData().toString();
    if (zone.isEmpty()) {
        m_siteWarnings->clear();
        return;
    }
    // As of just before this injection, so that a changed one is not judged
    // against itself.
    const QDateTime at = m_time->dateTime().addSecs(-1);
    const std::optional<QPointF> spot =
        m_map->selectedZone() == zone ? m_map->selectedSpot() : std::nullopt;
    SiteService sites(m_context.database(), m_context.clock());
    const auto warnings = sites.warningsFor(m_patientId, zone, at, spot);
    if (!warnings)
        return;
    QStringList lines;
    for (const Warning &warning : *warnings)
        lines << QStringLiteral("⚠ ") + warning.message.toHtmlEscaped();
    m_siteWarnings->setText(lines.join(QStringLiteral("<br>")));
    m_siteWarnings->setVisible(!lines.isEmpty());
}

void InjectionDialog::updateVolume()
{
    const QLocale locale;
    const double ml = m_dose->value() / DoseCalculation::MgPerMl;
    m_volume->setText(tr("= %1 mL").arg(locale.toString(ml, 'f', 2)));
}

void InjectionDialog::accept()
{
    if (m_site->currentData().toString().isEmpty()) {
        m_error->setText(tr("Choose the site where the injection was given."));
        m_error->show();
        m_site->setFocus();
        return;
    }
    if (save())
        QDialog::accept();
}

InjectionInput InjectionDialog::input() const
{
    InjectionInput input;
    input.at = m_time->dateTime();
    input.doseMg = m_dose->value();
    input.site = m_site->currentData().toString();
    if (!m_lot->text().trimmed().isEmpty())
        input.lot = m_lot->text().trimmed();
    input.givenBy = m_givenBy->text();
    input.note = m_note->toPlainText();
    if (m_map->selectedZone() == input.site)
        input.spot = m_map->selectedSpot();
    return input;
}

Injection InjectionDialog::changed() const
{
    Injection after = *m_existing;
    after.at = m_time->dateTime();
    after.doseMg = m_dose->value();
    after.site = m_site->currentData().toString();
    after.lot =
        m_lot->text().trimmed().isEmpty() ? std::nullopt : std::optional(m_lot->text().trimmed());
    after.givenBy = m_givenBy->text();
    after.note = m_note->toPlainText();
    if (m_map->selectedZone() == after.site && m_map->selectedSpot())
        after.spot = m_map->selectedSpot();
    return after;
}

// Asks about one refusal the user may lift; true when they confirm it.
bool InjectionDialog::confirmRefusal(const Error &refusal)
{
    UserPrompts &prompts = m_context.prompts();
    const QString &code = refusal.code;
    if (code == QLatin1String("red-flag-open"))
        return prompts.confirm(this, tr("Stop: Call Your Doctor"),
                               refusal.message + QStringLiteral("\n\n") +
                                   tr("Log this injection only if a doctor said to go on with "
                                      "anakinra."),
                               tr("A Doctor Said to Go On"));
    if (code == QLatin1String("double-dose"))
        return prompts.confirm(this, tr("Second Dose?"),
                               refusal.message + QStringLiteral("\n\n") +
                                   tr("Log it anyway only if a second dose really was given."),
                               tr("Log Second Dose"));
    if (code == QLatin1String("too-soon"))
        return prompts.confirm(this, tr("Too Soon After the Last Dose?"),
                               refusal.message + QStringLiteral("\n\n") +
                                   tr("Log it anyway only if it really was given."),
                               tr("It Was Given: Log It"));
    if (code == QLatin1String("lot-expired"))
        return prompts.confirm(this, tr("Expired Syringe?"),
                               refusal.message + QStringLiteral("\n\n") +
                                   tr("Log it anyway only if this syringe really was injected, "
                                      "and tell your doctor or pharmacist."),
                               tr("Log Expired Syringe"));
    return false;
}

bool InjectionDialog::keepOffline(ServerLink &link, const InjectionInput &newInput)
{
    if (!m_context.prompts().confirm(
            this, tr("Shared Record Unreachable"),
            tr("The shared record cannot be reached, so Shotbook cannot check whether someone "
               "else already logged this dose. Keep this injection on this computer? It is sent "
               "as soon as the server is back, and a double dose is then shown to everyone."),
            tr("Keep It on This Computer")))
        return false;
    if (const auto kept = link.keep(m_patientId, newInput); !kept) {
        m_error->setText(kept.error().message);
        m_error->show();
        return false;
    }
    m_savedId.reset();
    return true;
}

bool InjectionDialog::save()
{
    InjectionLog log(m_context.database(), m_context.clock());
    Confirmations confirmed;
    InjectionInput newInput = m_existing ? InjectionInput() : input();
    // A shared record that does not answer: a new dose waits on this computer.
    ServerLink *link = m_existing ? nullptr : m_context.serverLink();
    if (link && !link->check())
        return keepOffline(*link, newInput);
    // Ask about every refusal and warning before anything is written: core
    // says what logging would do (nothing is written by a preview), the user
    // confirms each, then it is logged as one undoable step.
    for (;;) {
        const auto preview = m_existing ? log.previewUpdate(changed(), confirmed)
                                        : log.preview(m_patientId, newInput, confirmed);
        if (!preview) {
            if (link && !link->check())
                return keepOffline(*link, newInput);
            const Error &refusal = preview.error();
            if (InjectionLog::confirmableRefusals().contains(refusal.code) &&
                !confirmed.has(refusal.code)) {
                if (!confirmRefusal(refusal))
                    return false;
                confirmed.add(refusal.code);
                continue;
            }
            m_error->setText(refusal.message);
            m_error->show();
            return false;
        }
        const bool tooLongOut =
            std::any_of(preview->warnings.cbegin(), preview->warnings.cend(), [](const Warning &w) {
                return w.code == QLatin1String("room-temperature");
            });
        if (tooLongOut && !m_existing && newInput.tooLongOut == TooLongOut::Avoid) {
            const int choice = m_context.prompts().choose(
                this, tr("Syringe Out of the Fridge Too Long"),
                tr("A syringe has been out of the fridge longer than allowed. Do not inject it: "
                   "discard it and use another one from the fridge."),
                {tr("Discard It and Use Another"), tr("I Injected It: Log It"), tr("Cancel")});
            if (choice == 0)
                newInput.tooLongOut = TooLongOut::DiscardThem;
            else if (choice == 1)
                newInput.tooLongOut = TooLongOut::UseThem;
            else
                return false;
            continue;
        }
        QStringList toConfirm;
        for (const Warning &warning : preview->warnings) {
            if (InjectionLog::warningsToConfirm().contains(warning.code) &&
                !InjectionLog::confirmableRefusals().contains(warning.code) &&
                (warning.code != QLatin1String("room-temperature") || m_existing))
                toConfirm << QStringLiteral("• ") + warning.message;
        }
        if (!toConfirm.isEmpty() &&
            !m_context.prompts().confirm(this, tr("Check Before Logging"),
                                         toConfirm.join(QStringLiteral("\n\n")),
                                         m_existing ? tr("Save Anyway") : tr("Log Anyway")))
            return false;
        break;
    }

    Status done;
    std::optional<qint64> id;
    if (m_existing) {
        done = DataCommand::execute(m_context, std::make_unique<EditInjectionCommand>(
                                                   m_context, *m_existing, changed(), confirmed));
        id = m_existing->id;
    } else {
        auto command =
            std::make_unique<LogInjectionCommand>(m_context, m_patientId, newInput, confirmed);
        auto *logged = command.get();
        done = DataCommand::execute(m_context, std::move(command));
        if (done)
            id = logged->injection().id;
    }
    if (!done) {
        if (link && !link->check())
            return keepOffline(*link, newInput);
        m_error->setText(done.error().message);
        m_error->show();
        return false;
    }
    m_savedId = id;
    return true;
}

} // namespace shotbook::ui
