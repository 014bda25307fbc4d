#include "InjectionRules.h"

#include "common/IsoDateTime.h"
#include "sites/Zones.h"

#include <cmath>

namespace shotbook {

Status InjectionRules::check(const Injection &injection, const QDateTime &now)
{
    const auto reject = [](const QString &code, const QString &message) {
        return fail(Error::rejected(code, message));
    };
    if (!std::isfinite(injection.doseMg) || injection.doseMg <= 0 || injection.doseMg > MaxDoseMg)
        return reject(QStringLiteral("invalid-dose"),
                      tr("The dose %1 mg is out of range; it must be more than 0 and at most %2 "
                         "mg.")
                          .arg(injection.doseMg)
                          .arg(MaxDoseMg));
    if (!Zones::isValid(injection.site))
        return reject(QStringLiteral("unknown-site"),
                      tr("Unknown site \"%1\"; use one of: %2.")
                          .arg(injection.site, Zones::ids().join(QStringLiteral(", "))));
    if (!injection.at.isValid())
        return reject(QStringLiteral("invalid-time"), tr("The injection has no valid time."));
    if (now.secsTo(injection.at) > MaxFutureSecs)
        return reject(QStringLiteral("invalid-time"),
                      tr("The time %1 is more than 24 hours in the future; log an injection "
                         "when it has been given.")
                          .arg(iso::formatUtc(injection.at)));
    if (injection.at.date().year() < 1990)
        return reject(QStringLiteral("invalid-time"),
                      tr("The time %1 is before 1990.").arg(iso::formatUtc(injection.at)));
    if (injection.givenBy.size() > MaxGivenByLength)
        return reject(QStringLiteral("invalid-text"),
                      tr("\"Given by\" has %1 characters; at most %2 are allowed.")
                          .arg(injection.givenBy.size())
                          .arg(MaxGivenByLength));
    if (injection.note.size() > MaxNoteLength)
        return reject(QStringLiteral("invalid-text"),
                      tr("The note has %1 characters; at most %2 are allowed.")
                          .arg(injection.note.size())
                          .arg(MaxNoteLength));
    if (injection.spot && (injection.spot->x() < 0 || injection.spot->x() > 1 ||
                           injection.spot->y() < 0 || injection.spot->y() > 1))
        return reject(QStringLiteral("invalid-spot"),
                      tr("The spot within the zone must be given as fractions from 0 to 1."));
    if (injection.lot && (injection.lot->isEmpty() || injection.lot->size() > 60))
        return reject(QStringLiteral("invalid-lot"),
                      tr("The lot number must have 1 to 60 characters."));
    return {};
}

} // namespace shotbook
