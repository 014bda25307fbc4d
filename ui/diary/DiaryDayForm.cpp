#include "DiaryDayForm.h"

#include "diary/Measures.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <cmath>

namespace shotbook::ui {

namespace {

double toFahrenheit(double celsius)
{
    return celsius * 9.0 / 5.0 + 32.0;
}

double toCelsius(double fahrenheit)
{
    return (fahrenheit - 32.0) * 5.0 / 9.0;
}

} // namespace

DiaryDayForm::DiaryDayForm(bool fahrenheit, QWidget *parent)
    : QWidget(parent)
    , m_fahrenheit(fahrenheit)
    , m_layout(new QFormLayout(this))
    , m_note(new QPlainTextEdit(this))
{
    QFormLayout *layout = m_layout;
    for (const Measure &measure : Measures::all()) {
        QWidget *field = nullptr;
        switch (measure.kind) {
        case Measure::Kind::Scale:
        case Measure::Kind::Minutes: {
            auto *spin = new QSpinBox(this);
            // One below the range means "not entered".
            spin->setRange(static_cast<int>(measure.min) - 1, static_cast<int>(measure.max));
            spin->setSpecialValueText(tr("—"));
            if (measure.kind == Measure::Kind::Minutes)
                spin->setSuffix(tr(" min"));
            field = spin;
            break;
        }
        case Measure::Kind::Temperature: {
            auto *spin = new QDoubleSpinBox(this);
            spin->setDecimals(1);
            spin->setSingleStep(0.1);
            const double low = m_fahrenheit ? toFahrenheit(measure.min) : measure.min;
            const double high = m_fahrenheit ? toFahrenheit(measure.max) : measure.max;
            spin->setRange(low - 0.1, high);
            spin->setSpecialValueText(tr("—"));
            spin->setSuffix(m_fahrenheit ? tr(" °F") : tr(" °C"));
            field = spin;
            break;
        }
        case Measure::Kind::YesNo: {
            auto *box = new QComboBox(this);
            box->addItem(tr("—"), -1);
            box->addItem(tr("No"), 0);
            box->addItem(tr("Yes"), 1);
            field = box;
            break;
        }
        }
        field->setAccessibleName(Measures::displayName(measure.id));
        field->setObjectName(measure.id);
        m_fields.insert(measure.id, field);
        layout->addRow(Measures::displayName(measure.id) + QLatin1Char(':'), field);
    }
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(70);
    m_note->setAccessibleName(tr("Note"));
    layout->addRow(tr("Note:"), m_note);
    setIndication(QString());
}

void DiaryDayForm::setIndication(const QString &indication)
{
    m_offered.clear();
    for (const Measure &measure : Measures::offeredFor(indication))
        m_offered << measure.id;
    updateRows(m_shown);
}

bool DiaryDayForm::isOffered(const QString &measureId) const
{
    return m_offered.contains(measureId);
}

void DiaryDayForm::updateRows(const DiaryDay &day)
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        m_layout->setRowVisible(it.value(),
                                m_offered.contains(it.key()) || day.values.contains(it.key()));
}

void DiaryDayForm::setDay(const DiaryDay &entry)
{
    m_day = entry.day;
    m_shown = entry;
    updateRows(entry);
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const auto value = entry.values.constFind(it.key());
        const bool has = value != entry.values.constEnd();
        if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            spin->setValue(has ? static_cast<int>(*value) : spin->minimum());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(it.value()))
            dspin->setValue(has ? (m_fahrenheit ? toFahrenheit(*value) : *value)
                                : dspin->minimum());
        else if (auto *box = qobject_cast<QComboBox *>(it.value()))
            box->setCurrentIndex(box->findData(has ? static_cast<int>(*value) : -1));
    }
    m_note->setPlainText(entry.note);
}

DiaryDay DiaryDayForm::day() const
{
    DiaryDay entry;
    entry.day = m_day;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (auto *spin = qobject_cast<QSpinBox *>(it.value())) {
            if (spin->value() != spin->minimum())
                entry.values.insert(it.key(), spin->value());
        } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(it.value())) {
            if (dspin->value() > dspin->minimum() + 0.05) {
                const double shown = dspin->value();
                const double celsius = m_fahrenheit ? toCelsius(shown) : shown;
                entry.values.insert(it.key(), std::round(celsius * 10.0) / 10.0);
            }
        } else if (auto *box = qobject_cast<QComboBox *>(it.value())) {
            if (box->currentData().toInt() >= 0)
                entry.values.insert(it.key(), box->currentData().toInt());
        }
    }
    entry.note = m_note->toPlainText();
    return entry;
}

} // namespace shotbook::ui
