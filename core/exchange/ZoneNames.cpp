#include "ZoneNames.h"

#include "sites/Zones.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace shotbook {

namespace {

enum class Side
{
    None,
    Left,
    Right
};
enum class Level
{
    None,
    Upper,
    Lower
};

struct Words
{
    QHash<QString, Side> sides;
    QHash<QString, QString> regions; // word → abdomen, thigh, arm, buttock
    QHash<QString, Level> levels;
    QStringList fillers;
    QHash<QString, QString> quadrants; // LUQ, … → zone id
};

// English and German, the languages Shotbook ships.
const Words &words()
{
    static const Words all = [] {
        Words w;
        for (const char *word : {"left", "l", "lt", "links", "linker", "linkes", "linke"})
            w.sides.insert(QLatin1String(word), Side::Left);
        for (const char *word : {"right", "r", "rt", "rechts", "rechter", "rechtes", "rechte"})
            w.sides.insert(QLatin1String(word), Side::Right);
        for (const char *word :
             {"abdomen", "abdominal", "belly", "stomach", "tummy", "bauch", "abd"})
            w.regions.insert(QLatin1String(word), QStringLiteral("abdomen"));
        for (const char *word : {"thigh", "thighs", "leg", "oberschenkel", "bein"})
            w.regions.insert(QLatin1String(word), QStringLiteral("thigh"));
        for (const char *word : {"arm", "arms", "oberarm", "triceps"})
            w.regions.insert(QLatin1String(word), QStringLiteral("arm"));
        for (const char *word :
             {"buttock", "buttocks", "glute", "gluteal", "gluteus", "gesäß", "gesaess", "po"})
            w.regions.insert(QLatin1String(word), QStringLiteral("buttock"));
        for (const char *word : {"upper", "top", "oben", "oberer", "obere", "oberes"})
            w.levels.insert(QLatin1String(word), Level::Upper);
        for (const char *word : {"lower", "unten", "unterer", "untere", "unteres"})
            w.levels.insert(QLatin1String(word), Level::Lower);
        w.fillers = {QStringLiteral("side"),  QStringLiteral("of"),     QStringLiteral("the"),
                     QStringLiteral("area"),  QStringLiteral("region"), QStringLiteral("quadrant"),
                     QStringLiteral("front"), QStringLiteral("outer"),  QStringLiteral("back"),
                     QStringLiteral("site"),  QStringLiteral("seite"),  QStringLiteral("hinten"),
                     QStringLiteral("außen"), QStringLiteral("vorne")};
        w.quadrants = {{QStringLiteral("luq"), QStringLiteral("abdomen-upper-left")},
                       {QStringLiteral("ruq"), QStringLiteral("abdomen-upper-right")},
                       {QStringLiteral("llq"), QStringLiteral("abdomen-lower-left")},
                       {QStringLiteral("rlq"), QStringLiteral("abdomen-lower-right")}};
        return w;
    }();
    return all;
}

} // namespace

std::optional<ZoneNames::Match> ZoneNames::resolve(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (Zones::isValid(trimmed))
        return Match{trimmed, false};
    if (Zones::isValid(trimmed.toLower()))
        return Match{trimmed.toLower(), false};

    static const QRegularExpression separators(QStringLiteral(R"([\s,;:/()\-_.+&]+)"));
    const QStringList tokens = trimmed.toLower().split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return std::nullopt;

    const Words &w = words();
    Side side = Side::None;
    Level level = Level::None;
    QString region;
    QString quadrant;
    for (const QString &token : tokens) {
        if (w.sides.contains(token)) {
            const Side found = w.sides.value(token);
            if (side != Side::None && side != found)
                return std::nullopt; // "left … right"
            side = found;
        } else if (w.regions.contains(token)) {
            const QString found = w.regions.value(token);
            if (!region.isEmpty() && region != found)
                return std::nullopt;
            region = found;
        } else if (w.levels.contains(token)) {
            const Level found = w.levels.value(token);
            if (level != Level::None && level != found)
                return std::nullopt;
            level = found;
        } else if (w.quadrants.contains(token)) {
            quadrant = w.quadrants.value(token);
        } else if (token == QLatin1String("upperarm")) {
            region = QStringLiteral("arm");
        } else if (!w.fillers.contains(token)) {
            return std::nullopt;
        }
    }
    if (!quadrant.isEmpty())
        return (side == Side::None && level == Level::None &&
                (region.isEmpty() || region == QLatin1String("abdomen")))
                   ? std::optional<Match>(Match{quadrant, false})
                   : std::nullopt;
    if (region.isEmpty() || side == Side::None)
        return std::nullopt;
    const QString sideText = side == Side::Left ? QStringLiteral("left") : QStringLiteral("right");
    if (region == QLatin1String("arm") || region == QLatin1String("buttock"))
        return Match{region + QLatin1Char('-') + sideText, false};
    const bool assumed = level == Level::None;
    if (region == QLatin1String("abdomen")) {
        const QString levelText =
            level == Level::Upper ? QStringLiteral("upper") : QStringLiteral("lower");
        return Match{QStringLiteral("abdomen-%1-%2").arg(levelText, sideText), assumed};
    }
    const QString levelText =
        level == Level::Lower ? QStringLiteral("lower") : QStringLiteral("upper");
    return Match{QStringLiteral("thigh-%1-%2").arg(sideText, levelText), assumed};
}

} // namespace shotbook
