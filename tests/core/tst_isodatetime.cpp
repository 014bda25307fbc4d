#include "common/IsoDateTime.h"

#include <QTest>
#include <QTimeZone>

using namespace shotbook;

class TestIsoDateTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: refused

        QTest::newRow("plain") << QStringLiteral("2026-11-22") << QDate(2026, 11, 22);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("no leap day") << QStringLiteral("2025-02-29") << QDate();
        QTest::newRow("month 13") << QStringLiteral("2025-13-01") << QDate();
        QTest::newRow("short") << QStringLiteral("2025-1-01") << QDate();
        QTest::newRow("with time") << QStringLiteral("2025-01-01T10:00") << QDate();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("spaces") << QStringLiteral(" 2025-01-01") << QDate();
        // Found by tests/fuzz/fuzz_datetime: "$" let a final line break through.
        QTest::newRow("line break after") << QStringLiteral("2025-01-01\n") << QDate();
    }

    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto parsed = iso::parseDate(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(*parsed, expected);
    }

    void parseDateTime_data()
    {
        // The tests run in Europe/Berlin (run-isolated.sh).
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedUtc"); // empty: refused

        QTest::newRow("local winter")
            << QStringLiteral("2026-01-10T08:30") << QStringLiteral("2026-01-10T07:30:00Z");
        QTest::newRow("local summer seconds")
            << QStringLiteral("2026-07-10T08:30:15") << QStringLiteral("2026-07-10T06:30:15Z");
        QTest::newRow("utc") << QStringLiteral("2026-07-10T08:30Z")
                             << QStringLiteral("2026-07-10T08:30:00Z");
        QTest::newRow("offset") << QStringLiteral("2026-07-10T08:30:00-05:00")
                                << QStringLiteral("2026-07-10T13:30:00Z");
        QTest::newRow("skipped by DST") << QStringLiteral("2026-03-29T02:30") << QString();
        QTest::newRow("hour 24") << QStringLiteral("2026-03-29T24:00") << QString();
        QTest::newRow("no time") << QStringLiteral("2026-03-29") << QString();
        QTest::newRow("bad offset") << QStringLiteral("2026-03-29T10:00+25:00") << QString();
        QTest::newRow("space") << QStringLiteral("2026-03-29 10:00") << QString();
        // Found by tests/fuzz/fuzz_datetime: the stored UTC form has four-digit years.
        QTest::newRow("year 10000 in UTC")
            << QStringLiteral("9999-12-31T23:59:59-12:00") << QString();
        QTest::newRow("line break after") << QStringLiteral("2026-03-29T10:00\n") << QString();
        QTest::newRow("year 0 in UTC") << QStringLiteral("0001-01-01T00:30+01:00") << QString();
    }

    void parseDateTime()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedUtc);
        const auto parsed = iso::parseDateTime(text);
        QCOMPARE(parsed.has_value(), !expectedUtc.isEmpty());
        if (parsed)
            QCOMPARE(iso::formatUtc(*parsed), expectedUtc);
    }

    // The fast path reads the stored form exactly as Qt's ISO parser does,
    // and leaves every other form to it.
    void parseStoredUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("stored") << QStringLiteral("2026-07-10T08:30:15Z");
        QTest::newRow("midnight, new year") << QStringLiteral("2027-01-01T00:00:00Z");
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59Z");
        QTest::newRow("milliseconds") << QStringLiteral("2026-07-10T08:30:15.250Z");
        QTest::newRow("offset") << QStringLiteral("2026-07-10T08:30:15+02:00");
        QTest::newRow("no zone") << QStringLiteral("2026-07-10T08:30:15");
        QTest::newRow("not a day") << QStringLiteral("2026-02-30T08:30:15Z");
        QTest::newRow("not a time") << QStringLiteral("2026-02-10T25:30:15Z");
        QTest::newRow("letters") << QStringLiteral("2026-0x-10T08:30:15Z");
        QTest::newRow("empty") << QString();
    }

    void parseStoredUtc()
    {
        QFETCH(QString, text);
        const QDateTime parsed = iso::parseStoredUtc(text);
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
        QCOMPARE(parsed.isValid(), qt.isValid());
        if (qt.isValid()) {
            QCOMPARE(parsed, qt);
            QCOMPARE(parsed.toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
        }
    }

    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("expected"); // invalid: refused
        QTest::newRow("midnight") << QStringLiteral("00:00") << QTime(0, 0);
        QTest::newRow("last minute") << QStringLiteral("23:59") << QTime(23, 59);
        QTest::newRow("24:00") << QStringLiteral("24:00") << QTime();
        QTest::newRow("one digit") << QStringLiteral("8:00") << QTime();
        QTest::newRow("seconds") << QStringLiteral("08:00:00") << QTime();
        // Found by tests/fuzz/fuzz_datetime.
        QTest::newRow("line break after") << QStringLiteral("00:00\n") << QTime();
    }

    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(QTime, expected);
        const auto parsed = iso::parseTime(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(*parsed, expected);
    }
};

QTEST_GUILESS_MAIN(TestIsoDateTime)
#include "tst_isodatetime.moc"
