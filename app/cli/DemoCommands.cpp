#include "CommandContext.h"
#include "CommandSpec.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace shotbook::cli {

namespace {

class DemoCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommands)

public:
    static Result<CommandOutput> demo(CommandContext &context)
    {
        DemoOptions options;
        const auto years = context.integer(QStringLiteral("years"));
        if (!years)
            return fail(years.error());
        const auto patients = context.integer(QStringLiteral("patients"));
        if (!patients)
            return fail(patients.error());
        options.years = **years;
        options.patients = **patients;
        if (context.has(QStringLiteral("seed"))) {
            bool ok = false;
            options.seed = context.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return fail(Error::rejected(
                    QStringLiteral("invalid-number"),
                    tr("--seed: \"%1\" is not a whole number from 0 to 18446744073709551615.")
                        .arg(context.value(QStringLiteral("seed")))));
        }
        const auto summary =
            DemoGenerator::write(context.value(QStringLiteral("out")), options, context.clock());
        if (!summary)
            return fail(summary.error());
        CommandOutput output;
        QJsonArray ids;
        for (const qint64 id : summary->patientIds)
            ids.append(id);
        output.json.insert(QStringLiteral("path"), summary->path);
        output.json.insert(QStringLiteral("patients"), static_cast<int>(ids.size()));
        output.json.insert(QStringLiteral("patient_ids"), ids);
        output.json.insert(QStringLiteral("injections"), summary->injections);
        output.json.insert(QStringLiteral("missed_doses"), summary->missedDoses);
        output.json.insert(QStringLiteral("diary_values"), summary->diaryValues);
        output.json.insert(QStringLiteral("lots"), summary->lots);
        output.json.insert(QStringLiteral("site_reactions"), summary->siteReactions);
        output.json.insert(QStringLiteral("side_effects"), summary->sideEffects);
        output.json.insert(QStringLiteral("red_flags"), summary->redFlags);
        output.json.insert(QStringLiteral("years"), options.years);
        output.json.insert(QStringLiteral("seed"), QString::number(options.seed));
        output.text << tr("Wrote sample data to %1: %n patient(s), ", nullptr,
                          static_cast<int>(ids.size()))
                               .arg(QDir::toNativeSeparators(summary->path)) +
                           tr("%n injection(s) over %1 year(s).", nullptr, summary->injections)
                               .arg(options.years);
        return output;
    }
};

} // namespace

QList<CommandSpec> demoCommands()
{
    using C = DemoCommands;
    return {
        {{QStringLiteral("demo")},
         C::tr("writes a realistic sample database (never over an existing file)"),
         {{QStringLiteral("years"), QStringLiteral("N"), true, C::tr("years of history")},
          {QStringLiteral("patients"), QStringLiteral("M"), true, C::tr("how many patients")},
          {QStringLiteral("out"), QStringLiteral("FILE"), true, C::tr("the new database file")},
          {QStringLiteral("seed"), QStringLiteral("S"), false,
           C::tr("the same seed gives the same data (default 1)")}},
         {},
         0,
         0,
         CommandSpec::Access::OwnFile,
         &C::demo},
    };
}

} // namespace shotbook::cli
