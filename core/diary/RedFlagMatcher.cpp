#include "RedFlagMatcher.h"

#include "SideEffectCatalog.h"
#include "TextFolding.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace shotbook {

namespace {

using Vocabulary = RedFlagVocabulary;

constexpr qsizetype MinFuzzyLength = 6; // shorter words are too often other words
constexpr int NegationReach = 3;        // words (fillers not counted) a "no" reaches
constexpr int DenialAfterReach = 2;     // "breathing (is) fine"
constexpr int MildReach = 2;            // "a bit itchy"
constexpr int BoundReach = 3;           // "swelling at the injection site"

struct Token
{
    QString text;
    QSet<QString> concepts;
    QSet<QString> boundConcepts; // of concepts, those that are local here
    bool filler = false;
    bool denialAfter = false;
    int scope = 0;
};

using Sentence = QList<Token>;

// One letter added, dropped, changed, or two neighbours swapped, at most
// (optimal string alignment distance <= 1).
bool withinOneEdit(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > 1)
        return false;
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m] <= 1;
}

// Words that are not fillers between positions a and b (exclusive).
int wordsBetween(const Sentence &sentence, qsizetype a, qsizetype b)
{
    if (a > b)
        std::swap(a, b);
    int count = 0;
    for (qsizetype i = a + 1; i < b; ++i) {
        if (!sentence.at(i).filler)
            ++count;
    }
    return count;
}

struct Found
{
    QString term;
    QString words;
};

struct VocabularyResult
{
    QList<Found> confident;
    QList<Found> possible; // by a rule: more telling than a cue
    QList<Found> cues;
    QString ordinary;
};

} // namespace

struct RedFlagMatcher::Index
{
    const Vocabulary *vocabulary = nullptr;
    QHash<QString, QSet<QString>> words;        // folded word -> concepts
    QList<QPair<QString, QString>> prefixes;    // "geschwollen" -> "swell"
    QList<QPair<QStringList, QString>> phrases; // longest first
    QHash<QString, const Vocabulary::Concept *> concepts;
    QHash<QString, QString> synonyms; // whole folded entry -> term id

    explicit Index(const Vocabulary &v)
        : vocabulary(&v)
    {
        for (const Vocabulary::Concept &family : v.concepts) {
            concepts.insert(family.id, &family);
            for (const QString &word : family.words) {
                if (word.endsWith(QLatin1Char('*')))
                    prefixes.append({word.chopped(1), family.id});
                else
                    words[word].insert(family.id);
            }
            for (const QString &phrase : family.phrases)
                phrases.append({phrase.split(QLatin1Char(' ')), family.id});
        }
        std::stable_sort(phrases.begin(), phrases.end(), [](const auto &a, const auto &b) {
            return a.first.size() > b.first.size();
        });
        for (auto it = v.synonyms.constBegin(); it != v.synonyms.constEnd(); ++it) {
            for (const QString &entry : it.value())
                synonyms.insert(entry, it.key());
        }
    }

    QSet<QString> conceptsOf(const QString &word) const
    {
        QSet<QString> found = words.value(word);
        for (const auto &[prefix, family] : prefixes) {
            if (word.startsWith(prefix))
                found.insert(family);
        }
        return found;
    }

    // "brustschmerzen" -> "brust", "schmerzen"; "gesichtsschwellung" ->
    // "gesicht", "schwellung" (with the linking s of German compounds).
    std::optional<QPair<QString, QString>> split(const QString &word) const
    {
        static const QStringList links = {
            QString(),           QStringLiteral("s"),  QStringLiteral("es"),
            QStringLiteral("n"), QStringLiteral("en"), QStringLiteral("e")};
        for (qsizetype i = 3; i + 3 <= word.size(); ++i) {
            const QString head = word.left(i);
            if (!words.contains(head))
                continue;
            const QString rest = word.mid(i);
            for (const QString &link : links) {
                if (!rest.startsWith(link))
                    continue;
                const QString tail = rest.mid(link.size());
                if (tail.size() >= 3 && !conceptsOf(tail).isEmpty())
                    return QPair<QString, QString>(head, tail);
            }
        }
        return std::nullopt;
    }

    QSet<QString> fuzzy(const QString &word) const
    {
        QSet<QString> found;
        if (word.size() < MinFuzzyLength)
            return found;
        for (auto it = words.constBegin(); it != words.constEnd(); ++it) {
            if (it.key().size() >= MinFuzzyLength && withinOneEdit(word, it.key()))
                found.unite(it.value());
        }
        return found;
    }

