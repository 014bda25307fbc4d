#include "RedFlagMatcher.h"

#include "SideEffectCatalog.h"
#include "TextFolding.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>

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
    int wordsBefore = 0; // words before this one, fillers not counted
};

using Sentence = QList<Token>;

// Whether `words` holds `phrase` at `at` (without copying the words out).
bool phraseAt(const QStringList &words, qsizetype at, const QStringList &phrase)
{
    if (at + phrase.size() > words.size())
        return false;
    for (qsizetype k = 0; k < phrase.size(); ++k) {
        if (words.at(at + k) != phrase.at(k))
            return false;
    }
    return true;
}

// One letter added, dropped, changed, or two neighbours swapped, at most
// (optimal string alignment distance <= 1). Linear: the one edit, if any, is
// at the first difference. (A full distance table here, per vocabulary word
// and per unknown word, was most of the matcher's time.)
bool withinOneEdit(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > 1)
        return false;
    qsizetype p = 0;
    while (p < n && p < m && a[p] == b[p])
        ++p;
    if (p == n && p == m)
        return true;
    if (n == m) {
        if (a.sliced(p + 1) == b.sliced(p + 1))
            return true; // changed
        return p + 1 < n && a[p] == b[p + 1] && a[p + 1] == b[p] &&
               a.sliced(p + 2) == b.sliced(p + 2); // swapped
    }
    if (n > m)
        return a.sliced(p + 1) == b.sliced(p); // dropped from a
    return a.sliced(p) == b.sliced(p + 1);     // added to a
}

// Words that are not fillers between positions a and b (exclusive), from
// the counts the tokens keep (countWords()): the rules ask this for every
// pair they try.
int wordsBetween(const Sentence &sentence, qsizetype a, qsizetype b)
{
    if (a > b)
        std::swap(a, b);
    if (b - a < 2)
        return 0;
    return sentence.at(b).wordsBefore - sentence.at(a + 1).wordsBefore;
}

