#pragma once

#include "regimen/Regimen.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QTimeEdit;

namespace shotbook::ui {

class AppContext;
class RegimenForm;
class SyringeWidget;

// Enters the regimen the prescriber set. Shows the arithmetic as it is typed
// (core's RegimenService::doseFor) and core's warnings; never suggests a dose.
class RegimenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegimenDialog)

public:
    RegimenDialog(AppContext &context, qint64 patientId, QWidget *parent = nullptr);

    Regimen value() const;
    RegimenForm *form() const { return m_form; }
    QRadioButton *fixedButton() const;
    QRadioButton *perKgButton() const;
    QDoubleSpinBox *dailyMgEdit() const;
    QDoubleSpinBox *mgPerKgEdit() const;
    QComboBox *perDayBox() const;
    QComboBox *intervalBox() const;
    QTimeEdit *firstTime() const;
    QTimeEdit *secondTime() const;
    QDateEdit *startEdit() const;
    QLabel *arithmeticLabel() const;
    QLabel *errorLabel() const { return m_error; }
    SyringeWidget *syringe() const;

    void accept() override;

private:
    void loadCurrent();

    AppContext &m_context;
    qint64 m_patientId;
    RegimenForm *m_form;
    QLabel *m_error;
};

} // namespace shotbook::ui
