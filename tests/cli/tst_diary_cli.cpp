// The diary through the real shotbook-cli binary: symptom add, side-effect
// add (red flags), med add (interaction, live-vaccine), lab add
// (low-neutrophils), lab due (the neutrophil monitoring schedule) and the lab
// due dates in `export ics`. Bad input exits 3 with a message naming the field
// and its range, and leaves the database file as it was. Every test has its
// own database and fixes the time with --now; run-isolated.sh sets
// TZ=Europe/Berlin. Expected values are worked out by hand from DESIGN.md
// ("Diary", "Monitoring", "Other medicines") and spec/cli.md.

#include "CliFixture.h"
#include "IcsCheck.h"

#include <QJsonArray>
#include <QTest>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

class TestDiaryCli final : public QObject
{
    Q_OBJECT

    CliDatabase m_db;

    bool setRegimen(const QString &now, const QString &start) const
    {
        return m_db.ok(now,
                       {u"regimen"_s, u"set"_s, u"--dose-mg"_s, u"100"_s, u"--start"_s, start});
    }

    bool addAnc(const QString &now, const QString &date, const QString &value = u"2.0"_s) const
    {
        return m_db.ok(now, {u"lab"_s, u"add"_s, u"--analyte"_s, u"anc"_s, u"--value"_s, value,
                             u"--date"_s, date});
    }

    // "UID DTSTART" of the all-day events the parser found, and the count of the others.
    static QStringList allDayEvents(const QJsonObject &calendar, int *timedEvents)
    {
        QStringList out;
        *timedEvents = 0;
        for (const QJsonValue &value : calendar.value(u"events"_s).toArray()) {
            const QJsonObject event = value.toObject();
            if (event.value(u"all_day"_s).toBool())
                out << event.value(u"uid"_s).toString() + u' ' +
                           event.value(u"dtstart"_s).toString();
            else
                ++*timedEvents;
        }
        return out;
    }

