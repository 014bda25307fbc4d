#pragma once

#include "common/Warning.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace shotbook::ui {

class AppContext;

// Adds a side effect, an infection, a blood test result or another medicine
// (undoably). Core's warnings (red flag, interaction, live vaccine, low
// neutrophils) are kept for the caller to show. A typed side effect that may
// be a red flag (RedFlagMatcher: possible) is asked about through the
// UserPrompts; "yes" records it as one.
class HealthRecordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthRecordDialog)

public:
    enum class Kind
    {
        SideEffect,
        Infection,
        Lab,
        Medicine
    };

    HealthRecordDialog(AppContext &context, qint64 patientId, Kind kind, QWidget *parent = nullptr);

    const Warnings &warnings() const { return m_warnings; }

    void accept() override;

private:
    // Whether the user says the typed side effect is a red flag: false when it
    // is not a possible one; none when they went back to the dialog.
    std::optional<bool> askIfRedFlag(const QString &typed);

    AppContext &m_context;
    qint64 m_patientId;
    Kind m_kind;
    QComboBox *m_term = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_text = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_endKnown = nullptr;
    QDateEdit *m_end = nullptr;
    QCheckBox *m_doctorTold = nullptr;
    QLabel *m_error = nullptr;
    Warnings m_warnings;
};

} // namespace shotbook::ui
