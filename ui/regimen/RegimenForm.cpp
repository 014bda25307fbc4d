#include "RegimenForm.h"

#include "Indications.h"
#include "SyringeWidget.h"
#include "common/LocaleFormat.h"
#include "regimen/RegimenRules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace shotbook::ui {

RegimenForm::RegimenForm(const QDate &today, QWidget *parent)
    : QWidget(parent)
    , m_fixed(new QRadioButton(tr("&Fixed:"), this))
    , m_perKg(new QRadioButton(tr("By &weight:"), this))
    , m_dailyMg(new QDoubleSpinBox(this))
    , m_mgPerKg(new QDoubleSpinBox(this))
    , m_perDay(new QComboBox(this))
    , m_interval(new QComboBox(this))
    , m_time1(new QTimeEdit(QTime(8, 0), this))
    , m_time2(new QTimeEdit(QTime(20, 0), this))
    , m_start(new QDateEdit(today, this))
    , m_hasCourse(new QCheckBox(tr("A course of"), this))
    , m_courseDays(new QSpinBox(this))
    , m_indication(new QComboBox(this))
    , m_indicationLabel(new QLabel(tr("For:"), this))
    , m_step(new QDoubleSpinBox(this))
    , m_minMg(new QDoubleSpinBox(this))
    , m_prescriber(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_arithmetic(new QLabel(this))
    , m_syringe(new SyringeWidget(this))
    , m_layout(new QFormLayout)
{
    setObjectName(QStringLiteral("regimenForm"));
    m_fixed->setObjectName(QStringLiteral("fixedButton"));
    m_perKg->setObjectName(QStringLiteral("perKgButton"));
    m_dailyMg->setObjectName(QStringLiteral("dailyMgEdit"));
    m_mgPerKg->setObjectName(QStringLiteral("mgPerKgEdit"));
    m_perDay->setObjectName(QStringLiteral("perDayBox"));
    m_interval->setObjectName(QStringLiteral("intervalBox"));
    m_time1->setObjectName(QStringLiteral("firstTime"));
    m_time2->setObjectName(QStringLiteral("secondTime"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_syringe->setObjectName(QStringLiteral("syringe"));
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

    for (const QString &id : RegimenRules::indications())
        m_indication->addItem(Indications::displayName(id), id);
    m_indication->addItem(tr("Not given"), QString());
    m_indicationLabel->setBuddy(m_indication);

    m_step->setRange(0.1, RegimenRules::MaxStepMg);
    m_step->setDecimals(1);
    m_step->setValue(Regimen::DefaultStepMg);
    m_step->setSuffix(tr(" mg"));
    m_step->setAccessibleName(tr("Measuring step"));
    m_step->setToolTip(tr("The marks of the syringe used: 10 mg on the prefilled syringe; "
                          "1.5 mg for a 0.01 mL syringe."));
    m_minMg->setRange(0, RegimenRules::MaxStepMg);
    m_minMg->setDecimals(1);
    m_minMg->setValue(Regimen::DefaultMinMg);
    m_minMg->setSuffix(tr(" mg"));
    m_minMg->setAccessibleName(tr("Smallest measurable dose"));

    m_arithmetic->setObjectName(QStringLiteral("arithmeticLabel"));
    m_arithmetic->setWordWrap(true);
    m_arithmetic->setTextFormat(Qt::RichText);
    m_arithmetic->setAccessibleName(tr("Dose arithmetic"));

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
    auto *stepLabel = new QLabel(tr("step"), this);
    stepLabel->setBuddy(m_step);
    auto *smallestLabel = new QLabel(tr("smallest"), this);
    smallestLabel->setBuddy(m_minMg);
    measureRow->addWidget(stepLabel);
    measureRow->addWidget(m_step);
    measureRow->addWidget(smallestLabel);
    measureRow->addWidget(m_minMg);
    measureRow->addStretch();

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addRow(tr("Dose:"), fixedRow);
    m_layout->addRow(QString(), perKgRow);
    m_layout->addRow(tr("&Injections:"), m_perDay);
    m_layout->addRow(tr("Inter&val:"), m_interval);
    auto *timesLabel = new QLabel(tr("&Times:"), this);
    timesLabel->setBuddy(m_time1); // a row that is a layout gets no buddy by itself
    m_layout->addRow(timesLabel, timesRow);
    m_layout->addRow(tr("&Starts on:"), m_start);
    m_layout->addRow(QString(), courseRow);
    m_layout->addRow(m_indicationLabel, m_indication);
    m_layout->addRow(tr("Measuring:"), measureRow);
    m_layout->addRow(tr("&Prescribed by:"), m_prescriber);
    m_layout->addRow(tr("&Note:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_layout);
    layout->addWidget(m_arithmetic);
    layout->addWidget(m_syringe);

    const auto update = [this] {
        updatePreview();
        Q_EMIT changed();
    };
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
    updatePreview();
}

void RegimenForm::setDoseSource(DoseSource source)
{
    m_source = std::move(source);
    updatePreview();
}

void RegimenForm::setIndicationShown(bool shown)
{
    m_layout->setRowVisible(m_indication, shown);
}

void RegimenForm::setIndication(const QString &id)
{
    const int index = m_indication->findData(id);
    m_indication->setCurrentIndex(index >= 0 ? index : m_indication->count() - 1);
}

void RegimenForm::load(const Regimen &current)
{
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
    setIndication(current.indication);
    m_step->setValue(current.stepMg);
    m_minMg->setValue(current.minMg);
    m_prescriber->setText(current.prescriber);
    m_note->setText(current.note);
    updatePreview();
}

Regimen RegimenForm::value() const
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

void RegimenForm::updatePreview()
{
    m_dailyMg->setEnabled(m_fixed->isChecked());
    m_mgPerKg->setEnabled(m_perKg->isChecked());
    m_time2->setVisible(m_perDay->currentData().toInt() == 2);
    if (!m_source) {
        m_arithmetic->clear();
        m_syringe->setDose(0);
        return;
    }

    const QLocale locale;
    const auto dose = m_source(value());
    if (!dose) {
        m_arithmetic->setText(dose.error().message.toHtmlEscaped());
        m_syringe->setDose(0);
        return;
    }
    m_syringe->setDose(dose->perDoseMg, dose->measurable);
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
    if (dose->measurable)
        steps << tr("measure <b>%1 mg = %2 mL</b> per injection")
                     .arg(number(dose->perDoseMg), locale.toString(dose->perDoseMl, 'f', 2));
    else
        steps << tr("<b>%1 mg = %2 mL</b> per injection, as prescribed")
                     .arg(number(dose->perDoseMg), locale.toString(dose->perDoseMl, 'f', 2));
    QString text = steps.join(QStringLiteral(" → "));
    text += QStringLiteral("<br>") +
            tr("%n syringe(s) per injection; what is left in a syringe is discarded.", nullptr,
               dose->syringesPerDose);
    for (const Warning &warning : dose->warnings)
        text += QStringLiteral("<br><b>⚠ %1</b>").arg(warning.message.toHtmlEscaped());
    m_arithmetic->setText(text);
}

} // namespace shotbook::ui
