#include "CommandContext.h"
#include "CommandSpec.h"
#include "DoseJson.h"
#include "JsonText.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "regimen/RegimenService.h"
#include "safety/SafetyService.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace shotbook::cli {

namespace {

class RegimenCommands final
{
    Q_DECLARE_TR_FUNCTIONS(RegimenCommands)

public:
    static Result<CommandOutput> set(CommandContext &context)
    {
        const bool fixed = context.has(QStringLiteral("dose-mg"));
        const bool perKg = context.has(QStringLiteral("mg-per-kg"));
        if (fixed == perKg)
            return fail(Error::usage(tr("\"regimen set\" needs exactly one of --dose-mg MG and "
                                        "--mg-per-kg X (both are amounts per day).")));
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());

        Regimen regimen;
        regimen.patientId = patient->id;
        const auto dose = context.number(QStringLiteral("dose-mg"));
        const auto mgPerKg = context.number(QStringLiteral("mg-per-kg"));
        const auto perDay = context.integer(QStringLiteral("per-day"));
        const auto everyDays = context.integer(QStringLiteral("every-days"));
        const auto start = context.day(QStringLiteral("start"));
        const auto days = context.integer(QStringLiteral("days"));
        const auto step = context.number(QStringLiteral("step-mg"));
        const auto minMg = context.number(QStringLiteral("min-mg"));
        for (const Error *error :
             {dose ? nullptr : &dose.error(), mgPerKg ? nullptr : &mgPerKg.error(),
              perDay ? nullptr : &perDay.error(), everyDays ? nullptr : &everyDays.error(),
              start ? nullptr : &start.error(), days ? nullptr : &days.error(),
              step ? nullptr : &step.error(), minMg ? nullptr : &minMg.error()}) {
            if (error)
                return fail(*error);
        }
        regimen.dailyMg = *dose;
        regimen.mgPerKgPerDay = *mgPerKg;
        regimen.dosesPerDay = perDay->value_or(1);
        regimen.everyDays = everyDays->value_or(1);
        regimen.start = *start;
        regimen.days = *days;
        regimen.stepMg = step->value_or(Regimen::DefaultStepMg);
        regimen.minMg = minMg->value_or(Regimen::DefaultMinMg);
        regimen.indication = context.value(QStringLiteral("indication"));
        regimen.prescriber = context.value(QStringLiteral("prescriber"));
        regimen.note = context.value(QStringLiteral("note"));
        if (context.has(QStringLiteral("times"))) {
            for (const QString &part : context.value(QStringLiteral("times")).split(u',')) {
                const auto time = iso::parseTime(part.trimmed());
                if (!time)
                    return fail(Error::rejected(QStringLiteral("invalid-time"),
                                                tr("--times: \"%1\" is not a time of day; write "
                                                   "HH:MM, or HH:MM,HH:MM for two doses.")
                                                    .arg(part)));
                regimen.times << *time;
            }
        }

        RegimenService service(context.database(), context.clock());
        const auto saved = service.set(regimen);
        if (!saved)
            return fail(saved.error());
        CommandOutput output;
        output.warnings = saved->warnings;
        output.json.insert(QStringLiteral("id"), saved->regimen.id);
        output.json.insert(QStringLiteral("start"), iso::formatDate(saved->regimen.start));
        QJsonArray times;
        QStringList shown;
        for (const QTime &time : saved->regimen.times) {
            times.append(time.toString(QStringLiteral("HH:mm")));
            shown << time.toString(QStringLiteral("HH:mm"));
        }
        output.json.insert(QStringLiteral("times"), times);
        const QString amount = saved->regimen.isWeightBased()
                                   ? tr("%1 mg/kg per day").arg(*saved->regimen.mgPerKgPerDay)
                                   : tr("%1 mg per day").arg(*saved->regimen.dailyMg);
        output.text << tr("Regimen %1 for %2 from %3: %4, %5 dose(s) a day at %6, every %7 "
                          "day(s).")
                           .arg(saved->regimen.id)
                           .arg(patient->name, iso::formatDate(saved->regimen.start), amount)
                           .arg(saved->regimen.dosesPerDay)
                           .arg(shown.join(QStringLiteral(", ")))
                           .arg(saved->regimen.everyDays);
        return output;
    }

    static Result<CommandOutput> show(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const auto date = context.day(QStringLiteral("date"));
        if (!date)
            return fail(date.error());
        const QDate day = *date;
        RegimenService service(context.database(), context.clock());
        const auto dose = service.doseOn(patient->id, day);
        if (!dose)
            return fail(dose.error());
        CommandOutput output;
        output.json = doseJson(*dose);
        output.json.insert(QStringLiteral("date"), iso::formatDate(day));
        output.warnings = dose->warnings;
        // The label's stops: tell the doctor before this dose.
        SafetyService safety(context.database(), context.clock());
        const auto state = safety.stateOn(patient->id, day);
        if (!state)
            return fail(state.error());
        output.warnings << state->all();
        if (dose->mgPerKgPerDay)
            output.text << tr("%1 mg/kg/day × %2 kg = %3 mg/day")
                               .arg(decimalText(*dose->mgPerKgPerDay), decimalText(*dose->weightKg),
                                    decimalText(dose->dailyMg));
        else
            output.text << tr("%1 mg/day").arg(decimalText(dose->dailyMg));
        output.text << tr("%1 dose(s) of %2 mg (%3 mL), %4 syringe(s) each, every %5 day(s).")
                           .arg(dose->dosesPerDay)
                           .arg(decimalText(dose->perDoseMg))
                           .arg(dose->perDoseMl, 0, 'f', 2)
                           .arg(dose->syringesPerDose)
                           .arg(dose->everyDays);
        return output;
    }
};

} // namespace

QList<CommandSpec> regimenCommands()
{
    using C = RegimenCommands;
    const OptionSpec patient{QStringLiteral("patient"), QStringLiteral("P"), false,
                             C::tr("the patient's id or exact name")};
    auto value = [](const char *name, const char *valueName, const QString &help) {
        return OptionSpec{QString::fromLatin1(name), QString::fromLatin1(valueName), false, help};
    };
    return {
        {{QStringLiteral("regimen"), QStringLiteral("set")},
         C::tr("starts a regimen on --start (default today), replacing the current one"),
         {patient, value("dose-mg", "MG", C::tr("fixed dose, mg per day")),
          value("mg-per-kg", "X", C::tr("weight-based dose, mg/kg per day")),
          value("per-day", "1|2", C::tr("injections per day")),
          value("every-days", "1|2", C::tr("every day or every other day")),
          value("times", "HH:MM[,HH:MM]", C::tr("times of day")),
          value("start", "DATE", C::tr("first day")),
          value("days", "N", C::tr("course length in days")),
          value("step-mg", "S", C::tr("measuring step")),
          value("min-mg", "M", C::tr("smallest measurable dose")),
          value("indication", "ID", C::tr("ra, caps, nomid, dira or other")),
          value("prescriber", "NAME", C::tr("who prescribed it")),
          value("note", "TEXT", C::tr("a note"))},
         {},
         0,
         0,
         CommandSpec::Access::Writes,
         &C::set},
        {{QStringLiteral("dose"), QStringLiteral("show")},
         C::tr("the dose due on a day"),
         {patient, value("date", "DATE", C::tr("the day (default today)"))},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::show},
    };
}

} // namespace shotbook::cli
