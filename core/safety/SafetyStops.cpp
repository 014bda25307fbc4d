#include "SafetyStops.h"

#include "diary/Labs.h"
#include "diary/SideEffectCatalog.h"

#include <QLocale>

#include <algorithm>

namespace shotbook {

namespace {

// The latest result of an analyte taken on or before the day.
std::optional<LabResult> latest(const QList<LabResult> &labs, const QString &analyte,
                                const QDate &day)
{
    std::optional<LabResult> found;
    for (const LabResult &lab : labs) {
        if (lab.analyte != analyte || lab.takenOn > day)
            continue;
        if (!found || lab.takenOn > found->takenOn ||
            (lab.takenOn == found->takenOn && lab.id > found->id))
            found = lab;
    }
    return found;
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

Warnings SafetyState::all() const
{
    Warnings out;
    if (stopped())
        out << redFlagStop;
    out << warnings;
    return out;
}

SafetyState SafetyStops::evaluate(const SafetyInputs &inputs, const QDate &day)
{
    SafetyState state;
    const QLocale locale;
    QStringList signs;
    for (const SideEffect &effect : inputs.sideEffects) {
        const bool open =
            effect.redFlag && effect.onset <= day && (!effect.resolved || *effect.resolved > day);
        if (!open)
            continue;
        state.openRedFlags << effect;
        signs << tr("%1 (since %2)")
                     .arg(SideEffectCatalog::displayName(effect.catalogId.value_or(effect.term)),
                          shortDate(effect.onset));
    }
    if (state.stopped())
        state.redFlagStop = {
            QStringLiteral("red-flag-open"),
            tr("%1: a sign to get medical help now. The label says: stop using anakinra and call "
               "your doctor. Log an injection only if a doctor said to go on; mark the side "
               "effect resolved when it is over.")
                .arg(signs.join(QStringLiteral(", ")))};

    for (const Infection &infection : inputs.infections) {
        if (infection.started > day || (infection.ended && *infection.ended <= day))
            continue;
        state.warnings.append(
            {QStringLiteral("infection-open"),
             tr("An infection is not over (%1, since %2). Anakinra lowers the body's defence "
                "against infections: tell your doctor before the next injection.")
                 .arg(infection.description, shortDate(infection.started))});
    }

    if (const auto anc = latest(inputs.labs, QStringLiteral("anc"), day);
        anc && anc->value < Labs::LowNeutrophils)
        state.warnings.append(
            {QStringLiteral("low-neutrophils"),
             tr("The latest neutrophil count is %1 × 10⁹/L (%2), below %3: tell your doctor "
                "before the next injection.")
                 .arg(locale.toString(anc->value, 'g', 3), shortDate(anc->takenOn),
                      locale.toString(Labs::LowNeutrophils, 'g', 2))});

    std::optional<std::pair<QDate, double>> fever;
    for (const auto &[date, celsius] : inputs.temperaturesC) {
        if (date > day || date < day.addDays(-1) || celsius < FeverC)
            continue;
        if (!fever || date > fever->first || (date == fever->first && celsius > fever->second))
            fever = std::pair{date, celsius};
    }
    if (fever)
        state.warnings.append(
            {QStringLiteral("fever"),
             tr("A temperature of %1 °C was recorded on %2. With anakinra a fever may be the "
                "sign of an infection: tell your doctor.")
                 .arg(locale.toString(fever->second, 'f', 1), shortDate(fever->first))});

    QStringList signsNoted;
    for (const auto &[date, measureId] : inputs.redFlagSigns) {
        const auto term = SideEffectCatalog::find(measureId);
        if (date > day || date < day.addDays(-1) || !term || !term->isRedFlag())
            continue;
        const QString noted =
            tr("%1 on %2").arg(SideEffectCatalog::displayName(measureId), shortDate(date));
        if (!signsNoted.contains(noted))
            signsNoted.append(noted);
    }
    if (!signsNoted.isEmpty())
        state.warnings.append(
            {QStringLiteral("red-flag"),
             tr("The diary notes %1: a sign to get medical help now. %2 Record it as a side "
                "effect with the red flag.")
                 .arg(signsNoted.join(QStringLiteral(", ")), SideEffectCatalog::redFlagActions())});

    if (const auto crcl = latest(inputs.labs, QStringLiteral("crcl"), day);
        crcl && crcl->value < SevereRenalImpairmentMlMin && inputs.regimen &&
        inputs.regimen->everyDays == 1)
        state.warnings.append(
            {QStringLiteral("renal-dosing"),
             tr("The latest creatinine clearance is %1 mL/min (%2), below %3: in severe kidney "
                "impairment the label gives anakinra every other day, but this regimen is every "
                "day. Ask the doctor.")
                 .arg(locale.toString(crcl->value, 'g', 4), shortDate(crcl->takenOn),
                      locale.toString(SevereRenalImpairmentMlMin, 'g', 3))});
    return state;
}

} // namespace shotbook
