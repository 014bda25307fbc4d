#include "CommandContext.h"
#include "CommandSpec.h"
#include "exchange/InjectionImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace shotbook::cli {

namespace {

class ImportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    static Result<CommandOutput> csv(CommandContext &context)
    {
        InjectionImport::Options options;
        if (context.has(QStringLiteral("patient"))) {
            const auto patient = context.patient();
            if (!patient)
                return fail(patient.error());
            options.patientId = patient->id;
        }
        const QString file = context.positional().constFirst();
        InjectionImport import(context.database(), context.clock());
        const auto report = import.run(file, options);
        if (!report)
            return fail(report.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("imported"), report->imported);
        output.json.insert(QStringLiteral("already_present"), report->alreadyPresent);
        output.json.insert(QStringLiteral("rows"), report->rows);
        output.json.insert(QStringLiteral("patients_added"),
                           QJsonArray::fromStringList(report->createdPatients));
        output.text << tr("Imported %n injection(s) from %1.", nullptr, report->imported)
                           .arg(QDir::toNativeSeparators(file));
        if (report->imported > 0)
            output.text << tr("They are history: no syringes were taken from stock.");
        output.warnings = report->warnings;
        return output;
    }
};

} // namespace

QList<CommandSpec> importCommands()
{
    using C = ImportCommands;
    return {
        {{QStringLiteral("import"), QStringLiteral("csv")},
         C::tr("imports an injection log (Shotbook's injections.csv, or another tracker's table "
               "with date/time, dose and site columns): every row or none; rows already in the "
               "log are not imported twice"),
         {{QStringLiteral("patient"), QStringLiteral("P"), false,
           C::tr("the patient every row belongs to")}},
         QStringLiteral("FILE"),
         1,
         1,
         CommandSpec::Access::Writes,
         &C::csv},
    };
}

} // namespace shotbook::cli
