#include "CommandContext.h"
#include "CommandSpec.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/DatabaseRestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace shotbook::cli {

namespace {

class BackupCommands final
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    // A consistent snapshot, while the GUI or another command goes on writing.
    static Result<CommandOutput> backup(CommandContext &context)
    {
        const auto written =
            Backups::makeTo(context.database(), context.value(QStringLiteral("out")));
        if (!written) {
            Error error = written.error();
            if (error.code == QLatin1String("file-exists") ||
                error.code == QLatin1String("invalid-path"))
                error.message = QStringLiteral("--out: ") + error.message;
            return fail(error);
        }
        CommandOutput output;
        output.json.insert(QStringLiteral("files"), QJsonArray{*written});
        output.text << tr("Wrote a backup of %1 to %2.")
                           .arg(QDir::toNativeSeparators(context.database().path()),
                                QDir::toNativeSeparators(*written));
        return output;
    }

    static Result<CommandOutput> restore(CommandContext &context)
    {
        const QString database = context.databasePath();
        if (database.startsWith(QLatin1String("postgresql:")))
            return fail(Error::rejected(QStringLiteral("restore-not-a-file"),
                                        tr("A shared record on a server is restored with the "
                                           "server's own tools, not by Shotbook.")));
        // No Shotbook window may have the file open while it is replaced.
        const auto lock = DatabaseLock::acquire(database);
        if (!lock) {
            Error error = lock.error();
            error.message += QLatin1Char(' ') + tr("Nothing was restored.");
            return fail(error);
        }
        auto prepared = DatabaseRestore::prepare(context.positional().constFirst(), database);
        if (!prepared)
            return fail(prepared.error());
        const auto kept = prepared->replace(context.clock(), nullptr);
        if (!kept)
            return fail(kept.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("restored"),
                           QDir::toNativeSeparators(QFileInfo(database).absoluteFilePath()));
        output.json.insert(QStringLiteral("kept"),
                           kept->isEmpty() ? QJsonValue() : QJsonValue(*kept));
        output.json.insert(QStringLiteral("schema_version"), prepared->schemaVersion());
        output.text << tr("Restored %1 from %2.")
                           .arg(QDir::toNativeSeparators(database),
                                QDir::toNativeSeparators(context.positional().constFirst()));
        if (!kept->isEmpty())
            output.text
                << tr("The replaced file is kept as %1.").arg(QDir::toNativeSeparators(*kept));
        return output;
    }
};

} // namespace

QList<CommandSpec> backupCommands()
{
    using C = BackupCommands;
    return {
        {{QStringLiteral("backup")},
         C::tr("writes a consistent copy of the database, also while it is in use, never over "
               "an existing file"),
         {{QStringLiteral("out"), QStringLiteral("FILE"), true, C::tr("the backup file to write")}},
         {},
         0,
         0,
         CommandSpec::Access::ReadsWholeFile,
         &C::backup},
        {{QStringLiteral("restore")},
         C::tr("replaces the database with a backup, after checking the backup; the replaced "
               "file is kept in the backups folder; refused while Shotbook has the file open"),
         {},
         QStringLiteral("FILE"),
         1,
         1,
         CommandSpec::Access::File,
         &C::restore},
    };
}

} // namespace shotbook::cli
