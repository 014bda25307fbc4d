#include "StockRules.h"

#include <cmath>

namespace shotbook {

const QStringList &StockRules::discardReasons()
{
    static const QStringList ids = {QStringLiteral("expired"),          QStringLiteral("cloudy"),
                                    QStringLiteral("frozen"),           QStringLiteral("damaged"),
                                    QStringLiteral("room-temperature"), QStringLiteral("other")};
    return ids;
}

QString StockRules::discardReasonName(const QString &id)
{
    if (id == QLatin1String("expired"))
        return tr("Expired");
    if (id == QLatin1String("cloudy"))
        return tr("Cloudy, discoloured or with particles");
    if (id == QLatin1String("frozen"))
        return tr("Frozen");
    if (id == QLatin1String("damaged"))
        return tr("Dropped or damaged");
    if (id == QLatin1String("room-temperature"))
        return tr("Too long at room temperature");
    if (id == QLatin1String("other"))
        return tr("Other");
    return id;
}

Status StockRules::checkReceive(const QString &lot, const QDate &expires, const QDate &received,
                                int count, const QDate &today)
{
    const auto reject = [](const QString &code, const QString &message) {
        return fail(Error::rejected(code, message));
    };
    if (lot.trimmed().isEmpty() || lot.trimmed().size() > 60)
        return reject(QStringLiteral("invalid-lot"),
                      tr("The lot number must have 1 to 60 characters (it is printed on the "
                         "carton and the syringe)."));
    if (count <= 0 || count > MaxCount)
        return reject(QStringLiteral("invalid-count"),
                      tr("The count %1 is out of range; it must be from 1 to %2 syringes.")
                          .arg(count)
                          .arg(MaxCount));
    if (!expires.isValid() || !received.isValid())
        return reject(QStringLiteral("invalid-date"),
                      tr("The expiry and received dates are needed."));
    if (received > today)
        return reject(
            QStringLiteral("invalid-date"),
            tr("The received date %1 is in the future.").arg(received.toString(Qt::ISODate)));
    if (expires < received)
        return reject(QStringLiteral("invalid-date"),
                      tr("The expiry date %1 is before the received date %2; check the carton.")
                          .arg(expires.toString(Qt::ISODate), received.toString(Qt::ISODate)));
    return {};
}

Status StockRules::checkDiscard(const Lot &lot, int count, const QString &reason)
{
    if (!discardReasons().contains(reason))
        return fail(Error::rejected(QStringLiteral("invalid-reason"),
                                    tr("Unknown reason \"%1\"; use one of: %2.")
                                        .arg(reason, discardReasons().join(QStringLiteral(", ")))));
    if (count <= 0 || count > lot.remaining)
        return fail(Error::rejected(QStringLiteral("invalid-count"),
                                    tr("Cannot discard %1 syringes of lot %2: %3 remain.")
                                        .arg(count)
                                        .arg(lot.lot)
                                        .arg(lot.remaining)));
    return {};
}

int StockRules::syringesFor(double doseMg)
{
    return qMax(1, static_cast<int>(std::ceil(doseMg / SyringeMg - 1e-9)));
}

} // namespace shotbook
