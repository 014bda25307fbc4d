#include "AdviceText.h"
#include "CommandContext.h"
#include "CommandSpec.h"
#include "DoseJson.h"
#include "JsonText.h"
#include "common/IsoDateTime.h"
#include "diary/SideEffectCatalog.h"
#include "patients/PatientRepository.h"
#include "today/TodaySummary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shotbook::cli {

namespace {

QJsonValue optionalTime(const std::optional<QDateTime> &value)
{
    return value ? QJsonValue(iso::formatLocal(*value)) : QJsonValue();
}

QJsonArray warningsArray(const Warnings &warnings)
{
    QJsonArray array;
    for (const Warning &warning : warnings)
        array.append(QJsonObject{{QStringLiteral("code"), warning.code},
                                 {QStringLiteral("message"), warning.message}});
    return array;
}

QJsonObject nextJson(const PatientToday &today)
{
    return {{QStringLiteral("advice"), DoseAdvice::id(today.advice.kind)},
            {QStringLiteral("due_at"), optionalTime(today.advice.dueAt)},
            {QStringLiteral("missed_at"), optionalTime(today.advice.missedAt)}};
}

QJsonArray redFlagsJson(const PatientToday &today)
{
    QJsonArray flags;
    for (const SideEffect &effect : today.safety.openRedFlags)
        flags.append(QJsonObject{{QStringLiteral("id"), effect.id},
                                 {QStringLiteral("term"), effect.term},
                                 {QStringLiteral("catalog_id"),
                                  effect.catalogId ? QJsonValue(*effect.catalogId) : QJsonValue()},
                                 {QStringLiteral("onset"), iso::formatDate(effect.onset)}});
    return flags;
}

class TodayCommands final
{
    Q_DECLARE_TR_FUNCTIONS(TodayCommands)

public:
    static Result<CommandOutput> today(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        TodayService service(context.database(), context.clock());
        const auto summary = service.summary(patient->id);
        if (!summary)
            return fail(summary.error());
        const PatientToday &current = *summary->current;

        CommandOutput output;
        output.json.insert(QStringLiteral("patient"),
                           QJsonObject{{QStringLiteral("id"), current.patient.id},
                                       {QStringLiteral("name"), current.patient.name}});
        output.json.insert(QStringLiteral("next"), nextJson(current));
        output.json.insert(QStringLiteral("dose"),
                           current.dose ? QJsonValue(doseJson(*current.dose)) : QJsonValue());
        output.json.insert(QStringLiteral("site"), current.suggestedSite
                                                       ? QJsonValue(*current.suggestedSite)
                                                       : QJsonValue());
        output.json.insert(QStringLiteral("alerts"), warningsArray(summary->alerts()));
        output.json.insert(QStringLiteral("red_flags"), redFlagsJson(current));
        QJsonArray slots;
        for (const TodaySlot &slot : current.slots)
            slots.append(QJsonObject{{QStringLiteral("due_at"), iso::formatLocal(slot.due)},
                                     {QStringLiteral("state"), TodaySlot::id(slot.state)}});
        output.json.insert(QStringLiteral("slots"), slots);
        QJsonArray others;
        for (const PatientToday &other : summary->others)
            others.append(QJsonObject{{QStringLiteral("id"), other.patient.id},
                                      {QStringLiteral("name"), other.patient.name},
                                      {QStringLiteral("next"), nextJson(other)},
                                      {QStringLiteral("overdue"), other.overdue()},
                                      {QStringLiteral("red_flags"), redFlagsJson(other)},
                                      {QStringLiteral("alerts"), warningsArray(other.alerts())}});
        output.json.insert(QStringLiteral("others"), others);
        if (current.dose)
            output.warnings << current.dose->warnings;

        output.text << tr("Today for %1:").arg(current.patient.name);
        if (current.safety.stopped())
            output.text << tr("GET MEDICAL HELP NOW: %1").arg(current.safety.redFlagStop.message);
        output.text << adviceText(current.advice, current.hasRegimen);
        if (current.dose)
            output.text << tr("Dose: %1 mg (%2 mL).")
                               .arg(QString::number(current.dose->perDoseMg))
                               .arg(current.dose->perDoseMl, 0, 'f', 2);
        if (current.suggestedSite)
            output.text << tr("Suggested site: %1.").arg(*current.suggestedSite);
        for (const Warning &alert : summary->alerts())
            output.text << tr("Alert: %1").arg(alert.message);
        for (const PatientToday &other : summary->others) {
            QString line = tr("%1: %2").arg(other.patient.name, DoseAdvice::id(other.advice.kind));
            if (other.advice.dueAt)
                line += QLatin1Char(' ') + iso::formatLocal(*other.advice.dueAt);
            if (other.safety.stopped())
                line += QLatin1Char(' ') + tr("(red flag open: get medical help now)");
            output.text << line;
        }
        return output;
    }
};

} // namespace

QList<CommandSpec> todayCommands()
{
    using C = TodayCommands;
    return {
        {{QStringLiteral("today")},
         C::tr("what Today shows: the next dose, the suggested site, alerts, red flags, every "
               "other patient"),
         {{QStringLiteral("patient"), QStringLiteral("P"), false,
           C::tr("the patient's id or name")}},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::today},
    };
}

} // namespace shotbook::cli
