#include "IsoDateTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace shotbook::iso {

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})\z)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

namespace {

// An instant is stored as its UTC form (formatUtc), which has four-digit
// years: 9999-12-31T23:59-12:00 is 10000-01-01 in UTC and could not be read
// back (found by tests/fuzz/fuzz_datetime).
std::optional<QDateTime> storable(const QDateTime &dateTime)
{
    const int year = dateTime.toUTC().date().year();
    if (!dateTime.isValid() || year < 1 || year > 9999)
        return std::nullopt;
    return dateTime;
}

} // namespace

std::optional<QDateTime> parseDateTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?\z)"));
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
        return storable(local);
    }
    if (zone == QLatin1String("Z"))
        return QDateTime(*date, time, QTimeZone::utc());

    const int sign = zone.at(0) == QLatin1Char('-') ? -1 : 1;
    const int hours = zone.mid(1, 2).toInt();
    const int minutes = zone.mid(4, 2).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return storable(QDateTime(*date, time, QTimeZone(sign * (hours * 3600 + minutes * 60))));
}

QString formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString formatUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

QDateTime parseStoredUtc(const QString &text)
{
    // YYYY-MM-DDTHH:MM:SSZ
    static constexpr int Length = 20;
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == Length && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::utc());
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

QString formatLocal(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2}):(\d{2})\z)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace shotbook::iso
