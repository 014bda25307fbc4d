#pragma once

#include "RedFlagVocabulary.h"
#include "common/Error.h"

#include <QList>
#include <QString>

#include <memory>

namespace shotbook {

// What a typed side effect was recognised as.
struct RedFlagMatch
{
    enum class Confidence
    {
        None,     // not a red flag (termId may still name a common or serious term)
        Possible, // names a red-flag body part or symptom, but no rule is met
        Confident // one of the signs that need medical help now
    };

    Confidence confidence = Confidence::None;
    // The catalogue term: the red flag when Confident, else a common or
    // serious term recognised, or empty.
    QString termId;
    // When Possible: the red flag it may be, and the words that raised it.
    QString possibleTermId;
    QString cue;
    QString language; // whose vocabulary decided ("en", "de"), empty for none
};

// Recognises side effects and red flags by meaning rather than by phrase:
// words are folded (TextFolding.h) and reduced to concepts through the
// vocabularies' word families ("swollen", "swells", "puffy" are "swell"), so
// "my throat is swelling", "swollen throat" and "throat swells" are one rule
// {swell, throat}. A rule holds when its concepts are in one sentence, close
// together (fillers such as "my", "is", "the" not counted), in any order.
//
// A "no", "not", "without", … up to three words before (within the same
// clause: a comma, "but", "and" end its reach) denies it, and so do words such
// as "fine" just after ("breathing fine"); a "not" that is the symptom itself
// ("can't breathe", "unable to breathe") is a negator rule. A word near an
// injection site or a joint is local ("swelling at the injection site" is the
// common site reaction, not the red flag). Unknown words of six letters or
// more one typing slip away from a known one count as that word; in languages
// that compound ("Brustschmerzen") an unknown word is split into two known ones.
//
// Every vocabulary is applied to every text (a German user may type German in
// an English window); a confident red flag wins over a possible one, and among
// red flags the catalogue's order decides.
class RedFlagMatcher final
{
    Q_DISABLE_COPY_MOVE(RedFlagMatcher)

public:
    explicit RedFlagMatcher(QList<RedFlagVocabulary> vocabularies);
    ~RedFlagMatcher();

    // The vocabularies built into the program (:/redflags/*.json). A damaged
    // file stops the program: recognising fewer red flags silently would be
    // worse. tst_redflags checks every one of them.
    static const RedFlagMatcher &builtIn();
    // The same files, read and checked: for tests and for builtIn().
    static Result<QList<RedFlagVocabulary>> loadBuiltIn();

    RedFlagMatch match(const QString &text) const;
    const QList<RedFlagVocabulary> &vocabularies() const { return m_vocabularies; }

private:
    struct Index; // a vocabulary's words, looked up fast
    QList<RedFlagVocabulary> m_vocabularies;
    QList<std::shared_ptr<const Index>> m_indexes;
};

} // namespace shotbook
