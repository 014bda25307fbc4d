#pragma once

#include "regimen/Regimen.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shotbook {

// An all-day event beside the doses, e.g. the next lab test that is due
// (issue 7 fills these). Written with VALUE=DATE, so it shows on that day in
// every time zone.
struct CalendarDayEvent
{
    QString uid; // stable across exports, e.g. "lab-anc-2025-03-01@shotbook"
    QDate date;
    QString summary;
    QString description; // may be empty
};

// What goes into the calendar.
struct ICalendarInput
{
    QString patientName;
    QList<Regimen> regimens;   // the patient's whole history, any order
    std::optional<QDate> from; // first day to include; none: from each regimen's start
    std::optional<QDate> to;   // last day to include; none: open-ended regimens never end
    QDateTime stamp;           // DTSTAMP, from the injected clock (written as UTC)
    QList<CalendarDayEvent> dayEvents;
};

struct ICalendarFile
{
    QString text;      // CRLF line endings, folded at 75 octets
    int events = 0;    // every event written
    int dayEvents = 0; // of which all-day events (e.g. blood tests due)
};

// The dose times as an iCalendar (RFC 5545) file: one repeating VEVENT per
// regimen per time of day, in floating local time, because schedules are
// defined in wall-clock time: the 08:00 dose rings at 08:00 wherever the user
// is.
class ICalendarExport final
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarExport)

public:
    static ICalendarFile build(const ICalendarInput &input);

    // The pieces, public for their tests.
    static QString escapeText(const QString &text);
    // Folds one content line (without its CRLF) so that no line is longer
    // than 75 octets of UTF-8, never splitting a character.
    static QString foldLine(const QString &line);
};

} // namespace shotbook
