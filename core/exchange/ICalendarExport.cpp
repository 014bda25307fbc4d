#include "ICalendarExport.h"

#include "common/AppIdentity.h"
#include "regimen/DoseCalculator.h"

#include <QStringList>

#include <algorithm>

namespace shotbook {

namespace {

// Whether `later` replaces `earlier` from its start (the rule of regimenOn():
// the latest start wins, the later-entered one on the same day).
bool supersedes(const Regimen &later, const Regimen &earlier)
{
    return later.start > earlier.start || (later.start == earlier.start && later.id > earlier.id);
}

// The last day a regimen is in force: the end of its course or the day before
// the next regimen starts, whichever comes first; none when open-ended. It is
// before the start when a later regimen replaces it on its first day.
std::optional<QDate> lastDayInForce(const Regimen &regimen, const QList<Regimen> &history)
{
    std::optional<QDate> last = regimen.lastDay();
    for (const Regimen &other : history) {
        if (!supersedes(other, regimen))
            continue;
        const QDate dayBefore = other.start.addDays(-1);
        if (!last || dayBefore < *last)
            last = dayBefore;
    }
    return last;
}

QString floatingDateTime(const QDate &date, const QTime &time)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') +
           time.toString(QStringLiteral("HHmmss"));
}

QString dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString utcDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss")) + QLatin1Char('Z');
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// Days from `start` to the first day on or after `day` that is a dosing day.
qint64 firstDosingOffset(const QDate &start, const QDate &day, int everyDays)
{
    const qint64 days = start.daysTo(day);
    if (days <= 0)
        return 0;
    return (days + everyDays - 1) / everyDays * everyDays;
}

} // namespace

QString ICalendarExport::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u';':
            escaped += QStringLiteral("\\;");
            break;
        case u',':
            escaped += QStringLiteral("\\,");
            break;
        case u'\r':
            // CR LF and a lone CR are both one line break.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QStringLiteral("\\n");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
            if (c.unicode() == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f))
                escaped += c;
            break;
        }
    }
    return escaped;
}

QString ICalendarExport::foldLine(const QString &line)
{
    constexpr int MaxOctets = 75;
    QString folded;
    folded.reserve(line.size() + line.size() / 60 * 3);
    int octets = 0;
    const QChar *const text = line.constData();
    const qsizetype size = line.size();
    for (qsizetype i = 0; i < size;) {
        // One whole character: a surrogate pair stays together. Its octets
        // as toUtf8() writes them, counted rather than converted (a buffer
        // per character was a third of the fuzzer's time): a lone surrogate
        // is written as one "?".
        const char16_t c = text[i].unicode();
        qsizetype length = 1;
        int width = 3;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            length = 2;
            width = 4;
        } else if (c < 0x80 || QChar::isSurrogate(c)) {
            width = 1;
        } else if (c < 0x800) {
            width = 2;
        }
        if (octets + width > MaxOctets) {
            folded += QStringLiteral("\r\n ");
            octets = 1; // the leading space counts
        }
        folded.append(text + i, length);
        octets += width;
        i += length;
    }
    return folded;
}

