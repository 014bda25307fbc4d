#include "RedFlagVocabulary.h"

#include "SideEffectCatalog.h"
#include "TextFolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shotbook {

namespace {

// Reading stops at the first fault; the message names the file and the place.
class Reader final
{
public:
    explicit Reader(QString source)
        : m_source(std::move(source))
    {}

    bool failed() const { return !m_error.isEmpty(); }
    Error error() const
    {
        return Error::internal(QStringLiteral("vocabulary-invalid"),
                               QStringLiteral("%1: %2").arg(m_source, m_error));
    }
    void fault(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    bool onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &where)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!allowed.contains(it.key())) {
                fault(QStringLiteral("%1: unknown key \"%2\" (known: %3)")
                          .arg(where, it.key(), allowed.join(QStringLiteral(", "))));
                return false;
            }
        }
        return true;
    }

    // A list of non-empty strings, each folded; "word*" keeps its star.
    QStringList strings(const QJsonValue &value, const QString &where)
    {
        QStringList out;
        if (!value.isArray()) {
            fault(QStringLiteral("%1: must be a list of strings").arg(where));
            return out;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            const QString place = QStringLiteral("%1[%2]").arg(where).arg(i);
            if (!item.isString()) {
                fault(QStringLiteral("%1: must be a string").arg(place));
                return {};
            }
            QString raw = item.toString().trimmed();
            const bool prefix = raw.endsWith(QLatin1Char('*'));
            if (prefix)
                raw.chop(1);
            const QString folded = textfold::words(raw);
            if (folded.isEmpty()) {
                fault(QStringLiteral("%1: \"%2\" has no letters").arg(place, item.toString()));
                return {};
            }
            if (prefix && folded.contains(QLatin1Char(' '))) {
                fault(QStringLiteral("%1: \"%2\": only a single word may end in *")
                          .arg(place, item.toString()));
                return {};
            }
            out << (prefix ? folded + QLatin1Char('*') : folded);
        }
        return out;
    }

    QSet<QString> words(const QJsonValue &value, const QString &where)
    {
        QSet<QString> out;
        for (const QString &word : strings(value, where)) {
            if (word.contains(QLatin1Char(' ')) || word.endsWith(QLatin1Char('*'))) {
                fault(QStringLiteral("%1: \"%2\" must be a single whole word").arg(where, word));
                return {};
            }
            out.insert(word);
        }
        return out;
    }

    std::optional<CatalogTerm> term(const QJsonValue &value, const QString &where)
    {
        if (!value.isString()) {
            fault(QStringLiteral("%1: must be a catalogue term id").arg(where));
            return std::nullopt;
        }
        const auto found = SideEffectCatalog::find(value.toString());
        if (!found)
            fault(QStringLiteral("%1: \"%2\" is not a term of the side-effect catalogue")
                      .arg(where, value.toString()));
        return found;
    }

private:
    QString m_source;
    QString m_error;
};

const QStringList &topKeys()
{
    static const QStringList keys = {
        QStringLiteral("format"),       QStringLiteral("language"), QStringLiteral("about"),
        QStringLiteral("compounds"),    QStringLiteral("fillers"),  QStringLiteral("scopeBreakers"),
        QStringLiteral("denialsAfter"), QStringLiteral("ignore"),   QStringLiteral("concepts"),
        QStringLiteral("rules"),        QStringLiteral("synonyms")};
    return keys;
}

void readConcepts(Reader &reader, const QJsonValue &value, RedFlagVocabulary &vocabulary)
{
    if (!value.isObject()) {
        reader.fault(QStringLiteral("concepts: must be an object of concepts"));
        return;
    }
    const QJsonObject concepts = value.toObject();
    for (auto it = concepts.constBegin(); it != concepts.constEnd() && !reader.failed(); ++it) {
        const QString where = QStringLiteral("concepts.%1").arg(it.key());
        if (!it.value().isObject()) {
            reader.fault(QStringLiteral("%1: must be an object").arg(where));
            return;
        }
        const QJsonObject object = it.value().toObject();
        if (!reader.onlyKeys(object,
                             {QStringLiteral("words"), QStringLiteral("cue"),
                              QStringLiteral("boundBy"), QStringLiteral("note")},
                             where))
            return;
        RedFlagVocabulary::Concept family;
        family.id = it.key();
        for (const QString &word : reader.strings(object.value(QLatin1String("words")),
                                                  where + QStringLiteral(".words"))) {
            if (word.contains(QLatin1Char(' ')))
                family.phrases << word;
            else
                family.words << word;
        }
        if (!reader.failed() && family.words.isEmpty() && family.phrases.isEmpty())
            reader.fault(QStringLiteral("%1.words: must not be empty").arg(where));
        if (object.contains(QLatin1String("cue"))) {
            const auto term =
                reader.term(object.value(QLatin1String("cue")), where + QStringLiteral(".cue"));
            if (term && !term->isRedFlag())
                reader.fault(
                    QStringLiteral("%1.cue: \"%2\" is not a red flag").arg(where, term->id));
            if (term)
                family.cue = term->id;
        }
        if (object.contains(QLatin1String("boundBy"))) {
            const QJsonValue bound = object.value(QLatin1String("boundBy"));
            if (!bound.isArray()) {
                reader.fault(
                    QStringLiteral("%1.boundBy: must be a list of concept ids").arg(where));
                return;
            }
            for (const QJsonValue &id : bound.toArray())
                family.boundBy << id.toString();
        }
        vocabulary.concepts << family;
    }
}

