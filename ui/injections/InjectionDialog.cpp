#include "InjectionDialog.h"

#include "InjectionCommands.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/UserPrompts.h"
#include "injections/InjectionRules.h"
#include "regimen/DoseCalculator.h"
#include "regimen/RegimenService.h"
#include "sites/Zones.h"

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

namespace shotbook::ui {

InjectionDialog::InjectionDialog(AppContext &context, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(patientId)
{
    setWindowTitle(tr("Log Injection"));
    build();
    const QDateTime now = context.clock().now().toLocalTime();
    m_time->setDateTime(now);
    RegimenService regimens(context.database(), context.clock());
    if (const auto dose = regimens.doseOn(patientId, now.date()))
        m_dose->setValue(dose->perDoseMg);
    updateVolume();
}

InjectionDialog::InjectionDialog(AppContext &context, const Injection &existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(existing.patientId)
    , m_existing(existing)
{
    setWindowTitle(tr("Change Injection"));
    build();
    m_time->setDateTime(existing.at.toLocalTime());
    m_dose->setValue(existing.doseMg);
    setSite(existing.site);
    m_lot->setText(existing.lot.value_or(QString()));
    m_givenBy->setText(existing.givenBy);
    m_note->setPlainText(existing.note);
    updateVolume();
}

void InjectionDialog::build()
{
    m_time = new QDateTimeEdit(this);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_time->setMaximumDateTime(m_context.clock().now().toLocalTime().addDays(1));
    m_time->setAccessibleName(tr("Date and time given"));

    m_dose = new QDoubleSpinBox(this);
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
    m_site->addItem(tr("Choose a site…"), QString());
    for (const QString &zone : Zones::ids())
        m_site->addItem(Zones::displayName(zone), zone);
    m_site->setAccessibleName(tr("Injection site"));

    m_lot = new QLineEdit(this);
    m_lot->setMaxLength(60);
    m_lot->setPlaceholderText(tr("From the syringe's label (optional)"));
    m_givenBy = new QLineEdit(this);
    m_givenBy->setMaxLength(InjectionRules::MaxGivenByLength);
    m_givenBy->setPlaceholderText(tr("Optional"));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(64);

    m_error = new QLabel(this);
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
    form->addRow(tr("&Lot:"), m_lot);
    form->addRow(tr("&Given by:"), m_givenBy);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("&Save") : tr("&Log"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InjectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InjectionDialog::reject);
    connect(m_dose, &QDoubleSpinBox::valueChanged, this, &InjectionDialog::updateVolume);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void InjectionDialog::setSite(const QString &zoneId)
{
    m_site->setCurrentIndex(qMax(0, m_site->findData(zoneId)));
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
    if (save(false))
        QDialog::accept();
}

bool InjectionDialog::save(bool force)
{
    Status done;
    std::optional<qint64> id;
    if (m_existing) {
        Injection after = *m_existing;
        after.at = m_time->dateTime();
        after.doseMg = m_dose->value();
        after.site = m_site->currentData().toString();
        after.lot = m_lot->text().trimmed().isEmpty() ? std::nullopt
                                                      : std::optional(m_lot->text().trimmed());
        after.givenBy = m_givenBy->text();
        after.note = m_note->toPlainText();
        done = DataCommand::execute(m_context, std::make_unique<EditInjectionCommand>(
                                                   m_context, *m_existing, after, force));
        id = m_existing->id;
    } else {
        InjectionInput input;
        input.at = m_time->dateTime();
        input.doseMg = m_dose->value();
        input.site = m_site->currentData().toString();
        if (!m_lot->text().trimmed().isEmpty())
            input.lot = m_lot->text().trimmed();
        input.givenBy = m_givenBy->text();
        input.note = m_note->toPlainText();
        auto command = std::make_unique<LogInjectionCommand>(m_context, m_patientId, input, force);
        auto *logged = command.get();
        done = DataCommand::execute(m_context, std::move(command));
        if (done)
            id = logged->injection().id;
    }
    if (!done) {
        if (done.error().code == QLatin1String("double-dose") && !force) {
            const bool confirmed = m_context.prompts().confirm(
                this, tr("Second Dose?"),
                done.error().message + QStringLiteral("\n\n") +
                    tr("Log it anyway only if a second dose really was given."),
                tr("Log Second Dose"));
            return confirmed && save(true);
        }
        m_error->setText(done.error().message);
        m_error->show();
        return false;
    }
    m_savedId = id;
    return true;
}

} // namespace shotbook::ui
