#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace shotbook {

// One language's words for the label's side effects and for the signs that
// need medical help now, read from translations/redflags/redflags_<lang>.json
// (the format is described in that folder's README.md). Every word is stored
// folded (textfold::fold). RedFlagMatcher does the matching.
struct RedFlagVocabulary
{
    // A family of words that mean one thing: "swell" is swelling, swollen,
    // swells, puffy, …; "throat" is throat, windpipe, …
    struct Concept
    {
        QString id;
        QStringList words;   // single words; "swollen*" also matches "swollener"
        QStringList phrases; // several words, matched in a row: "nettle rash"
        QString cue;         // named alone: maybe this red flag (empty: no cue)
        QStringList boundBy; // near one of these concepts it is local ("site")
    };

    enum class Confidence
    {
        Confident,
        Possible
    };

    // What to make of a rule whose word is near a concept in Concept::boundBy
    // (a swelling next to "injection site").
    enum class Bound
    {
        Ignore,   // it still counts
        Possible, // it counts, but only as a possible red flag
        Exclude   // it does not count
    };

    // A catalogue term recognised when each slot has a word of one of its
    // concepts in the same sentence, in any order unless ordered, with at most
    // window other words (fillers not counted) between neighbouring ones.
    struct Rule
    {
        QString term;
        QList<QStringList> groups;
        bool ordered = false;
        int window = 2;
        // The first slot is a "not" that is part of the symptom ("can't
        // breathe"), so it does not deny the rule.
        bool negator = false;
        Bound bound = Bound::Ignore;
        Confidence confidence = Confidence::Confident;
    };

    QString language;       // "en", "de", …
    QString source;         // where it was read from, for messages
    bool compounds = false; // split unknown words into two known ones ("Brustschmerzen")
    QSet<QString> fillers;
    QSet<QString> scopeBreakers; // "but", "and": a "no" before them does not reach past
    QSet<QString> denialsAfter;  // "breathing fine"
    QList<QStringList> ignore;   // phrases taken out first ("blood test")
    QList<Concept> concepts;     // including the required "negation" and "mild"
    QList<Rule> rules;
    QHash<QString, QStringList> synonyms; // term id -> whole entries, folded words

    // Reads and checks one file: every key known, every concept a rule names
    // defined, every term in the side-effect catalogue. Any fault is an error
    // naming the file and the place, never a vocabulary that matches less.
    static Result<RedFlagVocabulary> fromJson(const QByteArray &json, const QString &source);
};

} // namespace shotbook
