// `shotbook-cli export ics` and the iCalendar text behind it. The files are
// read back by an independent parser (python3-icalendar + dateutil.rrule,
// through ics_check.py), and the occurrences it expands are compared with the
// due slots core's schedule gives for the same regimens.

#include "CliFixture.h"
#include "IcsCheck.h"
#include "common/AppIdentity.h"
#include "common/Clock.h"
#include "exchange/ICalendarExport.h"
#include "regimen/RegimenService.h"
#include "regimen/Schedule.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace shotbook;
using namespace shotbook::test;

Q_DECLARE_METATYPE(shotbook::Regimen)

namespace {

Regimen fixedDose(qint64 id, QDate start, double dailyMg, QList<QTime> times, int everyDays = 1,
                  std::optional<int> days = std::nullopt)
{
    Regimen regimen;
    regimen.id = id;
    regimen.start = start;
    regimen.dailyMg = dailyMg;
    regimen.dosesPerDay = static_cast<int>(times.size());
    regimen.times = std::move(times);
    regimen.everyDays = everyDays;
    regimen.days = days;
    // Non-null texts: the stored columns are NOT NULL.
    regimen.indication = QStringLiteral("ra");
    regimen.prescriber = QStringLiteral("Dr. Test");
    regimen.note = QStringLiteral("made by tst_ics");
    return regimen;
}

Regimen perKg(qint64 id, QDate start, double mgPerKgPerDay)
{
    Regimen regimen = fixedDose(id, start, 0, {QTime(8, 0)});
    regimen.dailyMg.reset();
    regimen.mgPerKgPerDay = mgPerKgPerDay;
    regimen.indication = QStringLiteral("caps");
    return regimen;
}

QDate day(int month, int dayOfMonth)
{
    return QDate(2025, month, dayOfMonth);
}

const QTime Morning(8, 0);
const QTime Evening(20, 0);

// The content lines of an .ics text, unfolded (RFC 5545 3.1).
QStringList unfoldedLines(const QString &text)
{
    QString unfolded = text;
    unfolded.replace(QStringLiteral("\r\n "), QString());
    QStringList lines = unfolded.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// Each VEVENT as "UID|DTSTART|RRULE" (the property values).
QStringList eventKeys(const QString &text)
{
    QStringList keys;
    QString uid, start, rule;
    for (const QString &line : unfoldedLines(text)) {
        if (line == QLatin1String("BEGIN:VEVENT")) {
            uid.clear();
            start.clear();
            rule.clear();
        } else if (line.startsWith(QLatin1String("UID:"))) {
            uid = line.mid(4);
        } else if (line.startsWith(QLatin1String("DTSTART"))) {
            start = line.mid(line.indexOf(QLatin1Char(':')) + 1);
        } else if (line.startsWith(QLatin1String("RRULE:"))) {
            rule = line.mid(6);
        } else if (line == QLatin1String("END:VEVENT")) {
            keys << uid + QLatin1Char('|') + start + QLatin1Char('|') + rule;
        }
    }
    return keys;
}

// What an expected event looks like to the independent parser.
struct ExpectedEvent
{
    QString uid;
    QString summary;
    QString dtstart; // ISO, no offset
    QString until;   // ISO, no offset; empty when open-ended
    int total = -1;  // every occurrence of an event that ends; -1 when open-ended
};

} // namespace

class TestIcs final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;
    QString m_patient = QStringLiteral("Ada");

    QString outPath(const QString &suffix = QString()) const
    {
        return m_db.sibling(suffix + QStringLiteral(".ics"));
    }

