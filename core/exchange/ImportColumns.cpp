#include "ImportColumns.h"

#include <QRegularExpression>

namespace shotbook {

namespace {

using Field = ImportColumns::Field;

QString normalized(const QString &header)
{
    static const QRegularExpression spaces(QStringLiteral(R"([\s_\-]+)"));
    QString text = header.trimmed().toLower();
    text.replace(spaces, QStringLiteral(" "));
    text.replace(QStringLiteral("( "), QStringLiteral("("));
    text.replace(QStringLiteral(" )"), QStringLiteral(")"));
    return text.trimmed();
}

const QHash<QString, Field> &synonyms()
{
    static const QHash<QString, Field> all = [] {
        QHash<QString, Field> s;
        const auto add = [&s](Field field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                s.insert(QString::fromUtf8(name), field);
        };
        add(Field::Patient, {"patient", "patient name"});
        add(Field::At, {"at", "datetime", "date/time", "date time", "timestamp", "time stamp",
                        "injected at", "given at", "injection time", "zeitpunkt"});
        add(Field::Date, {"date", "day", "datum", "tag"});
        add(Field::Time, {"time", "time of day", "uhrzeit", "zeit"});
        add(Field::Dose, {"dose", "dose mg", "dose (mg)", "dosage", "dosage (mg)", "amount",
                          "amount (mg)", "mg", "dosis", "dosis (mg)", "menge", "menge (mg)"});
        add(Field::Site, {"site", "location", "injection site", "zone", "body site", "stelle",
                          "einstichstelle", "injektionsstelle"});
        add(Field::Lot,
            {"lot", "lot number", "lot no", "batch", "batch number", "charge", "chargennummer"});
        add(Field::GivenBy, {"given by", "by", "injected by", "caregiver", "gegeben von"});
        add(Field::Note, {"note", "notes", "comment", "comments", "remark", "remarks", "notiz",
                          "bemerkung", "kommentar"});
        add(Field::SpotX, {"spot x"});
        add(Field::SpotY, {"spot y"});
        return s;
    }();
    return all;
}

} // namespace

QString ImportColumns::Mapping::nameOf(Field field) const
{
    const int index = column(field);
    if (index >= 0 && index < header.size() && !header.at(index).trimmed().isEmpty())
        return header.at(index).trimmed();
    return ImportColumns::name(field);
}

QString ImportColumns::name(Field field)
{
    switch (field) {
    case Field::Patient:
        return QStringLiteral("patient");
    case Field::At:
        return QStringLiteral("at");
    case Field::Date:
        return QStringLiteral("date");
    case Field::Time:
        return QStringLiteral("time");
    case Field::Dose:
        return QStringLiteral("dose_mg");
    case Field::Site:
        return QStringLiteral("site");
    case Field::Lot:
        return QStringLiteral("lot");
    case Field::GivenBy:
        return QStringLiteral("given_by");
    case Field::Note:
        return QStringLiteral("note");
    case Field::SpotX:
        return QStringLiteral("spot_x");
    case Field::SpotY:
        return QStringLiteral("spot_y");
    }
    return QString();
}

std::expected<ImportColumns::Mapping, QList<ErrorDetail>>
ImportColumns::map(const QStringList &header, qint64 line)
{
    Mapping mapping;
    mapping.width = header.size();
    mapping.header = header;
    QList<ErrorDetail> problems;
    bool doseInOtherUnit = false;
    const auto problem = [&](const QString &column, const QString &message) {
        problems.append({line, column, column, message});
    };

    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        const QString key = normalized(name);
        if (key.isEmpty()) {
            mapping.ignored << tr("column %1 (no name)").arg(i + 1);
            continue;
        }
        const auto found = synonyms().constFind(key);
        if (found == synonyms().constEnd()) {
            // A dose in mL (or units) must never be read as mg.
            static const QRegularExpression otherUnit(QStringLiteral(
                R"(^(dose|dosage|amount|dosis|menge|volume)\b.*\b(ml|units?|iu)\b)"));
            if (otherUnit.match(key).hasMatch()) {
                doseInOtherUnit = true;
                problem(name, tr("the dose must be given in mg; this column holds another unit. "
                                 "Convert it to mg (100 mg = 0.67 mL) in a column named "
                                 "\"dose_mg\"."));
            } else {
                mapping.ignored << name;
            }
            continue;
        }
        if (mapping.columns.contains(*found)) {
            problem(name, tr("column %1 \"%2\" holds the same as column %3 \"%4\" (%5); keep "
                             "one of them.")
                              .arg(i + 1)
                              .arg(name)
                              .arg(mapping.columns.value(*found) + 1)
                              .arg(header.at(mapping.columns.value(*found)).trimmed(),
                                   ImportColumns::name(*found)));
            continue;
        }
        mapping.columns.insert(*found, i);
    }

    // A time column alone may hold the date too.
    if (!mapping.has(Field::At) && !mapping.has(Field::Date) && mapping.has(Field::Time)) {
        mapping.columns.insert(Field::At, mapping.columns.value(Field::Time));
        mapping.columns.remove(Field::Time);
    }
    if (mapping.has(Field::At) && (mapping.has(Field::Date) || mapping.has(Field::Time)))
        problem(header.at(mapping.column(Field::At)).trimmed(),
                tr("the time is given twice (a date-and-time column and a date or time "
                   "column); keep one of them."));
    if (!mapping.has(Field::At)) {
        if (!mapping.has(Field::Date))
            problem(tr("date/time"),
                    tr("no column for when each injection was given; name it \"at\" "
                       "(YYYY-MM-DDTHH:MM, optionally with an offset), or \"date\" and "
                       "\"time\"."));
        else if (!mapping.has(Field::Time))
            problem(tr("time"), tr("there is a date column but no time column; the time of "
                                   "each injection is needed."));
    }
    if (!mapping.has(Field::Dose) && !doseInOtherUnit)
        problem(tr("dose_mg"), tr("no column for the dose in mg; name it \"dose_mg\", \"dose\", "
                                  "\"dose (mg)\" or \"amount\"."));
    if (!mapping.has(Field::Site))
        problem(tr("site"), tr("no column for the injection site; name it \"site\", "
                               "\"location\" or \"injection site\"."));
    if (mapping.has(Field::SpotX) != mapping.has(Field::SpotY))
        problem(mapping.has(Field::SpotX) ? QStringLiteral("spot_x") : QStringLiteral("spot_y"),
                tr("spot_x and spot_y go together; give both or neither."));
    if (!problems.isEmpty())
        return std::unexpected(problems);
    return mapping;
}

} // namespace shotbook
