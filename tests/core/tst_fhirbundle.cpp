#include "exchange/FhirBundle.h"
#include "exchange/FhirCodes.h"
#include "sites/Zones.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace shotbook;

namespace {

QDateTime berlin(int day, int hour)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, 0), QTimeZone("Europe/Berlin"));
}

ExportData sample()
{
    ExportData data;
    data.exportedAt = berlin(28, 12);
    PatientRecord record;
    record.patient = {1, QStringLiteral("Léa"), QDate(2024, 11, 30), {}};
    Regimen regimen;
    regimen.id = 5;
    regimen.patientId = 1;
    regimen.start = QDate(2026, 1, 1);
    regimen.mgPerKgPerDay = 2.0;
    regimen.dosesPerDay = 2;
    regimen.times = {QTime(8, 0), QTime(20, 0)};
    Regimen fixed = regimen;
    fixed.id = 6;
    fixed.start = QDate(2026, 2, 10);
    fixed.mgPerKgPerDay.reset();
    fixed.dailyMg = 40;
    record.regimens = {regimen, fixed};
    Injection byParent;
    byParent.id = 10;
    byParent.patientId = 1;
    byParent.at = berlin(20, 8);
    byParent.doseMg = 20;
    byParent.site = QStringLiteral("thigh-left-lower");
    byParent.lot = QStringLiteral("L-77");
    byParent.givenBy = QStringLiteral("Mum");
    Injection self = byParent;
    self.id = 11;
    self.at = berlin(20, 20);
    self.lot.reset();
    self.givenBy.clear();
    self.site = QStringLiteral("abdomen-upper-right");
    record.injections = {byParent, self};
    record.missedSlots = {{berlin(21, 8), 6, 6 * 3600}};
    record.weights = {{3, QDate(2026, 2, 1), 9.8}};
    DiaryDay day;
    day.day = QDate(2026, 2, 20);
    day.values = {{QStringLiteral("fever-c"), 38.2},
                  {QStringLiteral("pain"), 4},
                  {QStringLiteral("rash"), 1},
                  {QStringLiteral("stiffness-min"), 30}};
    record.diary = {day};
    record.labs = {{8, 1, QStringLiteral("anc"), 1.2, QDate(2026, 2, 15), QString()}};
    SideEffect effect;
    effect.id = 4;
    effect.patientId = 1;
    effect.term = QStringLiteral("swollen lips");
    effect.severity = QStringLiteral("severe");
    effect.onset = QDate(2026, 2, 18);
    effect.redFlag = true;
    record.sideEffects = {effect};
    record.medicines = {
        {2, 1, QStringLiteral("methotrexate"), QDate(2025, 6, 1), QDate(2026, 1, 31), QString()}};
    data.patients = {record};
    return data;
}

QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == type)
            found << resource;
    }
    return found;
}