    // The patient through the real CLI; the regimens through core (the same
    // service `regimen set` calls) against the same file.
    QList<Regimen> makeDatabase(const QList<Regimen> &regimens, QString *problem) const
    {
        const CliRun added =
            m_db.bare({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name"),
                       m_patient, QStringLiteral("--weight-kg"), QStringLiteral("20")});
        if (added.exitCode != 0) {
            *problem = QString::fromUtf8(added.err);
            return {};
        }
        auto database = Database::open(m_db.path(), Database::OpenMode::MustExist);
        if (!database) {
            *problem = database.error().message;
            return {};
        }
        const FixedClock clock(QDateTime(day(2, 1), QTime(12, 0), Qt::UTC));
        RegimenService service(**database, clock);
        QList<Regimen> stored;
        for (Regimen regimen : regimens) {
            regimen.id = 0;
            regimen.patientId = 1;
            const auto saved = service.set(regimen);
            if (!saved) {
                *problem = saved.error().message;
                return {};
            }
            stored << saved->regimen;
        }
        return stored;
    }

    static QStringList dueTimes(const QList<Regimen> &history, const QDate &from, const QDate &to)
    {
        QStringList times;
        for (const Slot &slot : dueSlots(history, from, to))
            times << slot.due.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
        return times;
    }

    // Exports through the CLI, reads the file back with the independent
    // parser and checks each event, then that the occurrences within the
    // window are exactly core's due slots.
    void verifyExport(const QList<Regimen> &regimens, const QList<ExpectedEvent> &expected,
                      const QDate &windowFrom, const QDate &windowTo,
                      const QStringList &exportOptions = {})
    {
        QString problem;
        const QList<Regimen> stored = makeDatabase(regimens, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString out = outPath();
        const CliRun run = m_db.bare(
            (QStringList{QStringLiteral("--now"), QStringLiteral("2025-03-01T10:00:00+01:00"),
                         QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("ics"),
                         QStringLiteral("--out"), out} +
             exportOptions));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("files")).toArray(),
                 QJsonArray{QFileInfo(out).absoluteFilePath()});
        QCOMPARE(json.value(QStringLiteral("events")).toInt(), static_cast<int>(expected.size()));
        QCOMPARE(json.value(QStringLiteral("warnings")).toArray(), QJsonArray());
        QVERIFY(isPrivate(out));
        // DTSTAMP is --now in UTC, never the system time.
        QVERIFY(readAll(out).contains("\r\nDTSTAMP:20250301T090000Z\r\n"));

        const QJsonObject parsed = readIcs(out, &problem, windowFrom, windowTo);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonObject calendar = parsed.value(QStringLiteral("calendar")).toObject();
        QCOMPARE(calendar.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(calendar.value(QStringLiteral("prodid")).toString(),
                 QStringLiteral("-//Shotbook//Shotbook %1//EN").arg(applicationVersion()));
        QCOMPARE(calendar.value(QStringLiteral("calscale")).toString(),
                 QStringLiteral("GREGORIAN"));
        QCOMPARE(calendar.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Shotbook — ") + m_patient);

        // The dose events; the blood tests due are all-day events beside them
        // (checked in labDueDates()).
        QJsonArray events;
        int labEvents = 0;
        for (const QJsonValue &value : parsed.value(QStringLiteral("events")).toArray()) {
            if (value.toObject().value(QStringLiteral("uid")).toString().startsWith(u"lab-"))
                ++labEvents;
            else
                events.append(value);
        }
        QCOMPARE(json.value(QStringLiteral("day_events")).toInt(), labEvents);
        QCOMPARE(events.size(), expected.size());
        QStringList occurrences;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject event = events.at(i).toObject();
            const ExpectedEvent &want = expected.at(i);
            QCOMPARE(event.value(QStringLiteral("uid")).toString(), want.uid);
            QCOMPARE(event.value(QStringLiteral("summary")).toString(), want.summary);
            QCOMPARE(event.value(QStringLiteral("dtstart")).toString(), want.dtstart);
            QCOMPARE(event.value(QStringLiteral("floating")).toBool(), true);
            QCOMPARE(event.value(QStringLiteral("all_day")).toBool(), false);
            QCOMPARE(event.value(QStringLiteral("duration_s")).toInt(), 15 * 60);
            QCOMPARE(event.value(QStringLiteral("until")).toString(), want.until);
            QCOMPARE(event.value(QStringLiteral("total")).toInt(-1), want.total);
            const QJsonObject alarm = event.value(QStringLiteral("alarm")).toObject();
            QCOMPARE(alarm.value(QStringLiteral("action")).toString(), QStringLiteral("DISPLAY"));
            QCOMPARE(alarm.value(QStringLiteral("trigger_s")).toInt(-1), 0);
            // The first occurrence is the first dosing day at that time.
            const QJsonArray times = event.value(QStringLiteral("occurrences")).toArray();
            QVERIFY(!times.isEmpty());
            QCOMPARE(times.first().toString(), want.dtstart);
            for (const QJsonValue &time : times)
                occurrences << time.toString();
        }
        std::sort(occurrences.begin(), occurrences.end());
        QCOMPARE(occurrences, dueTimes(stored, windowFrom, windowTo));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The independent parser must be there: setup.sh installs python3-icalendar.
        const QString problem = icsParserProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init()
    {
        m_db.reset(QLatin1String(QTest::currentTestFunction()));
        m_patient = QStringLiteral("Ada");
    }

    // ---- the text, without the CLI ----

    void escapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("Ada") << QStringLiteral("Ada");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("backslash before comma")
            << QStringLiteral("a\\,b") << QStringLiteral("a\\\\\\,b");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("crlf is one break") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
        QTest::newRow("colon stays") << QStringLiteral("a:b") << QStringLiteral("a:b");
        QTest::newRow("control dropped, tab kept")
            << QStringLiteral("a\x01\tb") << QStringLiteral("a\tb");
        QTest::newRow("non-ASCII") << QStringLiteral("Zoë 東京") << QStringLiteral("Zoë 東京");
    }