    Token token(const QString &word, int scope) const
    {
        Token t;
        t.text = word;
        t.scope = scope;
        t.concepts = conceptsOf(word);
        t.filler = vocabulary->fillers.contains(word);
        t.denialAfter = vocabulary->denialsAfter.contains(word);
        return t;
    }

    Sentence tokens(const QStringList &raw) const
    {
        // Phrases to ignore go first ("blood test" is not bleeding).
        QStringList kept;
        for (qsizetype i = 0; i < raw.size();) {
            qsizetype skip = 0;
            for (const QStringList &phrase : vocabulary->ignore) {
                if (i + phrase.size() <= raw.size() && raw.mid(i, phrase.size()) == phrase)
                    skip = std::max(skip, phrase.size());
            }
            if (skip > 0) {
                i += skip;
                continue;
            }
            kept << raw.at(i++);
        }

        Sentence sentence;
        int scope = 0;
        for (qsizetype i = 0; i < kept.size();) {
            const QString &word = kept.at(i);
            if (word == QLatin1String(",")) {
                ++scope;
                ++i;
                continue;
            }
            // The longest phrase starting here becomes one token.
            qsizetype length = 0;
            QSet<QString> phraseConcepts;
            for (const auto &[phrase, family] : phrases) {
                if (phrase.size() < length)
                    break;
                if (i + phrase.size() <= kept.size() && kept.mid(i, phrase.size()) == phrase) {
                    length = phrase.size();
                    phraseConcepts.insert(family);
                }
            }
            if (length > 0) {
                Token t;
                t.text = kept.mid(i, length).join(QLatin1Char(' '));
                t.concepts = phraseConcepts;
                t.scope = scope;
                sentence << t;
                i += length;
                continue;
            }
            if (vocabulary->scopeBreakers.contains(word))
                ++scope;
            Token t = token(word, scope);
            if (t.concepts.isEmpty() && !t.filler && !t.denialAfter &&
                !vocabulary->scopeBreakers.contains(word)) {
                if (vocabulary->compounds) {
                    if (const auto parts = split(word)) {
                        sentence << token(parts->first, scope) << token(parts->second, scope);
                        ++i;
                        continue;
                    }
                }
                t.concepts = fuzzy(word);
            }
            sentence << t;
            ++i;
        }

        // Which words are local: near one of the concepts that bind them.
        for (qsizetype i = 0; i < sentence.size(); ++i) {
            for (const QString &id : sentence.at(i).concepts) {
                const Vocabulary::Concept *family = concepts.value(id);
                if (!family || family->boundBy.isEmpty())
                    continue;
                for (qsizetype j = 0; j < sentence.size(); ++j) {
                    if (j == i || wordsBetween(sentence, i, j) > BoundReach)
                        continue;
                    const bool binds = std::any_of(
                        family->boundBy.cbegin(), family->boundBy.cend(),
                        [&](const QString &b) { return sentence.at(j).concepts.contains(b); });
                    if (binds) {
                        sentence[i].boundConcepts.insert(id);
                        break;
                    }
                }
            }
        }
        return sentence;
    }

    // The "no" before position `start` that denies what starts there, or -1.
    static qsizetype denier(const Sentence &sentence, qsizetype start, qsizetype end,
                            const QList<qsizetype> &inMatch)
    {
        for (qsizetype j = start - 1; j >= 0; --j) {
            if (sentence.at(j).scope != sentence.at(start).scope ||
                wordsBetween(sentence, j, start) > NegationReach)
                break;
            if (sentence.at(j).concepts.contains(QStringLiteral("negation")) &&
                !inMatch.contains(j))
                return j;
        }
        for (qsizetype j = end + 1; j < sentence.size(); ++j) {
            if (sentence.at(j).scope != sentence.at(end).scope ||
                wordsBetween(sentence, end, j) > DenialAfterReach)
                break;
            if (sentence.at(j).denialAfter)
                return j;
        }
        return -1;
    }

    static bool mildBefore(const Sentence &sentence, qsizetype at)
    {
        for (qsizetype j = at - 1; j >= 0; --j) {
            if (sentence.at(j).scope != sentence.at(at).scope ||
                wordsBetween(sentence, j, at) > MildReach)
                break;
            if (sentence.at(j).concepts.contains(QStringLiteral("mild")))
                return true;
        }
        return false;
    }

    enum class Outcome
    {
        None,
        Denied,
        Bound,
        Holds
    };