QString firstCode(const QJsonObject &codeable)
{
    return codeable.value(QStringLiteral("coding"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestFhirBundle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundleIsACollectionWithResolvableReferences()
    {
        const QJsonObject bundle = FhirBundle::build(sample());
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        QSet<QString> urls;
        for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
            const QString url = entry.toObject().value(QStringLiteral("fullUrl")).toString();
            QVERIFY(url.startsWith(QLatin1String("urn:uuid:")));
            QVERIFY(!urls.contains(url));
            urls.insert(url);
        }
        const QString patient = resources(bundle, QStringLiteral("Observation"))
                                    .at(0)
                                    .value(QStringLiteral("subject"))
                                    .toObject()
                                    .value(QStringLiteral("reference"))
                                    .toString();
        QVERIFY(urls.contains(patient));
        // The same record, the same bundle.
        QCOMPARE(FhirBundle::build(sample()), bundle);
    }

    void administrations()
    {
        const QJsonObject bundle = FhirBundle::build(sample());
        const auto all = resources(bundle, QStringLiteral("MedicationAdministration"));
        QCOMPARE(all.size(), 3);
        const QJsonObject &byParent = all.at(0);
        QCOMPARE(byParent.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(byParent.value(QStringLiteral("effectiveDateTime")).toString(),
                 QStringLiteral("2026-02-20T08:00:00+01:00"));
        const QJsonObject dosage = byParent.value(QStringLiteral("dosage")).toObject();
        QCOMPARE(dosage.value(QStringLiteral("dose"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("mg"));
        QCOMPARE(dosage.value(QStringLiteral("dose"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 20.0);
        QCOMPARE(firstCode(dosage.value(QStringLiteral("route")).toObject()),
                 QStringLiteral("34206005"));
        const QJsonObject site = dosage.value(QStringLiteral("site")).toObject();
        QCOMPARE(site.value(QStringLiteral("text")).toString(), QStringLiteral("thigh-left-lower"));
        QCOMPARE(firstCode(site), QStringLiteral("61396006"));
        // The lot on a contained Medication; the caregiver as RelatedPerson.
        QCOMPARE(byParent.value(QStringLiteral("medicationReference"))
                     .toObject()
                     .value(QStringLiteral("reference"))
                     .toString(),
                 QStringLiteral("#medication"));
        const auto related = resources(bundle, QStringLiteral("RelatedPerson"));
        QCOMPARE(related.size(), 1);
        const QString performer = byParent.value(QStringLiteral("performer"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("actor"))
                                      .toObject()
                                      .value(QStringLiteral("reference"))
                                      .toString();
        QVERIFY(performer != all.at(1)
                                 .value(QStringLiteral("performer"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("actor"))
                                 .toObject()
                                 .value(QStringLiteral("reference"))
                                 .toString());
        const QJsonObject medication =
            all.at(1).value(QStringLiteral("medicationCodeableConcept")).toObject();
        QCOMPARE(firstCode(medication), QStringLiteral("L04AC03"));
        QCOMPARE(medication.value(QStringLiteral("coding"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("72435"));
        const QJsonObject &missed = all.at(2);
        QCOMPARE(missed.value(QStringLiteral("status")).toString(), QStringLiteral("not-done"));
        QVERIFY(!missed.value(QStringLiteral("statusReason")).toArray().isEmpty());
    }

    void statementsAndObservations()
    {
        const QJsonObject bundle = FhirBundle::build(sample());
        const auto statements = resources(bundle, QStringLiteral("MedicationStatement"));
        QCOMPARE(statements.size(), 3); // two regimens, one other medicine
        QCOMPARE(statements.at(0).value(QStringLiteral("status")).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(statements.at(0)
                     .value(QStringLiteral("effectivePeriod"))
                     .toObject()
                     .value(QStringLiteral("end"))
                     .toString(),
                 QStringLiteral("2026-02-09"));
        QCOMPARE(statements.at(1).value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(statements.at(2)
                     .value(QStringLiteral("medicationCodeableConcept"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("methotrexate"));

        QMap<QString, QJsonObject> byCode;
        for (const QJsonObject &observation : resources(bundle, QStringLiteral("Observation")))
            byCode.insert(firstCode(observation.value(QStringLiteral("code")).toObject()),
                          observation);
        QCOMPARE(byCode.value(QStringLiteral("29463-7"))
                     .value(QStringLiteral("valueQuantity"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("kg"));
        QCOMPARE(byCode.value(QStringLiteral("8310-5"))
                     .value(QStringLiteral("valueQuantity"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("Cel"));
        QVERIFY(byCode.contains(QStringLiteral("72514-3")));
        QCOMPARE(
            byCode.value(QStringLiteral("rash")).value(QStringLiteral("valueBoolean")).toBool(),
            true);
        QCOMPARE(byCode.value(QStringLiteral("stiffness-min"))
                     .value(QStringLiteral("valueQuantity"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("min"));
        QCOMPARE(byCode.value(QStringLiteral("751-8"))
                     .value(QStringLiteral("valueQuantity"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("10*9/L"));

        const auto events = resources(bundle, QStringLiteral("AdverseEvent"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(firstCode(events.at(0).value(QStringLiteral("severity")).toObject()),
                 QStringLiteral("severe"));
        QCOMPARE(firstCode(events.at(0).value(QStringLiteral("outcome")).toObject()),
                 QStringLiteral("ongoing"));
        QCOMPARE(firstCode(events.at(0).value(QStringLiteral("seriousness")).toObject()),
                 QStringLiteral("Serious"));
        QVERIFY(events.at(0).contains(QStringLiteral("suspectEntity")));
    }

    void everyZoneAndAnalyteHasAVerifiedCode()
    {
        for (const QString &zone : Zones::ids())
            QVERIFY2(FhirCodes::bodySite(zone), qPrintable(zone));
        for (const char *analyte : {"anc", "platelets", "alt", "ast", "crp", "crcl"}) {
            QVERIFY(FhirCodes::lab(QLatin1String(analyte)));
            QVERIFY(FhirCodes::labUnit(QLatin1String(analyte)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFhirBundle)
#include "tst_fhirbundle.moc"
