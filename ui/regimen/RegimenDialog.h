#pragma once

#include "regimen/Regimen.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace shotbook::ui {

class AppContext;
class SyringeWidget;

// Enters the regimen the prescriber set. Shows the arithmetic as it is typed
// (core's DoseCalculator) and core's warnings; never suggests a dose.
class RegimenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegimenDialog)

public:
    RegimenDialog(AppContext &context, qint64 patientId, QWidget *parent = nullptr);

    Regimen value() const;
    QComboBox *intervalBox() const { return m_interval; }

    void accept() override;

private:
    void loadCurrent();
    void updatePreview();

    AppContext &m_context;
    qint64 m_patientId;
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
    QDoubleSpinBox *m_step;
    QDoubleSpinBox *m_minMg;
    QLineEdit *m_prescriber;
    QLineEdit *m_note;
    QLabel *m_arithmetic;
    QLabel *m_error;
    SyringeWidget *m_syringe;
};

} // namespace shotbook::ui
