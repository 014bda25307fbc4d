#include "FirstRunWizard.h"

#include "FirstRunCommand.h"
#include "FirstRunIndicationPage.h"
#include "FirstRunPatientPage.h"
#include "FirstRunRegimenPage.h"
#include "FirstRunStockPage.h"
#include "FirstRunSummaryPage.h"
#include "FirstRunZonesPage.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/UserPrompts.h"
#include "demo/DemoGenerator.h"
#include "patients/PatientForm.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace shotbook::ui {

FirstRunWizard::FirstRunWizard(AppContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_welcomeActions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Shotbook"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("S&kip"));
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::CustomButton1,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    skipButton()->setObjectName(QStringLiteral("skipButton"));
    skipButton()->setToolTip(tr("Leave this out for now; you can set it later."));

    auto *welcome = new QWizardPage(this);
    welcome->setObjectName(QStringLiteral("firstRunWelcomePage"));
    welcome->setTitle(tr("Welcome to Shotbook"));
    welcome->setSubTitle(tr("A private diary for daily injections."));
    auto *intro = new QLabel(
        tr("<p>Shotbook keeps a record of each injection, tells you which site is next, "
           "watches your syringe stock and keeps a diary of symptoms and side effects.</p>"
           "<p>It never decides a dose: it records the regimen your doctor prescribed, does the "
           "arithmetic and warns you about anything outside the labelled ranges.</p>"
           "<p>Everything stays on this computer, in <b>%1</b>. Nothing is sent anywhere.</p>"
           "<p>The next pages ask for the patient, the regimen and your syringes. Skip what you "
           "do not have at hand: you can add it later.</p>")
            .arg(QDir::toNativeSeparators(context.database().path()).toHtmlEscaped()),
        welcome);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addWidget(intro);
    welcomeLayout->addLayout(m_welcomeActions);
    m_sampleData = new QPushButton(tr("E&xplore with Sample Data"), welcome);
    m_sampleData->setObjectName(QStringLiteral("sampleDataButton"));
    m_sampleData->setToolTip(
        tr("Opens a separate database with two made-up patients and two years of injections, "
           "stock and diary, to try Shotbook on. This database stays empty."));
    m_welcomeActions->addWidget(m_sampleData);
    m_welcomeActions->addStretch();
    connect(m_sampleData, &QPushButton::clicked, this, &FirstRunWizard::exploreSampleData);
    welcomeLayout->addStretch();
    setPage(WelcomePage, welcome);

    const QDate today = context.clock().today();
    const WeightUnit unit(AppSettings().weightInPounds());
    m_patient = new FirstRunPatientPage(m_plan, today, this);
    m_indication = new FirstRunIndicationPage(m_plan, this);
    m_regimen = new FirstRunRegimenPage(context, m_plan, unit, this);
    m_zones = new FirstRunZonesPage(m_plan, today, this);
    m_stock = new FirstRunStockPage(m_plan, today, this);
    m_summary = new FirstRunSummaryPage(context, m_plan, unit, this);
    setPage(PatientPage, m_patient);
    setPage(IndicationPage, m_indication);
    setPage(RegimenPage, m_regimen);
    setPage(ZonesPage, m_zones);
    setPage(StockPage, m_stock);
    setPage(SummaryPage, m_summary);
    setButtonText(QWizard::FinishButton, tr("&Start"));

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            skip();
    });
    connect(this, &QWizard::currentIdChanged, this, &FirstRunWizard::pageChanged);
    pageChanged();
    setMinimumSize(640, 560);
}

QPushButton *FirstRunWizard::skipButton() const
{
    return qobject_cast<QPushButton *>(button(QWizard::CustomButton1));
}

PatientForm *FirstRunWizard::patientForm() const
{
    return m_patient->form();
}

FirstRunStep *FirstRunWizard::currentStep() const
{
    return qobject_cast<FirstRunStep *>(currentPage());
}

void FirstRunWizard::pageChanged()
{
    const FirstRunStep *step = currentStep();
    skipButton()->setVisible(step && step->isSkippable());
    // The default button is Next (or Start): its ring does not take the
    // place of the focus, which goes to the page's first field.
    for (const auto which : {QWizard::NextButton, QWizard::FinishButton, QWizard::BackButton,
                             QWizard::CancelButton, QWizard::CustomButton1}) {
        if (auto *push = qobject_cast<QPushButton *>(button(which)))
            push->setAutoDefault(false);
    }
}

void FirstRunWizard::skip()
{
    FirstRunStep *step = currentStep();
    if (!step || !step->isSkippable())
        return;
    m_skipping = true;
    next();
    m_skipping = false;
}

QString FirstRunWizard::sampleDataPath() const
{
    const QString here = Database::isServerLocation(m_context.database().path())
                             ? Database::defaultPath()
                             : m_context.database().path();
    return QFileInfo(here).dir().filePath(QStringLiteral("shotbook-sample.sqlite"));
}

void FirstRunWizard::exploreSampleData()
{
    const QString path = sampleDataPath();
    if (!QFileInfo::exists(path)) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto written = DemoGenerator::write(path, DemoOptions{}, m_context.clock());
        QGuiApplication::restoreOverrideCursor();
        if (!written) {
            m_context.prompts().error(
                this, tr("Explore with Sample Data"),
                tr("The sample data could not be written to %1: %2")
                    .arg(QDir::toNativeSeparators(path), written.error().message));
            return;
        }
    }
    Q_EMIT sampleDataReady(path);
    reject();
}

bool FirstRunWizard::validateCurrentPage()
{
    FirstRunStep *step = currentStep();
    if (!step)
        return QWizard::validateCurrentPage();
    if (currentId() == SummaryPage)
        return finish();
    if (m_skipping) {
        step->leaveOut(m_plan);
        return true;
    }
    if (!step->check())
        return false;
    step->fill(m_plan);
    return true;
}

bool FirstRunWizard::finish()
{
    if (m_patientId)
        return true;
    auto command = std::make_unique<FirstRunCommand>(m_context, m_plan);
    auto *setUp = command.get();
    if (auto done = DataCommand::execute(m_context, std::move(command)); !done) {
        m_summary->showFailure(done.error().message);
        return false;
    }
    m_patientId = setUp->patientId();
    m_context.setCurrentPatientId(*m_patientId);
    return true;
}

} // namespace shotbook::ui
