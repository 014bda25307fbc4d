#include "SideEffectCatalog.h"

#include <QRegularExpression>

namespace shotbook {

namespace {

QString normalised(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toCaseFolded().replace(separators, QStringLiteral(" ")).trimmed();
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

const QList<CatalogTerm> &SideEffectCatalog::terms()
{
    using G = CatalogTerm::Group;
    static const QList<CatalogTerm> all = {
        // Common (label).
        {QStringLiteral("headache"), G::Common, list({"headache", "head ache"})},
        {QStringLiteral("nausea"), G::Common, list({"nausea", "feeling sick", "queasy"})},
        {QStringLiteral("vomiting"), G::Common,
         list({"vomiting", "vomit", "being sick", "throwing up"})},
        {QStringLiteral("diarrhoea"), G::Common, list({"diarrhoea", "diarrhea", "loose stools"})},
        {QStringLiteral("injection-site-reaction"), G::Common,
         list({"injection site reaction", "site reaction", "injection site redness",
               "injection site swelling", "injection site pain"})},
        {QStringLiteral("joint-pain"), G::Common,
         list({"joint pain", "arthralgia", "sore joints"})},
        {QStringLiteral("infection"), G::Common, list({"infection"})},
        {QStringLiteral("fever"), G::Common, list({"fever", "high temperature", "pyrexia"})},
        {QStringLiteral("common-cold"), G::Common,
         list({"common cold", "cold", "runny nose", "nasopharyngitis", "sore throat"})},
        // Serious (label).
        {QStringLiteral("rash"), G::Serious, list({"rash", "skin rash"})},
        {QStringLiteral("hypersensitivity"), G::Serious,
         list({"hypersensitivity", "allergic reaction", "allergy"})},
        {QStringLiteral("angioedema"), G::Serious, list({"angioedema"}), true},
        {QStringLiteral("raised-liver-enzymes"), G::Serious,
         list({"raised liver enzymes", "high liver enzymes", "elevated liver enzymes",
               "liver enzymes", "raised alt", "raised ast"})},
        {QStringLiteral("low-neutrophils"), G::Serious,
         list({"low neutrophils", "neutropenia", "low white blood cells", "low white cell count"})},
        {QStringLiteral("low-platelets"), G::Serious,
         list({"low platelets", "thrombocytopenia", "low platelet count"})},
        // Red flags: get medical help now.
        {QStringLiteral("anaphylaxis"), G::RedFlag,
         list({"anaphylaxis", "anaphylactic reaction", "anaphylactic shock"})},
        {QStringLiteral("trouble-breathing"), G::RedFlag,
         list({"trouble breathing", "difficulty breathing", "short of breath",
               "shortness of breath", "breathless", "dyspnoea", "dyspnea", "wheezing",
               "cannot breathe", "can t breathe"})},
        {QStringLiteral("swelling"), G::RedFlag,
         list({"swelling of the face", "swelling of face", "swollen face", "swollen lips",
               "swelling of the lips", "swollen tongue", "swollen throat", "swelling of the throat",
               "throat swelling", "swollen legs", "swollen feet", "swelling of the legs",
               "swelling of the feet", "swollen ankles"})},
        {QStringLiteral("chest-pain"), G::RedFlag,
         list({"chest pain", "pain in the chest", "chest tightness"})},
        {QStringLiteral("hives"), G::RedFlag,
         list({"hives", "urticaria", "nettle rash", "extreme itching", "severe itching"})},
        {QStringLiteral("serious-infection"), G::RedFlag,
         list({"serious infection", "severe infection", "sepsis", "pneumonia", "cellulitis"})},
        {QStringLiteral("unusual-bleeding"), G::RedFlag,
         list({"unusual bruising", "unusual bleeding", "bleeding", "bruising easily",
               "easy bruising"})},
        {QStringLiteral("extreme-tiredness"), G::RedFlag,
         list({"extreme tiredness", "extreme weakness", "extreme fatigue", "severe fatigue",
               "severe weakness"})},
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
    const QString typed = normalised(text);
    if (typed.isEmpty())
        return std::nullopt;
    for (const CatalogTerm &term : terms()) {
        if (normalised(term.id) == typed)
            return term;
        for (const QString &synonym : term.synonyms) {
            if (normalised(synonym) == typed)
                return term;
        }
    }
    return std::nullopt;
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
