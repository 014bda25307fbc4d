#include "SideEffectCatalog.h"

#include "RedFlagMatcher.h"

namespace shotbook {

const QList<CatalogTerm> &SideEffectCatalog::terms()
{
    using G = CatalogTerm::Group;
    static const QList<CatalogTerm> all = {
        // Common (label).
        {QStringLiteral("headache"), G::Common},
        {QStringLiteral("nausea"), G::Common},
        {QStringLiteral("vomiting"), G::Common},
        {QStringLiteral("diarrhoea"), G::Common},
        {QStringLiteral("injection-site-reaction"), G::Common},
        {QStringLiteral("joint-pain"), G::Common},
        {QStringLiteral("infection"), G::Common},
        {QStringLiteral("fever"), G::Common},
        {QStringLiteral("common-cold"), G::Common},
        // Serious (label).
        {QStringLiteral("rash"), G::Serious},
        {QStringLiteral("hypersensitivity"), G::Serious},
        {QStringLiteral("angioedema"), G::Serious, true},
        {QStringLiteral("raised-liver-enzymes"), G::Serious},
        {QStringLiteral("low-neutrophils"), G::Serious},
        {QStringLiteral("low-platelets"), G::Serious},
        // Red flags: get medical help now.
        {QStringLiteral("anaphylaxis"), G::RedFlag},
        {QStringLiteral("trouble-breathing"), G::RedFlag},
        {QStringLiteral("swelling"), G::RedFlag},
        {QStringLiteral("chest-pain"), G::RedFlag},
        {QStringLiteral("hives"), G::RedFlag},
        {QStringLiteral("serious-infection"), G::RedFlag},
        {QStringLiteral("unusual-bleeding"), G::RedFlag},
        {QStringLiteral("extreme-tiredness"), G::RedFlag},
    };
    return all;
}

std::optional<CatalogTerm> SideEffectCatalog::find(const QString &id)
{
    for (const CatalogTerm &term : terms()) {
        if (term.id == id)
            return term;
    }
    return std::nullopt;
}

std::optional<CatalogTerm> SideEffectCatalog::match(const QString &text)
{
    const RedFlagMatch found = RedFlagMatcher::builtIn().match(text);
    if (found.termId.isEmpty())
        return std::nullopt;
    return find(found.termId);
}

QString SideEffectCatalog::displayName(const QString &id)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("headache"), QT_TR_NOOP("Headache")},
        {QStringLiteral("nausea"), QT_TR_NOOP("Nausea")},
        {QStringLiteral("vomiting"), QT_TR_NOOP("Vomiting")},
        {QStringLiteral("diarrhoea"), QT_TR_NOOP("Diarrhoea")},
        {QStringLiteral("injection-site-reaction"), QT_TR_NOOP("Injection-site reaction")},
        {QStringLiteral("joint-pain"), QT_TR_NOOP("Joint pain")},
        {QStringLiteral("infection"), QT_TR_NOOP("Infection")},
        {QStringLiteral("fever"), QT_TR_NOOP("Fever")},
        {QStringLiteral("common-cold"), QT_TR_NOOP("Common cold")},
        {QStringLiteral("rash"), QT_TR_NOOP("Rash")},
        {QStringLiteral("hypersensitivity"), QT_TR_NOOP("Allergic reaction (hypersensitivity)")},
        {QStringLiteral("angioedema"), QT_TR_NOOP("Angioedema")},
        {QStringLiteral("raised-liver-enzymes"), QT_TR_NOOP("Raised liver enzymes")},
        {QStringLiteral("low-neutrophils"), QT_TR_NOOP("Low neutrophils")},
        {QStringLiteral("low-platelets"), QT_TR_NOOP("Low platelets")},
        {QStringLiteral("anaphylaxis"), QT_TR_NOOP("Anaphylaxis (severe allergic reaction)")},
        {QStringLiteral("trouble-breathing"), QT_TR_NOOP("Trouble breathing")},
        {QStringLiteral("swelling"),
         QT_TR_NOOP("Swelling of the face, lips, throat, legs or feet")},
        {QStringLiteral("chest-pain"), QT_TR_NOOP("Chest pain")},
        {QStringLiteral("hives"), QT_TR_NOOP("Hives or extreme itching")},
        {QStringLiteral("serious-infection"), QT_TR_NOOP("Signs of a serious infection")},
        {QStringLiteral("unusual-bleeding"), QT_TR_NOOP("Unusual bruising or bleeding")},
        {QStringLiteral("extreme-tiredness"), QT_TR_NOOP("Extreme tiredness or weakness")},
    };
    const auto it = names.constFind(id);
    return it == names.constEnd() ? id : tr(it.value());
}

QString SideEffectCatalog::redFlagAdvice()
{
    return tr("Get medical help now.") + QLatin1Char(' ') + redFlagActions();
}

QString SideEffectCatalog::redFlagActions()
{
    return tr("Stop using anakinra and call your doctor. For a severe allergic reaction "
              "(anaphylaxis), swelling of the throat or trouble breathing, call the emergency "
              "number.");
}

} // namespace shotbook
