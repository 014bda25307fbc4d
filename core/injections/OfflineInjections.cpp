#include "OfflineInjections.h"

#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

#include <QJsonObject>

namespace shotbook {

namespace {

// The same dose, already on the server: sent, then the outbox was not told
// (the program stopped between the two).
bool sameDose(const Injection &logged, qint64 patientId, const InjectionInput &input)
{
    return logged.patientId == patientId && input.at && logged.at == *input.at &&
           logged.site == input.site;
}

} // namespace

bool OfflineInjections::Sent::doubleDose() const
{
    if (!logged)
        return false;
    for (const Warning &warning : logged->warnings) {
        if (warning.code == QLatin1String("double-dose") ||
            warning.code == QLatin1String("too-soon"))
            return true;
    }
    return false;
}

QJsonObject OfflineInjections::toJson(qint64 patientId, const InjectionInput &input)
{
    QJsonObject json{{QStringLiteral("patient_id"), patientId},
                     {QStringLiteral("site"), input.site},
                     {QStringLiteral("given_by"), input.givenBy},
                     {QStringLiteral("note"), input.note},
                     {QStringLiteral("too_long_out"), static_cast<int>(input.tooLongOut)}};
    if (input.at)
        json.insert(QStringLiteral("at"), iso::formatUtc(*input.at));
    if (input.doseMg)
        json.insert(QStringLiteral("dose_mg"), *input.doseMg);
    if (input.lot)
        json.insert(QStringLiteral("lot"), *input.lot);
    if (input.spot) {
        json.insert(QStringLiteral("spot_x"), input.spot->x());
        json.insert(QStringLiteral("spot_y"), input.spot->y());
    }
    return json;
}

std::optional<std::pair<qint64, InjectionInput>>
OfflineInjections::fromJson(const QJsonObject &json)
{
    const qint64 patientId = json.value(QStringLiteral("patient_id")).toInteger();
    const auto at = iso::parseDateTime(json.value(QStringLiteral("at")).toString());
    if (patientId <= 0 || !at)
        return std::nullopt;
    InjectionInput input;
    input.at = *at;
    input.site = json.value(QStringLiteral("site")).toString();
    input.givenBy = json.value(QStringLiteral("given_by")).toString();
    input.note = json.value(QStringLiteral("note")).toString();
    const int tooLongOut = json.value(QStringLiteral("too_long_out")).toInt();
    if (tooLongOut >= static_cast<int>(TooLongOut::Avoid) &&
        tooLongOut <= static_cast<int>(TooLongOut::DiscardThem))
        input.tooLongOut = static_cast<TooLongOut>(tooLongOut);
    if (json.contains(QStringLiteral("dose_mg")))
        input.doseMg = json.value(QStringLiteral("dose_mg")).toDouble();
    if (json.contains(QStringLiteral("lot")))
        input.lot = json.value(QStringLiteral("lot")).toString();
    if (json.contains(QStringLiteral("spot_x")))
        input.spot = QPointF(json.value(QStringLiteral("spot_x")).toDouble(),
                             json.value(QStringLiteral("spot_y")).toDouble());
    return std::make_pair(patientId, input);
}

Result<qint64> OfflineInjections::keep(Outbox &outbox, const Database &server, qint64 patientId,
                                       InjectionInput input, const Clock &clock)
{
    if (!input.at)
        input.at = clock.now();
    // Who gave it: the login this window had, as on the server.
    if (input.givenBy.trimmed().isEmpty())
        input.givenBy = server.author();
    return outbox.add(server.path(), kind(), toJson(patientId, input), clock.now());
}

Result<QList<OfflineInjections::Sent>> OfflineInjections::send(Database &server, Outbox &outbox,
                                                               const Clock &clock)
{
    const auto waiting = outbox.pending(server.path());
    if (!waiting)
        return fail(waiting.error());
    QList<Sent> sent;
    InjectionLog log(server, clock);
    for (const OutboxEntry &entry : *waiting) {
        if (entry.kind != kind())
            continue;
        Sent one;
        one.entryId = entry.id;
        const auto parsed = fromJson(entry.payload);
        if (!parsed) {
            one.error = Error::internal(QStringLiteral("outbox-entry-unreadable"),
                                        tr("An entry of the outbox cannot be read; it is kept "
                                           "in %1.")
                                            .arg(outbox.path()));
            sent.append(one);
            continue;
        }
        one.patientId = parsed->first;
        one.input = parsed->second;
        const QDate day = one.input.at->toLocalTime().date();
        const auto there = log.list(one.patientId, day, day);
        if (!there) {
            if (!server.reachable())
                return sent; // away again: the rest waits
            one.error = there.error();
        } else if (std::any_of(there->cbegin(), there->cend(), [&](const Injection &logged) {
                       return sameDose(logged, one.patientId, one.input);
                   })) {
            one.alreadyThere = true;
        } else {
            auto logged = log.log(one.patientId, one.input, Confirmations::all());
            if (!logged) {
                if (!server.reachable())
                    return sent;
                one.error = logged.error();
            } else {
                one.logged = std::move(*logged);
            }
        }
        if (one.error) {
            (void)outbox.setLastError(entry.id, one.error->message);
        } else if (auto removed = outbox.remove(entry.id); !removed) {
            // On the server but still in the outbox: the next send finds it
            // there and does not log it twice.
            one.error = removed.error();
        }
        sent.append(one);
    }
    return sent;
}

} // namespace shotbook
