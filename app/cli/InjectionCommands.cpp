#include "AdviceText.h"
#include "CommandContext.h"
#include "CommandSpec.h"
#include "JsonText.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "injections/InjectionLog.h"
#include "regimen/PatientSchedule.h"
#include "regimen/RegimenService.h"
#include "storage/Database.h"
#include "today/TodaySummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace shotbook::cli {

namespace {

QJsonValue optionalText(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalTime(const std::optional<QDateTime> &value)
{
    return value ? QJsonValue(iso::formatLocal(*value)) : QJsonValue();
}

class InjectionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(InjectionCommands)

public:
    static Result<CommandOutput> inject(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        InjectionInput input;
        const auto at = context.dateTime(QStringLiteral("at"));
        if (!at)
            return fail(at.error());
        input.at = *at;
        const auto dose = context.number(QStringLiteral("dose-mg"));
        if (!dose)
            return fail(dose.error());
        input.doseMg = *dose;
        input.site = context.value(QStringLiteral("site"));
        if (context.has(QStringLiteral("lot")))
            input.lot = context.value(QStringLiteral("lot"));
        input.givenBy = context.value(QStringLiteral("by"));
        if (context.has(QStringLiteral("spot"))) {
            const QStringList parts = context.value(QStringLiteral("spot")).split(u',');
            bool okX = false;
            bool okY = false;
            const double x = parts.value(0).toDouble(&okX);
            const double y = parts.value(1).toDouble(&okY);
            if (parts.size() != 2 || !okX || !okY)
                return fail(Error::rejected(QStringLiteral("invalid-spot"),
                                            tr("--spot: \"%1\" is not X,Y (fractions of the "
                                               "zone from 0 to 1, e.g. 0.3,0.6).")
                                                .arg(context.value(QStringLiteral("spot")))));
            input.spot = QPointF(x, y);
        }
        input.note = context.value(QStringLiteral("note"));

        InjectionLog log(context.database(), context.clock());
        const auto logged = log.log(patient->id, input,
                                    context.has(QStringLiteral("force")) ? Confirmations::all()
                                                                         : Confirmations::none());
        if (!logged) {
            Error error = logged.error();
            if (InjectionLog::confirmableRefusals().contains(error.code))
                error.message += QLatin1Char(' ') + tr("Add --force if it really was given.");
            return fail(error);
        }
        CommandOutput output;
        output.warnings = logged->warnings;
        output.json.insert(QStringLiteral("id"), logged->injection.id);
        output.json.insert(QStringLiteral("at"), iso::formatLocal(logged->injection.at));
        output.json.insert(QStringLiteral("site"), logged->injection.site);
        output.json.insert(QStringLiteral("dose_mg"), twoDecimals(logged->injection.doseMg));
        output.json.insert(QStringLiteral("lot"), optionalText(logged->injection.lot));
        output.json.insert(QStringLiteral("slot"),
                           optionalTime(logged->slot ? std::optional<QDateTime>(logged->slot->due)
                                                     : std::nullopt));
        output.text << tr("Logged %1 mg in %2 at %3 (id %4).")
                           .arg(decimalText(logged->injection.doseMg))
                           .arg(logged->injection.site, peopleTime(logged->injection.at))
                           .arg(logged->injection.id);
        return output;
    }

    static Result<CommandOutput> list(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const auto range = context.dateRange(QDate(1990, 1, 1));
        if (!range)
            return fail(range.error());
        InjectionLog log(context.database(), context.clock());
        const auto injections = log.list(patient->id, range->first, range->second);
        if (!injections)
            return fail(injections.error());
        CommandOutput output;
        QJsonArray array;
        for (const Injection &injection : *injections) {
            array.append(QJsonObject{{QStringLiteral("id"), injection.id},
                                     {QStringLiteral("at"), iso::formatLocal(injection.at)},
                                     {QStringLiteral("site"), injection.site},
                                     {QStringLiteral("dose_mg"), injection.doseMg},
                                     {QStringLiteral("lot"), optionalText(injection.lot)},
                                     {QStringLiteral("by"), injection.givenBy},
                                     {QStringLiteral("note"), injection.note}});
            output.text << QStringLiteral("%1\t%2\t%3 mg\t%4\t%5")
                               .arg(injection.id)
                               .arg(peopleTime(injection.at))
                               .arg(injection.doseMg)
                               .arg(injection.site, injection.lot.value_or(QString()));
        }
        if (injections->isEmpty())
            output.text << tr("No injections in this period.");
        output.json.insert(QStringLiteral("injections"), array);
        return output;
    }

    static Result<CommandOutput> next(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        // What Today shows for the patient, from the one core summary.
        TodayService service(context.database(), context.clock());
        const auto today = service.patient(*patient);
        if (!today)
            return fail(today.error());
        const DoseAdvice &advice = today->advice;
        CommandOutput output;
        output.json.insert(QStringLiteral("advice"), DoseAdvice::id(advice.kind));
        output.json.insert(QStringLiteral("due_at"), optionalTime(advice.dueAt));
        output.json.insert(QStringLiteral("missed_at"), optionalTime(advice.missedAt));
        if (today->dose) {
            output.json.insert(QStringLiteral("dose_mg"), twoDecimals(today->dose->perDoseMg));
            output.json.insert(QStringLiteral("dose_ml"), twoDecimals(today->dose->perDoseMl));
            output.warnings << today->dose->warnings;
        }
        // The label's stops: a red flag open, an infection, low neutrophils,
        // fever, kidneys.
        output.warnings << today->safety.all();
        output.text << adviceText(advice, today->hasRegimen);
        return output;
    }

    static Result<CommandOutput> adherence(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        RegimenService regimens(context.database(), context.clock());
        const auto history = regimens.history(patient->id);
        if (!history)
            return fail(history.error());
        const QDate today = context.clock().today();
        const QDate firstStart = history->isEmpty() ? today : history->constFirst().start;
        const auto range = context.dateRange(firstStart);
        if (!range)
            return fail(range.error());
        const QDate to = qMin(range->second, today);
        const auto schedule =
            PatientSchedule::load(context.database(), patient->id, range->first, to);
        if (!schedule)
            return fail(schedule.error());
        const AdherenceReport report = schedule->adherence(range->first, to, context.clock().now());
        CommandOutput output;
        output.json.insert(QStringLiteral("from"), iso::formatDate(range->first));
        output.json.insert(QStringLiteral("to"), iso::formatDate(to));
        output.json.insert(QStringLiteral("expected"), report.expected);
        output.json.insert(QStringLiteral("taken"), report.taken);
        output.json.insert(QStringLiteral("missed"), report.missed);
        output.json.insert(QStringLiteral("extra"), report.extra);
        output.json.insert(QStringLiteral("pending"), report.pending);
        output.json.insert(QStringLiteral("streak_days"), report.streakDays);
        output.json.insert(QStringLiteral("percent"),
                           report.percent ? QJsonValue(std::round(*report.percent * 10.0) / 10.0)
                                          : QJsonValue());
        QJsonArray missed;
        for (const Slot &slot : report.missedSlots)
            missed.append(iso::formatLocal(slot.due));
        output.json.insert(QStringLiteral("missed_slots"), missed);
        output.text << tr("%1 to %2: %3 of %4 doses taken (%5), %6 missed, %7 extra; %8 day(s) "
                          "in a row complete.")
                           .arg(iso::formatDate(range->first), iso::formatDate(to))
                           .arg(report.taken)
                           .arg(report.expected)
                           .arg(report.percent
                                    ? QStringLiteral("%1 %").arg(*report.percent, 0, 'f', 1)
                                    : tr("nothing due yet"))
                           .arg(report.missed)
                           .arg(report.extra)
                           .arg(report.streakDays);
        return output;
    }
};

} // namespace