RedFlagVocabulary::Rule readRule(Reader &reader, const QJsonValue &value, const QString &where)
{
    RedFlagVocabulary::Rule rule;
    if (!value.isObject()) {
        reader.fault(QStringLiteral("%1: must be an object").arg(where));
        return rule;
    }
    const QJsonObject object = value.toObject();
    if (!reader.onlyKeys(object,
                         {QStringLiteral("term"), QStringLiteral("all"), QStringLiteral("ordered"),
                          QStringLiteral("window"), QStringLiteral("negator"),
                          QStringLiteral("bound"), QStringLiteral("confidence"),
                          QStringLiteral("note")},
                         where))
        return rule;
    const auto term =
        reader.term(object.value(QLatin1String("term")), where + QStringLiteral(".term"));
    if (!term)
        return rule;
    rule.term = term->id;
    const QJsonValue all = object.value(QLatin1String("all"));
    if (!all.isArray() || all.toArray().isEmpty() || all.toArray().size() > 3) {
        reader.fault(QStringLiteral("%1.all: must be a list of 1 to 3 groups").arg(where));
        return rule;
    }
    for (const QJsonValue &slot : all.toArray()) {
        QStringList ids;
        if (slot.isArray()) {
            for (const QJsonValue &id : slot.toArray())
                ids << id.toString();
        }
        if (ids.isEmpty() || ids.contains(QString())) {
            reader.fault(
                QStringLiteral("%1.all: each slot must be a list of concept ids").arg(where));
            return rule;
        }
        rule.groups << ids;
    }
    const QJsonValue ordered = object.value(QLatin1String("ordered"));
    const QJsonValue negator = object.value(QLatin1String("negator"));
    if ((!ordered.isUndefined() && !ordered.isBool()) ||
        (!negator.isUndefined() && !negator.isBool())) {
        reader.fault(QStringLiteral("%1: ordered and negator must be true or false").arg(where));
        return rule;
    }
    rule.ordered = ordered.toBool(false);
    rule.negator = negator.toBool(false);
    if (rule.negator && rule.groups.size() < 2)
        reader.fault(
            QStringLiteral("%1: a negator rule needs the negation and a symptom").arg(where));
    const QJsonValue window = object.value(QLatin1String("window"));
    if (!window.isUndefined()) {
        const double w = window.toDouble(-1);
        if (!window.isDouble() || w < 0 || w > 4 || w != static_cast<int>(w))
            reader.fault(QStringLiteral("%1.window: must be a whole number 0-4").arg(where));
        rule.window = static_cast<int>(w);
    }
    const QString bound = object.value(QLatin1String("bound")).toString(QStringLiteral("ignore"));
    if (bound == QLatin1String("ignore"))
        rule.bound = RedFlagVocabulary::Bound::Ignore;
    else if (bound == QLatin1String("possible"))
        rule.bound = RedFlagVocabulary::Bound::Possible;
    else if (bound == QLatin1String("exclude"))
        rule.bound = RedFlagVocabulary::Bound::Exclude;
    else
        reader.fault(QStringLiteral("%1.bound: \"%2\" is not ignore, possible or exclude")
                         .arg(where, bound));
    const QString confidence =
        object.value(QLatin1String("confidence")).toString(QStringLiteral("confident"));
    if (confidence == QLatin1String("confident"))
        rule.confidence = RedFlagVocabulary::Confidence::Confident;
    else if (confidence == QLatin1String("possible") && term->isRedFlag())
        rule.confidence = RedFlagVocabulary::Confidence::Possible;
    else
        reader.fault(QStringLiteral("%1.confidence: \"%2\" is not confident, or possible for a "
                                    "red flag")
                         .arg(where, confidence));
    return rule;
}

