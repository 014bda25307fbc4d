#include "RegimenDialog.h"

#include "RegimenCommands.h"
#include "SyringeWidget.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/LocaleFormat.h"
#include "common/PatientTitle.h"
#include "regimen/DoseCalculator.h"
#include "regimen/RegimenRepository.h"
#include "regimen/RegimenRules.h"
#include "regimen/RegimenService.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace shotbook::ui {

RegimenDialog::RegimenDialog(AppContext &context, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(patientId)
    , m_fixed(new QRadioButton(tr("&Fixed:"), this))
    , m_perKg(new QRadioButton(tr("By &weight:"), this))
    , m_dailyMg(new QDoubleSpinBox(this))
    , m_mgPerKg(new QDoubleSpinBox(this))
    , m_perDay(new QComboBox(this))
    , m_interval(new QComboBox(this))
    , m_time1(new QTimeEdit(QTime(8, 0), this))
    , m_time2(new QTimeEdit(QTime(20, 0), this))
    , m_start(new QDateEdit(context.clock().today(), this))
    , m_hasCourse(new QCheckBox(tr("A course of"), this))
    , m_courseDays(new QSpinBox(this))
    , m_indication(new QComboBox(this))
    , m_step(new QDoubleSpinBox(this))
    , m_minMg(new QDoubleSpinBox(this))
    , m_prescriber(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_arithmetic(new QLabel(this))
    , m_error(new QLabel(this))
    , m_syringe(new SyringeWidget(this))
{
    m_syringe->setObjectName(QStringLiteral("syringe"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_arithmetic->setObjectName(QStringLiteral("arithmeticLabel"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_time2->setObjectName(QStringLiteral("secondTime"));
    m_time1->setObjectName(QStringLiteral("firstTime"));
    m_perDay->setObjectName(QStringLiteral("perDayBox"));
    m_mgPerKg->setObjectName(QStringLiteral("mgPerKgEdit"));
    m_dailyMg->setObjectName(QStringLiteral("dailyMgEdit"));
    m_perKg->setObjectName(QStringLiteral("perKgButton"));
    m_fixed->setObjectName(QStringLiteral("fixedButton"));
    setObjectName(QStringLiteral("regimenDialog"));
    QLabel *heading = PatientTitle::apply(this, context, patientId, tr("Set Regimen"));
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_fixed);
    kinds->addButton(m_perKg);
    m_fixed->setChecked(true);

    m_dailyMg->setRange(1, RegimenRules::MaxDailyMg);
    m_dailyMg->setDecimals(1);
    m_dailyMg->setValue(100);
    m_dailyMg->setSuffix(tr(" mg per day"));
    m_dailyMg->setAccessibleName(tr("Fixed dose in mg per day"));
    m_mgPerKg->setRange(0.1, RegimenRules::MaxMgPerKgPerDay);
    m_mgPerKg->setDecimals(2);
    m_mgPerKg->setSingleStep(0.5);
    m_mgPerKg->setValue(1.0);
    m_mgPerKg->setSuffix(tr(" mg/kg per day"));
    m_mgPerKg->setAccessibleName(tr("Dose in mg per kg per day"));

    m_perDay->addItem(tr("Once a day"), 1);
    m_perDay->addItem(tr("Twice a day (the daily amount split in two)"), 2);
    m_interval->addItem(tr("Every day"), 1);
    m_interval->addItem(tr("Every other day (severe kidney impairment)"), 2);
    m_time1->setDisplayFormat(shotbook::locale::timeFormat());
    m_time2->setDisplayFormat(shotbook::locale::timeFormat());
    m_time1->setAccessibleName(tr("First dose time"));
    m_time2->setAccessibleName(tr("Second dose time"));
    m_start->setCalendarPopup(true);
    m_courseDays->setRange(1, RegimenRules::MaxCourseDays);
    m_courseDays->setValue(10);
    m_courseDays->setSuffix(tr(" days"));
    m_courseDays->setEnabled(false);

    m_indication->addItem(tr("Rheumatoid arthritis"), QStringLiteral("ra"));
    m_indication->addItem(tr("CAPS"), QStringLiteral("caps"));
    m_indication->addItem(tr("NOMID"), QStringLiteral("nomid"));
    m_indication->addItem(tr("DIRA"), QStringLiteral("dira"));
    m_indication->addItem(tr("Other"), QStringLiteral("other"));

    m_step->setRange(0.1, RegimenRules::MaxStepMg);
    m_step->setDecimals(1);
    m_step->setValue(Regimen::DefaultStepMg);
    m_step->setSuffix(tr(" mg"));
    m_step->setToolTip(tr("The marks of the syringe used: 10 mg on the prefilled syringe; "
                          "1.5 mg for a 0.01 mL syringe."));
    m_minMg->setRange(0, RegimenRules::MaxStepMg);
    m_minMg->setDecimals(1);
    m_minMg->setValue(Regimen::DefaultMinMg);
    m_minMg->setSuffix(tr(" mg"));

    m_arithmetic->setWordWrap(true);
    m_arithmetic->setTextFormat(Qt::RichText);
    m_arithmetic->setAccessibleName(tr("Dose arithmetic"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_fixed);
    fixedRow->addWidget(m_dailyMg, 1);
    auto *perKgRow = new QHBoxLayout;
    perKgRow->addWidget(m_perKg);
    perKgRow->addWidget(m_mgPerKg, 1);
    auto *timesRow = new QHBoxLayout;
    timesRow->addWidget(m_time1);
    timesRow->addWidget(m_time2);
    timesRow->addStretch();
    auto *courseRow = new QHBoxLayout;
    courseRow->addWidget(m_hasCourse);
    courseRow->addWidget(m_courseDays);
    courseRow->addStretch();
    auto *measureRow = new QHBoxLayout;
    measureRow->addWidget(new QLabel(tr("step"), this));
    measureRow->addWidget(m_step);
    measureRow->addWidget(new QLabel(tr("smallest"), this));
    measureRow->addWidget(m_minMg);

    auto *form = new QFormLayout;
    form->addRow(tr("Dose:"), fixedRow);
    form->addRow(QString(), perKgRow);
    form->addRow(tr("&Injections:"), m_perDay);
    form->addRow(tr("Inter&val:"), m_interval);
    auto *timesLabel = new QLabel(tr("&Times:"), this);
    timesLabel->setBuddy(m_time1); // a row that is a layout gets no buddy by itself
    form->addRow(timesLabel, timesRow);
    form->addRow(tr("&Starts on:"), m_start);
    form->addRow(QString(), courseRow);
    form->addRow(tr("For:"), m_indication);
    form->addRow(tr("Measuring:"), measureRow);
    form->addRow(tr("&Prescribed by:"), m_prescriber);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Regimen"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegimenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegimenDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_arithmetic);
    layout->addWidget(m_syringe);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const auto update = [this] { updatePreview(); };
    connect(m_fixed, &QRadioButton::toggled, this, update);
    connect(m_dailyMg, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_mgPerKg, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_perDay, &QComboBox::currentIndexChanged, this, update);
    connect(m_interval, &QComboBox::currentIndexChanged, this, update);
    connect(m_step, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_minMg, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_start, &QDateEdit::dateChanged, this, update);
    connect(m_indication, &QComboBox::currentIndexChanged, this, update);
    connect(m_hasCourse, &QCheckBox::toggled, m_courseDays, &QWidget::setEnabled);
    loadCurrent();
    updatePreview();
    setMinimumWidth(480);
}

// Opens on the regimen in force (or the latest one): a changed dose starts
// from what the prescriber set, never from an adult default. Only the start
// date is today's: the new regimen replaces the old one from then.
void RegimenDialog::loadCurrent()
{
    RegimenService regimens(m_context.database(), m_context.clock());
    const auto history = regimens.history(m_patientId);
    if (!history || history->isEmpty())
        return;
    const QDate today = m_context.clock().today();
    const auto inForce = shotbook::regimenOn(*history, today);
    const Regimen current = inForce ? *inForce : history->constLast();
    if (current.isWeightBased()) {
        m_perKg->setChecked(true);
        m_mgPerKg->setValue(*current.mgPerKgPerDay);
    } else {
        m_fixed->setChecked(true);
        m_dailyMg->setValue(current.dailyMg.value_or(m_dailyMg->value()));
    }
    m_perDay->setCurrentIndex(qMax(0, m_perDay->findData(current.dosesPerDay)));
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(current.everyDays)));
    if (!current.times.isEmpty())
        m_time1->setTime(current.times.constFirst());
    if (current.times.size() > 1)
        m_time2->setTime(current.times.at(1));
    m_hasCourse->setChecked(current.days.has_value());
    if (current.days)
        m_courseDays->setValue(*current.days);
    m_indication->setCurrentIndex(qMax(0, m_indication->findData(current.indication)));
    m_step->setValue(current.stepMg);
    m_minMg->setValue(current.minMg);
    m_prescriber->setText(current.prescriber);
    m_note->setText(current.note);
}

Regimen RegimenDialog::value() const
{
    Regimen regimen;
    regimen.patientId = m_patientId;
    if (m_fixed->isChecked())
        regimen.dailyMg = m_dailyMg->value();
    else
        regimen.mgPerKgPerDay = m_mgPerKg->value();
    regimen.dosesPerDay = m_perDay->currentData().toInt();
    regimen.everyDays = m_interval->currentData().toInt();
    regimen.times = {m_time1->time()};
    if (regimen.dosesPerDay == 2)
        regimen.times << m_time2->time();
    regimen.start = m_start->date();
    if (m_hasCourse->isChecked())
        regimen.days = m_courseDays->value();
    regimen.indication = m_indication->currentData().toString();
    regimen.stepMg = m_step->value();
    regimen.minMg = m_minMg->value();
    regimen.prescriber = m_prescriber->text().trimmed();
    regimen.note = m_note->text().trimmed();
    return regimen;
}

void RegimenDialog::updatePreview()
{
    m_dailyMg->setEnabled(m_fixed->isChecked());
    m_mgPerKg->setEnabled(m_perKg->isChecked());
    m_time2->setVisible(m_perDay->currentData().toInt() == 2);

    const QLocale locale;
    const Regimen regimen = value();
    RegimenService regimens(m_context.database(), m_context.clock());
    const auto dose = regimens.doseFor(regimen, regimen.start);
    if (!dose) {
        m_arithmetic->setText(dose.error().message.toHtmlEscaped());
        m_syringe->setDose(0);
        return;
    }
    m_syringe->setDose(dose->perDoseMg);
    const auto number = [&locale](double value) { return locale.toString(value, 'g', 6); };
    QStringList steps;
    if (dose->mgPerKgPerDay)
        steps << tr("%1 mg/kg/day × %2 kg = <b>%3 mg/day</b>")
                     .arg(number(*dose->mgPerKgPerDay), number(*dose->weightKg),
                          number(dose->dailyMg));
    else
        steps << tr("<b>%1 mg/day</b>").arg(number(dose->dailyMg));
    if (dose->dosesPerDay == 2)
        steps << tr("2 doses of %1 mg").arg(number(dose->dailyMg / 2));
    steps << tr("measure <b>%1 mg = %2 mL</b> per injection")
                 .arg(number(dose->perDoseMg), locale.toString(dose->perDoseMl, 'f', 2));
    QString text = steps.join(QStringLiteral(" → "));
    text += QStringLiteral("<br>") +
            tr("%n syringe(s) per injection; what is left in a syringe is discarded.", nullptr,
               dose->syringesPerDose);
    for (const Warning &warning : dose->warnings)
        text += QStringLiteral("<br><b>⚠ %1</b>").arg(warning.message.toHtmlEscaped());
    m_arithmetic->setText(text);
}

void RegimenDialog::accept()
{
    auto command = std::make_unique<SetRegimenCommand>(m_context, value());
    if (auto done = DataCommand::execute(m_context, std::move(command)); !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace shotbook::ui
