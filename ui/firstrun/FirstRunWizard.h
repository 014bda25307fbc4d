#pragma once

#include "FirstRunPlan.h"

#include <QWizard>

#include <optional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QRadioButton;

namespace shotbook::ui {

class AppContext;
class FirstRunIndicationPage;
class FirstRunPatientPage;
class FirstRunRegimenPage;
class FirstRunStep;
class FirstRunStockPage;
class FirstRunSummaryPage;
class FirstRunZonesPage;
class PatientForm;

// Shown when the database holds no patient: says what Shotbook is and where
// its data lives, then asks for the patient, what the medicine is for, the
// regimen (with the weight for a dose by weight), who injects and the first
// syringes. Every page after the patient's can be skipped. Nothing is written
// until Start on the last page: then all of it, as one undoable step.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    enum PageId
    {
        WelcomePage,
        PatientPage,
        IndicationPage,
        RegimenPage,
        ZonesPage,
        StockPage,
        SummaryPage
    };

    explicit FirstRunWizard(AppContext &context, QWidget *parent = nullptr);

    // Other ways to start than entering a patient: "Explore with sample data".
    QBoxLayout *welcomeActions() const { return m_welcomeActions; }
    QPushButton *sampleDataButton() const { return m_sampleData; }
    // Where the sample database goes: beside this database, never over a file
    // that is not a sample Shotbook wrote (an existing one is opened as it is).
    QString sampleDataPath() const;
    FirstRunPatientPage *patientPage() const { return m_patient; }
    FirstRunIndicationPage *indicationPage() const { return m_indication; }
    FirstRunRegimenPage *regimenPage() const { return m_regimen; }
    FirstRunZonesPage *zonesPage() const { return m_zones; }
    FirstRunStockPage *stockPage() const { return m_stock; }
    FirstRunSummaryPage *summaryPage() const { return m_summary; }
    QPushButton *skipButton() const;
    PatientForm *patientForm() const;

    const FirstRunPlan &plan() const { return m_plan; }
    std::optional<qint64> createdPatientId() const { return m_patientId; }

    // Leaves the current page's part out and goes on.
    void skip();
    // Writes the sample database (two years, two patients) unless it exists,
    // then emits sampleDataReady and closes; on failure says why and stays.
    void exploreSampleData();

Q_SIGNALS:
    // The caller opens it (in its own window: this database stays empty).
    void sampleDataReady(const QString &path);

public:
    bool validateCurrentPage() override;

private:
    FirstRunStep *currentStep() const;
    void pageChanged();
    bool finish();

    AppContext &m_context;
    FirstRunPlan m_plan;
    QBoxLayout *m_welcomeActions;
    QPushButton *m_sampleData;
    FirstRunPatientPage *m_patient;
    FirstRunIndicationPage *m_indication;
    FirstRunRegimenPage *m_regimen;
    FirstRunZonesPage *m_zones;
    FirstRunStockPage *m_stock;
    FirstRunSummaryPage *m_summary;
    bool m_skipping = false;
    std::optional<qint64> m_patientId;
};

} // namespace shotbook::ui
