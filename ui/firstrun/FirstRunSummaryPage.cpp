#include "FirstRunSummaryPage.h"

#include "FirstRunPlan.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/LocaleFormat.h"
#include "common/TimeText.h"
#include "regimen/Indications.h"
#include "regimen/RegimenService.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace shotbook::ui {

FirstRunSummaryPage::FirstRunSummaryPage(AppContext &context, const FirstRunPlan &plan,
                                         WeightUnit unit, QWidget *parent)
    : FirstRunStep(plan, false, parent)
    , m_context(context)
    , m_unit(unit)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunSummaryPage"));
    setTitle(tr("Ready to start"));
    setSubTitle(tr("Check what Shotbook will record. Go back to change anything; you can also "
                   "change it all later."));
    m_summary->setObjectName(QStringLiteral("firstRunSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_summary);
    setFinalPage(true);
}

QString FirstRunSummaryPage::regimenText() const
{
    const QLocale locale;
    const Regimen &regimen = *plan().regimen;
    QStringList times;
    for (const QTime &time : regimen.times)
        times << shotbook::locale::shortTime(time);
    const QString amount = regimen.isWeightBased()
                               ? tr("%1 mg/kg/day at %2")
                                     .arg(locale.toString(*regimen.mgPerKgPerDay),
                                          m_unit.format(plan().patient.weightKg.value_or(0)))
                               : tr("%1 mg/day").arg(locale.toString(*regimen.dailyMg));
    QString text = tr("%1, %n injection(s) a day at %2, from %3", nullptr, regimen.dosesPerDay)
                       .arg(amount, times.join(QStringLiteral(", ")),
                            shotbook::locale::shortDate(regimen.start));
    if (regimen.everyDays == 2)
        text += tr(", every other day");
    if (regimen.days)
        text += tr(", for %n day(s)", nullptr, *regimen.days);
    text = text.toHtmlEscaped();
    RegimenService regimens(m_context.database(), m_context.clock());
    if (const auto dose = regimens.preview(regimen, regimen.start, plan().patient.weightKg,
                                           plan().patient.birth)) {
        text += QStringLiteral("<br>") + tr("Each injection: <b>%1 mg · %2 mL</b>")
                                             .arg(locale.toString(dose->perDoseMg, 'g', 4),
                                                  locale.toString(dose->perDoseMl, 'f', 2));
        for (const Warning &warning : dose->warnings)
            text += QStringLiteral("<br>⚠ ") + warning.message.toHtmlEscaped();
    }
    return text;
}

void FirstRunSummaryPage::initializePage()
{
    clearError();
    const FirstRunPlan &p = plan();
    const auto row = [](const QString &what, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(what.toHtmlEscaped(), value);
    };
    const auto skipped = [](const QString &later) {
        return QStringLiteral("<i>%1</i>").arg(later.toHtmlEscaped());
    };
    QString patient = p.patient.name.simplified().toHtmlEscaped();
    if (p.patient.birth)
        patient += QStringLiteral(", ") +
                   tr("born %1 (%2)")
                       .arg(shotbook::locale::shortDate(*p.patient.birth),
                            TimeText::age(*p.patient.birth, m_context.clock().today()))
                       .toHtmlEscaped();
    QString rows = row(tr("Patient"), patient);
    rows += row(tr("For"), p.indication.isEmpty()
                               ? skipped(tr("Not given."))
                               : Indications::displayName(p.indication).toHtmlEscaped());
    rows +=
        row(tr("Regimen"),
            p.regimen ? regimenText()
                      : skipped(tr("Not set yet: Today will ask you to set it (Set Regimen…).")));
    rows += row(tr("Injected by"),
                !p.selfInjects ? skipped(tr("Not given: every zone is in use (Body Map switches "
                                            "zones off)."))
                : *p.selfInjects
                    ? tr("The patient: the back of the arms and the buttocks are switched off.")
                          .toHtmlEscaped()
                    : tr("Someone else: every zone is in use.").toHtmlEscaped());
    rows += row(tr("Syringes"),
                p.stock ? tr("%n syringe(s) of lot %1, expiring %2", nullptr, p.stock->count)
                              .arg(p.stock->lot, shotbook::locale::shortDate(p.stock->expires))
                              .toHtmlEscaped()
                        : skipped(tr("None yet: add them later in Stock (Receive…).")));
    m_summary->setText(QStringLiteral("<table>%1</table>").arg(rows));
}

} // namespace shotbook::ui
