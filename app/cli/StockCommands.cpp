#include "CommandContext.h"
#include "CommandSpec.h"
#include "JsonText.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "stock/StockRules.h"
#include "stock/StockService.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace shotbook::cli {

namespace {

class StockCommands final
{
    Q_DECLARE_TR_FUNCTIONS(StockCommands)

public:
    static Result<CommandOutput> add(CommandContext &context)
    {
        const auto expires = context.date(QStringLiteral("expires"));
        const auto received = context.date(QStringLiteral("received"));
        const auto count = context.integer(QStringLiteral("count"));
        for (const Error *error :
             {expires ? nullptr : &expires.error(), received ? nullptr : &received.error(),
              count ? nullptr : &count.error()}) {
            if (error)
                return fail(*error);
        }
        StockService stock(context.database(), context.clock());
        const auto lot =
            stock.receive(context.value(QStringLiteral("lot")), **expires, **count, *received);
        if (!lot)
            return fail(lot.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("id"), lot->id);
        output.json.insert(QStringLiteral("lot"), lot->lot);
        output.json.insert(QStringLiteral("remaining"), lot->remaining);
        output.text << tr("Received %1 syringes of lot %2 (expires %3); %4 in this lot.")
                           .arg(**count)
                           .arg(lot->lot, iso::formatDate(lot->expires))
                           .arg(lot->remaining);
        if (lot->isExpiredOn(context.clock().today()))
            output.warnings.append(
                {QStringLiteral("lot-expired"), tr("Lot %1 has already expired.").arg(lot->lot)});
        return output;
    }

    static Result<CommandOutput> list(CommandContext &context)
    {
        StockService stock(context.database(), context.clock());
        const auto lots = stock.lots();
        if (!lots)
            return fail(lots.error());
        const auto soonDays = stock.expiringSoonDays();
        if (!soonDays)
            return fail(soonDays.error());
        const QDate today = context.clock().today();
        CommandOutput output;
        QJsonArray array;
        for (const Lot &lot : *lots) {
            const QString status = lot.remaining == 0       ? QStringLiteral("empty")
                                   : lot.isExpiredOn(today) ? QStringLiteral("expired")
                                   : lot.expiresWithin(today, *soonDays)
                                       ? QStringLiteral("expiring-soon")
                                       : QStringLiteral("ok");
            array.append(QJsonObject{{QStringLiteral("lot"), lot.lot},
                                     {QStringLiteral("expires"), iso::formatDate(lot.expires)},
                                     {QStringLiteral("received"), iso::formatDate(lot.received)},
                                     {QStringLiteral("remaining"), lot.remaining},
                                     {QStringLiteral("out_of_fridge"), lot.outOfFridge},
                                     {QStringLiteral("status"), status}});
            output.text << QStringLiteral("%1\t%2\t%3\t%4")
                               .arg(lot.lot, iso::formatDate(lot.expires))
                               .arg(lot.remaining)
                               .arg(status);
        }
        if (lots->isEmpty())
            output.text << tr("No stock recorded.");
        output.json.insert(QStringLiteral("lots"), array);
        return output;
    }

    static Result<CommandOutput> discard(CommandContext &context)
    {
        const auto count = context.integer(QStringLiteral("count"));
        if (!count)
            return fail(count.error());
        StockService stock(context.database(), context.clock());
        if (auto done = stock.discard(context.value(QStringLiteral("lot")), **count,
                                      context.value(QStringLiteral("reason")),
                                      context.value(QStringLiteral("note")));
            !done)
            return fail(done.error());
        CommandOutput output;
        output.text << tr("Discarded %1 syringe(s) of lot %2.")
                           .arg(**count)
                           .arg(context.value(QStringLiteral("lot")));
        return output;
    }

    static Result<CommandOutput> out(CommandContext &context)
    {
        const auto count = context.integer(QStringLiteral("count"));
        const auto at = context.dateTime(QStringLiteral("at"));
        if (!count)
            return fail(count.error());
        if (!at)
            return fail(at.error());
        StockService stock(context.database(), context.clock());
        if (auto done = stock.takeOutOfFridge(context.value(QStringLiteral("lot")),
                                              count->value_or(1), *at);
            !done)
            return fail(done.error());
        CommandOutput output;
        output.text << tr("Out of the fridge: use within the allowed time at up to 25 °C, and do "
                          "not put it back.");
        return output;
    }

