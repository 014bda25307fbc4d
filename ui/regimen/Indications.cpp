#include "Indications.h"

namespace shotbook::ui {

QString Indications::displayName(const QString &id)
{
    if (id == QLatin1String("ra"))
        return tr("Rheumatoid arthritis");
    if (id == QLatin1String("caps"))
        return tr("CAPS");
    if (id == QLatin1String("nomid"))
        return tr("NOMID");
    if (id == QLatin1String("dira"))
        return tr("DIRA");
    if (id == QLatin1String("other"))
        return tr("Other");
    return id;
}

QString Indications::description(const QString &id)
{
    if (id == QLatin1String("ra"))
        return tr("Usually a fixed dose of 100 mg once a day.");
    if (id == QLatin1String("caps"))
        return tr("Cryopyrin-associated periodic syndromes: a dose by weight (mg/kg).");
    if (id == QLatin1String("nomid"))
        return tr("Neonatal-onset multisystem inflammatory disease, a severe form of CAPS: a "
                  "dose by weight (mg/kg), sometimes split in two.");
    if (id == QLatin1String("dira"))
        return tr("Deficiency of the interleukin-1 receptor antagonist: a dose by weight (mg/kg).");
    if (id == QLatin1String("other"))
        return tr("Anything else your doctor prescribed it for.");
    return {};
}

bool Indications::dosedByWeight(const QString &id)
{
    return id == QLatin1String("caps") || id == QLatin1String("nomid") ||
           id == QLatin1String("dira");
}

} // namespace shotbook::ui
