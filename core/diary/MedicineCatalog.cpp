#include "MedicineCatalog.h"

#include "TextFolding.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shotbook {

namespace {

// "Masern*" -> {"masern"} with the last word a prefix ("Masernimpfung").
struct Pattern
{
    QStringList words;
    bool prefix = false;
};

Pattern pattern(const QString &name)
{
    QString raw = name.trimmed();
    Pattern p;
    p.prefix = raw.endsWith(QLatin1Char('*'));
    if (p.prefix)
        raw.chop(1);
    const QString folded = textfold::words(raw);
    if (!folded.isEmpty())
        p.words = folded.split(QLatin1Char(' '));
    return p;
}

// The length of the match of p in words (whole words), or 0.
qsizetype matchLength(const Pattern &p, const QStringList &words)
{
    if (p.words.isEmpty())
        return 0;
    for (qsizetype i = 0; i + p.words.size() <= words.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; k < p.words.size() && all; ++k) {
            const QString &word = words.at(i + k);
            const bool last = k == p.words.size() - 1;
            all = (last && p.prefix) ? word.startsWith(p.words.at(k)) : word == p.words.at(k);
        }
        if (all)
            return p.words.join(QLatin1Char(' ')).size();
    }
    return 0;
}

const QHash<QString, const char *> &vaccineNames()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("mmr"),
         QT_TRANSLATE_NOOP("MedicineCatalog", "measles, mumps and rubella (MMR)")},
        {QStringLiteral("mmrv"),
         QT_TRANSLATE_NOOP("MedicineCatalog", "measles, mumps, rubella and varicella (MMRV)")},
        {QStringLiteral("varicella"),
         QT_TRANSLATE_NOOP("MedicineCatalog", "varicella (chickenpox)")},
        {QStringLiteral("zoster-live"),
         QT_TRANSLATE_NOOP("MedicineCatalog", "live shingles vaccine")},
        {QStringLiteral("yellow-fever"), QT_TRANSLATE_NOOP("MedicineCatalog", "yellow fever")},
        {QStringLiteral("bcg"), QT_TRANSLATE_NOOP("MedicineCatalog", "BCG (tuberculosis)")},
        {QStringLiteral("laiv"), QT_TRANSLATE_NOOP("MedicineCatalog", "live nasal influenza")},
        {QStringLiteral("typhoid-oral"), QT_TRANSLATE_NOOP("MedicineCatalog", "oral typhoid")},
        {QStringLiteral("rotavirus"), QT_TRANSLATE_NOOP("MedicineCatalog", "rotavirus")},
        {QStringLiteral("polio-oral"), QT_TRANSLATE_NOOP("MedicineCatalog", "oral polio")},
        {QStringLiteral("cholera-live"), QT_TRANSLATE_NOOP("MedicineCatalog", "live oral cholera")},
        {QStringLiteral("dengue"), QT_TRANSLATE_NOOP("MedicineCatalog", "dengue")},
        {QStringLiteral("chikungunya-live"),
         QT_TRANSLATE_NOOP("MedicineCatalog", "live chikungunya")},
        {QStringLiteral("ebola-live"), QT_TRANSLATE_NOOP("MedicineCatalog", "Ebola (live)")},
        {QStringLiteral("smallpox-live"),
         QT_TRANSLATE_NOOP("MedicineCatalog", "smallpox (live vaccinia)")},
        {QStringLiteral("japanese-encephalitis-live"),
         QT_TRANSLATE_NOOP("MedicineCatalog", "live Japanese encephalitis")},
        {QStringLiteral("adenovirus-live"),
         QT_TRANSLATE_NOOP("MedicineCatalog", "adenovirus types 4 and 7")},
        {QStringLiteral("live"), QT_TRANSLATE_NOOP("MedicineCatalog", "a live vaccine")},
    };
    return names;
}

const QStringList &classes()
{
    static const QStringList ids = {QStringLiteral("tnf-blocker"), QStringLiteral("il1-blocker"),
                                    QStringLiteral("il6-blocker"), QStringLiteral("cd20-antibody"),
                                    QStringLiteral("t-cell-modulator")};
    return ids;
}

Error invalid(const QString &source, const QString &message)
{
    return Error::internal(QStringLiteral("catalogue-invalid"),
                           QStringLiteral("%1: %2").arg(source, message));
}