QList<CommandSpec> injectionCommands()
{
    using C = InjectionCommands;
    auto option = [](const char *name, const char *valueName, bool required, const QString &help) {
        return OptionSpec{QString::fromLatin1(name), QString::fromLatin1(valueName), required,
                          help};
    };
    const OptionSpec patient = option("patient", "P", false, C::tr("the patient's id or name"));
    const OptionSpec from = option("from", "DATE", false, C::tr("first day"));
    const OptionSpec to = option("to", "DATE", false, C::tr("last day"));
    return {
        {{QStringLiteral("inject")},
         C::tr("logs an injection"),
         {patient, option("site", "ZONE", true, C::tr("the injection site's zone id")),
          option("at", "T", false, C::tr("when it was given (default now)")),
          option("dose-mg", "MG", false, C::tr("the dose (default: the regimen's)")),
          option("lot", "LOT", false, C::tr("the syringe's lot")),
          option("by", "NAME", false, C::tr("who gave it")),
          option("note", "TEXT", false, C::tr("a note")),
          option("spot", "X,Y", false, C::tr("where in the zone (fractions, 0–1)")),
          option("force", "", false,
                 C::tr("confirm a refused dose: a second dose for a filled slot, a dose too "
                       "soon after another, an injection while a red flag is open, or an "
                       "expired lot"))},
         {},
         0,
         0,
         CommandSpec::Access::Writes,
         &C::inject},
        {{QStringLiteral("injections")},
         C::tr("lists injections, oldest first"),
         {patient, from, to},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::list},
        {{QStringLiteral("next")},
         C::tr("the next or overdue dose, and what to do"),
         {patient},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::next},
        {{QStringLiteral("adherence")},
         C::tr("due doses against injections, up to now"),
         {patient, from, to},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::adherence},
    };
}

} // namespace shotbook::cli
