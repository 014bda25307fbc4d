// The GUI's exports, import and backups, driven through ScriptedPrompts:
// File ▸ Export (CSV folder, FHIR file), Import CSV (refused with a problem
// list, or one undoable edit), Backups… (make, restore, refusals) and the
// daily automatic backup.

#include "ScriptedPrompts.h"
#include "TestFiles.h"
#include "backups/AutomaticBackup.h"
#include "backups/BackupsDialog.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "exchange/ExchangeActions.h"
#include "injections/InjectionLog.h"
#include "injections/InjectionRepository.h"
#include "patients/PatientRepository.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace shotbook;

class TestExchangeUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<QWidget> m_window;
    qint64 m_patient = 0;

    int injectionCount()
    {
        const auto all = InjectionRepository::all(m_database->connection());
        return all ? static_cast<int>(all->size()) : -1;
    }

    int patientCount()
    {
        const auto all = PatientRepository(*m_database, m_clock).list();
        return all ? static_cast<int>(all->size()) : -1;
    }

    QString writeCsv(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        auto opened = Database::open(path);
        QVERIFY(opened);
        m_database = std::move(*opened);
        PatientRepository patients(*m_database, m_clock);
        m_patient = patients.add({QStringLiteral("Ada"), std::nullopt, 64.0, {}})->id;
        InjectionLog log(*m_database, m_clock);
        for (int day = 1; day <= 3; ++day) {
            InjectionInput input;
            input.at = QDateTime(QDate(2026, 2, day), QTime(8, 0), Qt::LocalTime);
            input.doseMg = 100;
            input.site = QStringLiteral("arm-left");
            input.note = QStringLiteral("day %1, \"quoted\"").arg(day);
            QVERIFY(log.log(m_patient, input, Confirmations::all()));
        }
        m_prompts = test::ScriptedPrompts();
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        m_context->setCurrentPatientId(m_patient);
        m_window = std::make_unique<QWidget>();
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_database.reset();
    }

    void exportCsvIntoANewFolder()
    {
        ui::ExchangeActions actions(*m_context, m_window.get());
        QSignalSpy messages(&actions, &ui::ExchangeActions::message);
        const QString parent = m_dir.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(parent));
        m_prompts.folderNames << parent << parent;
        actions.exportCsv();
        actions.exportCsv(); // a second one never overwrites the first
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        QCOMPARE(messages.size(), 2);
        const QStringList folders = QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders, (QStringList{QStringLiteral("shotbook-csv-2026-03-01"),
                                       QStringLiteral("shotbook-csv-2026-03-01-2")}));
        const QByteArray log = test::readAll(
            QDir(parent).filePath(QStringLiteral("shotbook-csv-2026-03-01/injections.csv")));
        QVERIFY(log.contains("\"day 2, \"\"quoted\"\"\""));
    }

    void exportFhir()
    {
        ui::ExchangeActions actions(*m_context, m_window.get());
        const QString path = m_dir.filePath(QStringLiteral("ada.json"));
        m_prompts.saveNames << path << path;
        actions.exportFhir();
        QVERIFY(m_prompts.errors.isEmpty());
        const QJsonObject bundle = QJsonDocument::fromJson(test::readAll(path)).object();
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        const QByteArray first = test::readAll(path);
        actions.exportFhir(); // refused: the file exists
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY(m_prompts.errors.constFirst().contains(QStringLiteral("already exists")));
        QCOMPARE(test::readAll(path), first);
    }

    void importRefusedListsEveryProblem()
    {
        ui::ExchangeActions actions(*m_context, m_window.get());
        m_prompts.openNames << writeCsv(
            QStringLiteral("bad.csv"),
            "Date,Time,Dose,Site\n2026-02-30,08:00,100,left thigh\n"
            "2026-02-10,08:00,5000,left thigh\n2026-02-11,08:00,100,knee\n");
        const int before = injectionCount();
        actions.importCsv();
        QCOMPARE(injectionCount(), before);
        QCOMPARE(m_context->undoStack()->count(), 0);
        QCOMPARE(m_prompts.details.size(), 3);
        QCOMPARE(m_prompts.details.at(0).line, 2);
        QCOMPARE(m_prompts.details.at(0).field, QStringLiteral("Date"));
        QCOMPARE(m_prompts.details.at(1).line, 3);
        QCOMPARE(m_prompts.details.at(1).field, QStringLiteral("Dose"));
        QCOMPARE(m_prompts.details.at(2).line, 4);
        QCOMPARE(m_prompts.details.at(2).field, QStringLiteral("Site"));
    }

    void importIsOneUndoableEdit()
    {
        ui::ExchangeActions actions(*m_context, m_window.get());
        m_prompts.openNames << writeCsv(QStringLiteral("good.csv"),
                                        "at,dose_mg,site,note\n2026-02-01T08:00,100,arm-left,old\n"
                                        "2026-02-10T08:00,100,left thigh,\"new, one\"\n"
                                        "2026-02-11T08:00,80,abdomen-upper-left,\n");
        m_prompts.confirmations << true;
        QCOMPARE(injectionCount(), 3);
        actions.importCsv();
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        // Asked first, with what it will do.
        // (English plurals come from translations/shotbook_en.ts, which the
        // integrator fills in; "(s)" until then.)
        QVERIFY2(m_prompts.asked.last().contains(QRegularExpression(
                     QStringLiteral("Import 2 injection(s|\\(s\\)) into Ada's log"))),
                 qPrintable(m_prompts.asked.last()));
        QVERIFY(m_prompts.asked.last().contains(
            QRegularExpression(QStringLiteral("1 row(\\(s\\))? (is|are) already in the log"))));
        QVERIFY(m_prompts.asked.last().contains(QStringLiteral("thigh-left-upper")));
        QCOMPARE(injectionCount(), 5);
        QCOMPARE(m_context->undoStack()->count(), 1);
        m_context->undoStack()->undo();
        QCOMPARE(injectionCount(), 3);
        m_context->undoStack()->redo();
        QCOMPARE(injectionCount(), 5);
        m_context->undoStack()->undo();
        QCOMPARE(injectionCount(), 3);
    }

    void importDeclinedWritesNothing()
    {
        ui::ExchangeActions actions(*m_context, m_window.get());
        m_prompts.openNames << writeCsv(QStringLiteral("declined.csv"),
                                        "at,dose_mg,site\n2026-02-12T08:00,100,arm-right\n");
        m_prompts.confirmations << false;
        actions.importCsv();
        QCOMPARE(injectionCount(), 3);
        QCOMPARE(m_context->undoStack()->count(), 0);
    }

    void backupsMakeAndRestore()
    {
        ui::BackupsDialog dialog(*m_context);
        QSignalSpy restored(&dialog, &ui::BackupsDialog::restored);
        QCOMPARE(dialog.table()->rowCount(), 0);
        dialog.makeBackupNow();
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(test::isPrivate(dialog.backups().constFirst().path));

        PatientRepository(*m_database, m_clock)
            .add({QStringLiteral("Ben"), std::nullopt, std::nullopt, {}});
        QCOMPARE(patientCount(), 2);
        m_clock.advanceSecs(60);
        dialog.table()->selectRow(0);
        m_prompts.confirmations << true;
        dialog.restoreSelected();
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        // The question named where the current file is kept.
        QVERIFY(m_prompts.asked.last().contains(QStringLiteral("The current file is kept as")));
        QVERIFY(m_prompts.asked.last().contains(QStringLiteral("before-restore-")));
        QCOMPARE(restored.size(), 1);
        QCOMPARE(patientCount(), 1); // the same open database now reads the backup
        QCOMPARE(injectionCount(), 3);
        QCOMPARE(dialog.table()->rowCount(), 2); // the backup and the replaced file
        QCOMPARE(dialog.backups().constFirst().kind, BackupFile::Kind::BeforeRestore);
    }

    void backupsRefuseGarbageAndKeepTheDatabase()
    {
        ui::BackupsDialog dialog(*m_context);
        QVERIFY(m_database->checkpoint());
        const QByteArray before = test::readAll(m_database->path());
        m_prompts.openNames << test::copyFixture(m_dir, QStringLiteral("garbage.sqlite"))
                            << test::copyFixture(m_dir, QStringLiteral("newer.sqlite"));
        dialog.restoreFromFile();
        dialog.restoreFromFile();
        QCOMPARE(m_prompts.errors.size(), 2);
        QVERIFY(m_prompts.errors.at(0).contains(QStringLiteral("not an SQLite file")));
        QVERIFY(m_prompts.errors.at(1).contains(QStringLiteral("newer version")));
        QCOMPARE(test::readAll(m_database->path()), before);
        QCOMPARE(patientCount(), 1);
        QCOMPARE(dialog.table()->rowCount(), 0);
    }

    void declinedRestoreChangesNothing()
    {
        ui::BackupsDialog dialog(*m_context);
        dialog.makeBackupNow();
        PatientRepository(*m_database, m_clock)
            .add({QStringLiteral("Ben"), std::nullopt, std::nullopt, {}});
        m_prompts.confirmations << false;
        dialog.restoreSelected();
        QCOMPARE(patientCount(), 2);
        QCOMPARE(dialog.table()->rowCount(), 1);
    }

    void dailyAutomaticBackup()
    {
        ui::AppSettings settings;
        settings.setBackupsToKeep(2);
        for (int day = 0; day < 4; ++day) {
            QVERIFY(!ui::AutomaticBackup::runIfDue(*m_context, settings).isEmpty());
            QVERIFY(ui::AutomaticBackup::runIfDue(*m_context, settings).isEmpty()); // once a day
            m_clock.advanceDays(1);
        }
        const auto list = Backups::list(m_database->path());
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        settings.setAutomaticBackups(false);
        QVERIFY(ui::AutomaticBackup::runIfDue(*m_context, settings).isEmpty());
        QCOMPARE(Backups::list(m_database->path())->size(), 2);
    }
};

QTEST_MAIN(TestExchangeUi)
#include "tst_exchangeui.moc"