    static Result<CommandOutput> status(CommandContext &context)
    {
        std::optional<qint64> patientId;
        if (context.has(QStringLiteral("patient"))) {
            const auto patient = context.patient();
            if (!patient)
                return fail(patient.error());
            patientId = patient->id;
        }
        StockService stock(context.database(), context.clock());
        const auto forecast = stock.status(patientId);
        if (!forecast)
            return fail(forecast.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("syringes_left"), forecast->syringesLeft);
        output.json.insert(QStringLiteral("syringes_per_day"), forecast->syringesPerDay);
        output.json.insert(QStringLiteral("days_left"),
                           forecast->daysLeft
                               ? QJsonValue(std::floor(*forecast->daysLeft * 10.0) / 10.0)
                               : QJsonValue());
        output.json.insert(QStringLiteral("runs_out_on"),
                           forecast->runsOutOn ? QJsonValue(iso::formatDate(*forecast->runsOutOn))
                                               : QJsonValue());
        output.json.insert(QStringLiteral("wasted"), forecast->wasted);
        QJsonArray alerts;
        for (const StockAlert &alert : forecast->alerts) {
            alerts.append(QJsonObject{
                {QStringLiteral("code"), alert.code},
                {QStringLiteral("lot"), alert.lot.isEmpty() ? QJsonValue() : QJsonValue(alert.lot)},
                {QStringLiteral("message"), alert.message}});
            output.warnings.append({alert.code, alert.message});
        }
        output.json.insert(QStringLiteral("alerts"), alerts);
        output.text << tr("%1 usable syringe(s) in stock.").arg(forecast->syringesLeft);
        if (forecast->daysLeft)
            output.text << tr("At %1 a day they last %2 days, until %3.")
                               .arg(forecast->syringesPerDay, 0, 'g', 3)
                               .arg(std::floor(*forecast->daysLeft), 0, 'f', 0)
                               .arg(iso::formatDate(*forecast->runsOutOn));
        return output;
    }

    static Result<CommandOutput> history(CommandContext &context)
    {
        StockService stock(context.database(), context.clock());
        const auto movements = stock.movements();
        if (!movements)
            return fail(movements.error());
        CommandOutput output;
        QJsonArray array;
        for (const StockMovement &movement : *movements) {
            array.append(QJsonObject{
                {QStringLiteral("at"), iso::formatLocal(movement.at)},
                {QStringLiteral("lot"), movement.lot},
                {QStringLiteral("kind"), movement.kind},
                {QStringLiteral("count"), movement.count},
                {QStringLiteral("injection"),
                 movement.injectionId > 0 ? QJsonValue(movement.injectionId) : QJsonValue()},
                {QStringLiteral("reason"), movement.reason}});
            output.text << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                               .arg(peopleTime(movement.at), movement.lot, movement.kind)
                               .arg(movement.count)
                               .arg(movement.reason);
        }
        output.json.insert(QStringLiteral("movements"), array);
        return output;
    }
};

} // namespace

QList<CommandSpec> stockCommands()
{
    using C = StockCommands;
    auto option = [](const char *name, const char *valueName, bool required, const QString &help) {
        return OptionSpec{QString::fromLatin1(name), QString::fromLatin1(valueName), required,
                          help};
    };
    const auto spec = [](const char *second, const QString &summary, QList<OptionSpec> options,
                         CommandSpec::Access access, auto run) {
        return CommandSpec{{QStringLiteral("stock"), QString::fromLatin1(second)},
                           summary,
                           std::move(options),
                           {},
                           0,
                           0,
                           access,
                           run};
    };
    return {
        spec("add", C::tr("receives syringes"),
             {option("lot", "LOT", true, C::tr("lot number")),
              option("expires", "DATE", true, C::tr("expiry date")),
              option("count", "N", true, C::tr("number of syringes")),
              option("received", "DATE", false, C::tr("received on (default today)"))},
             CommandSpec::Access::Writes, &C::add),
        spec("list", C::tr("lots"), {}, CommandSpec::Access::Reads, &C::list),
        spec("discard", C::tr("discards syringes"),
             {option("lot", "LOT", true, C::tr("lot number")),
              option("count", "N", true, C::tr("number of syringes")),
              option("reason", "REASON", true,
                     C::tr("expired, cloudy, frozen, damaged, room-temperature, other")),
              option("note", "TEXT", false, C::tr("a note"))},
             CommandSpec::Access::Writes, &C::discard),
        spec("out", C::tr("takes syringes out of the fridge"),
             {option("lot", "LOT", true, C::tr("lot number")),
              option("count", "N", false, C::tr("number of syringes (default 1)")),
              option("at", "T", false, C::tr("when (default now)"))},
             CommandSpec::Access::Writes, &C::out),
        spec("status", C::tr("supply as of now"),
             {option("patient", "P", false, C::tr("only this patient's use"))},
             CommandSpec::Access::Reads, &C::status),
        spec("history", C::tr("every stock movement"), {}, CommandSpec::Access::Reads, &C::history),
    };
}

} // namespace shotbook::cli
