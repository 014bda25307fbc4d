// The Reports view on a one-year demo database: a live preview of the
// report's pages that follows the choices, Save as PDF writing the same
// report (the same text, read back with pdftotext) as `shotbook-cli export
// pdf`, and a failed save that leaves no file and says why.

#include "CliRunner.h"
#include "ScriptedPrompts.h"
#include "WidgetFinder.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "reports/ReportDocument.h"
#include "reports/ReportsView.h"
#include "shell/Translations.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QPageSize>
#include <QProcess>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

const QString Now = u"2026-11-22T09:00"_s;

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReportsUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<ui::ReportsView> m_view;

private Q_SLOTS:
    void initTestCase()
    {
        // As the shotbook binary does (the English plural forms too).
        ui::installTranslations(*QCoreApplication::instance());
        m_path = m_dir.filePath(u"demo.sqlite"_s);
        const test::CliRun run = test::runCli({u"--now"_s, Now, u"demo"_s, u"--years"_s, u"1"_s,
                                               u"--patients"_s, u"2"_s, u"--out"_s, m_path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto opened = Database::open(m_path, Database::OpenMode::MustExist);
        QVERIFY(opened);
        m_database = std::move(*opened);
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_context->setCurrentPatientId(1);
        m_view = std::make_unique<ui::ReportsView>(*m_context);
        m_view->resize(1100, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void previewFollowsTheChoices()
    {
        QTRY_VERIFY(m_view->document() != nullptr);
        const int full = m_view->document()->pageCount();
        QVERIFY2(full >= 4, qPrintable(QString::number(full)));
        QCOMPARE(m_view->previewPages(), full);
        QCOMPARE(m_view->options().period.days(), 90);
        QCOMPARE(m_view->options().period.to, QDate(2026, 11, 22));

        // The summary alone: one page.
        for (const char *name : {"sectionCharts", "sectionLog", "sectionDiary"})
            test::child<QCheckBox>(*m_view, name)->setChecked(false);
        QTRY_COMPARE(m_view->previewPages(), 1);

        auto *period = test::child<QComboBox>(*m_view, "reportPeriod");
        period->setCurrentIndex(0); // last 30 days
        QCOMPARE(m_view->options().period.from, QDate(2026, 10, 24));
        QVERIFY(!test::child<QDateEdit>(*m_view, "reportFrom")->isEnabled());
        period->setCurrentIndex(3); // from … to …
        QVERIFY(test::child<QDateEdit>(*m_view, "reportFrom")->isEnabled());
        for (const char *name : {"sectionCharts", "sectionLog", "sectionDiary"})
            test::child<QCheckBox>(*m_view, name)->setChecked(true);
        QTRY_VERIFY(m_view->previewPages() > 1);
    }

    // What the GUI saves is what the CLI writes.
    void savesTheCliReport()
    {
        auto *period = test::child<QComboBox>(*m_view, "reportPeriod");
        period->setCurrentIndex(3);
        test::child<QDateEdit>(*m_view, "reportFrom")->setDate(QDate(2026, 8, 1));
        test::child<QDateEdit>(*m_view, "reportTo")->setDate(QDate(2026, 10, 31));
        const QString saved = m_dir.filePath(u"gui.pdf"_s);
        m_prompts.saveNames.enqueue(saved);
        m_view->saveAsPdf();
        QVERIFY(m_prompts.errors.isEmpty());
        QVERIFY(QFileInfo::exists(saved));

        const QString cli = m_dir.filePath(u"cli.pdf"_s);
        const test::CliRun run = test::runCli(
            {u"--db"_s, m_path, u"--now"_s, Now, u"export"_s, u"pdf"_s, u"--patient"_s, u"1"_s,
             u"--from"_s, u"2026-08-01"_s, u"--to"_s, u"2026-10-31"_s, u"--out"_s, cli});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString guiText = pdfText(saved);
        QVERIFY(guiText.contains(u"of due doses taken"_s));
        const QStringList guiLines = guiText.split(u'\n');
        const QStringList cliLines = pdfText(cli).split(u'\n');
        for (qsizetype i = 0; i < qMin(guiLines.size(), cliLines.size()); ++i)
            QCOMPARE(guiLines.at(i), cliLines.at(i));
        QCOMPARE(guiLines.size(), cliLines.size());
    }

    // "Since the last report": the day a report for the patient was last
    // saved or printed stands for the last visit to the doctor.
    void sinceTheLastReport()
    {
        auto *period = test::child<QComboBox>(*m_view, "reportPeriod");
        auto *patient = test::child<QComboBox>(*m_view, "reportPatient");
        auto *model = qobject_cast<QStandardItemModel *>(period->model());
        QVERIFY(model);
        const int since = period->count() - 1;
        patient->setCurrentIndex(patient->findData(2));
        QVERIFY(!model->item(since)->isEnabled()); // no report for this patient yet

        ui::AppSettings().setLastReport(m_database->path(), 2, QDate(2026, 9, 14));
        patient->setCurrentIndex(patient->findData(1));
        patient->setCurrentIndex(patient->findData(2));
        QVERIFY(model->item(since)->isEnabled());
        QVERIFY2(period->itemText(since).contains(
                     QLocale().toString(QDate(2026, 9, 14), QLocale::ShortFormat)),
                 qPrintable(period->itemText(since)));
        period->setCurrentIndex(since);
        QCOMPARE(m_view->options().period.from, QDate(2026, 9, 14));
        QCOMPARE(m_view->options().period.to, QDate(2026, 11, 22));
        QVERIFY(!test::child<QDateEdit>(*m_view, "reportFrom")->isEnabled());

        // Saving it makes today the last report, for this patient only.
        m_prompts.saveNames.enqueue(m_dir.filePath(u"visit.pdf"_s));
        m_view->saveAsPdf();
        QVERIFY(m_prompts.errors.isEmpty());
        QCOMPARE(ui::AppSettings().lastReport(m_database->path(), 2), QDate(2026, 11, 22));
        QCOMPARE(m_view->options().period.from, QDate(2026, 11, 22));
        QVERIFY(!ui::AppSettings().lastReport(m_database->path(), 3).isValid());
        period->setCurrentIndex(period->findData(1)); // back to the last 90 days
    }

    void paperByLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("size");
        QTest::newRow("en_US") << u"en_US"_s << int(QPageSize::Letter);
        QTest::newRow("en_CA") << u"en_CA"_s << int(QPageSize::Letter);
        QTest::newRow("fr_CA") << u"fr_CA"_s << int(QPageSize::Letter);
        QTest::newRow("es_MX") << u"es_MX"_s << int(QPageSize::Letter);
        QTest::newRow("en_GB") << u"en_GB"_s << int(QPageSize::A4);
        QTest::newRow("de_DE") << u"de_DE"_s << int(QPageSize::A4);
        QTest::newRow("es_ES") << u"es_ES"_s << int(QPageSize::A4);
    }

    void paperByLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, size);
        QCOMPARE(int(ui::ReportDocument::pageSizeFor(QLocale(locale))), size);
    }

    void failedSaveLeavesNoFile()
    {
        const QString bad = m_dir.filePath(u"missing-folder/report.pdf"_s);
        m_prompts.saveNames.enqueue(bad);
        m_view->saveAsPdf();
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY2(m_prompts.errors.constFirst().contains(u"report.pdf"_s),
                 qPrintable(m_prompts.errors.constFirst()));
        QVERIFY(!QFileInfo::exists(bad));
    }
};

QTEST_MAIN(TestReportsUi)
#include "tst_reportsui.moc"
