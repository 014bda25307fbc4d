#include "CommandContext.h"
#include "CommandSpec.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "sites/SiteService.h"
#include "sites/Zones.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shotbook::cli {

namespace {

QJsonValue optionalTime(const std::optional<QDateTime> &value)
{
    return value ? QJsonValue(iso::formatLocal(*value)) : QJsonValue();
}

QJsonObject reactionJson(const SiteReaction &reaction)
{
    return {{QStringLiteral("id"), reaction.id},
            {QStringLiteral("site"), reaction.zone},
            {QStringLiteral("kind"), reaction.kind},
            {QStringLiteral("severity"), reaction.severity},
            {QStringLiteral("started_at"), iso::formatLocal(reaction.startedAt)},
            {QStringLiteral("resolved_at"), optionalTime(reaction.resolvedAt)},
            {QStringLiteral("injection"),
             reaction.injectionId ? QJsonValue(*reaction.injectionId) : QJsonValue()}};
}

class SiteCommands final
{
    Q_DECLARE_TR_FUNCTIONS(SiteCommands)

public:
    static Result<CommandOutput> next(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        SiteService sites(context.database(), context.clock());
        const auto uses = sites.latestUses(patient->id);
        if (!uses)
            return fail(uses.error());
        const auto suggested = Rotation::suggest(*uses);
        CommandOutput output;
        if (!suggested) {
            output.json.insert(QStringLiteral("site"), QJsonValue());
            output.json.insert(QStringLiteral("last_used"), QJsonValue());
            output.warnings.append(
                {QStringLiteral("no-site"), tr("Every zone is switched off or has an open site "
                                               "reaction.")});
            output.text << tr("No zone can be suggested: every zone is switched off or has an "
                              "open site reaction.");
            return output;
        }
        std::optional<QDateTime> lastUsed;
        for (const ZoneUse &use : *uses) {
            if (use.zone == *suggested)
                lastUsed = use.lastUsed;
        }
        output.json.insert(QStringLiteral("site"), *suggested);
        output.json.insert(QStringLiteral("name"), Zones::displayName(*suggested));
        output.json.insert(QStringLiteral("last_used"), optionalTime(lastUsed));
        output.text << (lastUsed ? tr("Next site: %1 (%2), last used %3.")
                                       .arg(Zones::displayName(*suggested), *suggested,
                                            iso::formatLocal(*lastUsed))
                                 : tr("Next site: %1 (%2), never used.")
                                       .arg(Zones::displayName(*suggested), *suggested));
        return output;
    }

    static Result<CommandOutput> list(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        SiteService sites(context.database(), context.clock());
        const auto uses = sites.zoneUses(patient->id);
        if (!uses)
            return fail(uses.error());
        const auto suggested = Rotation::suggest(*uses);
        CommandOutput output;
        QJsonArray zones;
        for (const ZoneUse &use : *uses) {
            zones.append(QJsonObject{{QStringLiteral("site"), use.zone},
                                     {QStringLiteral("enabled"), use.enabled},
                                     {QStringLiteral("last_used"), optionalTime(use.lastUsed)},
                                     {QStringLiteral("count"), use.count},
                                     {QStringLiteral("open_reactions"), use.openReactions}});
            output.text << QStringLiteral("%1%2\t%3\t%4\t%5")
                               .arg(suggested == use.zone ? QStringLiteral("* ") : QString(),
                                    use.zone, use.enabled ? tr("on") : tr("off"),
                                    use.lastUsed ? iso::formatLocal(*use.lastUsed) : tr("never"))
                               .arg(use.count);
        }
        output.json.insert(QStringLiteral("zones"), zones);
        output.json.insert(QStringLiteral("suggested"),
                           suggested ? QJsonValue(*suggested) : QJsonValue());
        return output;
    }

    static Result<CommandOutput> enable(CommandContext &context)
    {
        return setEnabled(context, true);
    }
    static Result<CommandOutput> disable(CommandContext &context)
    {
        return setEnabled(context, false);
    }

    static Result<CommandOutput> restDays(CommandContext &context)
    {
        SiteService sites(context.database(), context.clock());
        const auto days = context.integer(QStringLiteral("set"));
        if (!days)
            return fail(days.error());
        if (*days) {
            if (auto set = sites.setRestDays(**days); !set)
                return fail(set.error());
        }
        const auto current = sites.restDays();
        if (!current)
            return fail(current.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("days"), *current);
        output.text << tr("A zone rests %1 days after an injection.").arg(*current);
        return output;
    }

    static Result<CommandOutput> addReaction(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        SiteReaction reaction;
        reaction.patientId = patient->id;
        reaction.zone = context.value(QStringLiteral("site"));
        reaction.kind = context.value(QStringLiteral("kind"));
        reaction.note = context.value(QStringLiteral("note"));
        const auto severity = context.integer(QStringLiteral("severity"));
        const auto at = context.dateTime(QStringLiteral("at"));
        const auto injection = context.integer(QStringLiteral("injection"));
        for (const Error *error :
             {severity ? nullptr : &severity.error(), at ? nullptr : &at.error(),
              injection ? nullptr : &injection.error()}) {
            if (error)
                return fail(*error);
        }
        reaction.severity = severity->value_or(1);
        reaction.startedAt = at->value_or(context.clock().now());
        if (*injection)
            reaction.injectionId = **injection;
        SiteService sites(context.database(), context.clock());
        const auto added = sites.addReaction(reaction);
        if (!added)
            return fail(added.error());
        CommandOutput output;
        output.json = reactionJson(*added);
        output.text << tr("Recorded %1 at %2 (id %3).")
                           .arg(ReactionKinds::displayName(added->kind),
                                Zones::displayName(added->zone))
                           .arg(added->id);
        return output;
    }

