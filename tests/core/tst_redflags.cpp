// Red flags recognised in the words people type (DESIGN.md "Diary": "any word
// order and inflection, can't breathe, my throat is swelling, from a
// vocabulary kept as data per language"). Each row is a real phrasing with
// the answer a careful reader of the label gives it, worked out by hand:
// confident (one of the signs that need medical help now, with its catalogue
// term), possible (names a red-flag body part or symptom, so the user is
// asked), or none (with the common or serious term it is, if any). Then the
// vocabulary files themselves: every built-in one loads, and a damaged one is
// an error that names the fault, never a vocabulary that matches less.

#include "diary/RedFlagMatcher.h"
#include "diary/RedFlagVocabulary.h"
#include "diary/SideEffectCatalog.h"
#include "diary/TextFolding.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

QString confidenceName(RedFlagMatch::Confidence confidence)
{
    switch (confidence) {
    case RedFlagMatch::Confidence::Confident:
        return u"confident"_s;
    case RedFlagMatch::Confidence::Possible:
        return u"possible"_s;
    case RedFlagMatch::Confidence::None:
        break;
    }
    return u"none"_s;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestRedFlags final : public QObject
{
    Q_OBJECT

    // text, the expected confidence, the red flag (confident or possible), the
    // common or serious term (none or possible; empty: none recognised).
    static void addColumns()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("confidence");
        QTest::addColumn<QString>("redFlag");
        QTest::addColumn<QString>("term");
    }
    static void flag(const QString &text, const QString &redFlag)
    {
        QTest::newRow(qPrintable(text)) << text << u"confident"_s << redFlag << QString();
    }
    static void ask(const QString &text, const QString &redFlag, const QString &term = QString())
    {
        QTest::newRow(qPrintable(text)) << text << u"possible"_s << redFlag << term;
    }
    static void none(const QString &text, const QString &term = QString())
    {
        QTest::newRow(qPrintable(text)) << text << u"none"_s << QString() << term;
    }

    static void check()
    {
        QFETCH(QString, text);
        QFETCH(QString, confidence);
        QFETCH(QString, redFlag);
        QFETCH(QString, term);
        const RedFlagMatch match = RedFlagMatcher::builtIn().match(text);
        const QString got = u"%1 %2 (term %3, cue \"%4\", %5)"_s.arg(
            confidenceName(match.confidence),
            match.confidence == RedFlagMatch::Confidence::Possible ? match.possibleTermId
                                                                   : match.termId,
            match.termId, match.cue, match.language);
        QVERIFY2(confidenceName(match.confidence) == confidence, qPrintable(got));
        if (confidence == u"confident"_s) {
            QVERIFY2(match.termId == redFlag, qPrintable(got));
            QVERIFY(SideEffectCatalog::find(redFlag)->isRedFlag());
        } else if (confidence == u"possible"_s) {
            QVERIFY2(match.possibleTermId == redFlag, qPrintable(got));
            QVERIFY2(match.termId == term, qPrintable(got));
            QVERIFY2(!match.cue.isEmpty(), qPrintable(got));
        } else {
            QVERIFY2(match.termId == term, qPrintable(got));
        }
        // SideEffectCatalog::match() gives the recognised term of the same answer.
        const auto catalogued = SideEffectCatalog::match(text);
        QCOMPARE(catalogued ? catalogued->id : QString(), match.termId);
    }

private Q_SLOTS:
    // ---- English ---------------------------------------------------------

    void english_data()
    {
        addColumns();
        const QString swelling = u"swelling"_s, breathing = u"trouble-breathing"_s,
                      chest = u"chest-pain"_s, hives = u"hives"_s, anaphylaxis = u"anaphylaxis"_s,
                      infection = u"serious-infection"_s, bleeding = u"unusual-bleeding"_s,
                      tiredness = u"extreme-tiredness"_s;
        // The examples of issue 10: missed before, by phrase.
        flag(u"my throat is swelling"_s, swelling);
        flag(u"hives all over"_s, hives);
        // Swelling of the face, lips, tongue, throat, legs or feet: any order,
        // any inflection.
        flag(u"throat swelling"_s, swelling);
        flag(u"swollen throat"_s, swelling);
        flag(u"My throat swells up after the injection"_s, swelling);
        flag(u"swelling of the tongue"_s, swelling);
        flag(u"tongue swollen"_s, swelling);
        flag(u"lips are swollen and puffy"_s, swelling);
        flag(u"puffy eyelids this morning"_s, swelling);
        flag(u"face swelled up"_s, swelling);
        flag(u"facial swelling"_s, swelling);
        flag(u"swollen ankles"_s, swelling);
        flag(u"both feet are swollen"_s, swelling);
        flag(u"oedema in my legs"_s, swelling);
        flag(u"throat feels like it's closing up"_s, swelling);
        flag(u"trouble swallowing"_s, swelling);
        flag(u"I can't swallow"_s, swelling);
        flag(u"fat lip"_s, swelling);
        // Trouble breathing, the negated forms included.
        flag(u"can't breathe"_s, breathing);
        flag(u"can’t breathe (curly apostrophe)"_s, breathing);
        flag(u"cant breathe"_s, breathing);
        flag(u"I cannot breathe properly"_s, breathing);
        flag(u"unable to breathe"_s, breathing);
        flag(u"struggling to breathe"_s, breathing);
        flag(u"it's hard to breathe"_s, breathing);
        flag(u"not breathing properly"_s, breathing);
        flag(u"can't catch my breath"_s, breathing);
        flag(u"short of breath"_s, breathing);
        flag(u"out of breath walking upstairs"_s, breathing);
        flag(u"wheezing"_s, breathing);
        flag(u"breathing problems since this morning"_s, breathing);
        // Chest pain however phrased.
        flag(u"chest pain"_s, chest);
        flag(u"pain in my chest"_s, chest);
        flag(u"my chest hurts"_s, chest);
        flag(u"tight chest"_s, chest);
        flag(u"pressure on the chest"_s, chest);
        flag(u"chest feels tight and heavy"_s, chest);
        // Severe allergic reaction.
        flag(u"severe allergic reaction"_s, anaphylaxis);
        flag(u"anaphylactic shock"_s, anaphylaxis);
        flag(u"had to use my EpiPen"_s, anaphylaxis);
        // Hives or extreme itching (itching "like crazy" is extreme itching).
        flag(u"hives"_s, hives);
        flag(u"hives on my back"_s, hives);
        flag(u"urticaria"_s, hives);
        flag(u"itching like crazy"_s, hives);
        flag(u"unbearable itching"_s, hives);
        flag(u"itchy all over"_s, hives);
        // Signs of a serious infection.
        flag(u"high fever with chills"_s, infection);
        flag(u"fever and shivering"_s, infection);
        flag(u"pneumonia"_s, infection);
        flag(u"cellulitis on my leg"_s, infection);
        flag(u"fever 39.5 and shaking"_s, infection);
        flag(u"severe infection"_s, infection);
        // Unusual bruising or bleeding.
        flag(u"unusual bruising"_s, bleeding);
        flag(u"bruising easily"_s, bleeding);
        flag(u"nosebleed that won't stop"_s, bleeding);
        flag(u"bruises everywhere for no reason"_s, bleeding);
        // Extreme tiredness or weakness.
        flag(u"extremely tired"_s, tiredness);
        flag(u"extreme weakness"_s, tiredness);
        flag(u"completely exhausted"_s, tiredness);
        // Slips of typing: one letter off in a long word, or a usual misspelling
        // listed in the vocabulary ("tounge").
        flag(u"swolen lips"_s, swelling);
        flag(u"tounge swollen"_s, swelling);
        flag(u"swollen thraot"_s, swelling);
        flag(u"trouble brething"_s, breathing);
        flag(u"anaphylaxsis"_s, anaphylaxis);
        // One letter changed; a slip at the first or the last letter too. Two
        // slips in one word are another word.
        flag(u"swollen throst"_s, swelling);
        flag(u"trouble greathing"_s, breathing);
        flag(u"trouble breathinh"_s, breathing);
        flag(u"anaphylaxi"_s, anaphylaxis);
        // A slip at the first letter leaves the last one (the matcher looks a
        // word up by either): dropped, swapped, one put before it.
        flag(u"trouble reathing"_s, breathing);
        flag(u"trouble rbeathing"_s, breathing);
        flag(u"trouble xbreathing"_s, breathing);
        flag(u"trouble breathingx"_s, breathing);
        none(u"anaphlyaxsis"_s);
        // Denials are not red flags.
        none(u"no chest pain"_s);
        none(u"no trouble breathing"_s);
        none(u"breathing fine"_s);
        none(u"breathing is normal"_s);
        none(u"not short of breath"_s);
        none(u"I don't have any chest pain"_s);
        none(u"no swelling of the face or lips"_s);
        none(u"no fever, no chills"_s);
        // … but a "no" does not reach past a comma or "but".
        flag(u"no fever, but my lips are swelling"_s, swelling);
        flag(u"no rash and throat is swelling"_s, swelling);
        flag(u"not sure if it's hives"_s, hives);
        // Common reactions and ordinary side effects.
        none(u"mild headache"_s, u"headache"_s);
        none(u"slight redness at the site"_s, u"injection-site-reaction"_s);
        none(u"swelling at the injection site"_s, u"injection-site-reaction"_s);
        none(u"injection site swelling"_s, u"injection-site-reaction"_s);
        none(u"bruising at the injection site"_s, u"injection-site-reaction"_s);
        none(u"itchy injection site"_s, u"injection-site-reaction"_s);
        none(u"a bit itchy"_s);
        none(u"swollen knuckles"_s);
        none(u"sore throat"_s, u"common-cold"_s);
        none(u"feeling a bit tired"_s);
        none(u"nausea after the injection"_s, u"nausea"_s);
        none(u"blood test results came back fine"_s);
        none(u"allergic reaction"_s, u"hypersensitivity"_s);
        none(u"feeling blue"_s);
        // A red-flag body part or symptom without a rule: ask.
        ask(u"lips tingling"_s, swelling);
        ask(u"tingly tongue"_s, swelling);
        ask(u"scratchy throat"_s, swelling);
        ask(u"itching"_s, hives);
        ask(u"swollen glands"_s, swelling);
        ask(u"chest infection getting worse"_s, infection, u"infection"_s);
        ask(u"very tired all week"_s, tiredness);
        ask(u"high fever"_s, infection, u"fever"_s);
        ask(u"chills"_s, infection);
        ask(u"nosebleed"_s, bleeding);
        ask(u"exhausted"_s, tiredness);
        ask(u"I fainted after the injection"_s, anaphylaxis);
        // Near the injection site, what would be a red flag elsewhere is a question.
        ask(u"hives around the injection site"_s, hives, u"injection-site-reaction"_s);
        ask(u"swollen leg next to the injection site"_s, swelling, u"injection-site-reaction"_s);
        ask(u"allergic reaction to the injection"_s, anaphylaxis, u"hypersensitivity"_s);
    }
    void english() { check(); }

    // ---- German ----------------------------------------------------------

    void german_data()
    {
        addColumns();
        const QString swelling = u"swelling"_s, breathing = u"trouble-breathing"_s,
                      chest = u"chest-pain"_s, hives = u"hives"_s, anaphylaxis = u"anaphylaxis"_s,
                      infection = u"serious-infection"_s, bleeding = u"unusual-bleeding"_s,
                      tiredness = u"extreme-tiredness"_s;
        flag(u"mein Hals schwillt zu"_s, swelling);
        flag(u"Schwellung im Gesicht"_s, swelling);
        flag(u"Lippen geschwollen"_s, swelling);
        flag(u"geschwollene Zunge"_s, swelling);
        flag(u"Halsschwellung"_s, swelling);
        flag(u"Gesichtsschwellung"_s, swelling);
        flag(u"geschwollene Füße"_s, swelling);
        flag(u"geschwollene Fuesse"_s, swelling);
        flag(u"Schluckbeschwerden"_s, swelling);
        flag(u"Atemnot"_s, breathing);
        flag(u"ich bekomme keine Luft"_s, breathing);
        flag(u"kann nicht richtig atmen"_s, breathing);
        flag(u"Atembeschwerden"_s, breathing);
        flag(u"Brustschmerzen"_s, chest);
        flag(u"Schmerzen in der Brust"_s, chest);
        flag(u"Engegefühl in der Brust"_s, chest);
        flag(u"Nesselsucht am ganzen Körper"_s, hives);
        flag(u"Quaddeln"_s, hives);
        flag(u"extremer Juckreiz"_s, hives);
        flag(u"schwere allergische Reaktion"_s, anaphylaxis);
        flag(u"allergischer Schock"_s, anaphylaxis);
        flag(u"hohes Fieber mit Schüttelfrost"_s, infection);
        flag(u"Lungenentzündung"_s, infection);
        flag(u"ungewöhnliche blaue Flecken"_s, bleeding);
        flag(u"Nasenbluten, hört nicht auf"_s, bleeding);
        flag(u"extrem müde"_s, tiredness);
        flag(u"völlig erschöpft"_s, tiredness);
        none(u"keine Atemnot"_s);
        none(u"keine Brustschmerzen"_s);
        none(u"Atmung normal"_s);
        none(u"leichte Kopfschmerzen"_s, u"headache"_s);
        none(u"leichte Rötung an der Einstichstelle"_s, u"injection-site-reaction"_s);
        none(u"Schwellung an der Einstichstelle"_s, u"injection-site-reaction"_s);
        none(u"blaue Flecken an der Einstichstelle"_s, u"injection-site-reaction"_s);
        none(u"geschwollene Knie"_s);
        none(u"Halsschmerzen"_s, u"common-cold"_s);
        none(u"Blutdruck etwas hoch"_s);
        ask(u"Kribbeln in den Lippen"_s, swelling);
        ask(u"sehr müde"_s, tiredness);
        ask(u"Juckreiz"_s, hives);
        ask(u"Schüttelfrost"_s, infection);
        ask(u"kurz ohnmächtig geworden"_s, u"anaphylaxis"_s);
        ask(u"starker Juckreiz an der Einstichstelle"_s, hives, u"injection-site-reaction"_s);
    }
    void german() { check(); }

    // ---- French ----------------------------------------------------------

    void french_data()
    {
        addColumns();
        const QString swelling = u"swelling"_s, breathing = u"trouble-breathing"_s,
                      chest = u"chest-pain"_s, hives = u"hives"_s, anaphylaxis = u"anaphylaxis"_s,
                      infection = u"serious-infection"_s, bleeding = u"unusual-bleeding"_s,
                      tiredness = u"extreme-tiredness"_s;
        flag(u"j'ai la gorge qui gonfle"_s, swelling);
        flag(u"visage gonflé"_s, swelling);
        flag(u"lèvres enflées"_s, swelling);
        flag(u"gonflement de la langue"_s, swelling);
        flag(u"œdème du visage"_s, swelling);
        flag(u"pieds gonflés"_s, swelling);
        flag(u"difficulté à avaler"_s, swelling);
        flag(u"essoufflement"_s, breathing);
        flag(u"je n'arrive plus à respirer"_s, breathing);
        flag(u"du mal à respirer"_s, breathing);
        flag(u"difficultés respiratoires"_s, breathing);
        flag(u"douleur thoracique"_s, chest);
        flag(u"mal à la poitrine"_s, chest);
        flag(u"oppression dans la poitrine"_s, chest);
        flag(u"urticaire sur tout le corps"_s, hives);
        flag(u"démangeaisons intenses"_s, hives);
        flag(u"réaction allergique grave"_s, anaphylaxis);
        flag(u"choc anaphylactique"_s, anaphylaxis);
        flag(u"forte fièvre avec des frissons"_s, infection);
        flag(u"pneumonie"_s, infection);
        flag(u"des bleus inhabituels"_s, bleeding);
        flag(u"extrêmement fatiguée"_s, tiredness);
        flag(u"complètement épuisé"_s, tiredness);
        none(u"pas d'essoufflement"_s);
        none(u"aucune douleur thoracique"_s);
        none(u"aucune douleur dans la poitrine"_s);
        none(u"léger mal de tête"_s, u"headache"_s);
        none(u"légère rougeur au point d'injection"_s, u"injection-site-reaction"_s);
        none(u"gonflement au point d'injection"_s, u"injection-site-reaction"_s);
        none(u"genoux gonflés"_s);
        none(u"mal de gorge"_s, u"common-cold"_s);
        none(u"prise de sang ce matin"_s);
        ask(u"très fatigué"_s, tiredness);
        ask(u"démangeaisons"_s, hives);
        ask(u"frissons"_s, infection);
        ask(u"évanouissement"_s, anaphylaxis);
    }
    void french() { check(); }

    // ---- Spanish ---------------------------------------------------------

    void spanish_data()
    {
        addColumns();
        const QString swelling = u"swelling"_s, breathing = u"trouble-breathing"_s,
                      chest = u"chest-pain"_s, hives = u"hives"_s, anaphylaxis = u"anaphylaxis"_s,
                      infection = u"serious-infection"_s, bleeding = u"unusual-bleeding"_s,
                      tiredness = u"extreme-tiredness"_s;
        flag(u"se me hincha la garganta"_s, swelling);
        flag(u"cara hinchada"_s, swelling);
        flag(u"labios hinchados"_s, swelling);
        flag(u"hinchazón de la lengua"_s, swelling);
        flag(u"pies hinchados"_s, swelling);
        flag(u"dificultad para tragar"_s, swelling);
        flag(u"falta de aire"_s, breathing);
        flag(u"no puedo respirar"_s, breathing);
        flag(u"me cuesta respirar"_s, breathing);
        flag(u"dificultad para respirar"_s, breathing);
        flag(u"dolor en el pecho"_s, chest);
        flag(u"opresión en el pecho"_s, chest);
        flag(u"urticaria por todo el cuerpo"_s, hives);
        flag(u"picor intenso"_s, hives);
        flag(u"reacción alérgica grave"_s, anaphylaxis);
        flag(u"shock anafiláctico"_s, anaphylaxis);
        flag(u"fiebre alta con escalofríos"_s, infection);
        flag(u"neumonía"_s, infection);
        flag(u"moratones raros"_s, bleeding);
        flag(u"extremadamente cansada"_s, tiredness);
        flag(u"totalmente agotado"_s, tiredness);
        none(u"sin falta de aire"_s);
        none(u"no tengo dolor en el pecho"_s);
        none(u"respiración normal"_s);
        none(u"dolor de cabeza leve"_s, u"headache"_s);
        none(u"enrojecimiento leve en el lugar de inyección"_s, u"injection-site-reaction"_s);
        none(u"hinchazón en el lugar de inyección"_s, u"injection-site-reaction"_s);
        none(u"rodillas hinchadas"_s);
        none(u"dolor de garganta"_s, u"common-cold"_s);
        none(u"análisis de sangre hoy"_s);
        ask(u"muy cansado"_s, tiredness);
        ask(u"picor"_s, hives);
        ask(u"escalofríos"_s, infection);
        ask(u"me desmayé"_s, anaphylaxis);
    }
    void spanish() { check(); }

    // ---- Every term id is still recognised as itself -----------------------

    void termIds_data()
    {
        QTest::addColumn<QString>("id");
        for (const CatalogTerm &term : SideEffectCatalog::terms())
            QTest::newRow(qPrintable(term.id)) << term.id;
    }
    void termIds()
    {
        QFETCH(QString, id);
        const RedFlagMatch match = RedFlagMatcher::builtIn().match(id);
        QCOMPARE(match.termId, id);
        QCOMPARE(match.confidence == RedFlagMatch::Confidence::Confident,
                 SideEffectCatalog::find(id)->isRedFlag());
    }

    // ---- The vocabulary files --------------------------------------------

    void builtInVocabulariesLoad()
    {
        const auto loaded = RedFlagMatcher::loadBuiltIn();
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QStringList languages;
        for (const RedFlagVocabulary &vocabulary : *loaded) {
            languages << vocabulary.language;
            QVERIFY(!vocabulary.rules.isEmpty());
        }
        QVERIFY2(languages.contains(u"en"_s), qPrintable(languages.join(u' ')));
        QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u' ')));
        QVERIFY2(languages.contains(u"es"_s), qPrintable(languages.join(u' ')));
        QVERIFY2(languages.contains(u"fr"_s), qPrintable(languages.join(u' ')));
        // Every red flag of the catalogue has a rule in every language.
        for (const RedFlagVocabulary &vocabulary : *loaded) {
            for (const CatalogTerm &term : SideEffectCatalog::terms()) {
                if (term.group != CatalogTerm::Group::RedFlag)
                    continue;
                const bool ruled =
                    std::any_of(vocabulary.rules.cbegin(), vocabulary.rules.cend(),
                                [&term](const auto &rule) { return rule.term == term.id; });
                QVERIFY2(ruled, qPrintable(vocabulary.language + u": no rule for "_s + term.id));
            }
        }
    }

    void brokenVocabularyFailsLoudly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fault"); // a part of the message

        const QByteArray minimal =
            R"({"format": 1, "language": "xx", "fillers": [], "scopeBreakers": [],
                "denialsAfter": [], "ignore": [],
                "concepts": {"negation": {"words": ["no"]}, "mild": {"words": ["mild"]},
                             "swell": {"words": ["swollen"], "cue": "swelling"},
                             "lips": {"words": ["lips"]}},
                "rules": [{"term": "swelling", "all": [["swell"], ["lips"]]}],
                "synonyms": {}})";
        QVERIFY(RedFlagVocabulary::fromJson(minimal, u"minimal"_s)); // the rows below break it

        const auto broken = [&minimal](const char *tag, const char *from, const char *to,
                                       const char *fault) {
            QByteArray json = minimal;
            json.replace(from, to);
            QVERIFY2(json != minimal, tag);
            QTest::newRow(tag) << json << QString::fromUtf8(fault);
        };
        QTest::newRow("not JSON") << QByteArray("{\"format\": 1,") << u"not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"one JSON object"_s;
        broken("trailing comma", R"("lips"]]}])", R"("lips"]]},])", "not valid JSON");
        broken("unknown key (a typo)", R"("rules":)", R"("rule":)", "unknown key \"rule\"");
        broken("wrong format", R"("format": 1)", R"("format": 2)", "format");
        broken("no language", R"("language": "xx")", R"("language": "")", "language");
        broken("rule names a missing concept", R"([["swell"], ["lips"]])",
               R"([["swell"], ["lip"]])", "no concept \"lip\"");
        broken("unknown term", R"("term": "swelling")", R"("term": "swellings")",
               "\"swellings\" is not a term");
        broken("cue not a red flag", R"("cue": "swelling")", R"("cue": "headache")",
               "not a red flag");
        broken("negation missing", R"("negation": {"words": ["no"]},)", "",
               "\"negation\" is required");
        broken("empty word list", R"("lips": {"words": ["lips"]})", R"("lips": {"words": []})",
               "must not be empty");
        broken("word without letters", R"(["lips"])", R"(["--"])", "has no letters");
        broken("window out of range", R"(["lips"]]})", R"(["lips"]], "window": 9})", "window");
        broken("unknown bound", R"(["lips"]]})", R"(["lips"]], "bound": "maybe"})", "bound");
        broken("unknown concept key", R"("cue": "swelling")", R"("cues": "swelling")",
               "unknown key \"cues\"");
        broken("no rules", R"([{"term": "swelling", "all": [["swell"], ["lips"]]}])", "[]",
               "rules");
        broken("synonym of an unknown term", R"("synonyms": {})",
               R"("synonyms": {"head-ache": ["headache"]})", "\"head-ache\" is not a term");
    }

    void brokenVocabularyFailsLoudly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fault);
        const auto vocabulary = RedFlagVocabulary::fromJson(json, u"broken.json"_s);
        QVERIFY(!vocabulary);
        QCOMPARE(vocabulary.error().code, u"vocabulary-invalid"_s);
        QVERIFY2(vocabulary.error().message.startsWith(u"broken.json: "_s),
                 qPrintable(vocabulary.error().message));
        QVERIFY2(vocabulary.error().message.contains(fault),
                 qPrintable(vocabulary.error().message));
    }

    // The real files are checked as strictly: renaming one concept of the
    // English file (as a careless edit would) makes it an error.
    void realFileDamagedFailsLoudly()
    {
        QByteArray json = readResource(u":/redflags/redflags_en.json"_s);
        QVERIFY(RedFlagVocabulary::fromJson(json, u"redflags_en.json"_s));
        json.replace("\"breathless\": {", "\"breathles\": {");
        const auto vocabulary = RedFlagVocabulary::fromJson(json, u"redflags_en.json"_s);
        QVERIFY(!vocabulary);
        QVERIFY2(vocabulary.error().message.contains(u"no concept \"breathless\""_s),
                 qPrintable(vocabulary.error().message));
    }

    // ---- Folding -----------------------------------------------------------

    void folding_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("folded");
        QTest::newRow("apostrophe") << u"Can't"_s << u"cant"_s;
        QTest::newRow("curly apostrophe") << u"can’t"_s << u"cant"_s;
        QTest::newRow("umlauts") << u"Füße, Ödem"_s << u"fuesse oedem"_s;
        QTest::newRow("sharp s") << u"Fuß"_s << u"fuss"_s;
        QTest::newRow("accent") << u"Œdème"_s.toLower() << u"oedeme"_s;
        QTest::newRow("punctuation") << u"Shortness-of-breath!"_s << u"shortness of breath"_s;
    }
    void folding()
    {
        QFETCH(QString, typed);
        QFETCH(QString, folded);
        QCOMPARE(textfold::words(typed), folded);
    }
};

QTEST_GUILESS_MAIN(TestRedFlags)
#include "tst_redflags.moc"
