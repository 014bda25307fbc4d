#include "exchange/CsvReader.h"
#include "exchange/CsvTables.h"
#include "exchange/CsvWriter.h"
#include "exchange/ImportColumns.h"
#include "exchange/ImportedRow.h"
#include "exchange/ZoneNames.h"

#include <QBuffer>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

namespace {

struct Read
{
    QList<CsvReader::Record> records;
    QList<ErrorDetail> errors;
};

Read readAll(const QByteArray &bytes, bool detect = false)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    if (detect)
        reader.detectDelimiter();
    Read read;
    for (;;) {
        auto next = reader.next();
        if (!next) {
            read.errors << next.error();
            continue;
        }
        if (!*next)
            break;
        read.records << **next;
    }
    return read;
}

} // namespace

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every tricky field survives writing and reading back.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("abc");
        QTest::newRow("empty") << QString();
        QTest::newRow("comma") << QStringLiteral("a,b");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"");
        QTest::newRow("only quotes") << QStringLiteral("\"\"");
        QTest::newRow("LF") << QStringLiteral("line 1\nline 2");
        QTest::newRow("CRLF") << QStringLiteral("line 1\r\nline 2");
        QTest::newRow("CR") << QStringLiteral("line 1\rline 2");
        QTest::newRow("semicolon") << QStringLiteral("a;b");
        QTest::newRow("tab") << QStringLiteral("a\tb");
        QTest::newRow("spaces around") << QStringLiteral("  padded  ");
        QTest::newRow("unicode") << QStringLiteral("Léa ü ß 日本 😀 \u200b");
        QTest::newRow("formula-like") << QStringLiteral("=1+2");
        QTest::newRow("everything") << QStringLiteral(" \"x\",;\n\r\ty 😀 ");
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        CsvWriter writer;
        writer.append({QStringLiteral("a"), text, QStringLiteral("z")});
        writer.append({text, QString(), text});
        const Read read = readAll(writer.text());
        QVERIFY(read.errors.isEmpty());
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.at(0).fields,
                 (QStringList{QStringLiteral("a"), text, QStringLiteral("z")}));
        QCOMPARE(read.records.at(1).fields, (QStringList{text, QString(), text}));
        QCOMPARE(read.records.at(0).line, 1);
        QCOMPARE(read.records.at(1).line,
                 2 + text.count(QLatin1Char('\n')) +
                     text.count(QRegularExpression(QStringLiteral("\r(?!\n)"))));
    }

    void writerQuotesOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
        QTest::newRow("number") << QStringLiteral("37.5") << QByteArray("37.5");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray("\"a\"\"b\"");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("\"a;b\"");
        QTest::newRow("leading space") << QStringLiteral(" a") << QByteArray("\" a\"");
        QTest::newRow("utf-8") << QStringLiteral("ü") << QByteArray("\xc3\xbc");
    }
    void writerQuotesOnlyWhenNeeded()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, written);
        QCOMPARE(CsvWriter::field(text), written);
        QCOMPARE(CsvWriter::record({text, text}), written + ',' + written + "\r\n");
    }

    void readerAcceptsWhatOthersWrite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("detect");
        QTest::addColumn<QList<QStringList>>("records");
        const QList<QStringList> two = {{QStringLiteral("a"), QStringLiteral("b")},
                                        {QStringLiteral("1"), QStringLiteral("2")}};
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << false << two;
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << false << two;
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << false << two;
        QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << false << two;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\r\n1,2\r\n")
                             << false << two;
        QTest::newRow("blank lines") << QByteArray("a,b\n\n1,2\n\n") << false << two;
        QTest::newRow("semicolons") << QByteArray("a;b\n1;2\n") << true << two;
        QTest::newRow("tabs") << QByteArray("a\tb\n1\t2\n") << true << two;
        QTest::newRow("comma wins") << QByteArray("a,b\n1,2\n") << true << two;
        QTest::newRow("quoted semicolon, comma file")
            << QByteArray("a,\"x;y;z\"\n") << true
            << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("x;y;z")}};
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << false << QList<QStringList>{{QString(), QString(), QString()}};
        QTest::newRow("quoted empty line")
            << QByteArray("\"\"\n") << false << QList<QStringList>{{QString()}};
    }
    void readerAcceptsWhatOthersWrite()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, detect);
        QFETCH(QList<QStringList>, records);
        const Read read = readAll(bytes, detect);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.value(0).message));
        QList<QStringList> fields;
        for (const auto &record : read.records)
            fields << record.fields;
        QCOMPARE(fields, records);
    }

    // A file is read in chunks no larger than it is: a field across the end
    // of the first 256 kB chunk, a byte order mark and a short file all read
    // whole.
    void readerReadsAcrossChunks_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("one row") << 1;
        QTest::newRow("past the first chunk") << 30000;
    }
    void readerReadsAcrossChunks()
    {
        QFETCH(int, rows);
        QByteArray bytes("\xEF\xBB\xBFn,text\n");
        for (int i = 0; i < rows; ++i)
            bytes += QByteArray::number(i) + ",\"a\nb\"\n";
        const Read read = readAll(bytes);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.value(0).message));
        QCOMPARE(read.records.size(), rows + 1);
        QCOMPARE(read.records.constFirst().fields,
                 (QStringList{QStringLiteral("n"), QStringLiteral("text")}));
        for (int i = 0; i < rows; ++i)
            QCOMPARE(read.records.at(i + 1).fields,
                     (QStringList{QString::number(i), QStringLiteral("a\nb")}));
    }

    // Strict: each malformed record is an error naming its line; the next
    // lines are still read.
    void readerRefusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<qint64>>("errorLines");
        QTest::addColumn<int>("records");
        QTest::newRow("quote in unquoted field")
            << QByteArray("a,b\nx\"y,2\n3,4\n") << QList<qint64>{2} << 2;
        QTest::newRow("text after closing quote")
            << QByteArray("a,b\n\"x\"y,2\n3,4\n") << QList<qint64>{2} << 2;
        QTest::newRow("never-ending quote")
            << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << QList<qint64>{3} << 2;
        QTest::newRow("not UTF-8") << QByteArray("a,b\n\xff\xfe,2\n3,4\n") << QList<qint64>{2} << 2;
        QTest::newRow("line numbers after an embedded line break")
            << QByteArray("a,b\n\"1\n2\",x\nbad\"q,3\n") << QList<qint64>{4} << 2;
    }
    void readerRefusesMalformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<qint64>, errorLines);
        QFETCH(int, records);
        const Read read = readAll(bytes);
        QList<qint64> lines;
        for (const ErrorDetail &error : read.errors)
            lines << error.line;
        QCOMPARE(lines, errorLines);
        QCOMPARE(read.records.size(), records);
    }

    void headerMapping_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // "field=column ..." or the problem's field
        QTest::newRow("Shotbook's own")
            << CsvTables::injectionColumns() << true << QStringLiteral("at=1 dose=2 site=3");
        QTest::newRow("date and time")
            << QStringList{QStringLiteral("Date"), QStringLiteral("Time"),
                           QStringLiteral("Dose (mg)"), QStringLiteral("Injection site")}
            << true << QStringLiteral("date=0 time=1 dose=2 site=3");
        QTest::newRow("timestamp, amount, location")
            << QStringList{QStringLiteral("TIMESTAMP"), QStringLiteral("Amount"),
                           QStringLiteral(" location ")}
            << true << QStringLiteral("at=0 dose=1 site=2");
        QTest::newRow("datetime, dose_mg, site, extras")
            << QStringList{QStringLiteral("id"), QStringLiteral("datetime"), QStringLiteral("dose"),
                           QStringLiteral("site"), QStringLiteral("mood")}
            << true << QStringLiteral("at=1 dose=2 site=3");
        QTest::newRow("time alone holds the date")
            << QStringList{QStringLiteral("time"), QStringLiteral("dose"), QStringLiteral("site")}
            << true << QStringLiteral("at=0 dose=1 site=2");
        QTest::newRow("missing dose") << QStringList{QStringLiteral("at"), QStringLiteral("site")}
                                      << false << QStringLiteral("dose_mg");
        QTest::newRow("missing site") << QStringList{QStringLiteral("at"), QStringLiteral("dose")}
                                      << false << QStringLiteral("site");
        QTest::newRow("date without time")
            << QStringList{QStringLiteral("date"), QStringLiteral("dose"), QStringLiteral("site")}
            << false << QStringLiteral("time");
        QTest::newRow("duplicated header")
            << QStringList{QStringLiteral("at"), QStringLiteral("dose"), QStringLiteral("site"),
                           QStringLiteral("Dose")}
            << false << QStringLiteral("Dose");
        QTest::newRow("two names for the dose")
            << QStringList{QStringLiteral("at"), QStringLiteral("dose"), QStringLiteral("site"),
                           QStringLiteral("amount")}
            << false << QStringLiteral("amount");
        QTest::newRow("dose in mL is never read as mg")
            << QStringList{QStringLiteral("at"), QStringLiteral("Dose (mL)"),
                           QStringLiteral("site")}
            << false << QStringLiteral("Dose (mL)");
        QTest::newRow("time twice") << QStringList{QStringLiteral("at"), QStringLiteral("date"),
                                                   QStringLiteral("dose"), QStringLiteral("site")}
                                    << false << QStringLiteral("at");
    }
    void headerMapping()
    {
        QFETCH(QStringList, header);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        const auto mapped = ImportColumns::map(header);
        QCOMPARE(mapped.has_value(), ok);
        if (!ok) {
            QStringList fields;
            for (const ErrorDetail &problem : mapped.error()) {
                fields << problem.field;
                QCOMPARE(problem.line, 1);
            }
            QVERIFY2(fields.contains(expected), qPrintable(fields.join(QLatin1Char('|'))));
            return;
        }
        using F = ImportColumns::Field;
        const QList<std::pair<F, QString>> names = {{F::At, QStringLiteral("at")},
                                                    {F::Date, QStringLiteral("date")},
                                                    {F::Time, QStringLiteral("time")},
                                                    {F::Dose, QStringLiteral("dose")},
                                                    {F::Site, QStringLiteral("site")}};
        QStringList found;
        for (const auto &[field, name] : names) {
            if (mapped->has(field))
                found << QStringLiteral("%1=%2").arg(name).arg(mapped->column(field));
        }
        QCOMPARE(found.join(QLatin1Char(' ')), expected);
    }

    void zoneNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("zone"); // empty: unknown
        QTest::addColumn<bool>("assumed");
        QTest::newRow("id") << QStringLiteral("thigh-left-lower")
                            << QStringLiteral("thigh-left-lower") << false;
        QTest::newRow("id upper case")
            << QStringLiteral("ARM-RIGHT") << QStringLiteral("arm-right") << false;
        QTest::newRow("left thigh")
            << QStringLiteral("left thigh") << QStringLiteral("thigh-left-upper") << true;
        QTest::newRow("Thigh - Right (lower)") << QStringLiteral("Thigh - Right (lower)")
                                               << QStringLiteral("thigh-right-lower") << false;
        QTest::newRow("abdomen left")
            << QStringLiteral("abdomen left") << QStringLiteral("abdomen-lower-left") << true;
        QTest::newRow("upper right abdomen") << QStringLiteral("Upper right abdomen")
                                             << QStringLiteral("abdomen-upper-right") << false;
        QTest::newRow("belly, right side")
            << QStringLiteral("belly, right side") << QStringLiteral("abdomen-lower-right") << true;
        QTest::newRow("LUQ") << QStringLiteral("LUQ") << QStringLiteral("abdomen-upper-left")
                             << false;
        QTest::newRow("back of left upper arm")
            << QStringLiteral("back of left upper arm") << QStringLiteral("arm-left") << false;
        QTest::newRow("R arm") << QStringLiteral("R arm") << QStringLiteral("arm-right") << false;
        QTest::newRow("right buttock")
            << QStringLiteral("Right buttock") << QStringLiteral("buttock-right") << false;
        QTest::newRow("glute L") << QStringLiteral("glute L") << QStringLiteral("buttock-left")
                                 << false;
        QTest::newRow("German") << QStringLiteral("Oberschenkel links")
                                << QStringLiteral("thigh-left-upper") << true;
        QTest::newRow("German abdomen") << QStringLiteral("Bauch rechts unten")
                                        << QStringLiteral("abdomen-lower-right") << false;
        QTest::newRow("knee") << QStringLiteral("left knee") << QString() << false;
        QTest::newRow("no side") << QStringLiteral("thigh") << QString() << false;
        QTest::newRow("both sides") << QStringLiteral("left right thigh") << QString() << false;
        QTest::newRow("two regions") << QStringLiteral("left thigh arm") << QString() << false;
        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("quadrant with side") << QStringLiteral("left RUQ") << QString() << false;
    }
    void zoneNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, zone);
        QFETCH(bool, assumed);
        const auto match = ZoneNames::resolve(name);
        if (zone.isEmpty()) {
            QVERIFY(!match);
            return;
        }
        QVERIFY(match);
        QCOMPARE(match->zone, zone);
        QCOMPARE(match->assumedLevel, assumed);
    }

    void rowParsing_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("problemField"); // empty: the row is good
        QTest::addColumn<QString>("atUtc");
        QTest::addColumn<double>("dose");
        const QStringList good = {QStringLiteral("2026-02-03T08:00"), QStringLiteral("100"),
                                  QStringLiteral("left thigh")};
        QTest::newRow("good") << good << QString() << QStringLiteral("2026-02-03T07:00:00Z")
                              << 100.0;
        QTest::newRow("offset") << QStringList{QStringLiteral("2026-02-03T08:00:00+05:30"),
                                               QStringLiteral("37.5"), QStringLiteral("LUQ")}
                                << QString() << QStringLiteral("2026-02-03T02:30:00Z") << 37.5;
        QTest::newRow("space and Z")
            << QStringList{QStringLiteral("2026-02-03 08:00:00Z"), QStringLiteral("37.5 mg"),
                           QStringLiteral("arm-left")}
            << QString() << QStringLiteral("2026-02-03T08:00:00Z") << 37.5;
        QTest::newRow("milliseconds")
            << QStringList{QStringLiteral("2026-02-03T08:00:00.250Z"), QStringLiteral("20"),
                           QStringLiteral("arm-left")}
            << QString() << QStringLiteral("2026-02-03T08:00:00Z") << 20.0;
        QTest::newRow("2026-02-30")
            << QStringList{QStringLiteral("2026-02-30T08:00"), QStringLiteral("100"),
                           QStringLiteral("arm-left")}
            << QStringLiteral("at") << QString() << 0.0;
        QTest::newRow("date only") << QStringList{QStringLiteral("2026-02-03"),
                                                  QStringLiteral("100"), QStringLiteral("arm-left")}
                                   << QStringLiteral("at") << QString() << 0.0;
        QTest::newRow("DST gap") << QStringList{QStringLiteral("2026-03-29T02:30"),
                                                QStringLiteral("100"), QStringLiteral("arm-left")}
                                 << QStringLiteral("at") << QString() << 0.0;
        QTest::newRow("dose 0") << QStringList{QStringLiteral("2026-02-03T08:00"),
                                               QStringLiteral("0"), QStringLiteral("arm-left")}
                                << QStringLiteral("dose_mg") << QString() << 0.0;
        QTest::newRow("dose 5000")
            << QStringList{QStringLiteral("2026-02-03T08:00"), QStringLiteral("5000"),
                           QStringLiteral("arm-left")}
            << QStringLiteral("dose_mg") << QString() << 0.0;
        QTest::newRow("decimal comma")
            << QStringList{QStringLiteral("2026-02-03T08:00"), QStringLiteral("37,5"),
                           QStringLiteral("arm-left")}
            << QStringLiteral("dose_mg") << QString() << 0.0;
        QTest::newRow("dose in mL")
            << QStringList{QStringLiteral("2026-02-03T08:00"), QStringLiteral("0.67 ml"),
                           QStringLiteral("arm-left")}
            << QStringLiteral("dose_mg") << QString() << 0.0;
        QTest::newRow("unknown zone") << QStringList{QStringLiteral("2026-02-03T08:00"),
                                                     QStringLiteral("100"), QStringLiteral("neck")}
                                      << QStringLiteral("site") << QString() << 0.0;
        QTest::newRow("future") << QStringList{QStringLiteral("2026-03-10T08:00"),
                                               QStringLiteral("100"), QStringLiteral("arm-left")}
                                << QStringLiteral("at") << QString() << 0.0;
        QTest::newRow("too few fields")
            << QStringList{QStringLiteral("2026-02-03T08:00"), QStringLiteral("100")}
            << QString(QStringLiteral("-")) << QString() << 0.0;
    }
    void rowParsing()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, problemField);
        QFETCH(QString, atUtc);
        QFETCH(double, dose);
        const auto mapping = ImportColumns::map(
            {QStringLiteral("at"), QStringLiteral("dose_mg"), QStringLiteral("site")});
        QVERIFY(mapping);
        const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
        const auto row = ImportedRow::parse(*mapping, {7, fields}, now);
        if (problemField.isEmpty()) {
            QVERIFY2(row, qPrintable(row ? QString() : row.error().value(0).message));
            QCOMPARE(row->injection.at.toUTC().toString(Qt::ISODate), atUtc);
            QCOMPARE(row->injection.doseMg, dose);
            QCOMPARE(row->line, 7);
            return;
        }
        QVERIFY(!row);
        QCOMPARE(row.error().value(0).line, 7);
        if (problemField != QLatin1String("-"))
            QCOMPARE(row.error().value(0).field, problemField);
    }

    void numbersWithoutNoise_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("integer") << 100.0 << QStringLiteral("100");
        QTest::newRow("half") << 37.5 << QStringLiteral("37.5");
        QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("computed") << 0.1 * 3 << QStringLiteral("0.30000000000000004");
        QTest::newRow("negative") << -2.0 << QStringLiteral("-2");
    }
    void numbersWithoutNoise()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(CsvTables::number(value), text);
        QCOMPARE(text.toDouble(), value); // exact: it reads back as the same number
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