    struct RuleMatch
    {
        Outcome outcome = Outcome::None;
        QList<qsizetype> positions;
        QList<qsizetype> deniers;
    };

    static RuleMatch applyRule(const Vocabulary::Rule &rule, const Sentence &sentence,
                               const QSet<qsizetype> &consumed)
    {
        RuleMatch best;
        QList<qsizetype> chosen;
        QList<bool> bound;
        const auto rank = [](Outcome o) { return static_cast<int>(o); };

        const auto evaluate = [&]() {
            QList<qsizetype> sorted = chosen;
            std::sort(sorted.begin(), sorted.end());
            for (qsizetype k = 1; k < sorted.size(); ++k) {
                if (wordsBetween(sentence, sorted.at(k - 1), sorted.at(k)) > rule.window)
                    return;
            }
            const bool anyBound = bound.contains(true);
            if (anyBound && rule.bound == Vocabulary::Bound::Exclude)
                return;
            Outcome outcome = anyBound && rule.bound == Vocabulary::Bound::Possible
                                  ? Outcome::Bound
                                  : Outcome::Holds;
            const qsizetype denied =
                denier(sentence, sorted.constFirst(), sorted.constLast(), chosen);
            if (denied >= 0) {
                outcome = Outcome::Denied;
                if (sentence.at(denied).concepts.contains(QStringLiteral("negation")))
                    best.deniers << denied;
            }
            if (rank(outcome) > rank(best.outcome)) {
                best.outcome = outcome;
                best.positions = sorted;
            }
        };

        std::function<void(qsizetype)> fill = [&](qsizetype slot) {
            if (best.outcome == Outcome::Holds)
                return;
            if (slot == rule.groups.size()) {
                evaluate();
                return;
            }
            const QStringList &wanted = rule.groups.at(slot);
            for (qsizetype i = 0; i < sentence.size(); ++i) {
                if (chosen.contains(i))
                    continue;
                if (rule.ordered && !chosen.isEmpty() && i <= chosen.constLast())
                    continue;
                if (rule.negator && slot == 0 && consumed.contains(i))
                    continue;
                const Token &token = sentence.at(i);
                bool matches = false;
                bool isBound = false;
                for (const QString &id : wanted) {
                    if (token.concepts.contains(id)) {
                        // A word counts through an unbound concept if it can.
                        if (!matches || isBound)
                            isBound = token.boundConcepts.contains(id);
                        matches = true;
                    }
                }
                if (!matches)
                    continue;
                chosen << i;
                bound << isBound;
                fill(slot + 1);
                chosen.removeLast();
                bound.removeLast();
            }
        };
        fill(0);
        return best;
    }

    static QString wordsAt(const Sentence &sentence, const QList<qsizetype> &positions)
    {
        QStringList out;
        for (const qsizetype p : positions)
            out << sentence.at(p).text;
        return out.join(QLatin1Char(' '));
    }

    VocabularyResult apply(const QList<QStringList> &sentences) const
    {
        VocabularyResult result;
        QList<Sentence> tokenised;
        for (const QStringList &raw : sentences)
            tokenised << tokens(raw);

        // Rules whose "not" is the symptom go last, so that a "no" already
        // used to deny something ("no trouble breathing") is not read as one.
        QList<QSet<qsizetype>> consumed(tokenised.size());
        for (const bool negatorPass : {false, true}) {
            for (qsizetype s = 0; s < tokenised.size(); ++s) {
                const Sentence &sentence = tokenised.at(s);
                for (const Vocabulary::Rule &rule : vocabulary->rules) {
                    if (rule.negator != negatorPass)
                        continue;
                    const RuleMatch match = applyRule(rule, sentence, consumed.at(s));
                    if (match.outcome == Outcome::Denied) {
                        for (const qsizetype d : match.deniers)
                            consumed[s].insert(d);
                        continue;
                    }
                    if (match.outcome != Outcome::Holds && match.outcome != Outcome::Bound)
                        continue;
                    const Found found{rule.term, wordsAt(sentence, match.positions)};
                    if (!SideEffectCatalog::find(rule.term)->isRedFlag()) {
                        if (result.ordinary.isEmpty())
                            result.ordinary = rule.term;
                    } else if (match.outcome == Outcome::Holds &&
                               rule.confidence == Vocabulary::Confidence::Confident) {
                        result.confident << found;
                    } else {
                        result.possible << found;
                    }
                }
            }
        }

        // A red-flag body part or symptom named without a rule: a question.
        for (const Sentence &sentence : tokenised) {
            for (qsizetype i = 0; i < sentence.size(); ++i) {
                const Token &token = sentence.at(i);
                for (const QString &id : token.concepts) {
                    const Vocabulary::Concept *family = concepts.value(id);
                    if (!family || family->cue.isEmpty() || token.boundConcepts.contains(id))
                        continue;
                    if (denier(sentence, i, i, {}) >= 0 || mildBefore(sentence, i))
                        continue;
                    result.cues << Found{family->cue, token.text};
                }
            }
        }
        return result;
    }
};

