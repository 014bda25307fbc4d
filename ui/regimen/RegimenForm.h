#pragma once

#include "common/Error.h"
#include "regimen/DoseCalculator.h"
#include "regimen/Regimen.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace shotbook::ui {

class SyringeWidget;

// The fields of a regimen as the prescriber set it, with the arithmetic shown
// as it is typed and core's warnings. The dose comes from whoever holds the
// form (core's RegimenService: doseFor for a stored patient, preview for one
// not stored yet); the form never derives a dose itself nor suggests one.
// Used by the regimen dialog and the first-run assistant.
class RegimenForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegimenForm)

public:
    using DoseSource = std::function<Result<DoseCalculation>(const Regimen &)>;

    RegimenForm(const QDate &today, QWidget *parent = nullptr);

    void setDoseSource(DoseSource source);
    void setPatientId(qint64 patientId) { m_patientId = patientId; }
    // The first-run assistant asks for the indication on a page of its own.
    void setIndicationShown(bool shown);
    void setIndication(const QString &id);
    // Everything but the start date, which stays as it is.
    void load(const Regimen &regimen);
    Regimen value() const;

    // Extra rows (e.g. the weight in the first-run assistant) go here.
    QFormLayout *formLayout() const { return m_layout; }

    QRadioButton *fixedButton() const { return m_fixed; }
    QRadioButton *perKgButton() const { return m_perKg; }
    QDoubleSpinBox *dailyMgEdit() const { return m_dailyMg; }
    QDoubleSpinBox *mgPerKgEdit() const { return m_mgPerKg; }
    QComboBox *perDayBox() const { return m_perDay; }
    QComboBox *intervalBox() const { return m_interval; }
    QTimeEdit *firstTime() const { return m_time1; }
    QTimeEdit *secondTime() const { return m_time2; }
    QDateEdit *startEdit() const { return m_start; }
    QComboBox *indicationBox() const { return m_indication; }
    QLabel *arithmeticLabel() const { return m_arithmetic; }
    SyringeWidget *syringe() const { return m_syringe; }

public Q_SLOTS:
    void updatePreview();

Q_SIGNALS:
    void changed();

private:
    DoseSource m_source;
    qint64 m_patientId = 0;
    QRadioButton *m_fixed;
    QRadioButton *m_perKg;
    QDoubleSpinBox *m_dailyMg;
    QDoubleSpinBox *m_mgPerKg;
    QComboBox *m_perDay;
    QComboBox *m_interval;
    QTimeEdit *m_time1;
    QTimeEdit *m_time2;
    QDateEdit *m_start;
    QCheckBox *m_hasCourse;
    QSpinBox *m_courseDays;
    QComboBox *m_indication;
    QLabel *m_indicationLabel;
    QDoubleSpinBox *m_step;
    QDoubleSpinBox *m_minMg;
    QLineEdit *m_prescriber;
    QLineEdit *m_note;
    QLabel *m_arithmetic;
    SyringeWidget *m_syringe;
    QFormLayout *m_layout;
};

} // namespace shotbook::ui
