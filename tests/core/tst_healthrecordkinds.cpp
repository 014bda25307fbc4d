// Health records told apart by a typed kind: ending, reopening and removing
// a side effect, an infection, a blood test or a medicine, with the right
// refusal for each bad input (an unknown id is "unknown-id", not a date error).

#include "common/Clock.h"
#include "diary/HealthRecordService.h"
#include "patients/PatientRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RecordKind)

class TestHealthRecordKinds final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::LocalTime)};
    qint64 m_patient = 0;
    QHash<RecordKind, qint64> m_ids; // one of each, begun on 2026-11-10
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        auto opened = Database::open(m_dir.filePath(u"k%1.sqlite"_s.arg(++m_n)));
        QVERIFY(opened);
        m_database = std::move(*opened);
        PatientRepository patients(*m_database, m_clock);
        m_patient = patients.add({u"Ada"_s, {}, {}, {}})->id;
        HealthRecordService records(*m_database, m_clock);
        const QDate begun(2026, 11, 10);
        SideEffect effect;
        effect.patientId = m_patient;
        effect.term = u"headache"_s;
        effect.severity = u"mild"_s;
        effect.onset = begun;
        m_ids[RecordKind::SideEffect] = records.addSideEffect(effect)->record.id;
        Infection infection;
        infection.patientId = m_patient;
        infection.description = u"cold"_s;
        infection.started = begun;
        m_ids[RecordKind::Infection] = records.addInfection(infection)->record.id;
        LabResult lab;
        lab.patientId = m_patient;
        lab.analyte = u"anc"_s;
        lab.value = 2.0;
        lab.takenOn = begun;
        m_ids[RecordKind::Lab] = records.addLab(lab)->record.id;
        Medicine medicine;
        medicine.patientId = m_patient;
        medicine.name = u"ibuprofen"_s;
        medicine.started = begun;
        m_ids[RecordKind::Medicine] = records.addMedicine(medicine)->record.id;
    }
    void cleanup() { m_database.reset(); }

    void end_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<bool>("knownId");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("code"); // empty: done
        const QDate today(2026, 11, 20);
        for (const auto &[kind, name] : {std::pair{RecordKind::SideEffect, "side effect"},
                                         std::pair{RecordKind::Infection, "infection"},
                                         std::pair{RecordKind::Medicine, "medicine"}}) {
            QTest::addRow("%s today", name) << kind << true << today << QString();
            QTest::addRow("%s on the day it began", name)
                << kind << true << QDate(2026, 11, 10) << QString();
            QTest::addRow("%s the day before it began", name)
                << kind << true << QDate(2026, 11, 9) << u"invalid-date"_s;
            QTest::addRow("%s tomorrow", name)
                << kind << true << today.addDays(1) << u"invalid-date"_s;
            QTest::addRow("%s unknown id", name) << kind << false << today << u"unknown-id"_s;
        }
        QTest::newRow("a blood test has no end")
            << RecordKind::Lab << true << today << u"invalid-record"_s;
    }

    void end()
    {
        QFETCH(RecordKind, kind);
        QFETCH(bool, knownId);
        QFETCH(QDate, day);
        QFETCH(QString, code);
        HealthRecordService records(*m_database, m_clock);
        const qint64 id = knownId ? m_ids.value(kind) : 999;
        const Status done = records.endRecord(kind, id, day);
        QCOMPARE(done ? QString() : done.error().code, code);
        if (!code.isEmpty())
            QVERIFY2(done.error().message.size() > 10, qPrintable(done.error().message));
        // What was stored: the end date, or nothing at all.
        std::optional<QDate> stored;
        switch (kind) {
        case RecordKind::SideEffect:
            stored = records.sideEffects(m_patient)->first().resolved;
            break;
        case RecordKind::Infection:
            stored = records.infections(m_patient)->first().ended;
            break;
        case RecordKind::Medicine:
            stored = records.medicines(m_patient)->first().stopped;
            break;
        case RecordKind::Lab:
            break;
        }
        QCOMPARE(stored, code.isEmpty() ? std::optional<QDate>(day) : std::nullopt);
        if (code.isEmpty()) {
            QVERIFY(records.reopenRecord(kind, id));
            QCOMPARE(kind == RecordKind::SideEffect
                         ? records.sideEffects(m_patient)->first().resolved.has_value()
                     : kind == RecordKind::Infection
                         ? records.infections(m_patient)->first().ended.has_value()
                         : records.medicines(m_patient)->first().stopped.has_value(),
                     false);
        }
    }

    void endingAnInfectionRecordsThatTheDoctorWasTold()
    {
        HealthRecordService records(*m_database, m_clock);
        QVERIFY(!records.infections(m_patient)->first().doctorTold);
        QVERIFY(records.endRecord(RecordKind::Infection, m_ids.value(RecordKind::Infection),
                                  QDate(2026, 11, 15), true));
        QVERIFY(records.infections(m_patient)->first().doctorTold);
    }

    void removeAndReopenAnUnknownIdIsUnknownId_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::newRow("side effect") << RecordKind::SideEffect;
        QTest::newRow("infection") << RecordKind::Infection;
        QTest::newRow("lab") << RecordKind::Lab;
        QTest::newRow("medicine") << RecordKind::Medicine;
    }

    void removeAndReopenAnUnknownIdIsUnknownId()
    {
        QFETCH(RecordKind, kind);
        HealthRecordService records(*m_database, m_clock);
        const Status removed = records.removeRecord(kind, 999);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, u"unknown-id"_s);
        // The record of the kind, by its id, is removed; the others stay.
        QVERIFY(records.removeRecord(kind, m_ids.value(kind)));
        QCOMPARE(records.sideEffects(m_patient)->size(), kind == RecordKind::SideEffect ? 0 : 1);
        QCOMPARE(records.infections(m_patient)->size(), kind == RecordKind::Infection ? 0 : 1);
        QCOMPARE(records.labs(m_patient)->size(), kind == RecordKind::Lab ? 0 : 1);
        QCOMPARE(records.medicines(m_patient)->size(), kind == RecordKind::Medicine ? 0 : 1);
    }

    void acknowledgingAnUnknownSideEffectIsUnknownId()
    {
        HealthRecordService records(*m_database, m_clock);
        const Status done = records.acknowledgeRedFlag(999);
        QVERIFY(!done);
        QCOMPARE(done.error().code, u"unknown-id"_s);
    }

    void anInfectionNotToldWarnsTellTheDoctor()
    {
        HealthRecordService records(*m_database, m_clock);
        Infection infection;
        infection.patientId = m_patient;
        infection.description = u"urinary infection"_s;
        const auto added = records.addInfection(infection);
        QVERIFY(added);
        QCOMPARE(added->warnings.size(), 1);
        QCOMPARE(added->warnings.first().code, u"tell-doctor"_s);
        infection.doctorTold = true;
        QVERIFY(records.addInfection(infection)->warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHealthRecordKinds)
#include "tst_healthrecordkinds.moc"
