#include "TextFolding.h"

#include <QRegularExpression>

namespace shotbook::textfold {

QString fold(const QString &text)
{
    QString folded = text.toCaseFolded();
    // German spellings first: "Füße" and "Fuesse" are the same word to a
    // German reader, while a plain accent strip would make "fusse".
    folded.replace(QChar(0x00E4), QLatin1String("ae"))
        .replace(QChar(0x00F6), QLatin1String("oe"))
        .replace(QChar(0x00FC), QLatin1String("ue"))
        .replace(QChar(0x00DF), QLatin1String("ss"))
        .replace(QChar(0x0153), QLatin1String("oe"))
        .replace(QChar(0x00E6), QLatin1String("ae"));
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // ' ’ ‘ ʼ ` ´: "can't" and "can’t" are "cant".
        if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018) ||
            c == QChar(0x02BC) || c == QLatin1Char('`') || c == QChar(0x00B4))
            continue;
        out.append(c);
    }
    return out;
}

QString words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return fold(text).replace(separators, QStringLiteral(" ")).trimmed();
}

QList<QStringList> sentences(const QString &text)
{
    // A point between digits is a decimal point ("fever 39.5 and shaking").
    static const QRegularExpression sentenceEnd(
        QStringLiteral("(?:(?<!\\d)\\.|\\.(?!\\d)|[!?;:\\n\\r])+"));
    static const QRegularExpression comma(QStringLiteral(","));
    QList<QStringList> out;
    for (const QString &sentence : fold(text).split(sentenceEnd, Qt::SkipEmptyParts)) {
        QStringList tokens;
        const QStringList parts = sentence.split(comma);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                tokens << QStringLiteral(",");
            const QString part = words(parts.at(i));
            if (!part.isEmpty())
                tokens << part.split(QLatin1Char(' '));
        }
        if (!tokens.isEmpty())
            out << tokens;
    }
    return out;
}

} // namespace shotbook::textfold
