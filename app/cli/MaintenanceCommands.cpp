#include "CommandContext.h"
#include "CommandSpec.h"
#include "maintenance/DatabaseCheck.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace shotbook::cli {

namespace {

class MaintenanceCommands final
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommands)

public:
    static Result<CommandOutput> check(CommandContext &context)
    {
        const auto report = DatabaseCheck::run(context.database());
        if (!report)
            return fail(report.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("ok"), report->ok());
        output.json.insert(QStringLiteral("problems"),
                           QJsonArray::fromStringList(report->problems));
        output.json.insert(QStringLiteral("schema_version"), context.database().schemaVersion());
        const QString shown = QDir::toNativeSeparators(context.database().path());
        if (report->ok()) {
            output.text << tr("%1: no problems found.").arg(shown);
        } else {
            output.text << tr("%1: %n problem(s) found:", nullptr,
                              static_cast<int>(report->problems.size()))
                               .arg(shown);
            for (const QString &problem : report->problems)
                output.text << QStringLiteral("  ") + problem;
            // The command ran; its answer is "not ok".
            output.exitCode = 1;
        }
        return output;
    }
};

} // namespace

QList<CommandSpec> maintenanceCommands()
{
    using C = MaintenanceCommands;
    return {
        {{QStringLiteral("check")},
         C::tr("checks the database's integrity and Shotbook's own rules"),
         {},
         {},
         0,
         0,
         CommandSpec::Access::ReadsWholeFile,
         &C::check},
    };
}

} // namespace shotbook::cli
