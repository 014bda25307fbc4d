// `shotbook-cli export fhir`, checked by an independent validator: FHIR.js
// (the npm package "fhir", installed into the build tree by the
// fhir_validator target) with errorOnUnexpected, no error allowed — and a
// broken bundle to show that it does catch errors.

#include "CliRunner.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook::test;

namespace {

const QString Now = QStringLiteral("2026-03-01T12:00");

CliRun cli(const QString &db, QStringList arguments)
{
    arguments.prepend(Now);
    arguments.prepend(QStringLiteral("--now"));
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    return runCli(arguments);
}

struct Validation
{
    int exitCode = -1;
    QJsonObject summary;
    QByteArray err;
};

Validation validate(const QString &bundle)
{
    QProcess node;
    node.start(QStringLiteral(SHOTBOOK_NODE), {QStringLiteral(SHOTBOOK_FHIR_VALIDATE),
                                               QStringLiteral(SHOTBOOK_FHIR_MODULES), bundle});
    Validation result;
    if (!node.waitForFinished(120000))
        return result;
    result.exitCode = node.exitCode();
    result.summary = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    result.err = node.readAllStandardError();
    return result;
}

} // namespace

class TestFhirCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bundle;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStringLiteral(SHOTBOOK_NODE).isEmpty() ||
            !QFileInfo::exists(QStringLiteral(SHOTBOOK_NODE)))
            QSKIP("node is not installed: the FHIR validator (npm package \"fhir\") cannot run. "
                  "Install nodejs and npm (packaging/setup.sh test does) and configure again.");
        QVERIFY2(QFileInfo::exists(QStringLiteral(SHOTBOOK_FHIR_MODULES "/fhir/package.json")),
                 "the npm package \"fhir\" is missing from the build tree; build the "
                 "fhir_validator target (it runs npm install)");
        const QString db = m_dir.filePath(QStringLiteral("record.sqlite"));
        const QList<QStringList> commands = {
            {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Léa"), QStringLiteral("--birth"), QStringLiteral("2024-11-30"),
             QStringLiteral("--weight-kg"), QStringLiteral("9.8")},
            {QStringLiteral("regimen"), QStringLiteral("set"), QStringLiteral("--mg-per-kg"),
             QStringLiteral("2"), QStringLiteral("--per-day"), QStringLiteral("2"),
             QStringLiteral("--times"), QStringLiteral("08:00,20:00"), QStringLiteral("--start"),
             QStringLiteral("2026-02-01"), QStringLiteral("--step-mg"), QStringLiteral("1.5"),
             QStringLiteral("--min-mg"), QStringLiteral("1.5"), QStringLiteral("--indication"),
             QStringLiteral("caps")},
            {QStringLiteral("regimen"), QStringLiteral("set"), QStringLiteral("--dose-mg"),
             QStringLiteral("40"), QStringLiteral("--per-day"), QStringLiteral("2"),
             QStringLiteral("--times"), QStringLiteral("08:00,20:00"), QStringLiteral("--start"),
             QStringLiteral("2026-02-20")},
            {QStringLiteral("stock"), QStringLiteral("add"), QStringLiteral("--lot"),
             QStringLiteral("K-1"), QStringLiteral("--expires"), QStringLiteral("2027-01-01"),
             QStringLiteral("--count"), QStringLiteral("30")},
            {QStringLiteral("symptom"), QStringLiteral("add"), QStringLiteral("--measure"),
             QStringLiteral("fever-c"), QStringLiteral("--value"), QStringLiteral("38.4"),
             QStringLiteral("--date"), QStringLiteral("2026-02-25")},
            {QStringLiteral("symptom"), QStringLiteral("add"), QStringLiteral("--measure"),
             QStringLiteral("pain"), QStringLiteral("--value"), QStringLiteral("4"),
             QStringLiteral("--date"), QStringLiteral("2026-02-25")},
            {QStringLiteral("symptom"), QStringLiteral("add"), QStringLiteral("--measure"),
             QStringLiteral("rash"), QStringLiteral("--value"), QStringLiteral("1"),
             QStringLiteral("--date"), QStringLiteral("2026-02-25")},
            {QStringLiteral("symptom"), QStringLiteral("add"), QStringLiteral("--measure"),
             QStringLiteral("stiffness-min"), QStringLiteral("--value"), QStringLiteral("30"),
             QStringLiteral("--date"), QStringLiteral("2026-02-25")},
            {QStringLiteral("weight"), QStringLiteral("add"), QStringLiteral("--kg"),
             QStringLiteral("10.1"), QStringLiteral("--date"), QStringLiteral("2026-02-15")},
            {QStringLiteral("side-effect"), QStringLiteral("add"), QStringLiteral("--term"),
             QStringLiteral("swelling of the lips"), QStringLiteral("--severity"),
             QStringLiteral("severe"), QStringLiteral("--onset"), QStringLiteral("2026-02-26")},
            {QStringLiteral("side-effect"), QStringLiteral("add"), QStringLiteral("--term"),
             QStringLiteral("headache"), QStringLiteral("--onset"), QStringLiteral("2026-02-22")},
            {QStringLiteral("med"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("paracetamol"), QStringLiteral("--start"),
             QStringLiteral("2026-02-01")},
        };
        for (const QStringList &command : commands) {
            const CliRun run = cli(db, command);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        for (const char *analyte : {"anc", "platelets", "alt", "ast", "crp", "crcl"}) {
            const CliRun run =
                cli(db, {QStringLiteral("lab"), QStringLiteral("add"), QStringLiteral("--analyte"),
                         QLatin1String(analyte), QStringLiteral("--value"), QStringLiteral("12"),
                         QStringLiteral("--date"), QStringLiteral("2026-02-10")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        int i = 0;
        for (const char *zone :
             {"abdomen-upper-left", "abdomen-upper-right", "abdomen-lower-left",
              "abdomen-lower-right", "thigh-left-upper", "thigh-left-lower", "thigh-right-upper",
              "thigh-right-lower", "arm-left", "arm-right", "buttock-left", "buttock-right"}) {
            const CliRun run =
                cli(db, {QStringLiteral("inject"), QStringLiteral("--site"), QLatin1String(zone),
                         QStringLiteral("--at"),
                         QStringLiteral("2026-02-%1T%2:00")
                             .arg(20 + i / 2)
                             .arg(i % 2 ? QStringLiteral("20") : QStringLiteral("08")),
                         QStringLiteral("--dose-mg"), QStringLiteral("20"), QStringLiteral("--by"),
                         i % 3 ? QStringLiteral("Mum") : QString(), QStringLiteral("--note"),
                         QStringLiteral("note \"%1\"").arg(i), QStringLiteral("--force")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            ++i;
        }
        m_bundle = m_dir.filePath(QStringLiteral("lea.json"));
        const CliRun exported =
            cli(db, {QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("fhir"),
                     QStringLiteral("--out"), m_bundle});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(isPrivate(m_bundle));
        QVERIFY(exported.json().value(QStringLiteral("resources")).toInt() > 30);
    }

    void validatorAcceptsTheExport()
    {
        const Validation result = validate(m_bundle);
        qInfo().noquote() << "FHIR.js:"
                          << QJsonDocument(result.summary).toJson(QJsonDocument::Compact);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.summary.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(result.summary.value(QStringLiteral("errors")).toInt(), 0);
    }

    void theExportHoldsWhatTheIssueAsks()
    {
        const QJsonObject bundle = QJsonDocument::fromJson(readAll(m_bundle)).object();
        QMap<QString, int> types;
        QSet<QString> statuses;
        for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject resource =
                entry.toObject().value(QStringLiteral("resource")).toObject();
            const QString type = resource.value(QStringLiteral("resourceType")).toString();
            ++types[type];
            if (type == QLatin1String("MedicationAdministration"))
                statuses.insert(resource.value(QStringLiteral("status")).toString());
        }
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        QCOMPARE(types.value(QStringLiteral("Patient")), 1);
        QCOMPARE(types.value(QStringLiteral("RelatedPerson")), 1);
        QCOMPARE(types.value(QStringLiteral("MedicationStatement")), 3);
        QCOMPARE(types.value(QStringLiteral("AdverseEvent")), 2);
        QVERIFY(types.value(QStringLiteral("MedicationAdministration")) >= 12);
        QCOMPARE(statuses,
                 (QSet<QString>{QStringLiteral("completed"), QStringLiteral("not-done")}));
        // 2 weights, 4 diary measures, 6 labs.
        QCOMPARE(types.value(QStringLiteral("Observation")), 12);
    }

    // The validator is not a rubber stamp: a broken bundle fails.
    void validatorCatchesABrokenBundle()
    {
        QJsonObject bundle = QJsonDocument::fromJson(readAll(m_bundle)).object();
        bundle.insert(QStringLiteral("type"), QStringLiteral("pile"));
        QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject entry = entries.at(i).toObject();
            QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
            if (resource.value(QStringLiteral("resourceType")).toString() ==
                QLatin1String("MedicationAdministration")) {
                resource.insert(QStringLiteral("status"), QStringLiteral("done-ish"));
                resource.remove(QStringLiteral("subject"));
                resource.insert(QStringLiteral("dosis"), 20);
                entry.insert(QStringLiteral("resource"), resource);
                entries.replace(i, entry);
                break;
            }
        }
        bundle.insert(QStringLiteral("entry"), entries);
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(bundle).toJson());
        file.close();
        const Validation result = validate(broken);
        qInfo().noquote() << "FHIR.js on a broken bundle:"
                          << QJsonDocument(result.summary).toJson(QJsonDocument::Compact);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.summary.value(QStringLiteral("errors")).toInt() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestFhirCli)
#include "tst_fhir_cli.moc"