ICalendarFile ICalendarExport::build(const ICalendarInput &input)
{
    QList<Regimen> history = input.regimens;
    std::sort(history.begin(), history.end(), [](const Regimen &a, const Regimen &b) {
        return a.start < b.start || (a.start == b.start && a.id < b.id);
    });

    const QString stamp = utcDateTime(input.stamp);
    QStringList lines;
    lines << QStringLiteral("BEGIN:VCALENDAR") << QStringLiteral("VERSION:2.0")
          << QStringLiteral("PRODID:-//Shotbook//Shotbook %1//EN").arg(applicationVersion())
          << QStringLiteral("CALSCALE:GREGORIAN")
          << QStringLiteral("X-WR-CALNAME:") +
                 escapeText(tr("Shotbook — %1").arg(input.patientName));

    ICalendarFile file;
    for (const Regimen &regimen : history) {
        if (!regimen.start.isValid() || regimen.everyDays < 1)
            continue;
        const int every = regimen.everyDays;
        // First and last day of the period to write, before snapping to dosing days.
        QDate first = regimen.start;
        if (input.from && *input.from > first)
            first = regimen.start.addDays(firstDosingOffset(regimen.start, *input.from, every));
        // Dates have four-digit years (RFC 5545 3.3.4): no dose after 9999-12-31
        // can be written (found by tests/fuzz/fuzz_ics).
        if (first.year() > 9999)
            continue;
        std::optional<QDate> last = lastDayInForce(regimen, history);
        if (input.to && (!last || *input.to < *last))
            last = input.to;
        // A course that would end after 9999-12-31 is written up to that day.
        if (const QDate lastWritable(9999, 12, 31); last && *last > lastWritable)
            last = lastWritable;
        if (last) {
            if (*last < first)
                continue; // replaced on its first day, or outside the range
            // The last dosing day: every-other-day counts from the start.
            last = regimen.start.addDays(regimen.start.daysTo(*last) / every * every);
            if (*last < first)
                continue;
        }

        QString amount;
        QString description;
        if (regimen.isWeightBased()) {
            amount = tr("Anakinra dose — %1 (%2 mg/kg/day)")
                         .arg(input.patientName, number(*regimen.mgPerKgPerDay));
            description = tr("The dose is %1 mg/kg per day, worked out from the latest weight: "
                             "Shotbook shows the amount to measure.")
                              .arg(number(*regimen.mgPerKgPerDay));
        } else {
            const auto dose = DoseCalculator::calculate(regimen, std::nullopt);
            const double perDoseMg =
                dose ? dose->perDoseMg
                     : regimen.dailyMg.value_or(0.0) / qMax(1, regimen.dosesPerDay);
            amount = tr("Anakinra dose — %1 (%2 mg)").arg(input.patientName, number(perDoseMg));
            description = tr("%1 mg per injection (%2 mL at 150 mg/mL).")
                              .arg(number(perDoseMg))
                              .arg(perDoseMg / DoseCalculation::MgPerMl, 0, 'f', 2);
        }

        for (qsizetype n = 0; n < regimen.times.size(); ++n) {
            const QTime &time = regimen.times.at(n);
            QString rule = QStringLiteral("RRULE:FREQ=DAILY;INTERVAL=%1").arg(every);
            if (last)
                rule += QStringLiteral(";UNTIL=") + floatingDateTime(*last, time);
            lines
                << QStringLiteral("BEGIN:VEVENT")
                << QStringLiteral("UID:") +
                       escapeText(
                           QStringLiteral("regimen-%1-dose-%2@shotbook").arg(regimen.id).arg(n + 1))
                << QStringLiteral("DTSTAMP:") + stamp
                << QStringLiteral("DTSTART:") + floatingDateTime(first, time)
                << QStringLiteral("DURATION:PT15M") << rule
                << QStringLiteral("SUMMARY:") + escapeText(amount)
                << QStringLiteral("DESCRIPTION:") + escapeText(description)
                << QStringLiteral("BEGIN:VALARM") << QStringLiteral("ACTION:DISPLAY")
                << QStringLiteral("TRIGGER:PT0M")
                << QStringLiteral("DESCRIPTION:") + escapeText(amount)
                << QStringLiteral("END:VALARM") << QStringLiteral("END:VEVENT");
            ++file.events;
        }
    }

    for (const CalendarDayEvent &event : input.dayEvents) {
        if (!event.date.isValid() || (input.from && event.date < *input.from) ||
            (input.to && event.date > *input.to))
            continue;
        lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:") + escapeText(event.uid)
              << QStringLiteral("DTSTAMP:") + stamp
              << QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(event.date);
        // The day after 9999-12-31 has no four-digit year: that day lasts a
        // day all the same (found by tests/fuzz/fuzz_ics).
        if (event.date.addDays(1).year() <= 9999)
            lines << QStringLiteral("DTEND;VALUE=DATE:") + dateValue(event.date.addDays(1));
        else
            lines << QStringLiteral("DURATION:P1D");
        lines << QStringLiteral("SUMMARY:") + escapeText(event.summary);
        if (!event.description.isEmpty())
            lines << QStringLiteral("DESCRIPTION:") + escapeText(event.description);
        // A reminder of a day, not an appointment: it does not block time.
        lines << QStringLiteral("TRANSP:TRANSPARENT") << QStringLiteral("END:VEVENT");
        ++file.events;
        ++file.dayEvents;
    }

    lines << QStringLiteral("END:VCALENDAR");
    for (const QString &line : std::as_const(lines))
        file.text += foldLine(line) + QStringLiteral("\r\n");
    return file;
}

} // namespace shotbook
