// The doctor's report as data (core/exchange/ReportBuilder) on a small
// database worked out by hand: a child with CAPS on 2 mg/kg/day, 20 kg, one
// dose a day at 08:00, reported for 1–10 June 2026 against 22–31 May.
// run-isolated.sh sets TZ=Europe/Berlin.

#include "common/Clock.h"
#include "diary/DiaryService.h"
#include "diary/HealthRecordService.h"
#include "exchange/ReportBuilder.h"
#include "injections/Confirmations.h"
#include "injections/InjectionLog.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "sites/SiteService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime local(const char *iso, int hour, int minute = 0)
{
    return QDateTime(d(iso), QTime(hour, minute));
}

const QStringList zones{u"abdomen-upper-left"_s, u"abdomen-upper-right"_s, u"thigh-left-upper"_s,
                        u"thigh-right-upper"_s,  u"abdomen-lower-left"_s,  u"abdomen-lower-right"_s,
                        u"thigh-left-lower"_s,   u"thigh-right-lower"_s};

} // namespace

class TestReportData final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // 2026-06-20 13:00 in Berlin: the whole fixture lies before it.
    FixedClock m_clock{QDateTime(QDate(2026, 6, 20), QTime(11, 0), QTimeZone::utc())};
    qint64 m_patient = 0;
    int m_zone = 0;

    bool inject(const QDateTime &at, const QString &note = {})
    {
        InjectionLog log(*m_database, m_clock);
        InjectionInput input;
        input.at = at;
        input.site = zones.at(m_zone++ % zones.size());
        input.note = note;
        input.givenBy = u"Mum"_s;
        const auto logged = log.log(m_patient, input, Confirmations::all());
        if (!logged)
            qWarning("inject: %s", qPrintable(logged.error().message));
        return logged.has_value();
    }

    bool lab(const char *analyte, double value, const char *on)
    {
        HealthRecordService records(*m_database, m_clock);
        LabResult lab;
        lab.patientId = m_patient;
        lab.analyte = QString::fromLatin1(analyte);
        lab.value = value;
        lab.takenOn = d(on);
        return records.addLab(lab).has_value();
    }

    bool sideEffect(const QString &term, const char *onset, const char *resolved = nullptr)
    {
        HealthRecordService records(*m_database, m_clock);
        SideEffect effect;
        effect.patientId = m_patient;
        effect.term = term;
        effect.severity = u"moderate"_s;
        effect.onset = d(onset);
        if (resolved)
            effect.resolved = d(resolved);
        effect.note = u"private note"_s;
        return records.addSideEffect(effect).has_value();
    }

    bool medicine(const QString &name, const char *start)
    {
        HealthRecordService records(*m_database, m_clock);
        Medicine medicine;
        medicine.patientId = m_patient;
        medicine.name = name;
        medicine.started = d(start);
        return records.addMedicine(medicine).has_value();
    }

    bool diary(const char *day, const char *measure, double value)
    {
        DiaryService diary(*m_database, m_clock);
        return diary.setValue(m_patient, d(day), QString::fromLatin1(measure), value).has_value();
    }

    bool reaction(const QString &zone, const QDateTime &at, std::optional<QDateTime> resolved)
    {
        SiteService sites(*m_database, m_clock);
        SiteReaction reaction;
        reaction.patientId = m_patient;
        reaction.zone = zone;
        reaction.kind = u"redness"_s;
        reaction.severity = 1;
        reaction.startedAt = at;
        auto added = sites.addReaction(reaction);
        if (!added)
            return false;
        if (resolved)
            return sites.resolveReaction(added->id, *resolved).has_value();
        return true;
    }

    ReportOptions june(bool notes = true) const
    {
        ReportOptions options;
        options.patientId = m_patient;
        options.period = {d("2026-06-01"), d("2026-06-10")};
        options.includeNotes = notes;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(u"report.sqlite"_s));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_database = std::move(*opened);

        PatientRepository patients(*m_database, m_clock);
        const auto added =
            patients.add(NewPatient{u"Mia"_s, d("2016-09-15"), 20.0, d("2026-05-01")});
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        m_patient = added->id;

        Regimen regimen;
        regimen.patientId = m_patient;
        regimen.start = d("2026-05-22");
        regimen.mgPerKgPerDay = 2.0;
        regimen.times = {QTime(8, 0)};
        regimen.indication = u"caps"_s;
        RegimenService regimens(*m_database, m_clock);
        const auto saved = regimens.set(regimen);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

        // 22–31 May: every day but the 25th (9 of 10).
        for (QDate day = d("2026-05-22"); day <= d("2026-05-31"); day = day.addDays(1)) {
            if (day != d("2026-05-25"))
                QVERIFY(inject(QDateTime(day, QTime(8, 0))));
        }
        // 1–10 June: the 4th and 7th missed, the 9th an hour late (8 of 10),
        // and an extra dose on the 10th in the afternoon.
        for (QDate day = d("2026-06-01"); day <= d("2026-06-10"); day = day.addDays(1)) {
            if (day == d("2026-06-04") || day == d("2026-06-07"))
                continue;
            const int minute = day == d("2026-06-09") ? 60 : 0;
            QVERIFY(inject(QDateTime(day, QTime(8, 0)).addSecs(minute * 60),
                           day == d("2026-06-02") ? u"cried a bit"_s : QString()));
        }
        QVERIFY(inject(local("2026-06-10", 14, 0)));

        QVERIFY(lab("anc", 2.1, "2026-05-20"));
        QVERIFY(lab("anc", 1.2, "2026-06-08")); // the latest in the period: low
        QVERIFY(lab("anc", 3.0, "2026-06-15")); // after the period: not shown
        QVERIFY(lab("alt", 30, "2026-06-02"));

        QVERIFY(sideEffect(u"headache"_s, "2026-06-02"));
        QVERIFY(sideEffect(u"trouble breathing"_s, "2026-06-06"));
        QVERIFY(sideEffect(u"nausea"_s, "2026-05-01", "2026-05-10")); // before: not shown

        QVERIFY(medicine(u"Paracetamol"_s, "2026-01-01"));
        QVERIFY(medicine(u"Humira"_s, "2026-06-03"));

        QVERIFY(diary("2026-06-02", "rash", 1));
        QVERIFY(diary("2026-06-03", "rash", 1));
        QVERIFY(diary("2026-06-03", "fever-c", 38.5));
        QVERIFY(diary("2026-05-25", "rash", 1));

        QVERIFY(reaction(zones.at(0), local("2026-06-08", 9), std::nullopt));
        QVERIFY(reaction(zones.at(1), local("2026-06-02", 9), local("2026-06-05", 9)));
    }

    void periods()
    {
        const auto report = ReportBuilder(*m_database, m_clock).build(june());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->period.from, d("2026-06-01"));
        QCOMPARE(report->period.to, d("2026-06-10"));
        QCOMPARE(report->previousPeriod.from, d("2026-05-22"));
        QCOMPARE(report->previousPeriod.to, d("2026-05-31"));
        QCOMPARE(report->patient.name, u"Mia"_s);
        QCOMPARE(report->ageYears, std::optional<int>(9)); // 10 only in September
        QCOMPARE(report->indication, u"caps"_s);
        QVERIFY(report->autoinflammatory);
    }

    void defaultPeriodIsLast90Days()
    {
        ReportOptions options;
        options.patientId = m_patient;
        const auto report = ReportBuilder(*m_database, m_clock).build(options);
        QVERIFY(report);
        QCOMPARE(report->period.to, d("2026-06-20"));
        QCOMPARE(report->period.days(), 90);
    }

    void regimenAndDose()
    {
        const auto report = ReportBuilder(*m_database, m_clock).build(june());
        QVERIFY(report);
        QVERIFY(report->regimen);
        QCOMPARE(report->regimen->dose.mgPerKgPerDay, std::optional<double>(2.0));
        QCOMPARE(report->regimen->dose.dailyMg, 40.0);
        QCOMPARE(report->regimen->dose.perDoseMg, 40.0);
        QVERIFY(report->regimen->weight);
        QCOMPARE(report->regimen->weight->kg, 20.0);
        QCOMPARE(report->regimen->weight->measuredOn, d("2026-05-01"));
        // The weight is 40 days old on 10 June: the label's stale flag.
        QStringList codes;
        for (const Warning &warning : report->regimen->dose.warnings)
            codes << warning.code;
        QVERIFY2(codes.contains(u"weight-stale"_s), qPrintable(codes.join(u',')));
    }

    void adherence()
    {
        const auto report = ReportBuilder(*m_database, m_clock).build(june());
        QVERIFY(report);
        QCOMPARE(report->expected, 10);
        QCOMPARE(report->taken, 8);
        QCOMPARE(report->missed, 2);
        QCOMPARE(report->extra, 1);
        QCOMPARE(report->adherencePercent, std::optional<double>(80.0));
        QCOMPARE(report->previousAdherencePercent, std::optional<double>(90.0));
        const QList<QDateTime> missed{local("2026-06-04", 8), local("2026-06-07", 8)};
        QCOMPARE(report->missedDoses, missed);
        // 3 June 08:00 to 5 June 08:00, the first of the two 48-hour gaps.
        QCOMPARE(report->longestGapSecs, qint64(48 * 3600));
        QCOMPARE(report->longestGapFrom, local("2026-06-03", 8));
        QCOMPARE(report->longestGapTo, local("2026-06-05", 8));
    }

    void injectionRows()
    {
        const auto report = ReportBuilder(*m_database, m_clock).build(june());
        QVERIFY(report);
        using S = ReportInjectionRow::Status;
        QCOMPARE(report->injections.size(), 11); // 8 taken or late, 2 missed, 1 extra
        QList<S> statuses;
        for (const ReportInjectionRow &row : report->injections)
            statuses << row.status;
        const QList<S> expected{S::Taken,  S::Taken, S::Taken, S::Missed, S::Taken, S::Taken,
                                S::Missed, S::Taken, S::Late,  S::Taken,  S::Extra};
        QCOMPARE(statuses, expected);
        QCOMPARE(report->injections.at(1).note, u"cried a bit"_s);
        QCOMPARE(report->injections.at(1).givenBy, u"Mum"_s);
        QCOMPARE(report->injections.at(1).doseMg, std::optional<double>(40.0));
        QCOMPARE(report->injections.at(3).at, local("2026-06-04", 8));
        QVERIFY(!report->injections.at(3).doseMg);

        const auto without = ReportBuilder(*m_database, m_clock).build(june(false));
        QVERIFY(without);
        QVERIFY(without->injections.at(1).note.isEmpty());
        QVERIFY(without->sideEffects.constFirst().note.isEmpty());
    }

    void classify_data()
    {
        QTest::addColumn<int>("minutesAfterDue");
        QTest::addColumn<int>("status");
        using S = ReportInjectionRow::Status;
        QTest::newRow("early") << -90 << int(S::Taken);
        QTest::newRow("on time") << 0 << int(S::Taken);
        QTest::newRow("30 min") << 30 << int(S::Taken);
        QTest::newRow("31 min") << 31 << int(S::Late);
    }

    void classify()
    {
        QFETCH(int, minutesAfterDue);
        QFETCH(int, status);
        const QDateTime due = local("2026-06-01", 8);
        QCOMPARE(int(ReportInjectionRow::classify(due.addSecs(minutesAfterDue * 60), due)), status);
        QCOMPARE(ReportInjectionRow::classify(due, std::nullopt),
                 ReportInjectionRow::Status::Extra);
    }

    void sideEffectsRedFlagsFirst()
    {
        const auto report = ReportBuilder(*m_database, m_clock).build(june());
        QVERIFY(report);
        QCOMPARE(report->sideEffects.size(), 2);
        QCOMPARE(report->sideEffects.at(0).term, u"trouble breathing"_s);
        QVERIFY(report->sideEffects.at(0).redFlag);
        QCOMPARE(report->sideEffects.at(1).term, u"headache"_s);
        QVERIFY(!report->sideEffects.at(1).redFlag);
        QCOMPARE(report->redFlagCount(), 1);
        QCOMPARE(report->sideEffects.at(1).note, u"private note"_s);
    }

    void latestLabs()
    {
        const auto report = ReportBuilder(*m_database, m_clock).build(june());
        QVERIFY(report);
        QCOMPARE(report->latestLabs.size(), 2); // anc, alt in the analytes' order
        QCOMPARE(report->latestLabs.at(0).lab.analyte, u"anc"_s);
        QCOMPARE(report->latestLabs.at(0).lab.value, 1.2);
        QCOMPARE(report->latestLabs.at(0).lab.takenOn, d("2026-06-08"));
        QVERIFY(report->latestLabs.at(0).flag);
        QCOMPARE(report->latestLabs.at(0).flag->code, u"low-neutrophils"_s);
        QCOMPARE(report->latestLabs.at(1).lab.analyte, u"alt"_s);
        QVERIFY(!report->latestLabs.at(1).flag);
        QVERIFY(report->nextLabDue.has_value());
    }

    void medicinesWarnedFirst()
    {
        const auto report = ReportBuilder(*m_database, m_clock).build(june());
        QVERIFY(report);
        QCOMPARE(report->medicines.size(), 2);
        QCOMPARE(report->medicines.at(0).medicine.name, u"Humira"_s);
        QVERIFY(report->medicines.at(0).warning);
        QCOMPARE(report->medicines.at(0).warning->code, u"interaction"_s);
        QVERIFY(!report->medicines.at(1).warning);
    }

    void activityAndReactions()
    {
        const auto report = ReportBuilder(*m_database, m_clock).build(june());
        QVERIFY(report);
        QCOMPARE(report->activity.size(), 1);
        QCOMPARE(report->activity.at(0).id, u"aidai"_s);
        // 2 June: rash (1); 3 June: rash and fever ≥ 38 °C (2).
        QCOMPARE(report->activity.at(0).current, std::optional<double>(3.0));
        QCOMPARE(report->activity.at(0).previous, std::optional<double>(1.0));
        QCOMPARE(report->activity.at(0).daysRecorded, 2);
        QCOMPARE(report->openReactions.size(), 1);
        QCOMPARE(report->openReactions.at(0).zone, zones.at(0));
        QCOMPARE(report->diary.size(), 2);
        QCOMPARE(report->diary.at(0).day, d("2026-06-02"));
    }

    void unknownPatient()
    {
        ReportOptions options = june();
        options.patientId = 999;
        const auto report = ReportBuilder(*m_database, m_clock).build(options);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Rejected);
    }
};

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
