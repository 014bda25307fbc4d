#include "ImportedRow.h"

#include "ZoneNames.h"
#include "common/IsoDateTime.h"
#include "injections/InjectionRules.h"
#include "sites/Zones.h"

#include <QRegularExpression>

#include <cmath>

namespace shotbook {

namespace {

using Field = ImportColumns::Field;

QDateTime utcSeconds(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.addMSecs(-utc.time().msec());
}

} // namespace

std::optional<QDateTime> ImportedRow::parseTime(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})?\s*(Z|[+-]\d{2}:\d{2})?$)"));
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return iso::parseDateTime(match.captured(1) + QLatin1Char('T') + match.captured(2) +
                              match.captured(3));
}

std::optional<double> ImportedRow::parseDose(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(?:mg)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = match.captured(1).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::expected<ImportedRow, QList<ErrorDetail>>
ImportedRow::parse(const ImportColumns::Mapping &mapping, const CsvReader::Record &record,
                   const QDateTime &now)
{
    QList<ErrorDetail> problems;
    const qint64 line = record.line;
    if (record.fields.size() != mapping.width) {
        problems.append({line, QString(), QString(),
                         tr("the row has %1 fields, the header has %2; a field with a comma "
                            "must be quoted")
                             .arg(record.fields.size())
                             .arg(mapping.width)});
        return std::unexpected(problems);
    }
    const auto value = [&](Field field) {
        return mapping.has(field) ? record.fields.at(mapping.column(field)).trimmed() : QString();
    };
    const auto problem = [&](Field field, const QString &found, const QString &message) {
        problems.append({line, mapping.nameOf(field), found, message});
    };

    ImportedRow row;
    row.line = line;
    row.patientName = value(Field::Patient);

    // When it was given.
    std::optional<QDateTime> at;
    if (mapping.has(Field::At)) {
        const QString text = value(Field::At);
        at = parseTime(text);
        if (!at)
            problem(Field::At, text,
                    text.isEmpty()
                        ? tr("no date and time")
                        : tr("\"%1\" is not a date and time that exists; write it as "
                             "YYYY-MM-DDTHH:MM[:SS], optionally with Z or an offset such as "
                             "+01:00")
                              .arg(text));
    } else {
        const QString date = value(Field::Date);
        const QString time = value(Field::Time);
        const auto day = iso::parseDate(date);
        static const QRegularExpression timeForm(
            QStringLiteral(R"(^(\d{1,2}):(\d{2}(?::\d{2})?)$)"));
        if (!day)
            problem(Field::Date, date,
                    date.isEmpty() ? tr("no date")
                                   : tr("\"%1\" is not a date that exists; write it as "
                                        "YYYY-MM-DD")
                                         .arg(date));
        const auto timeMatch = timeForm.match(time);
        if (!timeMatch.hasMatch())
            problem(Field::Time, time,
                    time.isEmpty()
                        ? tr("no time")
                        : tr("\"%1\" is not a time; write it as HH:MM (24 hours)").arg(time));
        else if (day) {
            // "8:05" as well as "08:05".
            at = iso::parseDateTime(date + QLatin1Char('T') +
                                    timeMatch.captured(1).rightJustified(2, QLatin1Char('0')) +
                                    QLatin1Char(':') + timeMatch.captured(2));
            if (!at)
                problem(Field::Time, time,
                        tr("%1 %2 does not exist in local time (a clock change skips it)")
                            .arg(date, time));
        }
    }

    const QString doseText = value(Field::Dose);
    const auto dose = parseDose(doseText);
    if (!dose)
        problem(Field::Dose, doseText,
                doseText.isEmpty()
                    ? tr("no dose")
                    : tr("\"%1\" is not a dose in mg; write a number with . as the decimal "
                         "mark, e.g. 100 or 37.5")
                          .arg(doseText));

    const QString siteText = value(Field::Site);
    const auto zone = ZoneNames::resolve(siteText);
    if (!zone)
        problem(Field::Site, siteText,
                siteText.isEmpty()
                    ? tr("no injection site")
                    : tr("unknown site \"%1\"; use a zone id (%2) or words such as \"left "
                         "thigh\" or \"abdomen lower right\"")
                          .arg(siteText, Zones::ids().join(QStringLiteral(", "))));

    std::optional<QPointF> spot;
    if (mapping.has(Field::SpotX)) {
        const QString xText = value(Field::SpotX);
        const QString yText = value(Field::SpotY);
        if (!xText.isEmpty() || !yText.isEmpty()) {
            bool okX = false;
            bool okY = false;
            const double x = xText.toDouble(&okX);
            const double y = yText.toDouble(&okY);
            if (!okX || !okY)
                problem(okX ? Field::SpotY : Field::SpotX, okX ? yText : xText,
                        tr("the spot within the zone is two fractions from 0 to 1"));
            else
                spot = QPointF(x, y);
        }
    }
    if (!problems.isEmpty())
        return std::unexpected(problems);

    Injection &injection = row.injection;
    injection.at = utcSeconds(*at);
    injection.doseMg = *dose;
    injection.site = zone->zone;
    injection.spot = spot;
    const QString lot = value(Field::Lot);
    if (!lot.isEmpty())
        injection.lot = lot;
    injection.givenBy = value(Field::GivenBy);
    // Notes keep their own spacing and lines (only the ends are trimmed).
    injection.note = mapping.has(Field::Note)
                         ? record.fields.at(mapping.column(Field::Note)).trimmed()
                         : QString();
    if (zone->assumedLevel)
        row.assumedSiteName = siteText;

    // The same rules as an injection logged by hand.
    if (auto valid = InjectionRules::check(injection, now); !valid) {
        const QString &code = valid.error().code;
        Field field = Field::Note;
        QString found;
        if (code == QLatin1String("invalid-dose")) {
            field = Field::Dose;
            found = doseText;
        } else if (code == QLatin1String("unknown-site")) {
            field = Field::Site;
            found = siteText;
        } else if (code == QLatin1String("invalid-time")) {
            field = mapping.has(Field::At) ? Field::At : Field::Date;
            found = mapping.has(Field::At) ? value(Field::At) : value(Field::Date);
        } else if (code == QLatin1String("invalid-spot")) {
            field = Field::SpotX;
        } else if (code == QLatin1String("invalid-lot")) {
            field = Field::Lot;
            found = lot;
        } else if (code == QLatin1String("invalid-text")) {
            field = injection.givenBy.size() > InjectionRules::MaxGivenByLength ? Field::GivenBy
                                                                                : Field::Note;
        }
        problem(field, found, valid.error().message);
        return std::unexpected(problems);
    }
    return row;
}

} // namespace shotbook