    void escapeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(ICalendarExport::escapeText(text), escaped);
    }

    void foldLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("folded");
        const QString a75(75, QLatin1Char('a'));
        QTest::newRow("75 octets stay") << a75 << QStringList{a75};
        QTest::newRow("76 octets fold")
            << a75 + QLatin1Char('b') << QStringList{a75, QStringLiteral(" b")};
        QTest::newRow("continuations hold 74")
            << QString(75 + 74 + 1, QLatin1Char('a'))
            << QStringList{a75, QLatin1Char(' ') + QString(74, QLatin1Char('a')),
                           QStringLiteral(" a")};
        // "é" is two octets: at 74 + 2 it no longer fits on the first line.
        QTest::newRow("two-octet character not split")
            << QString(74, QLatin1Char('a')) + QStringLiteral("é")
            << QStringList{QString(74, QLatin1Char('a')), QStringLiteral(" é")};
        QTest::newRow("four-octet character not split")
            << QString(73, QLatin1Char('a')) + QStringLiteral("😀")
            << QStringList{QString(73, QLatin1Char('a')), QStringLiteral(" 😀")};
        QTest::newRow("three-octet character not split")
            << QString(73, QLatin1Char('a')) + QStringLiteral("東")
            << QStringList{QString(73, QLatin1Char('a')), QStringLiteral(" 東")};
        // foldLine() counts octets as toUtf8() writes them: a lone surrogate
        // (no text typed as UTF-8 holds one) is one "?".
        const QString lone = QString(74, QLatin1Char('a')) + QChar(0xD800);
        QTest::newRow("lone surrogate is one octet")
            << lone + QLatin1Char('b') << QStringList{lone, QStringLiteral(" b")};
    }

    void foldLine()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, folded);
        QCOMPARE(ICalendarExport::foldLine(line), folded.join(QStringLiteral("\r\n")));
    }

    void textIsCrlfFoldedAndFloating()
    {
        ICalendarInput input;
        input.patientName = QStringLiteral("Zoë Łukasiewicz-Ångström, Jr.; 東京 😀 with a name "
                                           "long enough to fold");
        input.regimens = {fixedDose(7, day(3, 1), 100, {Morning, Evening})};
        input.stamp = QDateTime(day(3, 1), QTime(10, 0), Qt::OffsetFromUTC, 3600);
        const ICalendarFile file = ICalendarExport::build(input);
        QCOMPARE(file.events, 2);
        const QString &text = file.text;

        QVERIFY(text.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
        QVERIFY(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")));
        QCOMPARE(text.count(QLatin1Char('\n')), text.count(QStringLiteral("\r\n")));
        QCOMPARE(text.count(QLatin1Char('\r')), text.count(QStringLiteral("\r\n")));
        int folds = 0;
        const QStringList physical = text.split(QStringLiteral("\r\n"));
        for (const QString &line : physical) {
            QVERIFY2(line.toUtf8().size() <= 75, qPrintable(line));
            if (line.startsWith(QLatin1Char(' ')))
                ++folds;
        }
        QVERIFY(folds > 0);

        const QStringList lines = unfoldedLines(text);
        QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20250301T090000Z")));
        QVERIFY(lines.contains(QStringLiteral("CALSCALE:GREGORIAN")));
        QVERIFY(lines.contains(
            QStringLiteral("PRODID:-//Shotbook//Shotbook %1//EN").arg(applicationVersion())));
        QVERIFY(lines.contains(QStringLiteral("SUMMARY:Anakinra dose — Zoë Łukasiewicz-Ångström\\, "
                                              "Jr.\\; 東京 😀 with a name long enough to fold "
                                              "(50 mg)")));
        QVERIFY(lines.contains(QStringLiteral("X-WR-CALNAME:Shotbook — Zoë Łukasiewicz-Ångström\\, "
                                              "Jr.\\; 東京 😀 with a name long enough to fold")));
        QStringList starts;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("DTSTART")))
                starts << line;
        }
        // Floating local times: no Z, no TZID.
        QCOMPARE(starts, (QStringList{QStringLiteral("DTSTART:20250301T080000"),
                                      QStringLiteral("DTSTART:20250301T200000")}));
        QCOMPARE(lines.count(QStringLiteral("DURATION:PT15M")), 2);
        QCOMPARE(lines.count(QStringLiteral("TRIGGER:PT0M")), 2);
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VALARM")), 2);
        QVERIFY(!text.contains(QStringLiteral("TZID")));
    }

    void rules_data()
    {
        QTest::addColumn<QList<Regimen>>("history");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("events"); // UID|DTSTART|RRULE

        const QString uid1 = QStringLiteral("regimen-1-dose-1@shotbook|");
        const QString uid2 = QStringLiteral("regimen-2-dose-1@shotbook|");
        const QString daily = QStringLiteral("FREQ=DAILY;INTERVAL=1");
        const QString everyOther = QStringLiteral("FREQ=DAILY;INTERVAL=2");
        const Regimen once = fixedDose(1, day(3, 1), 100, {Morning});

        QTest::newRow("open-ended daily")
            << QList<Regimen>{once} << QDate() << QDate()
            << QStringList{uid1 + QStringLiteral("20250301T080000|") + daily};
        QTest::newRow("twice daily")
            << QList<Regimen>{fixedDose(1, day(3, 1), 100, {Morning, Evening})} << QDate()
            << QDate()
            << QStringList{uid1 + QStringLiteral("20250301T080000|") + daily,
                           QStringLiteral("regimen-1-dose-2@shotbook|20250301T200000|") + daily};
        QTest::newRow("10-day course")
            << QList<Regimen>{fixedDose(1, day(3, 1), 100, {Morning}, 1, 10)} << QDate() << QDate()
            << QStringList{uid1 + QStringLiteral("20250301T080000|") + daily +
                           QStringLiteral(";UNTIL=20250310T080000")};
        QTest::newRow("10-day course every other day ends on a dosing day")
            << QList<Regimen>{fixedDose(1, day(3, 1), 100, {Morning}, 2, 10)} << QDate() << QDate()
            << QStringList{uid1 + QStringLiteral("20250301T080000|") + everyOther +
                           QStringLiteral(";UNTIL=20250309T080000")};
        QTest::newRow("replaced by a later one")
            << QList<Regimen>{once, perKg(2, day(3, 15), 2)} << QDate() << QDate()
            << QStringList{uid1 + QStringLiteral("20250301T080000|") + daily +
                               QStringLiteral(";UNTIL=20250314T080000"),
                           uid2 + QStringLiteral("20250315T080000|") + daily};
        QTest::newRow("replaced on its first day: no event")
            << QList<Regimen>{once, perKg(2, day(3, 1), 2)} << QDate() << QDate()
            << QStringList{uid2 + QStringLiteral("20250301T080000|") + daily};
        QTest::newRow("history in any order")
            << QList<Regimen>{perKg(2, day(3, 1), 2), once} << QDate() << QDate()
            << QStringList{uid2 + QStringLiteral("20250301T080000|") + daily};
        QTest::newRow("course ends before the next starts")
            << QList<Regimen>{fixedDose(1, day(3, 1), 100, {Morning}, 1, 5),
                              perKg(2, day(3, 15), 2)}
            << QDate() << QDate()
            << QStringList{uid1 + QStringLiteral("20250301T080000|") + daily +
                               QStringLiteral(";UNTIL=20250305T080000"),
                           uid2 + QStringLiteral("20250315T080000|") + daily};
        QTest::newRow("from: every other day keeps its rhythm")
            << QList<Regimen>{fixedDose(1, day(3, 1), 100, {Morning}, 2)} << day(3, 4) << QDate()
            << QStringList{uid1 + QStringLiteral("20250305T080000|") + everyOther};
        QTest::newRow("from on a dosing day")
            << QList<Regimen>{fixedDose(1, day(3, 1), 100, {Morning}, 2)} << day(3, 5) << QDate()
            << QStringList{uid1 + QStringLiteral("20250305T080000|") + everyOther};
        QTest::newRow("to ends an open-ended regimen")
            << QList<Regimen>{once} << QDate() << day(3, 20)
            << QStringList{uid1 + QStringLiteral("20250301T080000|") + daily +
                           QStringLiteral(";UNTIL=20250320T080000")};
        QTest::newRow("to: last dosing day every other day")
            << QList<Regimen>{fixedDose(1, day(3, 1), 100, {Morning}, 2)} << QDate() << day(3, 20)
            << QStringList{uid1 + QStringLiteral("20250301T080000|") + everyOther +
                           QStringLiteral(";UNTIL=20250319T080000")};
        QTest::newRow("range after the course: nothing")
            << QList<Regimen>{fixedDose(1, day(3, 1), 100, {Morning}, 1, 10)} << day(4, 1)
            << QDate() << QStringList{};
        QTest::newRow("range before the start: nothing")
            << QList<Regimen>{once} << QDate() << day(2, 28) << QStringList{};
        QTest::newRow("range between two dosing days: nothing")
            << QList<Regimen>{fixedDose(1, day(3, 1), 100, {Morning}, 2)} << day(3, 2) << day(3, 2)
            << QStringList{};
    }

    void rules()
    {
        QFETCH(QList<Regimen>, history);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, events);
        ICalendarInput input;
        input.patientName = QStringLiteral("Ada");
        input.regimens = history;
        if (from.isValid())
            input.from = from;
        if (to.isValid())
            input.to = to;
        input.stamp = QDateTime(day(3, 1), QTime(9, 0), Qt::UTC);
        const ICalendarFile file = ICalendarExport::build(input);
        QCOMPARE(eventKeys(file.text), events);
        QCOMPARE(file.events, static_cast<int>(events.size()));
    }

    void summaries()
    {
        ICalendarInput input;
        input.patientName = QStringLiteral("Ada");
        input.regimens = {fixedDose(1, day(3, 1), 100, {Morning}),
                          fixedDose(2, day(4, 1), 100, {Morning, Evening}),
                          perKg(3, day(5, 1), 2.5)};
        const QStringList lines = unfoldedLines(ICalendarExport::build(input).text);
        QStringList summaries;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("SUMMARY:")))
                summaries << line.mid(8);
        }
        QCOMPARE(summaries, (QStringList{QStringLiteral("Anakinra dose — Ada (100 mg)"),
                                         QStringLiteral("Anakinra dose — Ada (50 mg)"),
                                         QStringLiteral("Anakinra dose — Ada (50 mg)"),
                                         QStringLiteral("Anakinra dose — Ada (2.5 mg/kg/day)")}));
    }

    // The hook for lab tests that are due (issue 7): all-day events.
    void dayEvents()
    {
        ICalendarInput input;
        input.patientName = QStringLiteral("Ada");
        input.regimens = {fixedDose(1, day(3, 1), 100, {Morning})};
        input.from = day(3, 1);
        input.to = day(6, 30);
        input.stamp = QDateTime(day(3, 1), QTime(9, 0), Qt::UTC);
        input.dayEvents = {
            {QStringLiteral("lab-anc-2025-04-01@shotbook"), day(4, 1),
             QStringLiteral("Neutrophil count due, Ada"), QStringLiteral("Blood test; fasting")},
            {QStringLiteral("lab-anc-2025-08-01@shotbook"), day(8, 1),
             QStringLiteral("Outside the range"), QString()},
        };
        const ICalendarFile file = ICalendarExport::build(input);
        QCOMPARE(file.events, 2);
        const QStringList lines = unfoldedLines(file.text);
        QVERIFY(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20250401")));
        QVERIFY(lines.contains(QStringLiteral("DTEND;VALUE=DATE:20250402")));
        QVERIFY(!file.text.contains(QStringLiteral("Outside the range")));

        const QString path = outPath();
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(file.text.toUtf8());
        }
        QString problem;
        const QJsonObject parsed = readIcs(path, &problem, day(3, 1), day(4, 30));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonArray events = parsed.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject lab = events.at(1).toObject();
        QCOMPARE(lab.value(QStringLiteral("all_day")).toBool(), true);
        QCOMPARE(lab.value(QStringLiteral("dtstart")).toString(), QStringLiteral("2025-04-01"));
        QCOMPARE(lab.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Neutrophil count due, Ada"));
        QCOMPARE(lab.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Blood test; fasting"));
    }

    // The last day a date can be written with four digits (found by
    // tests/fuzz/fuzz_ics): a blood test due on 9999-12-31 lasts a day
    // without a DTEND of year 10000; a regimen whose next dosing day would be
    // 10000-01-01 has no event; a course that would end after 9999-12-31 is
    // written up to that day.
    void lastWritableDay()
    {
        const QDate last(9999, 12, 31);
        ICalendarInput input;
        input.patientName = QStringLiteral("Ada");
        input.stamp = QDateTime(day(3, 1), QTime(9, 0), Qt::UTC);
        Regimen everyOther = fixedDose(1, QDate(9999, 12, 30), 100, {Morning});
        everyOther.everyDays = 2;
        input.regimens = {everyOther};
        input.from = last;
        input.dayEvents = {{QStringLiteral("lab-anc-9999-12-31@shotbook"), last,
                            QStringLiteral("Neutrophil count due"), QString()}};
        ICalendarFile file = ICalendarExport::build(input);
        QCOMPARE(file.events, 1);
        QCOMPARE(file.dayEvents, 1);
        const QStringList lines = unfoldedLines(file.text);
        QVERIFY(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:99991231")));
        QVERIFY(lines.contains(QStringLiteral("DURATION:P1D")));
        QVERIFY2(!file.text.contains(QStringLiteral("10000")), qPrintable(file.text));

        input.regimens = {fixedDose(2, QDate(9999, 12, 28), 100, {Morning}, 1, 10)};
        input.from.reset();
        input.dayEvents.clear();
        file = ICalendarExport::build(input);
        QCOMPARE(file.events, 1);
        QVERIFY2(file.text.contains(QStringLiteral("UNTIL=99991231T080000")),
                 qPrintable(file.text));
    }

    // ---- through the CLI, read back by the independent parser ----

    void onceDaily()
    {
        // The window crosses the change to summer time (Berlin, 30 March): the
        // floating time stays 08:00.
        verifyExport({fixedDose(0, day(3, 1), 100, {Morning})},
                     {{QStringLiteral("regimen-1-dose-1@shotbook"),
                       QStringLiteral("Anakinra dose — Ada (100 mg)"),
                       QStringLiteral("2025-03-01T08:00:00"), QString(), -1}},
                     day(3, 1), day(4, 10));
    }

    void twiceDaily()
    {
        verifyExport({fixedDose(0, day(3, 1), 100, {Morning, Evening})},
                     {{QStringLiteral("regimen-1-dose-1@shotbook"),
                       QStringLiteral("Anakinra dose — Ada (50 mg)"),
                       QStringLiteral("2025-03-01T08:00:00"), QString(), -1},
                      {QStringLiteral("regimen-1-dose-2@shotbook"),
                       QStringLiteral("Anakinra dose — Ada (50 mg)"),
                       QStringLiteral("2025-03-01T20:00:00"), QString(), -1}},
                     day(3, 1), day(3, 31));
    }

    void everyOtherDay()
    {
        verifyExport({fixedDose(0, day(3, 1), 100, {Morning}, 2)},
                     {{QStringLiteral("regimen-1-dose-1@shotbook"),
                       QStringLiteral("Anakinra dose — Ada (100 mg)"),
                       QStringLiteral("2025-03-01T08:00:00"), QString(), -1}},
                     day(3, 1), day(4, 10));
    }

    void everyOtherDayFromADayBetween()
    {
        // Doses fall on 1, 3, 5 March: from the 4th the first is the 5th.
        verifyExport(
            {fixedDose(0, day(3, 1), 100, {Morning}, 2)},
            {{QStringLiteral("regimen-1-dose-1@shotbook"),
              QStringLiteral("Anakinra dose — Ada (100 mg)"), QStringLiteral("2025-03-05T08:00:00"),
              QStringLiteral("2025-03-19T08:00:00"), 8}},
            day(3, 4), day(3, 20),
            {QStringLiteral("--from"), QStringLiteral("2025-03-04"), QStringLiteral("--to"),
             QStringLiteral("2025-03-20")});
    }

    void tenDayCourse()
    {
        verifyExport(
            {fixedDose(0, day(3, 1), 100, {Morning}, 1, 10)},
            {{QStringLiteral("regimen-1-dose-1@shotbook"),
              QStringLiteral("Anakinra dose — Ada (100 mg)"), QStringLiteral("2025-03-01T08:00:00"),
              QStringLiteral("2025-03-10T08:00:00"), 10}},
            day(2, 20), day(4, 30));
    }

    void replacedByALaterRegimen()
    {
        // The second replaces the first from 15 March; a third set on the
        // same day as the second replaces it whole, so the second gives no event.
        verifyExport(
            {fixedDose(0, day(3, 1), 100, {Morning, Evening}),
             fixedDose(0, day(3, 15), 100, {Morning}), perKg(0, day(3, 15), 2)},
            {{QStringLiteral("regimen-1-dose-1@shotbook"),
              QStringLiteral("Anakinra dose — Ada (50 mg)"), QStringLiteral("2025-03-01T08:00:00"),
              QStringLiteral("2025-03-14T08:00:00"), 14},
             {QStringLiteral("regimen-1-dose-2@shotbook"),
              QStringLiteral("Anakinra dose — Ada (50 mg)"), QStringLiteral("2025-03-01T20:00:00"),
              QStringLiteral("2025-03-14T20:00:00"), 14},
             {QStringLiteral("regimen-3-dose-1@shotbook"),
              QStringLiteral("Anakinra dose — Ada (2 mg/kg/day)"),
              QStringLiteral("2025-03-15T08:00:00"), QString(), -1}},
            day(3, 1), day(3, 31));
    }

    void nameWithCommaSemicolonAndNonAscii()
    {
        m_patient = QStringLiteral("Zoë O'Brien-Łukasz, Jr.; 東京 😀 \\ a name long enough to fold");
        verifyExport({fixedDose(0, day(3, 1), 100, {Morning})},
                     {{QStringLiteral("regimen-1-dose-1@shotbook"),
                       QStringLiteral("Anakinra dose — ") + m_patient + QStringLiteral(" (100 mg)"),
                       QStringLiteral("2025-03-01T08:00:00"), QString(), -1}},
                     day(3, 1), day(3, 10));
        const QByteArray raw = readAll(outPath());
        QVERIFY(raw.contains("\r\n ")); // folded
        QByteArray unfolded = raw;
        unfolded.replace("\r\n ", "");
        QVERIFY(unfolded.contains("\\, Jr.\\; "));
        QVERIFY(unfolded.contains("\\\\ a name"));
    }

    // ---- refusals ----

    void existingFileIsNeverOverwritten()
    {
        QString problem;
        makeDatabase({fixedDose(0, day(3, 1), 100, {Morning})}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString out = outPath();
        {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the user's own file\n");
        }
        const QDateTime modified = QFileInfo(out).lastModified();
        const CliRun run = m_db.bare({QStringLiteral("--json"), QStringLiteral("export"),
                                      QStringLiteral("ics"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(run), QStringLiteral("file-exists"));
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(readAll(out), QByteArray("the user's own file\n"));
        QCOMPARE(QFileInfo(out).lastModified(), modified);
        // No temporary file left beside it.
        QCOMPARE(QDir(QFileInfo(out).absolutePath())
                     .entryList({QFileInfo(out).fileName() + QLatin1Char('*')}, QDir::Files)
                     .size(),
                 1);
    }

    void missingOutIsAUsageError()
    {
        QString problem;
        makeDatabase({fixedDose(0, day(3, 1), 100, {Morning})}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliRun run =
            m_db.bare({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("ics")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(CliDatabase::errorCode(run), QStringLiteral("usage"));
        QVERIFY(run.err.contains("--out"));
    }

    void missingFolderIsAStorageError()
    {
        QString problem;
        makeDatabase({fixedDose(0, day(3, 1), 100, {Morning})}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString out = m_db.sibling(QStringLiteral("-no-such-folder/calendar.ics"));
        const CliRun run = m_db.bare({QStringLiteral("--json"), QStringLiteral("export"),
                                      QStringLiteral("ics"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(CliDatabase::errorCode(run), QStringLiteral("folder-missing"));
        QVERIFY(!QFileInfo::exists(out));
    }

    void rejectedInput_data()
    {
        QTest::addColumn<bool>("withRegimen");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("code");
        QTest::newRow("from after to")
            << true
            << QStringList{QStringLiteral("--from"), QStringLiteral("2025-04-01"),
                           QStringLiteral("--to"), QStringLiteral("2025-03-01")}
            << QStringLiteral("invalid-range");
        QTest::newRow("bad date") << true
                                  << QStringList{QStringLiteral("--from"),
                                                 QStringLiteral("2025-02-30")}
                                  << QStringLiteral("invalid-date");
        QTest::newRow("no regimen") << false << QStringList{} << QStringLiteral("no-regimen");
        QTest::newRow("unknown patient")
            << true << QStringList{QStringLiteral("--patient"), QStringLiteral("Nobody")}
            << QStringLiteral("unknown-patient");
    }

    void rejectedInput()
    {
        QFETCH(bool, withRegimen);
        QFETCH(QStringList, options);
        QFETCH(QString, code);
        QString problem;
        makeDatabase(withRegimen ? QList<Regimen>{fixedDose(0, day(3, 1), 100, {Morning})}
                                 : QList<Regimen>{},
                     &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString out = outPath(QString::fromLatin1(QTest::currentDataTag()));
        const CliRun run =
            m_db.bare(QStringList{QStringLiteral("--json"), QStringLiteral("export"),
                                  QStringLiteral("ics"), QStringLiteral("--out"), out} +
                      options);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(CliDatabase::errorCode(run), code);
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestIcs)
#include "tst_ics.moc"
