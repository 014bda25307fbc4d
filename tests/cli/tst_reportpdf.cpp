// `shotbook-cli export pdf`: the doctor's report made through the real CLI,
// which runs the shotbook binary headless. Its text is read back with
// pdftotext and its structure checked with qpdf (Debian's poppler-utils and
// qpdf): the summary's figures, the page count and "page N of M" on every
// page, notes left out on request, no file after a failure, and a 2-year
// demo database reported over one year and over its whole range.
// run-isolated.sh sets TZ=Europe/Berlin.

#include "CliFixture.h"
#include "common/LocaleFormat.h"

#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

const QString Now = u"2026-11-20T20:00"_s;

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Tool result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    return result;
}

QString pdfText(const QString &path)
{
    return tool(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}).out;
}

int pdfPages(const QString &path)
{
    const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(tool(u"pdfinfo"_s, {path}).out).captured(1).toInt();
}

} // namespace

class TestReportPdf final : public QObject
{
    Q_OBJECT

    test::CliDatabase m_db;
    QTemporaryDir m_dir;

    QString exportPdf(const QString &name, const QStringList &more, QJsonObject *json = nullptr)
    {
        const QString path = m_dir.filePath(name);
        const bool ok =
            m_db.ok(Now, QStringList{u"export"_s, u"pdf"_s, u"--out"_s, path} + more, json);
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db.reset(u"report"_s);
        const QString start = u"2026-11-01T09:00"_s;
        QVERIFY(m_db.addPatient(start, u"Ada"_s,
                                {u"--birth"_s, u"1970-05-01"_s, u"--weight-kg"_s, u"80"_s}));
        QVERIFY(m_db.ok(start,
                        {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s, u"--times"_s, u"08:00"_s,
                         u"--start"_s, u"2026-11-01"_s, u"--indication"_s, u"ra"_s}));
        const QStringList zones{u"abdomen-upper-left"_s, u"abdomen-upper-right"_s,
                                u"thigh-left-upper"_s, u"thigh-right-upper"_s};
        for (int day = 1; day <= 20; ++day) {
            if (day == 5 || day == 12)
                continue; // missed
            const QString at = u"2026-11-%1T08:00"_s.arg(day, 2, 10, QLatin1Char('0'));
            QStringList inject{u"inject"_s, u"--site"_s, zones.at(day % 4),
                               u"--at"_s,   at,          u"--force"_s};
            if (day == 3)
                inject << u"--note"_s << u"private remark"_s;
            QVERIFY(m_db.ok(at, inject));
        }
        QVERIFY(m_db.ok(Now, {u"lab"_s, u"add"_s, u"--analyte"_s, u"anc"_s, u"--value"_s, u"1.1"_s,
                              u"--date"_s, u"2026-11-10"_s}));
        QVERIFY(m_db.ok(Now, {u"side-effect"_s, u"add"_s, u"--term"_s, u"trouble breathing"_s,
                              u"--onset"_s, u"2026-11-15"_s}));
        QVERIFY(m_db.ok(
            Now, {u"med"_s, u"add"_s, u"--name"_s, u"Humira"_s, u"--start"_s, u"2026-11-02"_s}));
    }