void checkReferences(Reader &reader, const RedFlagVocabulary &vocabulary)
{
    QSet<QString> ids;
    for (const auto &family : vocabulary.concepts)
        ids.insert(family.id);
    for (const char *required : {"negation", "mild"}) {
        if (!ids.contains(QLatin1String(required)))
            reader.fault(QStringLiteral("concepts: the concept \"%1\" is required")
                             .arg(QLatin1String(required)));
    }
    for (const auto &family : vocabulary.concepts) {
        for (const QString &id : family.boundBy) {
            if (!ids.contains(id))
                reader.fault(
                    QStringLiteral("concepts.%1.boundBy: no concept \"%2\"").arg(family.id, id));
        }
    }
    for (qsizetype i = 0; i < vocabulary.rules.size(); ++i) {
        for (const QStringList &slot : vocabulary.rules.at(i).groups) {
            for (const QString &id : slot) {
                if (!ids.contains(id))
                    reader.fault(QStringLiteral("rules[%1]: no concept \"%2\"").arg(i).arg(id));
            }
        }
    }
}

} // namespace

Result<RedFlagVocabulary> RedFlagVocabulary::fromJson(const QByteArray &json, const QString &source)
{
    Reader reader(source);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fault(QStringLiteral("not valid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
        return fail(reader.error());
    }
    if (!document.isObject()) {
        reader.fault(QStringLiteral("the file must hold one JSON object"));
        return fail(reader.error());
    }
    const QJsonObject root = document.object();
    if (!reader.onlyKeys(root, topKeys(), QStringLiteral("the file")))
        return fail(reader.error());
    if (root.value(QLatin1String("format")).toInt(-1) != 1)
        reader.fault(QStringLiteral("format: must be 1"));

    RedFlagVocabulary vocabulary;
    vocabulary.source = source;
    vocabulary.language = root.value(QLatin1String("language")).toString();
    if (vocabulary.language.size() < 2)
        reader.fault(QStringLiteral("language: must be a language code such as \"en\""));
    const QJsonValue compounds = root.value(QLatin1String("compounds"));
    if (!compounds.isUndefined() && !compounds.isBool())
        reader.fault(QStringLiteral("compounds: must be true or false"));
    vocabulary.compounds = compounds.toBool(false);
    vocabulary.fillers =
        reader.words(root.value(QLatin1String("fillers")), QStringLiteral("fillers"));
    vocabulary.scopeBreakers =
        reader.words(root.value(QLatin1String("scopeBreakers")), QStringLiteral("scopeBreakers"));
    vocabulary.denialsAfter =
        reader.words(root.value(QLatin1String("denialsAfter")), QStringLiteral("denialsAfter"));
    for (const QString &phrase :
         reader.strings(root.value(QLatin1String("ignore")), QStringLiteral("ignore")))
        vocabulary.ignore << phrase.split(QLatin1Char(' '));
    if (!reader.failed())
        readConcepts(reader, root.value(QLatin1String("concepts")), vocabulary);

    const QJsonValue rules = root.value(QLatin1String("rules"));
    if (!reader.failed() && (!rules.isArray() || rules.toArray().isEmpty()))
        reader.fault(QStringLiteral("rules: must be a list of rules"));
    const QJsonArray ruleArray = rules.toArray();
    for (qsizetype i = 0; i < ruleArray.size() && !reader.failed(); ++i)
        vocabulary.rules << readRule(reader, ruleArray.at(i), QStringLiteral("rules[%1]").arg(i));

    const QJsonValue synonyms = root.value(QLatin1String("synonyms"));
    if (!reader.failed() && !synonyms.isObject())
        reader.fault(QStringLiteral("synonyms: must be an object of term id -> entries"));
    const QJsonObject synonymObject = synonyms.toObject();
    for (auto it = synonymObject.constBegin(); it != synonymObject.constEnd() && !reader.failed();
         ++it) {
        const QString where = QStringLiteral("synonyms.%1").arg(it.key());
        if (!reader.term(QJsonValue(it.key()), where))
            break;
        vocabulary.synonyms.insert(it.key(), reader.strings(it.value(), where));
    }
    if (!reader.failed())
        checkReferences(reader, vocabulary);
    if (reader.failed())
        return fail(reader.error());
    return vocabulary;
}

} // namespace shotbook
