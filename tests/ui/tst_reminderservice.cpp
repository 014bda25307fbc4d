#include "ScriptedPrompts.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "diary/HealthRecordService.h"
#include "injections/InjectionLog.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "reminders/ReminderService.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace shotbook;

class TestReminderService final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(7, 0), Qt::LocalTime)};
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<ui::AppContext> m_context;
    QList<qint64> m_patients;

    qint64 addPatient(const QString &name, QList<QTime> times)
    {
        PatientRepository patients(*m_database, m_clock);
        const qint64 id = patients.add({name, std::nullopt, 20.0, {}})->id;
        Regimen regimen;
        regimen.patientId = id;
        regimen.start = QDate(2026, 11, 1);
        regimen.dailyMg = 40;
        regimen.dosesPerDay = static_cast<int>(times.size());
        regimen.times = std::move(times);
        regimen.indication = QStringLiteral("caps");
        RegimenService regimens(*m_database, m_clock);
        if (!regimens.set(regimen))
            qFatal("regimen");
        return id;
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened);
        m_database = std::move(*opened);
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(7, 0), Qt::LocalTime));
        m_patients = {addPatient(QStringLiteral("Mia"), {QTime(8, 0), QTime(20, 0)}),
                      addPatient(QStringLiteral("Leo"), {QTime(8, 30)})};
        m_context = std::make_unique<ui::AppContext>(*m_database, m_clock, m_prompts);
        ui::AppSettings settings;
        settings.setRemindersEnabled(true);
        settings.setReminderRepeatMinutes(30);
    }

    void cleanup()
    {
        m_context.reset();
        m_database.reset();
    }

    void remindsEachChildAndAgain()
    {
        ui::AppSettings settings;
        ui::ReminderService service(*m_context, settings);
        QSignalSpy spy(&service, &ui::ReminderService::reminder);
        QCOMPARE(service.nextCheck(), QDateTime(QDate(2026, 11, 22), QTime(7, 5), Qt::LocalTime));

        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::LocalTime));
        service.checkNow();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), m_patients.at(0));
        QVERIFY(spy.at(0).at(1).toString().contains(QStringLiteral("Mia")));
        QVERIFY2(spy.at(0).at(2).toString().contains(QStringLiteral("20 mg")),
                 qPrintable(spy.at(0).at(2).toString()));
        // Never more than five minutes between checks, even with the next reminder later.
        QCOMPARE(service.nextCheck(), QDateTime(QDate(2026, 11, 22), QTime(8, 5), Qt::LocalTime));
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(8, 28), Qt::LocalTime));
        service.checkNow();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(service.nextCheck(), QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::LocalTime));

        // Mia's dose is logged; at 08:30 only Leo is reminded (Mia's repeat is silent).
        InjectionLog log(*m_database, m_clock);
        InjectionInput input;
        input.site = QStringLiteral("thigh-left-upper");
        QVERIFY(log.log(m_patients.at(0), input, Confirmations::none()));
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::LocalTime));
        service.checkNow();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toLongLong(), m_patients.at(1));

        // Leo's not logged: reminded again at 09:00.
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::LocalTime));
        service.checkNow();
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).toLongLong(), m_patients.at(1));
        QVERIFY(spy.at(2).at(1).toString().contains(QStringLiteral("not logged")));
    }

    void switchedOff()
    {
        ui::AppSettings settings;
        settings.setRemindersEnabled(false);
        ui::ReminderService service(*m_context, settings);
        QSignalSpy spy(&service, &ui::ReminderService::reminder);
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::LocalTime));
        service.checkNow();
        QCOMPARE(spy.count(), 0);
    }

    // While a red flag is open the label says stop: the reminder never says
    // to inject, and the other child's reminder is unchanged.
    void aRedFlagTurnsTheReminderIntoAStop()
    {
        HealthRecordService records(*m_database, m_clock);
        SideEffect effect;
        effect.patientId = m_patients.at(0);
        effect.term = QStringLiteral("swollen lips");
        effect.severity = QStringLiteral("severe");
        QVERIFY(records.addSideEffect(effect));
        ui::AppSettings settings;
        ui::ReminderService service(*m_context, settings);
        QSignalSpy spy(&service, &ui::ReminderService::reminder);
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::LocalTime));
        service.checkNow();
        QCOMPARE(spy.count(), 2);
        const auto forPatient = [&](qint64 id) -> QString {
            for (const QList<QVariant> &signal : spy) {
                if (signal.at(0).toLongLong() == id)
                    return signal.at(1).toString() + QStringLiteral(" | ") +
                           signal.at(2).toString();
            }
            return QString();
        };
        const QString mia = forPatient(m_patients.at(0));
        QVERIFY2(mia.contains(QStringLiteral("Stop")), qPrintable(mia));
        QVERIFY2(!mia.contains(QStringLiteral("is due")), qPrintable(mia));
        const QString leo = forPatient(m_patients.at(1));
        QVERIFY2(leo.contains(QStringLiteral("Dose due")), qPrintable(leo));
    }

    void longSleepGivesOneNoticePerPatient()
    {
        ui::AppSettings settings;
        ui::ReminderService service(*m_context, settings);
        QSignalSpy spy(&service, &ui::ReminderService::reminder);
        m_clock.set(QDateTime(QDate(2026, 11, 22), QTime(21, 0), Qt::LocalTime));
        service.checkNow();
        QCOMPARE(spy.count(), 2);
        // One for each patient, not two for one of them.
        QList<qint64> reminded{spy.at(0).at(0).toLongLong(), spy.at(1).at(0).toLongLong()};
        std::sort(reminded.begin(), reminded.end());
        QList<qint64> patients = m_patients;
        std::sort(patients.begin(), patients.end());
        QCOMPARE(reminded, patients);
    }
};

QTEST_MAIN(TestReminderService)
#include "tst_reminderservice.moc"
