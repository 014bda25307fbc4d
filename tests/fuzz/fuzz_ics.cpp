// The iCalendar writer (ICalendarExport) on a patient's name, regimens and
// all-day events whose texts are anything a user can type and whose dates
// and times come through the parsers. The input is NUL-separated fields
// (FuzzRecord.h). Properties (RFC 5545): every line ends in CRLF and holds no
// other CR or LF, is at most 75 octets of UTF-8, and has no control character
// but HTAB; a folded line goes on with a space; the calendar begins and ends
// as one with balanced BEGIN/END; dates are 8 digits; and each all-day
// event's summary and description unescape to the text as typed (control
// characters left out, a line break as \n).
#include "FuzzRecord.h"

#include "exchange/ICalendarExport.h"

#include <QRegularExpression>

using namespace shotbook;

namespace {

constexpr qint64 MaxRecords = 12;

QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\')) {
            // An unescaped ; or , would end the value early.
            fuzz::require(c != QLatin1Char(';') && c != QLatin1Char(','));
            out += c;
            continue;
        }
        fuzz::require(i + 1 < text.size());
        const QChar next = text.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else if (next == QLatin1Char('\\') || next == QLatin1Char(';') || next == QLatin1Char(','))
            out += next;
        else
            fuzz::require(false);
    }
    return out;
}

// What a text should read as after writing: line breaks (CRLF, CR, LF) as one
// \n, other control characters left out.
QString expected(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1Char('\n');
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
                   (c.unicode() >= 0x20 && c.unicode() != 0x7f)) {
            out += c;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    fuzz::Fields fields(data, size);
    ICalendarInput input;
    input.patientName = fields.text();
    input.from = fuzz::optionalDate(fields);
    input.to = fuzz::optionalDate(fields);
    input.stamp = fuzz::instant(fields);
    // A dozen regimens and events reach every branch; more only make an
    // input slower.
    qint64 id = 0;
    while (!fields.atEnd() && id < MaxRecords) {
        ++id;
        if (fields.choice(2)) {
            Regimen regimen;
            regimen.id = id;
            regimen.start = fuzz::date(fields);
            if (fields.choice(2))
                regimen.mgPerKgPerDay = fuzz::number(fields, 2.0);
            else
                regimen.dailyMg = fuzz::number(fields);
            regimen.dosesPerDay = 1 + fields.choice(2);
            regimen.everyDays = 1 + fields.choice(2);
            for (int n = 0; n < regimen.dosesPerDay; ++n)
                regimen.times << fuzz::time(fields);
            if (const int days = fields.choice(31))
                regimen.days = days;
            input.regimens << regimen;
        } else {
            CalendarDayEvent event;
            event.uid = QStringLiteral("lab-%1@shotbook").arg(id);
            event.date = fuzz::date(fields);
            event.summary = fields.text();
            event.description = fields.text();
            input.dayEvents << event;
        }
    }

    const ICalendarFile file = ICalendarExport::build(input);
    fuzz::require(file.text.endsWith(QLatin1String("\r\n")));
    const QByteArray bytes = file.text.toUtf8();
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeLast(); // after the last CRLF
    QStringList unfolded;
    for (const QByteArray &line : std::as_const(lines)) {
        fuzz::require(line.endsWith('\r'));
        const QByteArray content = line.chopped(1);
        fuzz::require(content.size() <= 75);
        for (const char c : content) {
            const auto u = static_cast<unsigned char>(c);
            fuzz::require(u == '\t' || (u >= 0x20 && u != 0x7f));
        }
        const QString text = QString::fromUtf8(content);
        // Folding never splits a character.
        fuzz::require(text.toUtf8() == content);
        if (text.startsWith(QLatin1Char(' '))) {
            fuzz::require(!unfolded.isEmpty());
            unfolded.last() += text.mid(1);
        } else {
            unfolded << text;
        }
    }
    fuzz::require(unfolded.constFirst() == QLatin1String("BEGIN:VCALENDAR"));
    fuzz::require(unfolded.constLast() == QLatin1String("END:VCALENDAR"));

    static const QRegularExpression dateValue(
        QStringLiteral("^DT(START|END)(;VALUE=DATE:\\d{8}|:\\d{8}T\\d{6})$"));
    static const QRegularExpression stampValue(QStringLiteral("^DTSTAMP:\\d{8}T\\d{6}Z$"));
    static const QRegularExpression ruleValue(
        QStringLiteral("^RRULE:FREQ=DAILY;INTERVAL=[12](;UNTIL=\\d{8}T\\d{6})?$"));
    int depth = 0;
    int events = 0;
    QStringList summaries;
    QStringList descriptions;
    for (const QString &line : std::as_const(unfolded)) {
        if (line.startsWith(QLatin1String("BEGIN:"))) {
            ++depth;
            events += line == QLatin1String("BEGIN:VEVENT");
        } else if (line.startsWith(QLatin1String("END:"))) {
            fuzz::require(--depth >= 0);
        } else if (line.startsWith(QLatin1String("DTSTART")) ||
                   line.startsWith(QLatin1String("DTEND"))) {
            fuzz::require(dateValue.match(line).hasMatch());
        } else if (line.startsWith(QLatin1String("DTSTAMP"))) {
            fuzz::require(stampValue.match(line).hasMatch());
        } else if (line.startsWith(QLatin1String("RRULE"))) {
            fuzz::require(ruleValue.match(line).hasMatch());
        } else if (line.startsWith(QLatin1String("SUMMARY:"))) {
            summaries << unescape(line.mid(8));
        } else if (line.startsWith(QLatin1String("DESCRIPTION:"))) {
            descriptions << unescape(line.mid(12));
        }
    }
    fuzz::require(depth == 0);
    fuzz::require(events == file.events);

    // The all-day events come last, in their order, each with its texts.
    QList<CalendarDayEvent> written;
    for (const CalendarDayEvent &event : std::as_const(input.dayEvents)) {
        if (event.date.isValid() && (!input.from || event.date >= *input.from) &&
            (!input.to || event.date <= *input.to))
            written << event;
    }
    fuzz::require(written.size() == file.dayEvents);
    fuzz::require(summaries.size() >= written.size());
    const qsizetype firstDay = summaries.size() - written.size();
    qsizetype description = descriptions.size();
    for (qsizetype i = written.size() - 1; i >= 0; --i) {
        fuzz::require(summaries.at(firstDay + i) == expected(written.at(i).summary));
        if (!written.at(i).description.isEmpty())
            fuzz::require(descriptions.value(--description) == expected(written.at(i).description));
    }
    return 0;
}