void countWords(Sentence &sentence)
{
    int count = 0;
    for (Token &token : sentence) {
        token.wordsBefore = count;
        if (!token.filler)
            ++count;
    }
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

const QList<QPair<QStringList, QString>> NoPhrases;

struct RedFlagMatcher::Index
{
    const Vocabulary *vocabulary = nullptr;
    QHash<QString, QSet<QString>> words;     // folded word -> concepts
    QList<QPair<QString, QString>> prefixes; // "geschwollen" -> "swell"
    // By their first word, longest first: only those can start where a word is.
    QHash<QString, QList<QPair<QStringList, QString>>> phrases;
    QHash<QString, QList<QStringList>> ignore; // the vocabulary's, by their first word
    QHash<QString, const Vocabulary::Concept *> concepts;
    QHash<QString, QString> synonyms; // whole folded entry -> term id
    // The words of MinFuzzyLength letters or more, the only ones a slip of
    // typing can be taken for, by length and first letter and by length and
    // last letter (fuzzyKey()): a word one slip away from one of five letters
    // or more shares its first or its last letter with it (the slip is at one
    // place), so only those need comparing.
    QHash<quint64, QList<QPair<QString, QSet<QString>>>> fuzzyByFirst;
    QHash<quint64, QList<QPair<QString, QSet<QString>>>> fuzzyByLast;

    static quint64 fuzzyKey(qsizetype length, QChar letter)
    {
        return quint64(length) << 16 | letter.unicode();
    }
    // The rules by the concepts of their first group, and those without one:
    // a sentence is only tried against the rules it can meet.
    QHash<QString, QList<qsizetype>> rulesByConcept;
    QList<qsizetype> rulesForAll;

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
            for (const QString &phrase : family.phrases) {
                const QStringList parts = phrase.split(QLatin1Char(' '));
                phrases[parts.constFirst()].append({parts, family.id});
            }
        }
        for (auto &starting : phrases) {
            std::stable_sort(starting.begin(), starting.end(), [](const auto &a, const auto &b) {
                return a.first.size() > b.first.size();
            });
        }
        for (const QStringList &phrase : v.ignore)
            ignore[phrase.value(0)].append(phrase);
        for (auto it = v.synonyms.constBegin(); it != v.synonyms.constEnd(); ++it) {
            for (const QString &entry : it.value())
                synonyms.insert(entry, it.key());
        }
        for (qsizetype r = 0; r < v.rules.size(); ++r) {
            if (v.rules.at(r).groups.isEmpty()) {
                rulesForAll << r;
                continue;
            }
            for (const QString &id : v.rules.at(r).groups.constFirst())
                rulesByConcept[id] << r;
        }
        for (auto it = words.constBegin(); it != words.constEnd(); ++it) {
            const QString &word = it.key();
            if (word.size() < MinFuzzyLength)
                continue;
            fuzzyByFirst[fuzzyKey(word.size(), word.front())].append({word, it.value()});
            fuzzyByLast[fuzzyKey(word.size(), word.back())].append({word, it.value()});
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
        const QChar first = word.front();
        const QChar last = word.back();
        for (qsizetype length = word.size() - 1; length <= word.size() + 1; ++length) {
            const auto sameFirst = fuzzyByFirst.constFind(fuzzyKey(length, first));
            if (sameFirst != fuzzyByFirst.cend()) {
                for (const auto &[known, families] : *sameFirst) {
                    if (withinOneEdit(word, known))
                        found.unite(families);
                }
            }
            const auto sameLast = fuzzyByLast.constFind(fuzzyKey(length, last));
            if (sameLast != fuzzyByLast.cend()) {
                for (const auto &[known, families] : *sameLast) {
                    // Those with the same first letter were tried above.
                    if (known.front() != first && withinOneEdit(word, known))
                        found.unite(families);
                }
            }
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
            for (const QStringList &phrase : ignore.value(raw.at(i))) {
                if (phraseAt(raw, i, phrase))
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
            const auto starting = phrases.constFind(word);
            for (const auto &[phrase, family] :
                 starting == phrases.cend() ? NoPhrases : *starting) {
                if (phrase.size() < length)
                    break;
                if (phraseAt(kept, i, phrase)) {
                    length = phrase.size();
                    phraseConcepts.insert(family);
                }
            }
            if (length > 0) {
                Token t;
                t.text = kept.mid(i, length).join(QLatin1Char(' '));
                t.concepts = phraseConcepts;
                t.scope = scope;
                sentence << std::move(t);
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
            sentence << std::move(t);
            ++i;
        }

        countWords(sentence);
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

    // `present`: every concept of the sentence's words.
    static RuleMatch applyRule(const Vocabulary::Rule &rule, const Sentence &sentence,
                               const QSet<QString> &present, const QSet<qsizetype> &consumed)
    {
        RuleMatch best;
        // Most rules name a concept the sentence does not have: no need to
        // try its words.
        for (const QStringList &wanted : rule.groups) {
            if (std::none_of(wanted.cbegin(), wanted.cend(),
                             [&](const QString &id) { return present.contains(id); }))
                return best;
        }
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
        QList<QSet<QString>> present;
        for (const QStringList &raw : sentences) {
            tokenised << tokens(raw);
            QSet<QString> inSentence;
            for (const Token &token : std::as_const(tokenised.last()))
                inSentence.unite(token.concepts);
            present << inSentence;
        }
        // Per sentence, the rules that can hold there, in the vocabulary's order.
        QList<QList<qsizetype>> candidates;
        for (const QSet<QString> &inSentence : std::as_const(present)) {
            QList<qsizetype> rules = rulesForAll;
            for (const QString &id : inSentence)
                rules << rulesByConcept.value(id);
            std::sort(rules.begin(), rules.end());
            rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
            candidates << rules;
        }

        // Rules whose "not" is the symptom go last, so that a "no" already
        // used to deny something ("no trouble breathing") is not read as one.
        QList<QSet<qsizetype>> consumed(tokenised.size());
        for (const bool negatorPass : {false, true}) {
            for (qsizetype s = 0; s < tokenised.size(); ++s) {
                const Sentence &sentence = tokenised.at(s);
                for (const qsizetype r : candidates.at(s)) {
                    const Vocabulary::Rule &rule = vocabulary->rules.at(r);
                    if (rule.negator != negatorPass)
                        continue;
                    const RuleMatch match =
                        applyRule(rule, sentence, present.at(s), consumed.at(s));
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
    static const QStringList foldedIds = [] {
        QStringList ids;
        for (const CatalogTerm &term : SideEffectCatalog::terms())
            ids << textfold::words(term.id);
        return ids;
    }();
    for (qsizetype i = 0; i < foldedIds.size(); ++i) {
        const CatalogTerm &term = SideEffectCatalog::terms().at(i);
        if (foldedIds.at(i) == whole) {
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