RedFlagMatcher::RedFlagMatcher(QList<RedFlagVocabulary> vocabularies)
    : m_vocabularies(std::move(vocabularies))
{
    // The indexes point into m_vocabularies, which is never changed again.
    for (const RedFlagVocabulary &vocabulary : std::as_const(m_vocabularies))
        m_indexes << std::make_shared<const Index>(vocabulary);
}

RedFlagMatcher::~RedFlagMatcher() = default;

Result<QList<RedFlagVocabulary>> RedFlagMatcher::loadBuiltIn()
{
    const QDir folder(QStringLiteral(":/redflags"));
    const QStringList files =
        folder.entryList({QStringLiteral("redflags_*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fail(Error::internal(QStringLiteral("vocabulary-missing"),
                                    QStringLiteral("no red-flag vocabulary is built in "
                                                   "(:/redflags/redflags_*.json)")));
    QList<RedFlagVocabulary> vocabularies;
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::internal(QStringLiteral("vocabulary-missing"),
                                        QStringLiteral("cannot read %1").arg(file.fileName())));
        auto vocabulary = RedFlagVocabulary::fromJson(file.readAll(), file.fileName());
        if (!vocabulary)
            return fail(vocabulary.error());
        vocabularies << *vocabulary;
    }
    return vocabularies;
}

const RedFlagMatcher &RedFlagMatcher::builtIn()
{
    static const RedFlagMatcher matcher([] {
        auto loaded = loadBuiltIn();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return *loaded;
    }());
    return matcher;
}

RedFlagMatch RedFlagMatcher::match(const QString &text) const
{
    RedFlagMatch result;
    const QString whole = textfold::words(text);
    if (whole.isEmpty())
        return result;

    // An entry that is a catalogue id or a synonym, whole, is that term.
    for (const CatalogTerm &term : SideEffectCatalog::terms()) {
        if (textfold::words(term.id) == whole) {
            result.termId = term.id;
            result.confidence = term.isRedFlag() ? RedFlagMatch::Confidence::Confident
                                                 : RedFlagMatch::Confidence::None;
            return result;
        }
    }
    for (const auto &index : m_indexes) {
        const QString id = index->synonyms.value(whole);
        if (id.isEmpty())
            continue;
        result.termId = id;
        result.language = index->vocabulary->language;
        result.confidence = SideEffectCatalog::find(id)->isRedFlag()
                                ? RedFlagMatch::Confidence::Confident
                                : RedFlagMatch::Confidence::None;
        return result;
    }

    const QList<QStringList> sentences = textfold::sentences(text);
    const QList<CatalogTerm> &catalogue = SideEffectCatalog::terms();
    const auto order = [&catalogue](const QString &id) {
        for (qsizetype i = 0; i < catalogue.size(); ++i) {
            if (catalogue.at(i).id == id)
                return i;
        }
        return catalogue.size();
    };
    using Candidate = std::optional<std::pair<Found, QString>>;
    const auto consider = [&order](Candidate &best, const QList<Found> &found,
                                   const QString &language) {
        for (const Found &f : found) {
            if (!best || order(f.term) < order(best->first.term))
                best = std::pair(f, language);
        }
    };
    Candidate confident;
    Candidate possible;
    Candidate cue;
    for (const auto &index : m_indexes) {
        const VocabularyResult found = index->apply(sentences);
        const QString &language = index->vocabulary->language;
        consider(confident, found.confident, language);
        consider(possible, found.possible, language);
        consider(cue, found.cues, language);
        if (result.termId.isEmpty() && !found.ordinary.isEmpty())
            result.termId = found.ordinary;
    }
    if (!possible)
        possible = cue;
    if (confident) {
        result.confidence = RedFlagMatch::Confidence::Confident;
        result.termId = confident->first.term;
        result.language = confident->second;
    } else if (possible) {
        result.confidence = RedFlagMatch::Confidence::Possible;
        result.possibleTermId = possible->first.term;
        result.cue = possible->first.words;
        result.language = possible->second;
    }
    return result;
}

} // namespace shotbook
