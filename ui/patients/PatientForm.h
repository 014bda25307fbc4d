#pragma once

#include "patients/Patient.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace shotbook::ui {

// Name, date of birth and weight of a new patient. Checks nothing itself: the
// rules are core's (PatientRules), applied when the patient is added.
class PatientForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientForm)

public:
    explicit PatientForm(const QDate &today, QWidget *parent = nullptr);

    NewPatient value() const;

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_name;
    QCheckBox *m_birthKnown;
    QDateEdit *m_birth;
    QCheckBox *m_weightKnown;
    QDoubleSpinBox *m_weight;
};

} // namespace shotbook::ui
