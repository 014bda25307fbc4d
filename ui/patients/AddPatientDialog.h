#pragma once

#include <QDialog>

#include <optional>

class QLabel;

namespace shotbook::ui {

class AppContext;
class PatientForm;

// Asks for a new patient and adds them (undoably). A refusal is shown in the
// dialog, which stays open with what was typed.
class AddPatientDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPatientDialog)

public:
    explicit AddPatientDialog(AppContext &context, QWidget *parent = nullptr);

    std::optional<qint64> addedPatientId() const { return m_addedId; }

    void accept() override;

private:
    AppContext &m_context;
    PatientForm *m_form;
    QLabel *m_error;
    std::optional<qint64> m_addedId;
};

} // namespace shotbook::ui
