#include "IsoDateTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace shotbook::iso {

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto date = parseDate(match.captured(1));
    if (!date)
        return std::nullopt;
    const int seconds = match.capturedLength(4) > 0 ? match.captured(4).toInt() : 0;
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt(), seconds);
    if (!time.isValid())
        return std::nullopt;

    const QString zone = match.captured(5);
    if (zone.isEmpty()) {
        const QDateTime local(*date, time, Qt::LocalTime);
        // Qt moves a non-existent local time forward; refuse it instead of guessing.
        if (!local.isValid() || local.time() != time || local.date() != *date)
            return std::nullopt;
        return local;
    }
    if (zone == QLatin1String("Z"))
        return QDateTime(*date, time, QTimeZone::utc());

    const int sign = zone.at(0) == QLatin1Char('-') ? -1 : 1;
    const int hours = zone.mid(1, 2).toInt();
    const int minutes = zone.mid(4, 2).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return QDateTime(*date, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
}

QString formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString formatUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

QString formatLocal(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2}):(\d{2})$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace shotbook::iso
