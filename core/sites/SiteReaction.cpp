#include "SiteReaction.h"

namespace shotbook {

const QStringList &ReactionKinds::ids()
{
    static const QStringList all = {
        QStringLiteral("redness"),  QStringLiteral("swelling"),   QStringLiteral("itching"),
        QStringLiteral("pain"),     QStringLiteral("bruising"),   QStringLiteral("bleeding"),
        QStringLiteral("hives"),    QStringLiteral("lumps"),      QStringLiteral("rash"),
        QStringLiteral("warmth"),   QStringLiteral("blistering"), QStringLiteral("burning"),
        QStringLiteral("numbness"), QStringLiteral("ulceration"), QStringLiteral("scarring"),
        QStringLiteral("other"),
    };
    return all;
}

QString ReactionKinds::displayName(const QString &id)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("redness"), QT_TR_NOOP("Redness")},
        {QStringLiteral("swelling"), QT_TR_NOOP("Swelling")},
        {QStringLiteral("itching"), QT_TR_NOOP("Itching")},
        {QStringLiteral("pain"), QT_TR_NOOP("Pain")},
        {QStringLiteral("bruising"), QT_TR_NOOP("Bruising")},
        {QStringLiteral("bleeding"), QT_TR_NOOP("Bleeding")},
        {QStringLiteral("hives"), QT_TR_NOOP("Hives")},
        {QStringLiteral("lumps"), QT_TR_NOOP("Lumps")},
        {QStringLiteral("rash"), QT_TR_NOOP("Rash")},
        {QStringLiteral("warmth"), QT_TR_NOOP("Warmth")},
        {QStringLiteral("blistering"), QT_TR_NOOP("Blistering")},
        {QStringLiteral("burning"), QT_TR_NOOP("Burning")},
        {QStringLiteral("numbness"), QT_TR_NOOP("Numbness")},
        {QStringLiteral("ulceration"), QT_TR_NOOP("Ulceration")},
        {QStringLiteral("scarring"), QT_TR_NOOP("Scarring")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")},
    };
    const auto it = names.constFind(id);
    return it == names.constEnd() ? id : tr(it.value());
}

QString ReactionKinds::severityName(int severity)
{
    switch (severity) {
    case 1:
        return tr("mild");
    case 2:
        return tr("moderate");
    case 3:
        return tr("severe");
    default:
        return QString::number(severity);
    }
}

} // namespace shotbook
