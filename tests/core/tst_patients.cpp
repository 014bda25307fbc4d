#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "patients/PatientRules.h"
#include "patients/WeightRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

namespace {

int count(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestPatients final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc())};

private Q_SLOTS:
    void init()
    {
        m_database.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("p.sqlite")));
        auto opened = Database::open(m_dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(opened);
        m_database = std::move(*opened);
    }

    void cleanup()
    {
        m_database.reset();
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files))
            QFile::remove(dir.filePath(name));
    }

    void nameRule_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("plain") << QStringLiteral("Ada") << QStringLiteral("Ada");
        QTest::newRow("trimmed") << QStringLiteral("  Ada  Lovelace ")
                                 << QStringLiteral("Ada Lovelace");
        QTest::newRow("accents") << QStringLiteral("Léa") << QStringLiteral("Léa");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
        QTest::newRow("100 chars")
            << QString(100, QLatin1Char('a')) << QString(100, QLatin1Char('a'));
        QTest::newRow("101 chars") << QString(101, QLatin1Char('a')) << QString();
    }

    void nameRule()
    {
        QFETCH(QString, input);
        QFETCH(QString, stored);
        const auto result = PatientRules::normalizeName(input);
        QCOMPARE(result.has_value(), !stored.isEmpty());
        if (result)
            QCOMPARE(*result, stored);
        else
            QCOMPARE(result.error().kind, ErrorKind::Rejected);
    }

    void weightRule_data()
    {
        QTest::addColumn<double>("kg");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("newborn") << 0.3 << true;
        QTest::newRow("below") << 0.29 << false;
        QTest::newRow("zero") << 0.0 << false;
        QTest::newRow("negative") << -5.0 << false;
        QTest::newRow("adult") << 72.5 << true;
        QTest::newRow("max") << 300.0 << true;
        QTest::newRow("above") << 300.1 << false;
        QTest::newRow("nan") << std::nan("") << false;
    }

    void weightRule()
    {
        QFETCH(double, kg);
        QFETCH(bool, allowed);
        const auto result = PatientRules::checkWeightKg(kg);
        QCOMPARE(result.has_value(), allowed);
        if (!result)
            QVERIFY(result.error().message.contains(QStringLiteral("0.3")));
    }

    void birthRule_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("today") << QDate(2026, 11, 22) << true;
        QTest::newRow("tomorrow") << QDate(2026, 11, 23) << false;
        QTest::newRow("1900") << QDate(1900, 1, 1) << true;
        QTest::newRow("1899") << QDate(1899, 12, 31) << false;
    }

    void birthRule()
    {
        QFETCH(QDate, birth);
        QFETCH(bool, allowed);
        QCOMPARE(PatientRules::checkBirth(birth, QDate(2026, 11, 22)).has_value(), allowed);
    }

    void addListRenameRemove()
    {
        PatientRepository patients(*m_database, m_clock);
        const auto ada = patients.add({QStringLiteral("Ada"), QDate(1961, 4, 2), std::nullopt, {}});
        QVERIFY(ada);
        QCOMPARE(ada->id, 1);
        const auto ben = patients.add({QStringLiteral("Ben"), std::nullopt, 7.4, {}});
        QVERIFY(ben);

        auto all = patients.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("Ada"));
        QCOMPARE(all->at(0).birth, std::optional<QDate>(QDate(1961, 4, 2)));
        QCOMPARE(all->at(0).createdAt,
                 QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc()));
        QCOMPARE(all->at(1).birth, std::nullopt);

        const auto weight = WeightRepository::latestOnOrBefore(m_database->connection(), ben->id,
                                                               QDate(2026, 11, 22));
        QVERIFY(weight && *weight);
        QCOMPARE((*weight)->kg, 7.4);
        QCOMPARE((*weight)->measuredOn, QDate(2026, 11, 22));

        QVERIFY(patients.rename(ben->id, QStringLiteral("Benjamin")));
        QCOMPARE(patients.get(ben->id)->name, QStringLiteral("Benjamin"));

        QVERIFY(patients.remove(ben->id));
        QCOMPARE(patients.list()->size(), 1);
        // Removal keeps nothing of the patient.
        QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM weights")), 0);
        const auto gone = patients.get(ben->id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, QStringLiteral("unknown-patient"));
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<double>("kg");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty name")
            << QString() << QDate() << 0.0 << QStringLiteral("invalid-name");
        QTest::newRow("duplicate, other case")
            << QStringLiteral("ada") << QDate() << 0.0 << QStringLiteral("duplicate-name");
        QTest::newRow("future birth")
            << QStringLiteral("Zoe") << QDate(2027, 1, 1) << 0.0 << QStringLiteral("invalid-birth");
        QTest::newRow("weight 0") << QStringLiteral("Zoe") << QDate() << -1.0
                                  << QStringLiteral("invalid-weight");
        QTest::newRow("weight 301")
            << QStringLiteral("Zoe") << QDate() << 301.0 << QStringLiteral("invalid-weight");
    }

    void refusalsWriteNothing()
    {
        QFETCH(QString, name);
        QFETCH(QDate, birth);
        QFETCH(double, kg);
        QFETCH(QString, code);
        PatientRepository patients(*m_database, m_clock);
        QVERIFY(patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}}));
        NewPatient input{name, std::nullopt, std::nullopt, {}};
        if (birth.isValid())
            input.birth = birth;
        if (kg != 0.0)
            input.weightKg = kg;
        const auto result = patients.add(input);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Rejected);
        QCOMPARE(result.error().code, code);
        QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM patients")), 1);
        QCOMPARE(count(*m_database, QStringLiteral("SELECT count(*) FROM weights")), 0);
    }

    void renameRefusals()
    {
        PatientRepository patients(*m_database, m_clock);
        const auto ada = patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}});
        QVERIFY(patients.add({QStringLiteral("Ben"), std::nullopt, std::nullopt, {}}));
        QCOMPARE(patients.rename(ada->id, QStringLiteral("BEN")).error().code,
                 QStringLiteral("duplicate-name"));
        QCOMPARE(patients.rename(ada->id, QStringLiteral(" ")).error().code,
                 QStringLiteral("invalid-name"));
        QCOMPARE(patients.rename(99, QStringLiteral("Cy")).error().code,
                 QStringLiteral("unknown-patient"));
        QCOMPARE(patients.get(ada->id)->name, QStringLiteral("Ada"));
        // Renaming to a different case of one's own name is allowed.
        QVERIFY(patients.rename(ada->id, QStringLiteral("ADA")));
    }

    void addWithFixedIdPutsPatientBack()
    {
        PatientRepository patients(*m_database, m_clock);
        const auto first =
            patients.add({QStringLiteral("Ada"), std::nullopt, 60.0, QDate(2026, 11, 1)});
        QVERIFY(first);
        QVERIFY(patients.remove(first->id));
        const auto again = patients.add(
            {QStringLiteral("Ada"), std::nullopt, 60.0, QDate(2026, 11, 1)}, first->id);
        QVERIFY(again);
        QCOMPARE(again->id, first->id);
        const auto weight = WeightRepository::latestOnOrBefore(m_database->connection(), first->id,
                                                               QDate(2026, 11, 22));
        QCOMPARE((*weight)->measuredOn, QDate(2026, 11, 1));
    }

    void resolve()
    {
        PatientRepository patients(*m_database, m_clock);
        QCOMPARE(patients.resolve(QString()).error().code, QStringLiteral("no-patient"));
        const auto ada = patients.add({QStringLiteral("Ada"), std::nullopt, std::nullopt, {}});
        QCOMPARE(patients.resolve(QString())->id, ada->id);
        // A patient named "1" (id 2): "1" is Ada's id, and the id wins over
        // the name; the patient named "1" is still found by its own id.
        const auto namedOne = patients.add({QStringLiteral("1"), std::nullopt, std::nullopt, {}});
        QVERIFY(namedOne);
        QCOMPARE(namedOne->id, ada->id + 1);
        QCOMPARE(patients.resolve(QString()).error().code, QStringLiteral("patient-required"));
        QCOMPARE(patients.resolve(QStringLiteral("Ada"))->id, ada->id);
        QCOMPARE(patients.resolve(QStringLiteral("1"))->id, ada->id);
        QCOMPARE(patients.resolve(QString::number(namedOne->id))->id, namedOne->id);
        QCOMPARE(patients.resolve(QStringLiteral("ada")).error().code,
                 QStringLiteral("unknown-patient"));
    }
};

QTEST_GUILESS_MAIN(TestPatients)
#include "tst_patients.moc"