std::optional<QString> unknownKey(const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return std::nullopt;
}

} // namespace

QString MedicineCatalog::vaccineName(const QString &kind)
{
    const auto it = vaccineNames().constFind(kind);
    return it == vaccineNames().constEnd() ? QString() : tr(it.value());
}

bool MedicineCatalog::knownClass(const QString &group)
{
    return classes().contains(group);
}

Result<MedicineCatalog::Catalogue> MedicineCatalog::fromJson(const QByteArray &json,
                                                             const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(invalid(source, QStringLiteral("not valid JSON at offset %1: %2")
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString())));
    if (!document.isObject())
        return fail(invalid(source, QStringLiteral("the file must hold one JSON object")));
    const QJsonObject root = document.object();
    if (const auto key =
            unknownKey(root, {QStringLiteral("format"), QStringLiteral("date"),
                              QStringLiteral("about"), QStringLiteral("sources"),
                              QStringLiteral("verification"), QStringLiteral("biologics"),
                              QStringLiteral("liveVaccines"), QStringLiteral("notWarned")}))
        return fail(invalid(source, QStringLiteral("unknown key \"%1\"").arg(*key)));
    if (root.value(QLatin1String("format")).toInt(-1) != 1)
        return fail(invalid(source, QStringLiteral("format: must be 1")));

    Catalogue catalogue;
    catalogue.date = root.value(QLatin1String("date")).toString();
    if (!QDate::fromString(catalogue.date, Qt::ISODate).isValid())
        return fail(invalid(source, QStringLiteral("date: must be the day the names were "
                                                   "checked, YYYY-MM-DD")));
    const QJsonArray sources = root.value(QLatin1String("sources")).toArray();
    if (sources.isEmpty())
        return fail(
            invalid(source, QStringLiteral("sources: the catalogue must name its sources")));
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject s = sources.at(i).toObject();
        if (s.value(QLatin1String("title")).toString().isEmpty() ||
            !s.value(QLatin1String("url")).toString().startsWith(QLatin1String("https://")))
            return fail(invalid(source, QStringLiteral("sources[%1]: needs a title and an "
                                                       "https:// url")
                                            .arg(i)));
    }

    QHash<QString, QString> seen; // folded name -> where
    const auto readEntries = [&](const char *key, Entry::Kind kind) -> Status {
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(invalid(
                source, QStringLiteral("%1: must be a list of entries").arg(QLatin1String(key))));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
            const QJsonObject object = array.at(i).toObject();
            Entry entry;
            entry.kind = kind;
            if (kind == Entry::Kind::Biologic) {
                if (const auto k =
                        unknownKey(object, {QStringLiteral("generic"), QStringLiteral("class"),
                                            QStringLiteral("product"), QStringLiteral("names")}))
                    return fail(
                        invalid(source, QStringLiteral("%1: unknown key \"%2\"").arg(where, *k)));
                entry.generic = object.value(QLatin1String("generic")).toString();
                entry.group = object.value(QLatin1String("class")).toString();
                if (entry.generic.isEmpty())
                    return fail(
                        invalid(source, QStringLiteral("%1: needs its generic name").arg(where)));
                if (!knownClass(entry.group))
                    return fail(invalid(source, QStringLiteral("%1: class \"%2\" is not one of %3")
                                                    .arg(where, entry.group,
                                                         classes().join(QStringLiteral(", ")))));
            } else {
                if (const auto k =
                        unknownKey(object, {QStringLiteral("kind"), QStringLiteral("names")}))
                    return fail(
                        invalid(source, QStringLiteral("%1: unknown key \"%2\"").arg(where, *k)));
                entry.group = object.value(QLatin1String("kind")).toString();
                if (!vaccineNames().contains(entry.group))
                    return fail(invalid(source, QStringLiteral("%1: kind \"%2\" has no name in "
                                                               "MedicineCatalog::vaccineName()")
                                                    .arg(where, entry.group)));
            }
            const QJsonArray names = object.value(QLatin1String("names")).toArray();
            if (names.isEmpty())
                return fail(invalid(source, QStringLiteral("%1: needs names").arg(where)));
            for (const QJsonValue &name : names) {
                const Pattern p = pattern(name.toString());
                if (p.words.isEmpty())
                    return fail(
                        invalid(source, QStringLiteral("%1: a name without letters").arg(where)));
                const QString key2 =
                    p.words.join(QLatin1Char(' ')) + (p.prefix ? QStringLiteral("*") : QString());
                if (seen.contains(key2))
                    return fail(
                        invalid(source, QStringLiteral("%1: \"%2\" is also in %3")
                                            .arg(where, name.toString(), seen.value(key2))));
                seen.insert(key2, where);
                entry.names << name.toString();
            }
            catalogue.entries << entry;
        }
        return {};
    };
    if (auto read = readEntries("biologics", Entry::Kind::Biologic); !read)
        return fail(read.error());
    if (auto read = readEntries("liveVaccines", Entry::Kind::LiveVaccine); !read)
        return fail(read.error());

    for (const QJsonValue &value : root.value(QLatin1String("notWarned")).toArray()) {
        const QString name = value.toObject().value(QLatin1String("name")).toString();
        if (name.isEmpty() || value.toObject().value(QLatin1String("why")).toString().isEmpty())
            return fail(invalid(source, QStringLiteral("notWarned: each needs a name and why")));
        if (const auto entry = find(catalogue, name))
            return fail(invalid(source, QStringLiteral("notWarned: \"%1\" would warn as %2")
                                            .arg(name, entry->names.constFirst())));
        catalogue.notWarned << name;
    }
    return catalogue;
}

