#pragma once

#include <QWizard>

#include <optional>

class QLabel;
class QRadioButton;

namespace shotbook::ui {

class AppContext;
class PatientForm;

// Shown when the database holds no patient: says what Shotbook is and where
// its data lives, then creates the first patient.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    enum PageId
    {
        WelcomePage,
        PatientPage
    };

    explicit FirstRunWizard(AppContext &context, QWidget *parent = nullptr);

    QRadioButton *selfButton() const { return m_self; }
    std::optional<qint64> createdPatientId() const { return m_patientId; }

    bool validateCurrentPage() override;

private:
    AppContext &m_context;
    PatientForm *m_form = nullptr;
    QLabel *m_error = nullptr;
    QRadioButton *m_self = nullptr;
    QRadioButton *m_helper = nullptr;
    std::optional<qint64> m_patientId;
};

} // namespace shotbook::ui
