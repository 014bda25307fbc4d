#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How typed words are compared with the words of a catalogue, whatever the
// language: case, accents, umlauts and apostrophes do not count, so that
// "Can’t", "can't" and "cant" are one word, and so are "Füße" and "fuesse".
namespace shotbook::textfold {

// Case folded; ä ö ü ß written ae oe ue ss; other accents dropped;
// apostrophes removed (they join the letters around them).
QString fold(const QString &text);

// fold(), then every run of characters other than letters and digits made one
// space, trimmed: "Shortness-of-breath!" -> "shortness of breath".
QString words(const QString &text);

// The folded words of each sentence (split at . ! ? ; : and line breaks, not
// at a decimal point). A
// comma stays as a word of its own, "," (it ends the reach of a "no").
QList<QStringList> sentences(const QString &text);

} // namespace shotbook::textfold