    static QStringList labEvents(const QStringList &days)
    {
        QStringList out;
        for (const QString &day : days)
            out << u"lab-anc-%1@shotbook %1"_s.arg(day);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The independent parser must be there: setup.sh installs python3-icalendar.
        const QString problem = icsParserProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init() { m_db.reset(QLatin1String(QTest::currentTestFunction())); }

    // ---- symptom add --------------------------------------------------------

    void symptomAddReportsIdAndStoresTheValue()
    {
        const QString now = u"2026-03-02T12:00"_s;
        QVERIFY(m_db.addPatient(now));
        QJsonObject pain, fever, stiffness;
        QVERIFY(m_db.ok(now,
                        {u"symptom"_s, u"add"_s, u"--measure"_s, u"pain"_s, u"--value"_s, u"10"_s,
                         u"--date"_s, u"2026-03-01"_s},
                        &pain));
        QVERIFY(m_db.ok(now,
                        {u"symptom"_s, u"add"_s, u"--measure"_s, u"fever-c"_s, u"--value"_s,
                         u"34.0"_s, u"--date"_s, u"2026-03-01"_s},
                        &fever));
        QVERIFY(m_db.ok(now,
                        {u"symptom"_s, u"add"_s, u"--measure"_s, u"stiffness-min"_s, u"--value"_s,
                         u"1440"_s, u"--date"_s, u"2026-03-01"_s},
                        &stiffness));
        QVERIFY(pain.value(u"id"_s).isDouble());
        QVERIFY(pain.value(u"id"_s).toInteger() > 0);
        QVERIFY(fever.value(u"id"_s).toInteger() > 0);
        QVERIFY(fever.value(u"id"_s).toInteger() != pain.value(u"id"_s).toInteger());
        QCOMPARE(pain.value(u"warnings"_s).toArray().size(), 0);

        // Today by default; a second value for the same measure replaces the first.
        QVERIFY(m_db.ok(
            now, {u"symptom"_s, u"add"_s, u"--measure"_s, u"headache"_s, u"--value"_s, u"1"_s}));
        QVERIFY(m_db.ok(now, {u"symptom"_s, u"add"_s, u"--measure"_s, u"pain"_s, u"--value"_s,
                              u"4"_s, u"--date"_s, u"2026-03-01"_s}));

        QJsonObject day;
        QVERIFY(m_db.ok(now, {u"diary"_s, u"show"_s, u"--date"_s, u"2026-03-01"_s}, &day));
        const QJsonObject values = day.value(u"values"_s).toObject();
        QCOMPARE(values.size(), 3);
        QCOMPARE(values.value(u"pain"_s).toDouble(), 4.0);
        QCOMPARE(values.value(u"fever-c"_s).toDouble(), 34.0);
        QCOMPARE(values.value(u"stiffness-min"_s).toDouble(), 1440.0);
        QVERIFY(m_db.ok(now, {u"diary"_s, u"show"_s}, &day));
        QCOMPARE(day.value(u"date"_s).toString(), u"2026-03-02"_s);
        QCOMPARE(day.value(u"values"_s).toObject(), (QJsonObject{{u"headache"_s, 1.0}}));
    }

    // ---- bad input: exit 3, the field and its range, nothing written --------

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("mentions"); // the field, and its range

        const auto symptom = [](const QString &measure, const QString &value) {
            return QStringList{u"symptom"_s, u"add"_s,     u"--measure"_s,
                               measure,      u"--value"_s, value};
        };
        const auto lab = [](const QString &analyte, const QString &value) {
            return QStringList{u"lab"_s, u"add"_s, u"--analyte"_s, analyte, u"--value"_s, value};
        };
        QTest::newRow("pain 11") << symptom(u"pain"_s, u"11"_s) << u"invalid-value"_s
                                 << QStringList{u"pain"_s, u"0 to 10"_s};
        QTest::newRow("pain -1") << symptom(u"pain"_s, u"-1"_s) << u"invalid-value"_s
                                 << QStringList{u"pain"_s, u"0 to 10"_s};
        QTest::newRow("pain 3.5 (not whole)") << symptom(u"pain"_s, u"3.5"_s) << u"invalid-value"_s
                                              << QStringList{u"pain"_s, u"whole numbers"_s};
        QTest::newRow("fever-c 50") << symptom(u"fever-c"_s, u"50"_s) << u"invalid-value"_s
                                    << QStringList{u"fever-c"_s, u"34.0 to 43.0"_s};
        QTest::newRow("fever-c 33.9") << symptom(u"fever-c"_s, u"33.9"_s) << u"invalid-value"_s
                                      << QStringList{u"fever-c"_s, u"34.0 to 43.0"_s};
        QTest::newRow("stiffness-min 1441")
            << symptom(u"stiffness-min"_s, u"1441"_s) << u"invalid-value"_s
            << QStringList{u"stiffness-min"_s, u"0 to 1440"_s};
        QTest::newRow("eye-redness 2") << symptom(u"eye-redness"_s, u"2"_s) << u"invalid-value"_s
                                       << QStringList{u"eye-redness"_s, u"0 (no) or 1 (yes)"_s};
        QTest::newRow("unknown measure")
            << symptom(u"itchiness"_s, u"1"_s) << u"unknown-measure"_s
            << QStringList{u"itchiness"_s, u"pain, fatigue, stiffness-min, fever-c, "
                                           u"patient-global, rash, headache, joint-pain, "
                                           u"eye-redness"_s};
        QTest::newRow("negative anc") << lab(u"anc"_s, u"-1"_s) << u"invalid-value"_s
                                      << QStringList{u"anc"_s, u"from 0 to 100"_s};
        QTest::newRow("negative crp") << lab(u"crp"_s, u"-0.5"_s) << u"invalid-value"_s
                                      << QStringList{u"crp"_s, u"from 0 to 1000"_s};
        QTest::newRow("unknown analyte")
            << lab(u"hb"_s, u"13"_s) << u"unknown-analyte"_s
            << QStringList{u"hb"_s, u"anc, platelets, alt, ast, crp, crcl"_s};
        QTest::newRow("onset after the resolved date")
            << QStringList{u"side-effect"_s, u"add"_s,        u"--term"_s,     u"headache"_s,
                           u"--onset"_s,     u"2026-02-20"_s, u"--resolved"_s, u"2026-02-10"_s}
            << u"invalid-date"_s << QStringList{u"onset"_s, u"2026-02-20"_s, u"2026-02-10"_s};
    }