    void summaryFigures()
    {
        QJsonObject json;
        const QString path = exportPdf(
            u"ada.pdf"_s, {u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-20"_s}, &json);
        QVERIFY(!path.isEmpty());
        QCOMPARE(json.value(u"files"_s).toArray().at(0).toString(), path);
        const QString text = pdfText(path).simplified();
        const QLocale locale;
        // 18 of the 20 doses due from 1 to 20 November.
        const QString adherence =
            locale.toString(90.0, 'f', 1) + u" % of due doses taken (18 of 20)"_s;
        QVERIFY2(text.contains(adherence), qPrintable(text.left(1500)));
        for (int day : {5, 12}) {
            const QString missed =
                locale::shortDateTime(QDateTime(QDate(2026, 11, day), QTime(8, 0)));
            QVERIFY2(text.contains(missed), qPrintable(missed));
        }
        QVERIFY(text.contains(u"Missed (2):"_s));
        // 100 mg a day at 80 kg.
        QVERIFY(text.contains(locale.toString(1.25, 'f', 2) + u" mg/kg/day"_s));
        QVERIFY(text.contains(u"RED FLAG trouble breathing"_s));
        QVERIFY(text.contains(u"Neutrophils (ANC) "_s + locale.toString(1.1, 'f', 1)));
        QVERIFY(text.contains(u"Humira"_s));
        QVERIFY(text.contains(u"it does not prescribe"_s));
        QVERIFY(text.contains(u"private remark"_s));
        QVERIFY(text.contains(u"missed"_s));
    }

    void pagesAndStructure()
    {
        QJsonObject json;
        const QString path = exportPdf(u"pages.pdf"_s, {u"--from"_s, u"2026-11-01"_s}, &json);
        QVERIFY(!path.isEmpty());
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages))); // summary, charts, log
        QCOMPARE(json.value(u"pages"_s).toInt(), pages);
        const QString text = pdfText(path);
        // pdftotext ends every page with a form feed.
        const QStringList sheets = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(sheets.size(), pages);
        for (int page = 1; page <= pages; ++page) {
            QVERIFY2(sheets.at(page - 1).contains(u"page %1 of %2"_s.arg(page).arg(pages)),
                     qPrintable(sheets.at(page - 1).right(300)));
            QVERIFY(sheets.at(page - 1).contains(u"Ada · injection report"_s));
        }
        const Tool check = tool(u"qpdf"_s, {u"--check"_s, path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    }

    void notesLeftOut()
    {
        const QString path =
            exportPdf(u"private.pdf"_s, {u"--from"_s, u"2026-11-01"_s, u"--no-notes"_s});
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Injection log"_s));
        QVERIFY(!text.contains(u"private remark"_s));
    }

    void failuresLeaveNoFile()
    {
        const QString missing = m_dir.filePath(u"no-such-folder/ada.pdf"_s);
        const test::CliRun run = m_db.run(Now, {u"export"_s, u"pdf"_s, u"--out"_s, missing});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!run.err.isEmpty());

        const QString unknown = m_dir.filePath(u"nobody.pdf"_s);
        const test::CliRun nobody =
            m_db.run(Now, {u"export"_s, u"pdf"_s, u"--patient"_s, u"Bob"_s, u"--out"_s, unknown});
        QCOMPARE(nobody.exitCode, 3);
        QVERIFY(!QFileInfo::exists(unknown));

        // Never over an existing file.
        const QString existing = m_dir.filePath(u"existing.pdf"_s);
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep");
        }
        const test::CliRun over = m_db.run(Now, {u"export"_s, u"pdf"_s, u"--out"_s, existing});
        QCOMPARE(over.exitCode, 3);
        QCOMPARE(test::readAll(existing), QByteArray("keep"));
    }

    // A realistic record: two years of the demo, both patients.
    void demoDatabase()
    {
        test::CliDatabase demo;
        demo.reset(u"demo"_s);
        QVERIFY(m_db.ok(Now, {u"demo"_s, u"--years"_s, u"2"_s, u"--patients"_s, u"2"_s, u"--out"_s,
                              demo.path()}));
        // The adult over one year, the child (two doses a day) over the whole range.
        const QList<std::pair<QString, QString>> reports{{u"1"_s, u"2025-11-21"_s},
                                                         {u"2"_s, u"2024-11-01"_s}};
        for (const auto &[patient, from] : reports) {
            {
                const QString path = m_dir.filePath(u"demo-%1-%2.pdf"_s.arg(patient, from));
                QJsonObject json;
                QVERIFY(demo.ok(Now,
                                {u"export"_s, u"pdf"_s, u"--patient"_s, patient, u"--from"_s, from,
                                 u"--out"_s, path},
                                &json));
                QVERIFY(json.value(u"pages"_s).toInt() > 5);
                QCOMPARE(tool(u"qpdf"_s, {u"--check"_s, path}).exitCode, 0);
                QVERIFY(pdfText(path).contains(u"of due doses taken"_s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
