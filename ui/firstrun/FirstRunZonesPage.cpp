#include "FirstRunZonesPage.h"

#include "FirstRunPlan.h"
#include "sites/Zones.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace shotbook::ui {

namespace {
// Younger than this, someone else gives the injections.
constexpr int HelperBelowYears = 12;
} // namespace

FirstRunZonesPage::FirstRunZonesPage(const FirstRunPlan &plan, const QDate &today, QWidget *parent)
    : FirstRunStep(plan, true, parent)
    , m_today(today)
    , m_self(new QRadioButton(tr("The patient, to themselves: abdomen and thighs"), this))
    , m_helper(new QRadioButton(tr("Someone else (a parent, partner or nurse): also the back of "
                                   "the arms and the buttocks"),
                                this))
{
    setObjectName(QStringLiteral("firstRunZonesPage"));
    setTitle(tr("Who gives the injections?"));
    setSubTitle(tr("Shotbook suggests the next site from the zones in use."));
    m_self->setObjectName(QStringLiteral("selfInjects"));
    m_helper->setObjectName(QStringLiteral("helperInjects"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_self);
    group->addButton(m_helper);
    m_self->setChecked(true);
    connect(group, &QButtonGroup::buttonClicked, this, [this] { m_chosen = true; });
    auto *note = new QLabel(tr("The back of the arms and the buttocks are hard to reach on "
                               "oneself. You can switch any zone on or off later in Body Map."),
                            this);
    note->setWordWrap(true);
    body()->addWidget(m_self);
    body()->addWidget(m_helper);
    body()->addSpacing(8);
    body()->addWidget(note);
}

void FirstRunZonesPage::initializePage()
{
    if (m_chosen)
        return;
    const auto &birth = plan().patient.birth;
    const bool child = birth && birth->addYears(HelperBelowYears) > m_today;
    (child ? m_helper : m_self)->setChecked(true);
}

void FirstRunZonesPage::fill(FirstRunPlan &plan) const
{
    plan.selfInjects = m_self->isChecked();
    plan.zonesOff.clear();
    if (m_self->isChecked()) {
        for (const QString &zone : Zones::ids()) {
            if (Zones::needsHelper(zone))
                plan.zonesOff << zone;
        }
    }
}

void FirstRunZonesPage::leaveOut(FirstRunPlan &plan) const
{
    plan.selfInjects.reset();
    plan.zonesOff.clear();
}

} // namespace shotbook::ui