    static Result<CommandOutput> resolveReaction(CommandContext &context)
    {
        bool ok = false;
        const qint64 id = context.positional().constFirst().toLongLong(&ok);
        if (!ok)
            return fail(Error::rejected(
                QStringLiteral("unknown-reaction"),
                tr("\"%1\" is not a reaction id.").arg(context.positional().constFirst())));
        const auto at = context.dateTime(QStringLiteral("at"));
        if (!at)
            return fail(at.error());
        SiteService sites(context.database(), context.clock());
        const auto resolved = sites.resolveReaction(id, at->value_or(context.clock().now()));
        if (!resolved)
            return fail(resolved.error());
        CommandOutput output;
        output.json = reactionJson(*resolved);
        output.text << tr("Reaction %1 marked as cleared.").arg(id);
        return output;
    }

    static Result<CommandOutput> listReactions(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        SiteService sites(context.database(), context.clock());
        const auto all = sites.reactions(patient->id);
        if (!all)
            return fail(all.error());
        const bool openOnly = context.has(QStringLiteral("open"));
        CommandOutput output;
        QJsonArray array;
        for (const SiteReaction &reaction : *all) {
            if (openOnly && !reaction.isOpen())
                continue;
            array.append(reactionJson(reaction));
            output.text << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                               .arg(reaction.id)
                               .arg(reaction.zone, reaction.kind,
                                    iso::formatLocal(reaction.startedAt),
                                    reaction.resolvedAt ? iso::formatLocal(*reaction.resolvedAt)
                                                        : tr("open"));
        }
        output.json.insert(QStringLiteral("reactions"), array);
        return output;
    }

private:
    static Result<CommandOutput> setEnabled(CommandContext &context, bool enabled)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        SiteService sites(context.database(), context.clock());
        if (auto set = sites.setEnabled(patient->id, context.positional(), enabled); !set)
            return fail(set.error());
        const auto disabled = sites.disabledZones(patient->id);
        if (!disabled)
            return fail(disabled.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("disabled"), QJsonArray::fromStringList(*disabled));
        output.text << (enabled ? tr("Switched on: %1.") : tr("Switched off: %1."))
                           .arg(context.positional().join(QStringLiteral(", ")));
        return output;
    }
};

} // namespace

QList<CommandSpec> siteCommands()
{
    using C = SiteCommands;
    auto option = [](const char *name, const char *valueName, bool required, const QString &help) {
        return OptionSpec{QString::fromLatin1(name), QString::fromLatin1(valueName), required,
                          help};
    };
    const OptionSpec patient = option("patient", "P", false, C::tr("the patient's id or name"));
    const auto spec = [](QStringList words, const QString &summary, QList<OptionSpec> options,
                         QString positional, int minPositional, int maxPositional,
                         CommandSpec::Access access, auto run) {
        return CommandSpec{std::move(words),
                           summary,
                           std::move(options),
                           std::move(positional),
                           minPositional,
                           maxPositional,
                           access,
                           run};
    };
    return {
        spec({QStringLiteral("site"), QStringLiteral("next")}, C::tr("the suggested zone"),
             {patient}, {}, 0, 0, CommandSpec::Access::Reads, &C::next),
        spec({QStringLiteral("site"), QStringLiteral("list")},
             C::tr("every zone: on or off, last use, count, open reactions"), {patient}, {}, 0, 0,
             CommandSpec::Access::Reads, &C::list),
        spec({QStringLiteral("site"), QStringLiteral("enable")}, C::tr("switches zones on"),
             {patient}, QStringLiteral("ZONE..."), 1, 12, CommandSpec::Access::Writes, &C::enable),
        spec({QStringLiteral("site"), QStringLiteral("disable")}, C::tr("switches zones off"),
             {patient}, QStringLiteral("ZONE..."), 1, 12, CommandSpec::Access::Writes, &C::disable),
        spec({QStringLiteral("site"), QStringLiteral("rest-days")},
             C::tr("days a zone rests after an injection (shows or sets it)"),
             {option("set", "N", false, C::tr("the new number of days"))}, {}, 0, 0,
             CommandSpec::Access::Writes, &C::restDays),
        spec({QStringLiteral("reaction"), QStringLiteral("add")}, C::tr("records a site reaction"),
             {patient, option("site", "ZONE", true, C::tr("the zone")),
              option("kind", "KIND", true, C::tr("redness, swelling, itching, pain, …")),
              option("severity", "1-3", false, C::tr("1 mild, 2 moderate, 3 severe")),
              option("at", "T", false, C::tr("when it started (default now)")),
              option("injection", "ID", false, C::tr("the injection it followed")),
              option("note", "TEXT", false, C::tr("a note"))},
             {}, 0, 0, CommandSpec::Access::Writes, &C::addReaction),
        spec({QStringLiteral("reaction"), QStringLiteral("resolve")},
             C::tr("marks a site reaction as cleared"),
             {option("at", "T", false, C::tr("when it cleared (default now)"))},
             QStringLiteral("ID"), 1, 1, CommandSpec::Access::Writes, &C::resolveReaction),
        spec({QStringLiteral("reaction"), QStringLiteral("list")},
             C::tr("site reactions, newest first"),
             {patient, option("open", "", false, C::tr("only those not cleared"))}, {}, 0, 0,
             CommandSpec::Access::Reads, &C::listReactions),
    };
}

} // namespace shotbook::cli