const MedicineCatalog::Catalogue &MedicineCatalog::builtIn()
{
    static const Catalogue catalogue = [] {
        QFile file(QStringLiteral(":/medicines/medicines.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the medicine catalogue is not built in (:/medicines/medicines.json)");
        auto read = fromJson(file.readAll(), file.fileName());
        if (!read)
            qFatal("%s", qPrintable(read.error().message));
        return *read;
    }();
    return catalogue;
}

std::optional<MedicineCatalog::Entry> MedicineCatalog::find(const Catalogue &catalogue,
                                                            const QString &name)
{
    const QString folded = textfold::words(name);
    if (folded.isEmpty())
        return std::nullopt;
    const QStringList words = folded.split(QLatin1Char(' '));
    std::optional<Entry> best;
    qsizetype bestLength = 0;
    for (const Entry &entry : catalogue.entries) {
        for (const QString &candidate : entry.names) {
            const qsizetype length = matchLength(pattern(candidate), words);
            if (length > bestLength) {
                bestLength = length;
                best = entry;
            }
        }
    }
    return best;
}

std::optional<Warning> MedicineCatalog::warningFor(const QString &name)
{
    const auto entry = find(builtIn(), name);
    if (!entry)
        return std::nullopt;
    const QString typed = name.trimmed();
    if (entry->kind == Entry::Kind::LiveVaccine)
        return Warning{QStringLiteral("live-vaccine"),
                       tr("%1 is a live vaccine (%2). Live vaccines should not be given during "
                          "treatment with anakinra: ask your doctor first.")
                           .arg(typed, vaccineName(entry->group))};
    QString message;
    if (entry->group == QLatin1String("tnf-blocker"))
        message = tr("%1 (%2) is a TNF blocker. Taken with anakinra it raises the risk of serious "
                     "infections and of low white blood cells, and the label advises against "
                     "using them together: tell your doctor.");
    else if (entry->group == QLatin1String("il1-blocker"))
        message = tr("%1 (%2) blocks interleukin-1, as anakinra does. Two IL-1 blockers together "
                     "raise the risk of serious infections and of low white blood cells: tell "
                     "your doctor.");
    else if (entry->group == QLatin1String("il6-blocker"))
        message = tr("%1 (%2) is an IL-6 blocker, a biologic that weakens the defence against "
                     "infections. With anakinra the risk of serious infections and of low white "
                     "blood cells adds up: tell your doctor.");
    else if (entry->group == QLatin1String("cd20-antibody"))
        message = tr("%1 (%2) is a CD20 antibody, a biologic that removes B cells and weakens the "
                     "defence against infections. With anakinra the risk of serious infections "
                     "adds up: tell your doctor.");
    else
        message = tr("%1 (%2) is a biologic that blocks the activation of T cells. With anakinra "
                     "it raises the risk of serious infections, and they are not used together: "
                     "tell your doctor.");
    return Warning{QStringLiteral("interaction"), message.arg(typed, entry->generic)};
}

} // namespace shotbook
