// The diary's rules (DESIGN.md "Diary", "Monitoring", "Other medicines"):
// the daily measures and their ranges, the label's side-effect catalogue with
// its synonyms and red flags, the interaction and live-vaccine warnings for
// other medicines, lab ranges, the low-neutrophils flag and the neutrophil
// monitoring schedule; then DiaryService and HealthRecordService on a real
// database. Every expected value is worked out by hand from the rules.
// run-isolated.sh sets TZ=Europe/Berlin.

#include "common/Clock.h"
#include "diary/DiaryService.h"
#include "diary/HealthRecordService.h"
#include "diary/Labs.h"
#include "diary/Measures.h"
#include "diary/MedicineCatalog.h"
#include "diary/SideEffectCatalog.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QList<QDate> dates(std::initializer_list<const char *> isos)
{
    QList<QDate> out;
    for (const char *iso : isos)
        out << d(iso);
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

Regimen fixedMg(qint64 patientId, const QDate &start)
{
    Regimen regimen;
    regimen.patientId = patientId;
    regimen.start = start;
    regimen.dailyMg = 100;
    return regimen;
}

} // namespace

class TestDiary final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // 2026-06-20 13:00 in Berlin (CEST); every date used below is on or before it.
    FixedClock m_clock{QDateTime(QDate(2026, 6, 20), QTime(11, 0), QTimeZone::utc())};

    qint64 addPatient(const QString &name = u"Ada"_s)
    {
        PatientRepository patients(*m_database, m_clock);
        const auto added = patients.add(NewPatient{name, std::nullopt, std::nullopt, QDate()});
        if (!added) {
            qWarning("patient: %s", qPrintable(added.error().message));
            return 0;
        }
        return added->id;
    }

    bool setRegimen(qint64 patientId, const QDate &start)
    {
        RegimenService regimens(*m_database, m_clock);
        const auto saved = regimens.set(fixedMg(patientId, start));
        if (!saved)
            qWarning("regimen: %s", qPrintable(saved.error().message));
        return saved.has_value();
    }

    bool addAnc(qint64 patientId, const QDate &on, double value = 2.0)
    {
        HealthRecordService records(*m_database, m_clock);
        LabResult lab;
        lab.patientId = patientId;
        lab.analyte = u"anc"_s;
        lab.value = value;
        lab.takenOn = on;
        const auto added = records.addLab(lab);
        if (!added)
            qWarning("lab: %s", qPrintable(added.error().message));
        return added.has_value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database.reset();
        m_clock.set(QDateTime(QDate(2026, 6, 20), QTime(11, 0), QTimeZone::utc()));
        auto opened = Database::open(m_dir.filePath(u"diary.sqlite"_s));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_database = std::move(*opened);
    }

    void cleanup()
    {
        m_database.reset();
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files))
            QFile::remove(dir.filePath(name));
    }

    // ---- Measures ---------------------------------------------------------

    void measureIds()
    {
        QStringList ids;
        for (const Measure &measure : Measures::all())
            ids << measure.id;
        QCOMPARE(ids,
                 (QStringList{u"pain"_s, u"fatigue"_s, u"stiffness-min"_s, u"fever-c"_s,
                              u"patient-global"_s, u"rash"_s, u"headache"_s, u"joint-pain"_s,
                              u"eye-redness"_s, u"overall-symptoms"_s, u"abdominal-pain"_s,
                              u"nausea-vomiting"_s, u"diarrhoea"_s, u"chest-pain"_s,
                              u"painful-lymph-nodes"_s, u"muscle-pain"_s, u"joint-swelling"_s}));
    }

    void measureCheck_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("code");  // empty: accepted
        QTest::addColumn<QString>("range"); // what the refusal must name

        const QString ok;
        const QString bad = u"invalid-value"_s;
        const auto row = [](const QByteArray &name, const QString &measure, double value,
                            const QString &code, const QString &range = QString()) {
            QTest::newRow(name.constData()) << measure << value << code << range;
        };
        const QString scale = u"0 to 10"_s;
        for (const QString &id : {u"pain"_s, u"fatigue"_s, u"patient-global"_s}) {
            const QByteArray p = id.toLatin1();
            row(p + " 0 (lower edge)", id, 0, ok);
            row(p + " 5", id, 5, ok);
            row(p + " 10 (upper edge)", id, 10, ok);
            row(p + " -1", id, -1, bad, scale);
            row(p + " 11", id, 11, bad, scale);
            row(p + " 10.5", id, 10.5, bad, scale);
            row(p + " 3.5 (not whole)", id, 3.5, bad, u"whole numbers"_s);
            row(p + " 0.1 (not whole)", id, 0.1, bad, scale);
        }
        row("stiffness-min 0", u"stiffness-min"_s, 0, ok);
        row("stiffness-min 90", u"stiffness-min"_s, 90, ok);
        row("stiffness-min 1440 (a whole day)", u"stiffness-min"_s, 1440, ok);
        row("stiffness-min 1441", u"stiffness-min"_s, 1441, bad, u"0 to 1440"_s);
        row("stiffness-min -1", u"stiffness-min"_s, -1, bad, u"0 to 1440"_s);
        row("stiffness-min 30.5 (not whole)", u"stiffness-min"_s, 30.5, bad, u"whole numbers"_s);
        row("fever-c 34.0 (lower edge)", u"fever-c"_s, 34.0, ok);
        row("fever-c 37.5 (tenths allowed)", u"fever-c"_s, 37.5, ok);
        row("fever-c 43.0 (upper edge)", u"fever-c"_s, 43.0, ok);
        row("fever-c 33.9", u"fever-c"_s, 33.9, bad, u"34.0 to 43.0"_s);
        row("fever-c 43.1", u"fever-c"_s, 43.1, bad, u"34.0 to 43.0"_s);
        row("fever-c 50", u"fever-c"_s, 50, bad, u"34.0 to 43.0"_s);
        row("fever-c 0", u"fever-c"_s, 0, bad, u"34.0 to 43.0"_s);
        row("fever-c 98.6 (Fahrenheit)", u"fever-c"_s, 98.6, bad, u"34.0 to 43.0"_s);
        for (const QString &id : {u"rash"_s, u"headache"_s, u"joint-pain"_s, u"eye-redness"_s}) {
            const QByteArray p = id.toLatin1();
            row(p + " 0 (no)", id, 0, ok);
            row(p + " 1 (yes)", id, 1, ok);
            row(p + " 2", id, 2, bad, u"0 (no) or 1 (yes)"_s);
            row(p + " -1", id, -1, bad, u"0 (no) or 1 (yes)"_s);
            row(p + " 0.5", id, 0.5, bad, u"0 (no) or 1 (yes)"_s);
        }
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        row("pain NaN", u"pain"_s, nan, bad, scale);
        row("fever-c +inf", u"fever-c"_s, inf, bad, u"34.0 to 43.0"_s);
        row("stiffness-min -inf", u"stiffness-min"_s, -inf, bad, u"0 to 1440"_s);
        row("unknown itchiness", u"itchiness"_s, 1, u"unknown-measure"_s, u"pain"_s);
        row("unknown temperature", u"temperature"_s, 37, u"unknown-measure"_s, u"fever-c"_s);
        row("unknown empty id", QString(), 0, u"unknown-measure"_s, u"eye-redness"_s);
        row("unknown fever (the side effect, not the measure)", u"fever"_s, 37,
            u"unknown-measure"_s, u"fever-c"_s);
    }

    void measureCheck()
    {
        QFETCH(QString, measure);
        QFETCH(double, value);
        QFETCH(QString, code);
        QFETCH(QString, range);
        const Status checked = Measures::check(measure, value);
        if (code.isEmpty()) {
            QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
            return;
        }
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind, ErrorKind::Rejected);
        QCOMPARE(checked.error().code, code);
        // The message names the field and what it may be.
        QVERIFY2(checked.error().message.contains(measure), qPrintable(checked.error().message));
        QVERIFY2(checked.error().message.contains(range), qPrintable(checked.error().message));
    }

    // ---- SideEffectCatalog ------------------------------------------------

    void catalogGroups()
    {
        QStringList common, serious, redFlags;
        for (const CatalogTerm &term : SideEffectCatalog::terms()) {
            switch (term.group) {
            case CatalogTerm::Group::Common:
                common << term.id;
                QVERIFY(!term.isRedFlag());
                break;
            case CatalogTerm::Group::Serious:
                serious << term.id;
                // Angioedema is the swelling of face, lips or throat of the
                // red-flag list: serious, and a sign to get help now.
                QCOMPARE(term.isRedFlag(), term.id == u"angioedema"_s);
                break;
            case CatalogTerm::Group::RedFlag:
                redFlags << term.id;
                QVERIFY(term.isRedFlag());
                break;
            }
        }
        // DESIGN.md "Diary": the label's common and serious side effects ...
        QCOMPARE(sorted(common), sorted({u"headache"_s, u"nausea"_s, u"vomiting"_s, u"diarrhoea"_s,
                                         u"injection-site-reaction"_s, u"joint-pain"_s,
                                         u"infection"_s, u"fever"_s, u"common-cold"_s}));
        // (anaphylaxis is serious on the label, and a red flag: it is kept with those.)
        QCOMPARE(sorted(serious),
                 sorted({u"rash"_s, u"hypersensitivity"_s, u"angioedema"_s,
                         u"raised-liver-enzymes"_s, u"low-neutrophils"_s, u"low-platelets"_s}));
        // ... and the red flags that must show "get medical help now".
        QCOMPARE(sorted(redFlags), sorted({u"anaphylaxis"_s, u"trouble-breathing"_s, u"swelling"_s,
                                           u"chest-pain"_s, u"hives"_s, u"serious-infection"_s,
                                           u"unusual-bleeding"_s, u"extreme-tiredness"_s}));
    }

    void catalogMatch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("id"); // empty: no match
        QTest::addColumn<bool>("redFlag");

        const auto row = [](const char *name, const QString &typed, const QString &id,
                            bool redFlag) { QTest::newRow(name) << typed << id << redFlag; };
        // Red flags, by id, synonym, any case and punctuation.
        row("Urticaria", u"Urticaria"_s, u"hives"_s, true);
        row("HIVES", u"HIVES"_s, u"hives"_s, true);
        // By id alone: no rule reads a bare "swelling" (a swelling of what?),
        // only the catalogue id does; "hives" or "chest pain" would pass by rule.
        row("swelling (id)", u"swelling"_s, u"swelling"_s, true);
        row("extreme itching", u"extreme itching"_s, u"hives"_s, true);
        row("short of breath", u"short of breath"_s, u"trouble-breathing"_s, true);
        row("Shortness-of-breath!", u"Shortness-of-breath!"_s, u"trouble-breathing"_s, true);
        row("trouble breathing", u"trouble breathing"_s, u"trouble-breathing"_s, true);
        row("can't breathe", u"can't breathe"_s, u"trouble-breathing"_s, true);
        row("  Difficulty   breathing. ", u"  Difficulty   breathing. "_s, u"trouble-breathing"_s,
            true);
        row("swollen lips", u"swollen lips"_s, u"swelling"_s, true);
        row("Swelling of the throat", u"Swelling of the throat"_s, u"swelling"_s, true);
        row("swollen feet", u"swollen feet"_s, u"swelling"_s, true);
        row("chest pain", u"chest pain"_s, u"chest-pain"_s, true);
        row("SWELLING. (id, any case and punctuation)", u"SWELLING."_s, u"swelling"_s, true);
        row("anaphylaxis", u"ANAPHYLAXIS"_s, u"anaphylaxis"_s, true);
        row("anaphylactic shock", u"anaphylactic shock"_s, u"anaphylaxis"_s, true);
        row("sepsis", u"Sepsis"_s, u"serious-infection"_s, true);
        row("unusual bruising", u"unusual bruising"_s, u"unusual-bleeding"_s, true);
        row("extreme tiredness", u"Extreme tiredness"_s, u"extreme-tiredness"_s, true);
        row("extreme weakness", u"extreme weakness"_s, u"extreme-tiredness"_s, true);
        // Matched by meaning, not by the whole phrase (tst_redflags has the
        // table): hives anywhere are hives.
        row("hives with more words", u"hives on my back"_s, u"hives"_s, true);
        // Common and serious: matched, not red flags.
        row("headache", u"headache"_s, u"headache"_s, false);
        row("Head-ache", u"Head-ache"_s, u"headache"_s, false);
        row("arthralgia", u"arthralgia"_s, u"joint-pain"_s, false);
        row("joint pain", u"Joint pain"_s, u"joint-pain"_s, false);
        row("diarrhea (US)", u"diarrhea"_s, u"diarrhoea"_s, false);
        row("diarrhoea", u"Diarrhoea"_s, u"diarrhoea"_s, false);
        row("nasopharyngitis", u"nasopharyngitis"_s, u"common-cold"_s, false);
        row("injection site reaction", u"Injection-site reaction"_s, u"injection-site-reaction"_s,
            false);
        row("injection site swelling (not the red flag)", u"injection site swelling"_s,
            u"injection-site-reaction"_s, false);
        row("infection (not serious)", u"infection"_s, u"infection"_s, false);
        row("pyrexia", u"pyrexia"_s, u"fever"_s, false);
        row("neutropenia", u"neutropenia"_s, u"low-neutrophils"_s, false);
        row("thrombocytopenia", u"Thrombocytopenia"_s, u"low-platelets"_s, false);
        row("skin rash", u"skin rash"_s, u"rash"_s, false);
        row("angioedema", u"angioedema"_s, u"angioedema"_s, true);
        row("allergic reaction", u"allergic reaction"_s, u"hypersensitivity"_s, false);
        row("raised ALT", u"raised ALT"_s, u"raised-liver-enzymes"_s, false);
        // No match: free text stays free text.
        row("feeling blue", u"feeling blue"_s, QString(), false);
        row("empty", QString(), QString(), false);
        row("only punctuation", u"!!! ..."_s, QString(), false);
        // Only a possible red flag (the GUI asks): not a catalogue match.
        row("chest (part of a term)", u"chest"_s, QString(), false);
    }

    void catalogMatch()
    {
        QFETCH(QString, typed);
        QFETCH(QString, id);
        QFETCH(bool, redFlag);
        const auto term = SideEffectCatalog::match(typed);
        if (id.isEmpty()) {
            QVERIFY2(!term, term ? qPrintable(term->id) : "");
            return;
        }
        QVERIFY(term);
        QCOMPARE(term->id, id);
        QCOMPARE(term->isRedFlag(), redFlag);
        QCOMPARE(SideEffectCatalog::find(id)->isRedFlag(), redFlag);
    }

    // ---- MedicineCatalog ----------------------------------------------------

    void medicineWarning_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code"); // empty: no warning
        QTest::addColumn<QString>("generic");

        const QString interaction = u"interaction"_s;
        const QString live = u"live-vaccine"_s;
        const auto row = [](const char *tag, const QString &name, const QString &code,
                            const QString &generic = QString()) {
            QTest::newRow(tag) << name << code << generic;
        };
        // TNF blockers and biologics on the label, generic and brand, any case.
        row("adalimumab", u"adalimumab"_s, interaction, u"adalimumab"_s);
        row("Humira", u"Humira"_s, interaction, u"adalimumab"_s);
        row("HUMIRA 40 mg pen", u"HUMIRA 40 mg pen"_s, interaction, u"adalimumab"_s);
        row("etanercept", u"Etanercept"_s, interaction, u"etanercept"_s);
        row("Enbrel", u"enbrel"_s, interaction, u"etanercept"_s);
        row("Enbrel® (brand mark)", u"Enbrel®"_s, interaction, u"etanercept"_s);
        row("certolizumab pegol", u"certolizumab pegol"_s, interaction, u"certolizumab pegol"_s);
        row("Cimzia", u"CIMZIA"_s, interaction, u"certolizumab pegol"_s);
        row("golimumab", u"golimumab"_s, interaction, u"golimumab"_s);
        row("Simponi", u"Simponi"_s, interaction, u"golimumab"_s);
        row("infliximab", u"INFLIXIMAB"_s, interaction, u"infliximab"_s);
        row("Remicade", u"Remicade"_s, interaction, u"infliximab"_s);
        row("abatacept", u"abatacept"_s, interaction, u"abatacept"_s);
        row("Orencia", u"Orencia"_s, interaction, u"abatacept"_s);
        row("rilonacept", u"Rilonacept"_s, interaction, u"rilonacept"_s);
        row("Arcalyst", u"arcalyst"_s, interaction, u"rilonacept"_s);
        // Live vaccines.
        row("MMR", u"MMR"_s, live);
        row("MMR vaccine", u"mmr vaccine"_s, live);
        row("M-M-R II (brand)", u"M-M-R II"_s, live);
        row("varicella", u"Varicella vaccine"_s, live);
        row("Varivax", u"VARIVAX"_s, live);
        row("yellow fever", u"Yellow fever"_s, live);
        row("Stamaril", u"Stamaril"_s, live);
        row("BCG", u"BCG"_s, live);
        row("FluMist (live nasal influenza)", u"FluMist"_s, live);
        row("Fluenz Tetra (live nasal influenza)", u"Fluenz Tetra"_s, live);
        row("live nasal influenza", u"nasal influenza vaccine"_s, live);
        row("Vivotif (oral typhoid)", u"Vivotif"_s, live);
        row("oral typhoid", u"oral typhoid vaccine"_s, live);
        row("Rotarix", u"Rotarix"_s, live);
        row("RotaTeq", u"RotaTeq"_s, live);
        // No warning.
        row("methotrexate", u"methotrexate"_s, QString());
        row("paracetamol", u"Paracetamol 500 mg"_s, QString());
        row("inactivated influenza vaccine", u"influenza vaccine (inactivated)"_s, QString());
        row("injected typhoid (inactivated)", u"Typhim Vi"_s, QString());
        row("Shingrix (not live)", u"Shingrix"_s, QString());
        row("anakinra itself", u"Kineret"_s, QString());
        // Substrings of other words must not match.
        row("Humiliation is not Humira", u"Humiliation"_s, QString());
        row("Humir (a prefix of Humira)", u"Humir"_s, QString());
        row("Enbrelle is not Enbrel", u"Enbrelle"_s, QString());
        row("Remicader", u"Remicader"_s, QString());
        row("Simponium", u"Simponium"_s, QString());
        row("ambcg (BCG inside a word)", u"ambcg"_s, QString());
        row("hammrock (MMR inside a word)", u"hammrock"_s, QString());
        row("empty", QString(), QString());
    }

    void medicineWarning()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, generic);
        const auto warning = MedicineCatalog::warningFor(name);
        if (code.isEmpty()) {
            QVERIFY2(!warning, warning ? qPrintable(warning->message) : "");
            return;
        }
        QVERIFY(warning);
        QCOMPARE(warning->code, code);
        QVERIFY2(warning->message.contains(name.trimmed()), qPrintable(warning->message));
        if (!generic.isEmpty())
            QVERIFY2(warning->message.contains(u"(%1)"_s.arg(generic)),
                     qPrintable(warning->message));
    }

    // ---- Labs -------------------------------------------------------------

    void labCheck_data()
    {
        QTest::addColumn<QString>("analyte");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("code"); // empty: accepted

        const QString bad = u"invalid-value"_s;
        QTest::newRow("anc 0") << u"anc"_s << 0.0 << QString();
        QTest::newRow("anc 1.2") << u"anc"_s << 1.2 << QString();
        QTest::newRow("anc 100 (upper edge)") << u"anc"_s << 100.0 << QString();
        QTest::newRow("anc -0.1") << u"anc"_s << -0.1 << bad;
        QTest::newRow("anc -1") << u"anc"_s << -1.0 << bad;
        QTest::newRow("anc 100.1") << u"anc"_s << 100.1 << bad;
        QTest::newRow("anc NaN") << u"anc"_s << std::numeric_limits<double>::quiet_NaN() << bad;
        QTest::newRow("platelets 250") << u"platelets"_s << 250.0 << QString();
        QTest::newRow("platelets -5") << u"platelets"_s << -5.0 << bad;
        QTest::newRow("alt 35") << u"alt"_s << 35.0 << QString();
        QTest::newRow("ast -1") << u"ast"_s << -1.0 << bad;
        QTest::newRow("crp 0") << u"crp"_s << 0.0 << QString();
        QTest::newRow("crp -0.5") << u"crp"_s << -0.5 << bad;
        QTest::newRow("crcl 90") << u"crcl"_s << 90.0 << QString();
        QTest::newRow("crcl -30") << u"crcl"_s << -30.0 << bad;
        QTest::newRow("unknown hb") << u"hb"_s << 13.0 << u"unknown-analyte"_s;
        QTest::newRow("unknown neutrophils") << u"neutrophils"_s << 2.0 << u"unknown-analyte"_s;
        QTest::newRow("unknown empty") << QString() << 2.0 << u"unknown-analyte"_s;
    }

    void labCheck()
    {
        QFETCH(QString, analyte);
        QFETCH(double, value);
        QFETCH(QString, code);
        const Status checked = Labs::check(analyte, value);
        if (code.isEmpty()) {
            QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
            return;
        }
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind, ErrorKind::Rejected);
        QCOMPARE(checked.error().code, code);
        if (!analyte.isEmpty())
            QVERIFY2(checked.error().message.contains(analyte),
                     qPrintable(checked.error().message));
        if (code == QLatin1String("invalid-value"))
            QVERIFY2(checked.error().message.contains(u"from 0 to"_s),
                     qPrintable(checked.error().message));
    }

    void labFlag_data()
    {
        QTest::addColumn<QString>("analyte");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("low");

        QTest::newRow("anc 1.49") << u"anc"_s << 1.49 << true;
        QTest::newRow("anc 1.5 (the limit itself)") << u"anc"_s << 1.5 << false;
        QTest::newRow("anc 1.2") << u"anc"_s << 1.2 << true;
        QTest::newRow("anc 0") << u"anc"_s << 0.0 << true;
        QTest::newRow("anc 1.51") << u"anc"_s << 1.51 << false;
        QTest::newRow("anc 4.0") << u"anc"_s << 4.0 << false;
        QTest::newRow("platelets 1.2 (only neutrophils)") << u"platelets"_s << 1.2 << false;
        QTest::newRow("crp 1.0") << u"crp"_s << 1.0 << false;
    }

    void labFlag()
    {
        QFETCH(QString, analyte);
        QFETCH(double, value);
        QFETCH(bool, low);
        const auto flag = Labs::flag(analyte, value);
        QCOMPARE(flag.has_value(), low);
        if (low)
            QCOMPARE(flag->code, u"low-neutrophils"_s);
    }

    void labSchedule_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QList<QDate>>("expected");

        // Before the start, +1, +2, +3, +6, +9, +12 months; a day that a month
        // lacks becomes its last day, each counted from the start (no drift).
        QTest::newRow("2026-01-31 (month ends)")
            << d("2026-01-31")
            << dates({"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-07-31",
                      "2026-10-31", "2027-01-31"});
        QTest::newRow("2026-03-15")
            << d("2026-03-15")
            << dates({"2026-03-15", "2026-04-15", "2026-05-15", "2026-06-15", "2026-09-15",
                      "2026-12-15", "2027-03-15"});
        QTest::newRow("2027-11-30 (into a leap February)")
            << d("2027-11-30")
            << dates({"2027-11-30", "2027-12-30", "2028-01-30", "2028-02-29", "2028-05-30",
                      "2028-08-30", "2028-11-30"});
    }

    void labSchedule()
    {
        QFETCH(QDate, start);
        QFETCH(QList<QDate>, expected);
        QCOMPARE(Labs::schedule(start), expected);
    }

    void labNextDue_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QList<QDate>>("tests");
        QTest::addColumn<QDate>("expected"); // invalid: none due

        // Start 2026-03-15: 03-15 (before), 04-15, 05-15, 06-15, 09-15, 12-15, 2027-03-15.
        const QDate march15 = d("2026-03-15");
        const auto row = [](const char *name, const QDate &start, const QList<QDate> &tests,
                            const QDate &expected) {
            QTest::newRow(name) << start << tests << expected;
        };
        row("no tests: the one before the start", march15, {}, d("2026-03-15"));
        row("before start on the start day", march15, dates({"2026-03-15"}), d("2026-04-15"));
        row("before start 30 days ahead", march15, dates({"2026-02-13"}), d("2026-04-15"));
        row("before start 31 days ahead is too early", march15, dates({"2026-02-12"}),
            d("2026-03-15"));
        row("a day after the start is not before it", march15, dates({"2026-03-16"}),
            d("2026-03-15"));
        row("month 1 on its day", march15, dates({"2026-03-01", "2026-04-15"}), d("2026-05-15"));
        row("month 1 14 days early", march15, dates({"2026-03-01", "2026-04-01"}), d("2026-05-15"));
        row("month 1 15 days early does not count", march15, dates({"2026-03-01", "2026-03-31"}),
            d("2026-04-15"));
        row("month 1 14 days late", march15, dates({"2026-03-01", "2026-04-29"}), d("2026-05-15"));
        row("month 1 15 days late does not count", march15, dates({"2026-03-01", "2026-04-30"}),
            d("2026-04-15"));
        row("monthly for 3 months, then every 3 months", march15,
            dates({"2026-03-01", "2026-04-15", "2026-05-15", "2026-06-15"}), d("2026-09-15"));
        row("a missed month, nothing later: that month", march15,
            dates({"2026-03-01", "2026-04-15"}), d("2026-05-15"));
        row("a missed month followed by a later test", march15,
            dates({"2026-03-01", "2026-04-15", "2026-06-15"}), d("2026-09-15"));
        row("missed months, then month 6", march15, dates({"2026-03-01", "2026-09-10"}),
            d("2026-12-15"));
        row("no test before the start, but month 1", march15, dates({"2026-04-15"}),
            d("2026-05-15"));
        row("up to month 9", march15,
            dates({"2026-03-01", "2026-04-15", "2026-05-15", "2026-06-15", "2026-09-15",
                   "2026-12-15"}),
            d("2027-03-15"));
        row("all done on the day: none", march15,
            dates({"2026-03-15", "2026-04-15", "2026-05-15", "2026-06-15", "2026-09-15",
                   "2026-12-15", "2027-03-15"}),
            QDate());
        row("all done within the tolerance: none", march15,
            dates({"2026-02-20", "2026-04-20", "2026-05-10", "2026-06-25", "2026-09-01",
                   "2026-12-29", "2027-03-29"}),
            QDate());
        row("all done, in any order: none", march15,
            dates({"2027-03-15", "2026-06-15", "2026-03-15", "2026-12-15", "2026-04-15",
                   "2026-09-15", "2026-05-15"}),
            QDate());

        // Start 2026-01-31: 01-31, 02-28, 03-31, 04-30, 07-31, 10-31, 2027-01-31.
        const QDate january31 = d("2026-01-31");
        row("31st: before the start done", january31, dates({"2026-01-20"}), d("2026-02-28"));
        row("31st: month 1 on 02-28", january31, dates({"2026-01-20", "2026-02-28"}),
            d("2026-03-31"));
        row("31st: 03-14 is month 1 (14 days after 02-28)", january31,
            dates({"2026-01-20", "2026-03-14"}), d("2026-03-31"));
        row("31st: 03-17 is month 2 (14 days before 03-31)", january31,
            dates({"2026-01-20", "2026-03-17"}), d("2026-04-30"));
        row("31st: monthly for 3 months", january31,
            dates({"2026-01-20", "2026-02-28", "2026-03-31", "2026-04-30"}), d("2026-07-31"));
        row("31st: all done", january31,
            dates({"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-07-31",
                   "2026-10-31", "2027-01-31"}),
            QDate());
        // One test counts for one due date only: 03-01 is 14 days from both
        // 02-15 and 03-15, but it cannot meet both.
        row("one test, one due date", d("2026-01-15"), dates({"2026-01-10", "2026-03-01"}),
            d("2026-03-15"));
    }

    void labNextDue()
    {
        QFETCH(QDate, start);
        QFETCH(QList<QDate>, tests);
        QFETCH(QDate, expected);
        const auto due = Labs::nextDue(start, tests);
        if (!expected.isValid()) {
            QVERIFY2(!due, due ? qPrintable(due->toString(Qt::ISODate)) : "");
            return;
        }
        QVERIFY(due);
        QCOMPARE(*due, expected);
    }

    // ---- DiaryService on a database ---------------------------------------

    void saveDayReplacesTheDay()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        DiaryService diary(*m_database, m_clock);
        const QDate day = d("2026-06-18");
        DiaryDay first{day, {{u"pain"_s, 3}, {u"fatigue"_s, 4}, {u"rash"_s, 1}}, u"stiff"_s};
        QVERIFY(diary.saveDay(patient, first));
        auto read = diary.day(patient, day);
        QVERIFY(read);
        QCOMPARE(read->values, first.values);
        QCOMPARE(read->note, u"stiff"_s);

        DiaryDay second{day, {{u"pain"_s, 5}, {u"fever-c"_s, 38.2}}, QString()};
        QVERIFY(diary.saveDay(patient, second));
        read = diary.day(patient, day);
        QVERIFY(read);
        QCOMPARE(read->values, second.values); // fatigue and rash are gone
        QCOMPARE(read->note, QString());       // and so is the note

        // Another day is left alone.
        DiaryDay other{d("2026-06-17"), {{u"headache"_s, 1}}, QString()};
        QVERIFY(diary.saveDay(patient, other));
        read = diary.day(patient, day);
        QVERIFY(read);
        QCOMPARE(read->values, second.values);
        const auto days = diary.daysWithEntries(patient, d("2026-06-01"), d("2026-06-30"));
        QVERIFY(days);
        QCOMPARE(*days, (QSet<QDate>{d("2026-06-17"), d("2026-06-18")}));
    }

    void saveDayOutOfRangeWritesNothing_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<double>("value");
        QTest::newRow("pain 11") << u"pain"_s << 11.0;
        QTest::newRow("stiffness-min 1441") << u"stiffness-min"_s << 1441.0;
        QTest::newRow("fever-c 50") << u"fever-c"_s << 50.0;
        QTest::newRow("rash 2") << u"rash"_s << 2.0;
        QTest::newRow("unknown measure") << u"itchiness"_s << 1.0;
    }

    void saveDayOutOfRangeWritesNothing()
    {
        QFETCH(QString, measure);
        QFETCH(double, value);
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        DiaryService diary(*m_database, m_clock);
        const QDate day = d("2026-06-19");
        const DiaryDay before{day, {{u"pain"_s, 2}, {u"fatigue"_s, 6}}, u"as it was"_s};
        QVERIFY(diary.saveDay(patient, before));

        // Valid values beside the bad one, sorted before and after it.
        DiaryDay changed{day, {{u"eye-redness"_s, 1}, {u"patient-global"_s, 7}}, u"changed"_s};
        changed.values.insert(measure, value);
        const Status saved = diary.saveDay(patient, changed);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, ErrorKind::Rejected);
        QVERIFY2(saved.error().message.contains(measure), qPrintable(saved.error().message));

        const auto read = diary.day(patient, day);
        QVERIFY(read);
        QCOMPARE(read->values, before.values);
        QCOMPARE(read->note, before.note);

        // setValue refuses it too, and leaves the day as it was.
        const auto set = diary.setValue(patient, day, measure, value);
        QVERIFY(!set);
        QCOMPARE(set.error().kind, ErrorKind::Rejected);
        QCOMPARE(diary.day(patient, day)->values, before.values);
    }

    void setValueKeepsTheOtherMeasures()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        DiaryService diary(*m_database, m_clock);
        const QDate day = d("2026-06-20");
        QVERIFY(diary.saveDay(patient, {day, {{u"pain"_s, 2}, {u"fatigue"_s, 6}}, u"note"_s}));
        const auto id = diary.setValue(patient, day, u"pain"_s, 8);
        QVERIFY(id);
        QVERIFY(*id > 0);
        const auto read = diary.day(patient, day);
        QVERIFY(read);
        QCOMPARE(read->values, (QMap<QString, double>{{u"pain"_s, 8}, {u"fatigue"_s, 6}}));
        QCOMPARE(read->note, u"note"_s);
    }

    void diaryRefusesFutureDaysAndUnknownPatients()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        DiaryService diary(*m_database, m_clock);
        // Today is 2026-06-20 in Berlin: tomorrow is refused.
        const auto tomorrow = diary.setValue(patient, d("2026-06-21"), u"pain"_s, 3);
        QVERIFY(!tomorrow);
        QCOMPARE(tomorrow.error().code, u"invalid-date"_s);
        QVERIFY(diary.setValue(patient, d("2026-06-20"), u"pain"_s, 3));
        QVERIFY(!diary.saveDay(patient + 99, {d("2026-06-19"), {{u"pain"_s, 3}}, QString()}));
        const auto days = diary.daysWithEntries(patient, d("2026-01-01"), d("2026-12-31"));
        QVERIFY(days);
        QCOMPARE(*days, QSet<QDate>{d("2026-06-20")});
    }

    // ---- HealthRecordService on a database --------------------------------

    void onsetAfterResolvedIsRefused()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        HealthRecordService records(*m_database, m_clock);
        SideEffect effect;
        effect.patientId = patient;
        effect.term = u"headache"_s;
        effect.severity = u"mild"_s;
        effect.onset = d("2026-06-10");
        effect.resolved = d("2026-06-09");
        const auto refused = records.addSideEffect(effect);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Rejected);
        QCOMPARE(refused.error().code, u"invalid-date"_s);
        QVERIFY2(refused.error().message.contains(u"2026-06-10"_s) &&
                     refused.error().message.contains(u"2026-06-09"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(records.sideEffects(patient)->size(), 0);

        // The same day is fine.
        effect.resolved = d("2026-06-10");
        QVERIFY(records.addSideEffect(effect));
        QCOMPARE(records.sideEffects(patient)->size(), 1);
    }

    void redFlagUntilAcknowledged()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        HealthRecordService records(*m_database, m_clock);
        SideEffect headache;
        headache.patientId = patient;
        headache.term = u"Headache"_s;
        headache.severity = u"moderate"_s;
        headache.onset = d("2026-06-19");
        const auto plain = records.addSideEffect(headache);
        QVERIFY(plain);
        QVERIFY(!plain->record.redFlag);
        QCOMPARE(plain->record.catalogId, std::optional<QString>(u"headache"_s));
        QVERIFY(plain->warnings.isEmpty());

        SideEffect hives = headache;
        hives.term = u"Urticaria"_s;
        hives.severity = u"severe"_s;
        hives.onset = d("2026-06-20");
        const auto flagged = records.addSideEffect(hives);
        QVERIFY(flagged);
        QVERIFY(flagged->record.redFlag);
        QCOMPARE(flagged->record.catalogId, std::optional<QString>(u"hives"_s));
        QCOMPARE(flagged->warnings.size(), 1);
        QCOMPARE(flagged->warnings.constFirst().code, u"red-flag"_s);

        auto open = records.unacknowledgedRedFlags(patient);
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->constFirst().id, flagged->record.id);
        QVERIFY(!open->constFirst().acknowledgedAt);

        // Acknowledging the plain one changes nothing for the red flag.
        QVERIFY(records.acknowledgeRedFlag(plain->record.id));
        open = records.unacknowledgedRedFlags(patient);
        QVERIFY(open);
        QCOMPARE(open->size(), 1);

        m_clock.advanceSecs(600);
        QVERIFY(records.acknowledgeRedFlag(flagged->record.id));
        open = records.unacknowledgedRedFlags(patient);
        QVERIFY(open);
        QCOMPARE(open->size(), 0);
        const auto all = records.sideEffects(patient);
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->constFirst().id, flagged->record.id); // newest onset first
        QVERIFY(all->constFirst().redFlag);
        QVERIFY(all->constFirst().acknowledgedAt);
        QCOMPARE(all->constFirst().acknowledgedAt->toUTC(),
                 QDateTime(QDate(2026, 6, 20), QTime(11, 10), QTimeZone::utc()));
    }

    // A possible red flag is recorded as typed with a red-flag-possible
    // warning; marked by the user, it is the red flag its words name.
    void possibleRedFlagThroughTheService()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        HealthRecordService records(*m_database, m_clock);
        SideEffect tingling;
        tingling.patientId = patient;
        tingling.term = u"lips tingling"_s;
        tingling.severity = u"mild"_s;
        tingling.onset = d("2026-06-19");
        const auto asked = records.addSideEffect(tingling);
        QVERIFY(asked);
        QVERIFY(!asked->record.redFlag);
        QCOMPARE(asked->record.catalogId, std::nullopt);
        QCOMPARE(asked->warnings.size(), 1);
        QCOMPARE(asked->warnings.constFirst().code, u"red-flag-possible"_s);
        QVERIFY2(asked->warnings.constFirst().message.contains(u"\"lips tingling\""_s),
                 qPrintable(asked->warnings.constFirst().message));

        tingling.redFlag = true; // the user says it is one
        const auto marked = records.addSideEffect(tingling);
        QVERIFY(marked);
        QVERIFY(marked->record.redFlag);
        QCOMPARE(marked->record.catalogId, std::optional<QString>(u"swelling"_s));
        QCOMPARE(marked->warnings.size(), 1);
        QCOMPARE(marked->warnings.constFirst().code, u"red-flag"_s);
        QCOMPARE(records.unacknowledgedRedFlags(patient)->size(), 1);

        // A term chosen from the catalogue is that term, whatever the text says.
        SideEffect chosen = tingling;
        chosen.redFlag = false;
        chosen.term = u"Allergic reaction (hypersensitivity)"_s;
        chosen.catalogId = u"hypersensitivity"_s;
        const auto listed = records.addSideEffect(chosen);
        QVERIFY(listed);
        QCOMPARE(listed->record.catalogId, std::optional<QString>(u"hypersensitivity"_s));
        QVERIFY(!listed->record.redFlag);
        QVERIFY(listed->warnings.isEmpty());
    }

    void labsThroughTheService()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        HealthRecordService records(*m_database, m_clock);
        LabResult lab;
        lab.patientId = patient;
        lab.analyte = u"anc"_s;
        lab.value = -1;
        lab.takenOn = d("2026-06-01");
        QVERIFY(!records.addLab(lab));
        lab.analyte = u"hb"_s;
        lab.value = 13;
        QVERIFY(!records.addLab(lab));
        QCOMPARE(records.labs(patient)->size(), 0);

        lab.analyte = u"anc"_s;
        lab.value = 1.49;
        const auto low = records.addLab(lab);
        QVERIFY(low);
        QCOMPARE(low->warnings.size(), 1);
        QCOMPARE(low->warnings.constFirst().code, u"low-neutrophils"_s);
        lab.value = 1.5;
        const auto normal = records.addLab(lab);
        QVERIFY(normal);
        QVERIFY(normal->warnings.isEmpty());
        QCOMPARE(records.labs(patient)->size(), 2);
    }

    void medicinesThroughTheService()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        HealthRecordService records(*m_database, m_clock);
        const auto add = [&](const QString &name) {
            Medicine medicine;
            medicine.patientId = patient;
            medicine.name = name;
            medicine.started = d("2026-06-01");
            const auto added = records.addMedicine(medicine);
            return added ? (added->warnings.isEmpty() ? u"-"_s : added->warnings.first().code)
                         : u"refused"_s;
        };
        QCOMPARE(add(u"Humira"_s), u"interaction"_s);
        QCOMPARE(add(u"Varivax"_s), u"live-vaccine"_s);
        QCOMPARE(add(u"methotrexate"_s), u"-"_s);
        QCOMPARE(records.medicines(patient)->size(), 3);
    }

    void nextLabDueFollowsTheFirstRegimen()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        HealthRecordService records(*m_database, m_clock);
        auto due = records.nextLabDue(patient);
        QVERIFY(due);
        QVERIFY(!*due); // no regimen: nothing due
        QCOMPARE(*records.upcomingLabDates(patient), QList<QDate>());

        QVERIFY(setRegimen(patient, d("2026-03-15")));
        due = records.nextLabDue(patient);
        QVERIFY(due);
        QCOMPARE(*due, std::optional<QDate>(d("2026-03-15")));

        // A later regimen (a new dose) does not restart the monitoring.
        QVERIFY(setRegimen(patient, d("2026-05-01")));
        due = records.nextLabDue(patient);
        QVERIFY(due);
        QCOMPARE(*due, std::optional<QDate>(d("2026-03-15")));

        // Only neutrophil counts count.
        HealthRecordService labs(*m_database, m_clock);
        LabResult platelets;
        platelets.patientId = patient;
        platelets.analyte = u"platelets"_s;
        platelets.value = 250;
        platelets.takenOn = d("2026-03-10");
        QVERIFY(labs.addLab(platelets));
        QCOMPARE(*records.nextLabDue(patient), std::optional<QDate>(d("2026-03-15")));

        QVERIFY(addAnc(patient, d("2026-03-10")));
        QCOMPARE(*records.nextLabDue(patient), std::optional<QDate>(d("2026-04-15")));
        QVERIFY(addAnc(patient, d("2026-04-16")));
        QCOMPARE(*records.nextLabDue(patient), std::optional<QDate>(d("2026-05-15")));
        QCOMPARE(*records.upcomingLabDates(patient),
                 dates({"2026-05-15", "2026-06-15", "2026-09-15", "2026-12-15", "2027-03-15"}));
        // Month 2 missed, month 3 done: every 3 months from here.
        QVERIFY(addAnc(patient, d("2026-06-15"), 1.2));
        QCOMPARE(*records.nextLabDue(patient), std::optional<QDate>(d("2026-09-15")));

        // Another patient's counts and regimens are theirs alone.
        const qint64 other = addPatient(u"Ben"_s);
        QVERIFY(other > 0);
        QVERIFY(setRegimen(other, d("2026-01-31")));
        QCOMPARE(*records.nextLabDue(other), std::optional<QDate>(d("2026-01-31")));
        QCOMPARE(*records.nextLabDue(patient), std::optional<QDate>(d("2026-09-15")));
    }

    void nextLabDueUsesTheEarliestStart()
    {
        const qint64 patient = addPatient();
        QVERIFY(patient > 0);
        // Entered out of order: the first regimen is the one that starts first.
        QVERIFY(setRegimen(patient, d("2026-03-15")));
        QVERIFY(setRegimen(patient, d("2026-01-31")));
        HealthRecordService records(*m_database, m_clock);
        QVERIFY(addAnc(patient, d("2026-01-31")));
        QCOMPARE(*records.nextLabDue(patient), std::optional<QDate>(d("2026-02-28")));
    }
};

QTEST_GUILESS_MAIN(TestDiary)
#include "tst_diary.moc"
