#include "FirstRunWizard.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "patients/PatientCommands.h"
#include "patients/PatientForm.h"
#include "sites/SiteCommands.h"
#include "sites/Zones.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace shotbook::ui {

FirstRunWizard::FirstRunWizard(AppContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setWindowTitle(tr("Welcome to Shotbook"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *welcome = new QWizardPage(this);
    welcome->setTitle(tr("Welcome to Shotbook"));
    welcome->setSubTitle(tr("A private diary for daily injections."));
    auto *intro = new QLabel(
        tr("<p>Shotbook keeps a record of each injection, tells you which site is next, "
           "watches your syringe stock and keeps a diary of symptoms and side effects.</p>"
           "<p>It never decides a dose: it records the regimen your doctor prescribed, does the "
           "arithmetic and warns you about anything outside the labelled ranges.</p>"
           "<p>Everything stays on this computer, in <b>%1</b>. Nothing is sent anywhere.</p>")
            .arg(QDir::toNativeSeparators(context.database().path()).toHtmlEscaped()),
        welcome);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addWidget(intro);
    welcomeLayout->addStretch();
    setPage(WelcomePage, welcome);

    auto *patientPage = new QWizardPage(this);
    patientPage->setTitle(tr("Who are the injections for?"));
    patientPage->setSubTitle(tr("You can add more people later, for example a second child."));
    m_form = new PatientForm(context.clock().today(), patientPage);
    m_form->setObjectName(QStringLiteral("patientForm"));
    m_error = new QLabel(patientPage);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    auto *who = new QGroupBox(tr("Who gives the injections?"), patientPage);
    m_self = new QRadioButton(tr("The patient, to themselves: abdomen and thighs"), who);
    m_helper = new QRadioButton(
        tr("Someone else (a parent, partner or nurse): also the back of the arms and the "
           "buttocks"),
        who);
    m_helper->setObjectName(QStringLiteral("helperButton"));
    m_self->setChecked(true);
    auto *whoGroup = new QButtonGroup(who);
    whoGroup->addButton(m_self);
    whoGroup->addButton(m_helper);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->addWidget(m_self);
    whoLayout->addWidget(m_helper);
    auto *patientLayout = new QVBoxLayout(patientPage);
    patientLayout->addWidget(m_form);
    patientLayout->addWidget(who);
    patientLayout->addWidget(m_error);
    patientLayout->addStretch();
    patientPage->setFinalPage(true);
    setPage(PatientPage, patientPage);
    setButtonText(QWizard::FinishButton, tr("&Start"));
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() != PatientPage || m_patientId)
        return QWizard::validateCurrentPage();
    auto command = std::make_unique<AddPatientCommand>(m_context, m_form->value());
    auto *added = command.get();
    if (auto done = DataCommand::execute(m_context, std::move(command)); !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return false;
    }
    m_patientId = added->patientId();
    if (m_self->isChecked()) {
        // Arms and buttocks are hard to reach on oneself: off until switched on.
        QStringList zones;
        for (const QString &zone : Zones::ids()) {
            if (Zones::needsHelper(zone))
                zones << zone;
        }
        if (auto off = DataCommand::execute(m_context, std::make_unique<SetZonesEnabledCommand>(
                                                           m_context, *m_patientId, zones, false));
            !off) {
            m_error->setText(off.error().message);
            m_error->show();
        }
    }
    m_context.setCurrentPatientId(*m_patientId);
    return true;
}

} // namespace shotbook::ui