    void badInputIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QStringList, mentions);
        const QString now = u"2026-03-01T12:00"_s;
        QVERIFY(m_db.addPatient(now));
        QVERIFY(m_db.ok(now,
                        {u"symptom"_s, u"add"_s, u"--measure"_s, u"pain"_s, u"--value"_s, u"2"_s}));
        QVERIFY(addAnc(now, u"2026-02-27"_s));
        const QString before = m_db.dataDump();
        QVERIFY(before.contains(u"== labs"_s));

        const CliRun run = m_db.run(now, arguments);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject error = run.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        const QString stderrText = QString::fromUtf8(run.err).trimmed();
        QCOMPARE(stderrText.count(u'\n'), 0); // one line
        for (const QString &mention : mentions) {
            QVERIFY2(stderrText.contains(mention),
                     qPrintable(u"\"%1\" not in: %2"_s.arg(mention, stderrText)));
            QVERIFY2(error.value(u"message"_s).toString().contains(mention),
                     qPrintable(error.value(u"message"_s).toString()));
        }
        QCOMPARE(m_db.dataDump(), before);

        // And nothing is there to read back.
        QJsonObject read;
        QVERIFY(m_db.ok(now, {u"diary"_s, u"show"_s}, &read));
        QCOMPARE(read.value(u"values"_s).toObject(), (QJsonObject{{u"pain"_s, 2.0}}));
        QVERIFY(m_db.ok(now, {u"lab"_s, u"list"_s}, &read));
        QCOMPARE(read.value(u"labs"_s).toArray().size(), 1);
        QVERIFY(m_db.ok(now, {u"side-effect"_s, u"list"_s}, &read));
        QCOMPARE(read.value(u"side_effects"_s).toArray().size(), 0);
    }

    // ---- side-effect add ----------------------------------------------------

    void sideEffectRedFlags_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("catalogId"); // empty: not in the catalogue (null)
        QTest::addColumn<bool>("redFlag");

        QTest::newRow("urticaria") << u"urticaria"_s << u"hives"_s << true;
        QTest::newRow("trouble breathing")
            << u"trouble breathing"_s << u"trouble-breathing"_s << true;
        QTest::newRow("Shortness-of-breath!")
            << u"Shortness-of-breath!"_s << u"trouble-breathing"_s << true;
        QTest::newRow("swollen lips") << u"swollen lips"_s << u"swelling"_s << true;
        // Typed as exactly its catalogue id (no synonym or rule needed).
        QTest::newRow("swelling (the id)") << u"swelling"_s << u"swelling"_s << true;
        QTest::newRow("chest pain") << u"Chest pain"_s << u"chest-pain"_s << true;
        QTest::newRow("headache") << u"headache"_s << u"headache"_s << false;
        QTest::newRow("arthralgia") << u"arthralgia"_s << u"joint-pain"_s << false;
        QTest::newRow("neutropenia") << u"neutropenia"_s << u"low-neutrophils"_s << false;
        QTest::newRow("feeling blue (free text)") << u"feeling blue"_s << QString() << false;
    }

    void sideEffectRedFlags()
    {
        QFETCH(QString, term);
        QFETCH(QString, catalogId);
        QFETCH(bool, redFlag);
        const QString now = u"2026-03-01T12:00"_s;
        QVERIFY(m_db.addPatient(now));
        QJsonObject added;
        QVERIFY(m_db.ok(
            now, {u"side-effect"_s, u"add"_s, u"--term"_s, term, u"--severity"_s, u"moderate"_s},
            &added));
        QVERIFY(added.value(u"id"_s).toInteger() > 0);
        QVERIFY(added.value(u"red_flag"_s).isBool());
        QCOMPARE(added.value(u"red_flag"_s).toBool(), redFlag);
        if (catalogId.isEmpty())
            QVERIFY(added.value(u"catalog_id"_s).isNull());
        else
            QCOMPARE(added.value(u"catalog_id"_s).toString(), catalogId);
        QCOMPARE(CliDatabase::warningCodes(added),
                 redFlag ? QStringList{u"red-flag"_s} : QStringList{});
        if (redFlag) {
            const QString message = added.value(u"warnings"_s)
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(u"message"_s)
                                        .toString();
            QVERIFY2(message.contains(u"medical help now"_s), qPrintable(message));
        }

        // Listed, and a red flag stays unacknowledged until acknowledged.
        QJsonObject list;
        QVERIFY(m_db.ok(now, {u"side-effect"_s, u"list"_s}, &list));
        QJsonArray effects = list.value(u"side_effects"_s).toArray();
        QCOMPARE(effects.size(), 1);
        QJsonObject effect = effects.first().toObject();
        QCOMPARE(effect.value(u"term"_s).toString(), term);
        QCOMPARE(effect.value(u"severity"_s).toString(), u"moderate"_s);
        QCOMPARE(effect.value(u"onset"_s).toString(), u"2026-03-01"_s);
        QCOMPARE(effect.value(u"red_flag"_s).toBool(), redFlag);
        QCOMPARE(effect.value(u"acknowledged"_s).toBool(), false);
        QVERIFY(m_db.ok(now, {u"side-effect"_s, u"acknowledge"_s,
                              QString::number(added.value(u"id"_s).toInteger())}));
        QVERIFY(m_db.ok(now, {u"side-effect"_s, u"list"_s}, &list));
        effect = list.value(u"side_effects"_s).toArray().first().toObject();
        QCOMPARE(effect.value(u"acknowledged"_s).toBool(), true);
    }

    // Recognised by meaning (tst_redflags has the whole table); a possible red
    // flag warns red-flag-possible and says how to mark it; --red-flag marks it.
    void sideEffectByMeaning_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("flagged"); // --red-flag given
        QTest::addColumn<bool>("redFlag");
        QTest::addColumn<QString>("catalogId"); // empty: null
        QTest::addColumn<QStringList>("codes");

        const QStringList redFlag{u"red-flag"_s}, possible{u"red-flag-possible"_s};
        QTest::newRow("my throat is swelling")
            << u"my throat is swelling"_s << false << true << u"swelling"_s << redFlag;
        QTest::newRow("hives all over")
            << u"hives all over"_s << false << true << u"hives"_s << redFlag;
        QTest::newRow("can't breathe")
            << u"can't breathe"_s << false << true << u"trouble-breathing"_s << redFlag;
        QTest::newRow("Atemnot (German)")
            << u"Atemnot"_s << false << true << u"trouble-breathing"_s << redFlag;
        QTest::newRow("mild headache")
            << u"mild headache"_s << false << false << u"headache"_s << QStringList{};
        QTest::newRow("slight redness at the site")
            << u"slight redness at the site"_s << false << false << u"injection-site-reaction"_s
            << QStringList{};
        QTest::newRow("no chest pain")
            << u"no chest pain"_s << false << false << QString() << QStringList{};
        QTest::newRow("lips tingling: possible")
            << u"lips tingling"_s << false << false << QString() << possible;
        QTest::newRow("lips tingling --red-flag")
            << u"lips tingling"_s << true << true << u"swelling"_s << redFlag;
        QTest::newRow("free text --red-flag")
            << u"feeling very odd"_s << true << true << QString() << redFlag;
        QTest::newRow("headache --red-flag (the user knows best)")
            << u"headache"_s << true << true << u"headache"_s << redFlag;
    }

    void sideEffectByMeaning()
    {
        QFETCH(QString, term);
        QFETCH(bool, flagged);
        QFETCH(bool, redFlag);
        QFETCH(QString, catalogId);
        QFETCH(QStringList, codes);
        const QString now = u"2026-03-01T12:00"_s;
        QVERIFY(m_db.addPatient(now));
        QStringList arguments{u"side-effect"_s, u"add"_s, u"--term"_s, term};
        if (flagged)
            arguments << u"--red-flag"_s;
        QJsonObject added;
        QVERIFY(m_db.ok(now, arguments, &added));
        QCOMPARE(added.value(u"red_flag"_s).toBool(), redFlag);
        if (catalogId.isEmpty())
            QVERIFY(added.value(u"catalog_id"_s).isNull());
        else
            QCOMPARE(added.value(u"catalog_id"_s).toString(), catalogId);
        QCOMPARE(CliDatabase::warningCodes(added), codes);
        const QString message = codes.isEmpty() ? QString()
                                                : added.value(u"warnings"_s)
                                                      .toArray()
                                                      .first()
                                                      .toObject()
                                                      .value(u"message"_s)
                                                      .toString();
        if (codes == QStringList{u"red-flag-possible"_s}) {
            QVERIFY2(message.contains(term), qPrintable(message));
            QVERIFY2(message.contains(u"medical help now"_s), qPrintable(message));
            QVERIFY2(message.contains(u"--red-flag"_s), qPrintable(message));
        } else if (!codes.isEmpty()) {
            QVERIFY2(message.contains(u"medical help now"_s), qPrintable(message));
        }

        // Stored so: the list says the same.
        QJsonObject list;
        QVERIFY(m_db.ok(now, {u"side-effect"_s, u"list"_s}, &list));
        const QJsonObject effect = list.value(u"side_effects"_s).toArray().first().toObject();
        QCOMPARE(effect.value(u"term"_s).toString(), term);
        QCOMPARE(effect.value(u"red_flag"_s).toBool(), redFlag);
    }

    // The plain text output names the possible red flag and how to mark it.
    void possibleRedFlagInText()
    {
        const QString now = u"2026-03-01T12:00"_s;
        QVERIFY(m_db.addPatient(now));
        const CliRun run =
            m_db.text(now, {u"side-effect"_s, u"add"_s, u"--term"_s, u"lips tingling"_s});
        QCOMPARE(run.exitCode, 0);
        const QString all = QString::fromUtf8(run.out + run.err);
        QVERIFY2(all.contains(u"--red-flag"_s), qPrintable(all));
    }

    // ---- med add ------------------------------------------------------------

    void medAddWarnings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codes");

        QTest::newRow("Humira") << u"Humira"_s << QStringList{u"interaction"_s};
        QTest::newRow("enbrel") << u"enbrel"_s << QStringList{u"interaction"_s};
        QTest::newRow("certolizumab pegol")
            << u"Certolizumab pegol"_s << QStringList{u"interaction"_s};
        QTest::newRow("Varivax") << u"Varivax"_s << QStringList{u"live-vaccine"_s};
        QTest::newRow("yellow fever")
            << u"Yellow fever vaccine"_s << QStringList{u"live-vaccine"_s};
        QTest::newRow("Fluenz Tetra") << u"Fluenz Tetra"_s << QStringList{u"live-vaccine"_s};
        QTest::newRow("Amjevita (biosimilar)") << u"Amjevita"_s << QStringList{u"interaction"_s};
        QTest::newRow("adalimumab-atto") << u"adalimumab-atto"_s << QStringList{u"interaction"_s};
        QTest::newRow("Kevzara (IL-6)") << u"Kevzara"_s << QStringList{u"interaction"_s};
        QTest::newRow("Priorix-Tetra") << u"Priorix-Tetra"_s << QStringList{u"live-vaccine"_s};
        QTest::newRow("Gelbfieberimpfung")
            << u"Gelbfieberimpfung"_s << QStringList{u"live-vaccine"_s};
        QTest::newRow("Shingrix (not live)") << u"Shingrix"_s << QStringList{};
        QTest::newRow("methotrexate") << u"methotrexate"_s << QStringList{};
        QTest::newRow("inactivated influenza vaccine")
            << u"influenza vaccine (inactivated)"_s << QStringList{};
        QTest::newRow("Humiliation") << u"Humiliation"_s << QStringList{};
    }

    void medAddWarnings()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, codes);
        const QString now = u"2026-03-01T12:00"_s;
        QVERIFY(m_db.addPatient(now));
        QJsonObject added;
        QVERIFY(m_db.ok(now, {u"med"_s, u"add"_s, u"--name"_s, name, u"--start"_s, u"2026-02-15"_s},
                        &added));
        QVERIFY(added.value(u"id"_s).toInteger() > 0);
        QCOMPARE(CliDatabase::warningCodes(added), codes);

        QJsonObject list;
        QVERIFY(m_db.ok(now, {u"med"_s, u"list"_s}, &list));
        const QJsonArray medicines = list.value(u"medicines"_s).toArray();
        QCOMPARE(medicines.size(), 1);
        QCOMPARE(medicines.first().toObject().value(u"name"_s).toString(), name);
        QCOMPARE(medicines.first().toObject().value(u"start"_s).toString(), u"2026-02-15"_s);
    }

    // ---- lab add ------------------------------------------------------------

    void labAddFlags_data()
    {
        QTest::addColumn<QString>("analyte");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("codes");

        QTest::newRow("anc 1.2") << u"anc"_s << u"1.2"_s << QStringList{u"low-neutrophils"_s};
        QTest::newRow("anc 1.49") << u"anc"_s << u"1.49"_s << QStringList{u"low-neutrophils"_s};
        QTest::newRow("anc 1.5") << u"anc"_s << u"1.5"_s << QStringList{};
        QTest::newRow("anc 0") << u"anc"_s << u"0"_s << QStringList{u"low-neutrophils"_s};
        QTest::newRow("platelets 1.2") << u"platelets"_s << u"1.2"_s << QStringList{};
        QTest::newRow("crcl 25") << u"crcl"_s << u"25"_s << QStringList{};
    }

    void labAddFlags()
    {
        QFETCH(QString, analyte);
        QFETCH(QString, value);
        QFETCH(QStringList, codes);
        const QString now = u"2026-03-01T12:00"_s;
        QVERIFY(m_db.addPatient(now));
        QJsonObject added;
        QVERIFY(m_db.ok(now, {u"lab"_s, u"add"_s, u"--analyte"_s, analyte, u"--value"_s, value},
                        &added));
        QVERIFY(added.value(u"id"_s).toInteger() > 0);
        QCOMPARE(CliDatabase::warningCodes(added), codes);
        QJsonObject list;
        QVERIFY(m_db.ok(now, {u"lab"_s, u"list"_s}, &list));
        const QJsonObject lab = list.value(u"labs"_s).toArray().first().toObject();
        QCOMPARE(lab.value(u"analyte"_s).toString(), analyte);
        QCOMPARE(lab.value(u"value"_s).toDouble(), value.toDouble());
        QCOMPARE(lab.value(u"date"_s).toString(), u"2026-03-01"_s);
    }

    // ---- lab due ------------------------------------------------------------

    void labDue_data()
    {
        QTest::addColumn<QString>("start");     // the regimen's start; empty: none
        QTest::addColumn<QStringList>("tests"); // neutrophil counts taken on these days
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("dueOn"); // empty: null
        QTest::addColumn<bool>("overdue");

        // Start 2026-03-15: before the start (03-15), 04-15, 05-15, 06-15,
        // then 09-15, 12-15, 2027-03-15.
        const QString march15 = u"2026-03-15"_s;
        QTest::newRow("no regimen: nothing due")
            << QString() << QStringList{} << u"2026-03-01T12:00"_s << QString() << false;
        QTest::newRow("before the start, not yet overdue")
            << march15 << QStringList{} << u"2026-03-01T12:00"_s << u"2026-03-15"_s << false;
        QTest::newRow("no count before the start: overdue")
            << march15 << QStringList{} << u"2026-03-20T12:00"_s << u"2026-03-15"_s << true;
        QTest::newRow("counted before the start: month 1")
            << march15 << QStringList{u"2026-03-10"_s} << u"2026-03-10T12:00"_s << u"2026-04-15"_s
            << false;
        QTest::newRow("month 1 a day late: month 2")
            << march15 << QStringList{u"2026-03-10"_s, u"2026-04-16"_s} << u"2026-04-20T12:00"_s
            << u"2026-05-15"_s << false;
        QTest::newRow("monthly for 3 months: then month 6")
            << march15
            << QStringList{u"2026-03-10"_s, u"2026-04-16"_s, u"2026-05-14"_s, u"2026-06-15"_s}
            << u"2026-06-20T12:00"_s << u"2026-09-15"_s << false;
        QTest::newRow("month 2 missed, nothing later: overdue")
            << march15 << QStringList{u"2026-03-10"_s, u"2026-04-16"_s} << u"2026-05-30T12:00"_s
            << u"2026-05-15"_s << true;
        QTest::newRow("month 2 missed, month 3 done: month 6")
            << march15 << QStringList{u"2026-03-10"_s, u"2026-04-16"_s, u"2026-06-15"_s}
            << u"2026-06-20T12:00"_s << u"2026-09-15"_s << false;
        QTest::newRow("the year done: nothing due")
            << march15
            << QStringList{u"2026-03-10"_s, u"2026-04-15"_s, u"2026-05-15"_s, u"2026-06-15"_s,
                           u"2026-09-15"_s, u"2026-12-15"_s, u"2027-03-15"_s}
            << u"2027-03-20T12:00"_s << QString() << false;
        // Start 2026-01-31: month 1 is 02-28, month 2 03-31.
        QTest::newRow("start on the 31st: month 1 on 02-28")
            << u"2026-01-31"_s << QStringList{u"2026-01-30"_s} << u"2026-02-01T12:00"_s
            << u"2026-02-28"_s << false;
        QTest::newRow("start on the 31st: month 2 on 03-31")
            << u"2026-01-31"_s << QStringList{u"2026-01-30"_s, u"2026-02-27"_s}
            << u"2026-03-01T12:00"_s << u"2026-03-31"_s << false;
    }

    void labDue()
    {
        QFETCH(QString, start);
        QFETCH(QStringList, tests);
        QFETCH(QString, now);
        QFETCH(QString, dueOn);
        QFETCH(bool, overdue);
        QVERIFY(m_db.addPatient(u"2026-01-01T12:00"_s));
        if (!start.isEmpty())
            QVERIFY(setRegimen(u"2026-01-01T12:00"_s, start));
        for (const QString &date : tests)
            QVERIFY(addAnc(now, date));
        QJsonObject due;
        QVERIFY(m_db.ok(now, {u"lab"_s, u"due"_s}, &due));
        QVERIFY(due.contains(u"due_on"_s));
        if (dueOn.isEmpty())
            QVERIFY(due.value(u"due_on"_s).isNull());
        else
            QCOMPARE(due.value(u"due_on"_s).toString(), dueOn);
        QCOMPARE(due.value(u"overdue"_s).toBool(), overdue);
    }

    // ---- export ics: the lab due dates as all-day events --------------------

    void exportIcsHasLabDueDates()
    {
        QVERIFY(m_db.addPatient(u"2026-01-01T12:00"_s));
        QVERIFY(setRegimen(u"2026-01-01T12:00"_s, u"2026-03-15"_s));
        const QString now = u"2026-04-20T12:00"_s;
        QVERIFY(addAnc(now, u"2026-03-10"_s));
        QVERIFY(addAnc(now, u"2026-04-16"_s));

        // Next due 05-15; then 06-15, 09-15, 12-15, 2027-03-15.
        const QString all = m_db.sibling(u"-all.ics"_s);
        QVERIFY(m_db.ok(now, {u"export"_s, u"ics"_s, u"--out"_s, all}));
        QString problem;
        const QJsonObject calendar = readIcs(all, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        int timed = 0;
        QCOMPARE(allDayEvents(calendar, &timed),
                 labEvents({u"2026-05-15"_s, u"2026-06-15"_s, u"2026-09-15"_s, u"2026-12-15"_s,
                            u"2027-03-15"_s}));
        QCOMPARE(timed, 1); // the daily 08:00 dose
        // All-day: VALUE=DATE, ending the next day.
        const QByteArray text = readAll(all);
        QVERIFY(text.contains("DTSTART;VALUE=DATE:20260515\r\n"));
        QVERIFY(text.contains("DTEND;VALUE=DATE:20260516\r\n"));
        QVERIFY(text.contains("DTSTART;VALUE=DATE:20270315\r\n"));
        QVERIFY(text.contains("DTEND;VALUE=DATE:20270316\r\n"));
        QVERIFY(!text.contains("VALUE=DATE:20260415")); // done
        QVERIFY(!text.contains("VALUE=DATE:20260315")); // done

        // --from/--to keep the dates between them.
        const QString window = m_db.sibling(u"-window.ics"_s);
        QVERIFY(m_db.ok(now, {u"export"_s, u"ics"_s, u"--out"_s, window, u"--from"_s,
                              u"2026-06-01"_s, u"--to"_s, u"2026-12-31"_s}));
        const QJsonObject windowed = readIcs(window, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(allDayEvents(windowed, &timed),
                 labEvents({u"2026-06-15"_s, u"2026-09-15"_s, u"2026-12-15"_s}));

        // Once the year is done, no lab dates are left.
        const QString later = u"2027-03-20T12:00"_s;
        for (const QString &date :
             {u"2026-05-15"_s, u"2026-06-15"_s, u"2026-09-15"_s, u"2026-12-15"_s, u"2027-03-15"_s})
            QVERIFY(addAnc(later, date));
        const QString done = m_db.sibling(u"-done.ics"_s);
        QVERIFY(m_db.ok(later, {u"export"_s, u"ics"_s, u"--out"_s, done}));
        const QJsonObject none = readIcs(done, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(allDayEvents(none, &timed), QStringList{});
        QCOMPARE(timed, 1);
    }
};

QTEST_GUILESS_MAIN(TestDiaryCli)
#include "tst_diary_cli.moc"
