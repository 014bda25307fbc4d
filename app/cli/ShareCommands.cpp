#include "CommandContext.h"
#include "CommandSpec.h"
#include "maintenance/RecordShare.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace shotbook::cli {

namespace {

class ShareCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ShareCommands)

public:
    // A local record moved onto a shared server: into an empty server record
    // only, all or nothing; the file is left as it was.
    static Result<CommandOutput> share(CommandContext &context)
    {
        const QString from = context.value(QStringLiteral("from"));
        const QString to = context.value(QStringLiteral("to"));
        if (Database::isServerLocation(from))
            return fail(Error::rejected(QStringLiteral("invalid-path"),
                                        tr("--from: \"%1\" is a server; share copies a local "
                                           "file onto a server (--to).")
                                            .arg(from)));
        if (!Database::isServerLocation(to))
            return fail(Error::rejected(
                QStringLiteral("invalid-path"),
                tr("--to: \"%1\" is not a shared record; name one as "
                   "postgresql://USER@HOST[:PORT]/DBNAME (\"backup --out\" copies to a file).")
                    .arg(to)));
        auto file = Database::open(from, Database::OpenMode::MustExist);
        if (!file)
            return fail(file.error());
        auto server = Database::open(to, Database::OpenMode::CreateIfMissing);
        if (!server)
            return fail(server.error());
        const auto summary = RecordShare::copy(**file, **server);
        if (!summary)
            return fail(summary.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("patients"), summary->patients);
        output.json.insert(QStringLiteral("injections"), summary->injections);
        QJsonObject tables;
        for (const TableCount &table : summary->tables)
            tables.insert(table.table, table.rows);
        output.json.insert(QStringLiteral("tables"), tables);
        output.json.insert(QStringLiteral("to"), (*server)->path());
        output.text << tr("Copied %1 to the shared record %2: %n patient(s), ", nullptr,
                          static_cast<int>(summary->patients))
                               .arg(QDir::toNativeSeparators((*file)->path()), (*server)->path()) +
                           tr("%n injection(s); the copy passed its check.", nullptr,
                              static_cast<int>(summary->injections));
        output.text << tr("From now on open the shared record (--db %1, or File > Connect to a "
                          "Shared Record… in Shotbook) and no longer the file, which was left "
                          "as it was.")
                           .arg((*server)->path());
        return output;
    }
};

} // namespace

QList<CommandSpec> shareCommands()
{
    using C = ShareCommands;
    return {
        {{QStringLiteral("share")},
         C::tr("copies a local record into an empty shared record on a PostgreSQL server, all "
               "or nothing, checked on both sides; the file is left as it was (--db is not used)"),
         {{QStringLiteral("from"), QStringLiteral("FILE"), true, C::tr("the local record")},
          {QStringLiteral("to"), QStringLiteral("URL"), true,
           C::tr("the shared record: postgresql://USER@HOST[:PORT]/DBNAME")}},
         {},
         0,
         0,
         CommandSpec::Access::OwnFile,
         &C::share},
    };
}

} // namespace shotbook::cli
