#include "MedicineCatalog.h"

#include <QRegularExpression>

namespace shotbook {

namespace {

struct Entry
{
    const char *generic;
    QStringList names; // generic and brand names, lower case
};

QString normalised(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return QLatin1Char(' ') +
           text.toCaseFolded().replace(separators, QStringLiteral(" ")).trimmed() +
           QLatin1Char(' ');
}

// Whole words: "Enbrel 50 mg" matches "enbrel"; "mmrvaxpro" matches "mmrvaxpro".
bool mentions(const QString &name, const QStringList &candidates)
{
    const QString text = normalised(name);
    for (const QString &candidate : candidates) {
        if (text.contains(normalised(candidate)))
            return true;
    }
    return false;
}

const QList<Entry> &biologics()
{
    static const QList<Entry> entries = {
        {"adalimumab",
         {QStringLiteral("adalimumab"), QStringLiteral("humira"), QStringLiteral("amgevita"),
          QStringLiteral("hyrimoz"), QStringLiteral("imraldi"), QStringLiteral("hulio"),
          QStringLiteral("yuflyma")}},
        {"etanercept",
         {QStringLiteral("etanercept"), QStringLiteral("enbrel"), QStringLiteral("benepali"),
          QStringLiteral("erelzi")}},
        {"certolizumab pegol", {QStringLiteral("certolizumab"), QStringLiteral("cimzia")}},
        {"golimumab", {QStringLiteral("golimumab"), QStringLiteral("simponi")}},
        {"infliximab",
         {QStringLiteral("infliximab"), QStringLiteral("remicade"), QStringLiteral("inflectra"),
          QStringLiteral("remsima"), QStringLiteral("flixabi"), QStringLiteral("zessly")}},
        {"abatacept", {QStringLiteral("abatacept"), QStringLiteral("orencia")}},
        {"rilonacept", {QStringLiteral("rilonacept"), QStringLiteral("arcalyst")}},
    };
    return entries;
}

const QList<Entry> &liveVaccines()
{
    static const QList<Entry> entries = {
        {"measles, mumps and rubella (MMR)",
         {QStringLiteral("mmr"), QStringLiteral("m-m-r"), QStringLiteral("mmrvaxpro"),
          QStringLiteral("priorix"), QStringLiteral("measles"), QStringLiteral("mumps"),
          QStringLiteral("rubella"), QStringLiteral("mmrv"), QStringLiteral("proquad"),
          QStringLiteral("priorix tetra")}},
        {"varicella (chickenpox)",
         {QStringLiteral("varicella"), QStringLiteral("chickenpox"), QStringLiteral("varivax"),
          QStringLiteral("varilrix")}},
        {"shingles (live)", {QStringLiteral("zostavax"), QStringLiteral("live zoster")}},
        {"yellow fever",
         {QStringLiteral("yellow fever"), QStringLiteral("stamaril"), QStringLiteral("yf vax")}},
        {"BCG (tuberculosis)", {QStringLiteral("bcg")}},
        {"live nasal influenza",
         {QStringLiteral("flumist"), QStringLiteral("fluenz"), QStringLiteral("laiv"),
          QStringLiteral("nasal flu"), QStringLiteral("nasal influenza"),
          QStringLiteral("live influenza")}},
        {"oral typhoid",
         {QStringLiteral("vivotif"), QStringLiteral("oral typhoid"), QStringLiteral("ty21a")}},
        {"rotavirus",
         {QStringLiteral("rotavirus"), QStringLiteral("rotarix"), QStringLiteral("rotateq")}},
        {"oral polio", {QStringLiteral("oral polio"), QStringLiteral("opv")}},
        {"cholera (oral, live)", {QStringLiteral("vaxchora")}},
        {"dengue", {QStringLiteral("dengvaxia"), QStringLiteral("qdenga")}},
    };
    return entries;
}

} // namespace

std::optional<Warning> MedicineCatalog::warningFor(const QString &name)
{
    for (const Entry &entry : biologics()) {
        if (mentions(name, entry.names))
            return Warning{QStringLiteral("interaction"),
                           tr("%1 (%2) is a TNF blocker or biologic: with anakinra it raises the "
                              "risk of serious infections and low white blood cells. The label "
                              "advises against using them together: tell your doctor.")
                               .arg(name.trimmed(), QString::fromLatin1(entry.generic))};
    }
    for (const Entry &entry : liveVaccines()) {
        if (mentions(name, entry.names))
            return Warning{QStringLiteral("live-vaccine"),
                           tr("%1 is a live vaccine (%2). Live vaccines should not be given "
                              "during treatment with anakinra: ask your doctor first.")
                               .arg(name.trimmed(), QString::fromLatin1(entry.generic))};
    }
    return std::nullopt;
}

} // namespace shotbook
