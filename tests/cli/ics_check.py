#!/usr/bin/env python3
"""Reads an .ics file with an iCalendar library that is not Shotbook's
(python3-icalendar) and expands each event's RRULE with dateutil.rrule, so
that tst_ics compares what a calendar program would show with what the
regimen should give.

usage: ics_check.py FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD]

Prints one JSON object:
  {"calendar": {version, prodid, calscale, name},
   "events": [{uid, summary, description, dtstart, all_day, floating,
               duration_s, rrule, until, total, occurrences,
               alarm: {action, trigger_s, description} | null}]}
`occurrences` are the start times (ISO, no offset for floating times) within
the window, which defaults to 60 days from the event's start; `total` counts
every occurrence of an event that ends (UNTIL or COUNT), null when it repeats
for ever.
"""

import argparse
import datetime
import json
import sys

try:
    from dateutil import rrule
    from icalendar import Calendar
except ImportError as error:
    sys.stderr.write("ics_check.py: %s; install python3-icalendar "
                     "(packaging/setup.sh does)\n" % error)
    sys.exit(3)


def iso(value):
    return value.isoformat() if value is not None else None


def text(component, name):
    value = component.get(name)
    return str(value) if value is not None else None


def seconds(delta):
    return int(delta.total_seconds()) if delta is not None else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--from", dest="window_from")
    parser.add_argument("--to", dest="window_to")
    args = parser.parse_args()

    with open(args.file, "rb") as stream:
        calendar = Calendar.from_ical(stream.read())

    result = {
        "calendar": {
            "version": text(calendar, "VERSION"),
            "prodid": text(calendar, "PRODID"),
            "calscale": text(calendar, "CALSCALE"),
            "name": text(calendar, "X-WR-CALNAME"),
        },
        "events": [],
    }

    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        all_day = not isinstance(start, datetime.datetime)
        floating = not all_day and start.tzinfo is None
        anchor = start if not all_day else datetime.datetime.combine(start, datetime.time())
        begin = anchor
        end = anchor + datetime.timedelta(days=60)
        if args.window_from:
            begin = datetime.datetime.fromisoformat(args.window_from)
        if args.window_to:
            end = datetime.datetime.fromisoformat(args.window_to) + datetime.timedelta(days=1)

        entry = {
            "uid": text(event, "UID"),
            "summary": text(event, "SUMMARY"),
            "description": text(event, "DESCRIPTION"),
            "dtstart": iso(start),
            "all_day": all_day,
            "floating": floating,
            "duration_s": seconds(event.decoded("DURATION")) if "DURATION" in event else None,
            "rrule": None,
            "until": None,
            "total": None,
            "occurrences": [],
            "alarm": None,
        }

        if "RRULE" in event:
            recur = event["RRULE"]
            rule_text = recur.to_ical().decode("ascii")
            entry["rrule"] = rule_text
            if "UNTIL" in recur:
                entry["until"] = iso(recur["UNTIL"][0])
            rule = rrule.rrulestr(rule_text, dtstart=anchor)
            if "UNTIL" in recur or "COUNT" in recur:
                entry["total"] = rule.count()
            occurrences = [o for o in rule.between(begin, end, inc=True) if o < end]
            entry["occurrences"] = [
                iso(o.date() if all_day else o) for o in occurrences]
        elif begin <= anchor < end:
            entry["total"] = 1
            entry["occurrences"] = [iso(start)]
        else:
            entry["total"] = 1

        alarms = event.walk("VALARM")
        if alarms:
            alarm = alarms[0]
            entry["alarm"] = {
                "action": text(alarm, "ACTION"),
                "trigger_s": seconds(alarm.decoded("TRIGGER")) if "TRIGGER" in alarm else None,
                "description": text(alarm, "DESCRIPTION"),
            }
        result["events"].append(entry)

    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
