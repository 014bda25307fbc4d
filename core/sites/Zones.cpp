#include "Zones.h"

namespace shotbook {

const QStringList &Zones::ids()
{
    static const QStringList all = {
        QStringLiteral("abdomen-upper-left"), QStringLiteral("abdomen-upper-right"),
        QStringLiteral("abdomen-lower-left"), QStringLiteral("abdomen-lower-right"),
        QStringLiteral("thigh-left-upper"),   QStringLiteral("thigh-left-lower"),
        QStringLiteral("thigh-right-upper"),  QStringLiteral("thigh-right-lower"),
        QStringLiteral("arm-left"),           QStringLiteral("arm-right"),
        QStringLiteral("buttock-left"),       QStringLiteral("buttock-right"),
    };
    return all;
}

bool Zones::isValid(const QString &id)
{
    return ids().contains(id);
}

QString Zones::displayName(const QString &id)
{
    if (id == QLatin1String("abdomen-upper-left"))
        return tr("Abdomen, upper left");
    if (id == QLatin1String("abdomen-upper-right"))
        return tr("Abdomen, upper right");
    if (id == QLatin1String("abdomen-lower-left"))
        return tr("Abdomen, lower left");
    if (id == QLatin1String("abdomen-lower-right"))
        return tr("Abdomen, lower right");
    if (id == QLatin1String("thigh-left-upper"))
        return tr("Left thigh, upper");
    if (id == QLatin1String("thigh-left-lower"))
        return tr("Left thigh, lower");
    if (id == QLatin1String("thigh-right-upper"))
        return tr("Right thigh, upper");
    if (id == QLatin1String("thigh-right-lower"))
        return tr("Right thigh, lower");
    if (id == QLatin1String("arm-left"))
        return tr("Left arm (back)");
    if (id == QLatin1String("arm-right"))
        return tr("Right arm (back)");
    if (id == QLatin1String("buttock-left"))
        return tr("Left buttock (upper outer)");
    if (id == QLatin1String("buttock-right"))
        return tr("Right buttock (upper outer)");
    return id;
}

bool Zones::needsHelper(const QString &id)
{
    return id.startsWith(QLatin1String("arm-")) || id.startsWith(QLatin1String("buttock-"));
}

QSizeF Zones::sizeCm(const QString &id)
{
    if (id.startsWith(QLatin1String("abdomen-")))
        return {10.0, 8.0};
    if (id.startsWith(QLatin1String("thigh-")))
        return {12.0, 15.0};
    if (id.startsWith(QLatin1String("arm-")))
        return {8.0, 12.0};
    return {12.0, 10.0}; // buttocks
}

} // namespace shotbook
