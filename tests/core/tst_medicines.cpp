// The other-medicines catalogue (DESIGN.md "Other medicines"): one row per
// name in core/diary/data/medicines.json, written out here by hand from the
// sources the file names, so that a name dropped from, or misfiled in, the
// file fails a row; and a check that every name of the file has its row here.
// Then the names that must never warn, whole-word matching, the warning text
// per kind of biologic, and a damaged file that must fail loudly.

#include "diary/MedicineCatalog.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

// What a warning says about each kind of biologic (a part of the text).
QString classWords(const QString &group)
{
    if (group == u"tnf-blocker"_s)
        return u"is a TNF blocker"_s;
    if (group == u"il1-blocker"_s)
        return u"blocks interleukin-1"_s;
    if (group == u"il6-blocker"_s)
        return u"is an IL-6 blocker"_s;
    if (group == u"cd20-antibody"_s)
        return u"is a CD20 antibody"_s;
    if (group == u"t-cell-modulator"_s)
        return u"blocks the activation of T cells"_s;
    return u"?"_s;
}

QByteArray builtInJson()
{
    QFile file(u":/medicines/medicines.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the medicine catalogue is not built in");
    return file.readAll();
}

} // namespace

struct Row
{
    QString listed; // the name as in the file (empty: a way of writing one)
    QString typed;  // as a user writes it
    QString code;
    QString generic; // biologics
    QString group;   // class, or vaccine kind
};

class Table final
{
public:
    QList<Row> rows;

    void biologic(const char *generic, const char *group, std::initializer_list<const char *> names)
    {
        for (const char *name : names)
            rows << Row{QString::fromUtf8(name), QString::fromUtf8(name), u"interaction"_s,
                        QString::fromUtf8(generic), QString::fromUtf8(group)};
    }
    void vaccine(const char *kind, std::initializer_list<const char *> names)
    {
        for (const char *name : names)
            rows << Row{QString::fromUtf8(name), QString::fromUtf8(name), u"live-vaccine"_s,
                        QString(), QString::fromUtf8(kind)};
    }
    // A name of the file that ends in * (a German word that compounds).
    void compound(const char *kind, const char *listed, std::initializer_list<const char *> typed)
    {
        for (const char *name : typed)
            rows << Row{QString::fromUtf8(listed), QString::fromUtf8(name), u"live-vaccine"_s,
                        QString(), QString::fromUtf8(kind)};
    }
    void extra(const char *typed, const char *code, const char *generic, const char *group)
    {
        rows << Row{QString(), QString::fromUtf8(typed), QString::fromUtf8(code),
                    QString::fromUtf8(generic), QString::fromUtf8(group)};
    }
};

class TestMedicines final : public QObject
{
    Q_OBJECT

    static QList<Row> table();

private Q_SLOTS:
    void catalogueLoads()
    {
        const auto catalogue = MedicineCatalog::fromJson(builtInJson(), u"medicines.json"_s);
        QVERIFY2(catalogue, catalogue ? "" : qPrintable(catalogue.error().message));
        QCOMPARE(catalogue->date, u"2026-12-02"_s);
        QVERIFY(!catalogue->notWarned.isEmpty());
    }

    void entries_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("generic"); // biologics
        QTest::addColumn<QString>("group");   // class, or vaccine kind
        for (const Row &row : table())
            QTest::newRow(qPrintable(row.typed))
                << row.typed << row.code << row.generic << row.group;
    }

    void entries()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, generic);
        QFETCH(QString, group);
        const auto warning = MedicineCatalog::warningFor(name);
        QVERIFY2(warning, qPrintable(name));
        QCOMPARE(warning->code, code);
        QVERIFY2(warning->message.contains(name.trimmed()), qPrintable(warning->message));
        if (code == u"interaction"_s) {
            QVERIFY2(warning->message.contains(u"(%1)"_s.arg(generic)),
                     qPrintable(warning->message));
            QVERIFY2(warning->message.contains(classWords(group)), qPrintable(warning->message));
            // Only TNF blockers are called TNF blockers.
            QCOMPARE(warning->message.contains(u"TNF blocker"_s), group == u"tnf-blocker"_s);
        } else {
            const QString kind = MedicineCatalog::vaccineName(group);
            QVERIFY(!kind.isEmpty());
            QVERIFY2(warning->message.contains(u"live vaccine (%1)"_s.arg(kind)),
                     qPrintable(warning->message));
        }
    }

    // Every name in the file has its row above, and every row's name is in
    // the file: the two lists are kept by hand and must agree.
    void everyNameHasARow()
    {
        QSet<QString> listed;
        for (const Row &row : table()) {
            if (!row.listed.isEmpty())
                listed.insert(row.listed);
        }
        QSet<QString> inFile;
        for (const auto &entry : MedicineCatalog::builtIn().entries) {
            for (const QString &name : entry.names)
                inFile.insert(name);
        }
        const QSet<QString> missing = inFile - listed;
        const QSet<QString> extra = listed - inFile;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"no row for: "_s +
                            QStringList(missing.cbegin(), missing.cend()).join(u", "_s)));
        QVERIFY2(extra.isEmpty(),
                 qPrintable(u"not in the file: "_s +
                            QStringList(extra.cbegin(), extra.cend()).join(u", "_s)));
    }

    void noWarning_data()
    {
        QTest::addColumn<QString>("name");
        // Not live, though people mistake them for live vaccines.
        for (const char *name : {"Shingrix",
                                 "zoster vaccine recombinant",
                                 "Gürtelrose-Impfung",
                                 "Jynneos",
                                 "Imvanex",
                                 "influenza vaccine (inactivated)",
                                 "flu shot",
                                 "Grippeimpfung",
                                 "Fluad",
                                 "Vaxigrip Tetra",
                                 "Influvac Tetra",
                                 "Flucelvax",
                                 "Typhim Vi",
                                 "typhoid vaccine",
                                 "Dukoral",
                                 "polio vaccine",
                                 "IPOL",
                                 "Ixiaro",
                                 "Vimkunya",
                                 "chikungunya vaccine",
                                 "Zabdeno",
                                 "Covid-19 vaccine",
                                 "Prevnar 20",
                                 "tetanus"})
            QTest::newRow(name) << QString::fromUtf8(name);
        // Ordinary medicines, and anakinra itself.
        for (const char *name : {"methotrexate", "ibuprofen", "prednisolone", "Paracetamol 500 mg",
                                 "tofacitinib", "Kineret", "anakinra", "Kineret 100 mg"})
            QTest::newRow(name) << QString::fromUtf8(name);
        // A name inside another word, or a part of a name, is not that name.
        for (const char *name :
             {"Humiliation", "Humir", "Enbrelle", "Remicader", "Simponium", "hammrock", "ambcg",
              "opvx", "xmasern", "Priorixx", "Ilarisa", "Tyennes", ""})
            QTest::newRow(*name ? name : "empty") << QString::fromUtf8(name);
    }

    void noWarning()
    {
        QFETCH(QString, name);
        const auto warning = MedicineCatalog::warningFor(name);
        QVERIFY2(!warning, warning ? qPrintable(warning->message) : "");
    }

    // The file's own list of names that must not warn holds, and is checked
    // when the file is read.
    void fileNotWarnedHolds()
    {
        for (const QString &name : MedicineCatalog::builtIn().notWarned)
            QVERIFY2(!MedicineCatalog::warningFor(name), qPrintable(name));
    }

    void brokenCatalogueFailsLoudly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fault");
        const QByteArray good = builtInJson();
        const auto broken = [&good](const char *tag, const char *from, const char *to,
                                    const char *fault) {
            QByteArray json = good;
            json.replace(from, to);
            QVERIFY2(json != good, tag);
            QTest::newRow(tag) << json << QString::fromUtf8(fault);
        };
        QTest::newRow("not JSON") << QByteArray("{") << u"not valid JSON"_s;
        broken("no date", R"("date": "2026-12-02")", R"("date": "December")", "date");
        broken("no sources", R"("sources": [)", R"("sources": [], "x": [)", "unknown key \"x\"");
        broken("unknown class", R"("class": "il6-blocker", "product": "Kevzara")",
               R"("class": "il-6", "product": "Kevzara")", "class \"il-6\"");
        broken("unknown vaccine kind", R"("kind": "ebola-live")", R"("kind": "ebola")",
               "kind \"ebola\"");
        broken("a name twice", R"(["Yusimry", "adalimumab-aqvh"])", R"(["Yusimry", "Humira"])",
               "\"Humira\" is also in");
        broken("a name that must not warn", R"(["Ixchiq"])", R"(["Ixchiq", "Shingrix"])",
               "\"Shingrix\" would warn");
        broken("a typo in a key", R"("liveVaccines":)", R"("liveVaccine":)",
               "unknown key \"liveVaccine\"");
    }

    void brokenCatalogueFailsLoudly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fault);
        const auto catalogue = MedicineCatalog::fromJson(json, u"broken.json"_s);
        QVERIFY(!catalogue);
        QCOMPARE(catalogue.error().code, u"catalogue-invalid"_s);
        QVERIFY2(catalogue.error().message.startsWith(u"broken.json: "_s),
                 qPrintable(catalogue.error().message));
        QVERIFY2(catalogue.error().message.contains(fault), qPrintable(catalogue.error().message));
    }
};

QList<Row> TestMedicines::table()
{
    Table t;

    // TNF blockers on the label, their biosimilars by brand (US, EU) and by
    // the four-letter-suffix name (FDA Purple Book).
    t.biologic("adalimumab", "tnf-blocker",
               {"adalimumab", "Humira",          "Trudexa",         "Amjevita",
                "Amgevita",   "adalimumab-atto", "Cyltezo",         "adalimumab-adbm",
                "Hyrimoz",    "Hefiya",          "Halimatoz",       "adalimumab-adaz",
                "Hadlima",    "Imraldi",         "adalimumab-bwwd", "Abrilada",
                "Amsparity",  "adalimumab-afzb", "Hulio",           "adalimumab-fkjp",
                "Yusimry",    "adalimumab-aqvh", "Idacio",          "adalimumab-aacf",
                "Yuflyma",    "adalimumab-aaty", "Simlandi",        "adalimumab-ryvk",
                "Hukyndra",   "Libmyris"});
    t.biologic("etanercept", "tnf-blocker",
               {"etanercept", "Enbrel", "Erelzi", "etanercept-szzs", "Eticovo", "Benepali",
                "etanercept-ykro", "Nepexto"});
    t.biologic("infliximab", "tnf-blocker",
               {"infliximab", "Remicade", "Inflectra", "Remsima", "Zymfentra", "infliximab-dyyb",
                "Renflexis", "Flixabi", "infliximab-abda", "Ixifi", "Zessly", "infliximab-qbtx",
                "Avsola", "infliximab-axxq"});
    t.biologic("certolizumab pegol", "tnf-blocker", {"certolizumab", "Cimzia"});
    t.biologic("golimumab", "tnf-blocker", {"golimumab", "Simponi", "Simponi Aria"});
    // The other biologics of the label and of its warning in practice.
    t.biologic("abatacept", "t-cell-modulator", {"abatacept", "Orencia"});
    t.biologic("rilonacept", "il1-blocker", {"rilonacept", "Arcalyst"});
    t.biologic("canakinumab", "il1-blocker", {"canakinumab", "Ilaris"});
    t.biologic("tocilizumab", "il6-blocker",
               {"tocilizumab", "Actemra", "RoActemra", "Tofidence", "tocilizumab-bavi", "Tyenne",
                "tocilizumab-aazg", "Avtozma", "tocilizumab-anoh"});
    t.biologic("sarilumab", "il6-blocker", {"sarilumab", "Kevzara"});
    t.biologic("siltuximab", "il6-blocker", {"siltuximab", "Sylvant"});
    t.biologic("rituximab", "cd20-antibody",
               {"rituximab", "Rituxan", "Rituxan Hycela", "MabThera", "Truxima", "rituximab-abbs",
                "Ruxience", "rituximab-pvvr", "Riabni", "rituximab-arrx", "Rixathon", "Riximyo",
                "Blitzima", "Ritemvia", "Tuxella"});
    t.biologic("ocrelizumab", "cd20-antibody", {"ocrelizumab", "Ocrevus"});
    t.biologic("ofatumumab", "cd20-antibody", {"ofatumumab", "Kesimpta", "Arzerra"});
    t.biologic("obinutuzumab", "cd20-antibody", {"obinutuzumab", "Gazyva", "Gazyvaro"});
    t.biologic("ublituximab", "cd20-antibody", {"ublituximab", "Briumvi", "ublituximab-xiiy"});

    // Live vaccines, generic and brand, English and German (CDC, PEI/STIKO).
    t.vaccine("mmr", {"MMR", "M-M-R", "M-M-R II", "MMR II", "MMRVaxPro", "M-M-RvaxPro", "Priorix",
                      "measles", "mumps", "rubella"});
    t.compound("mmr", "Masern*", {"Masern", "Masernimpfung", "Masern-Impfstoff"});
    t.compound("mmr", "Mumps*", {"Mumpsimpfung"});
    t.compound("mmr", "Röteln*", {"Röteln", "Rötelnimpfung", "Roeteln"});
    t.vaccine("mmrv", {"MMRV", "ProQuad", "Priorix-Tetra"});
    t.vaccine("varicella", {"varicella", "chickenpox", "chicken pox", "Varivax", "Varilrix"});
    t.compound("varicella", "Varizellen*", {"Varizellen", "Varizellenimpfung"});
    t.compound("varicella", "Windpocken*", {"Windpocken", "Windpockenimpfung"});
    t.vaccine("zoster-live", {"Zostavax", "live zoster", "zoster live", "Zoster-Lebendimpfstoff"});
    t.vaccine("yellow-fever", {"yellow fever", "YF-Vax", "Stamaril"});
    t.compound("yellow-fever", "Gelbfieber*", {"Gelbfieber", "Gelbfieberimpfung"});
    t.vaccine("bcg", {"BCG", "Bacille Calmette-Guérin", "Tuberkulose-Impfung", "TB vaccine"});
    t.vaccine("laiv",
              {"FluMist", "Fluenz", "Fluenz Tetra", "LAIV", "nasal flu", "nasal influenza",
               "live influenza", "flu nasal spray", "nasal spray flu vaccine", "Grippe-Nasenspray",
               "Nasenspray-Grippeimpfung", "nasaler Grippeimpfstoff", "Influenza nasal"});
    t.vaccine("typhoid-oral", {"Vivotif", "oral typhoid", "typhoid oral", "Ty21a", "Typhus oral",
                               "Typhus-Schluckimpfung"});
    t.vaccine("rotavirus", {"Rotarix", "RotaTeq"});
    t.compound("rotavirus", "Rotavir*", {"rotavirus", "Rotaviren", "Rotavirus-Impfung"});
    t.vaccine("polio-oral", {"oral polio", "polio oral", "OPV", "bOPV", "nOPV2", "Sabin",
                             "Polio-Schluckimpfung"});
    t.vaccine("cholera-live", {"Vaxchora"});
    t.compound("dengue", "Dengue*", {"dengue vaccine", "Dengue-Impfung", "Denguefieberimpfung"});
    t.vaccine("dengue", {"Dengvaxia", "Qdenga"});
    t.vaccine("chikungunya-live", {"Ixchiq"});
    t.vaccine("ebola-live", {"Ervebo"});
    t.vaccine("smallpox-live", {"ACAM2000"});
    t.vaccine("japanese-encephalitis-live", {"Imojev"});
    t.vaccine("adenovirus-live", {"adenovirus type 4"});
    t.vaccine("live", {"live vaccine", "live attenuated"});
    t.compound("live", "Lebendimpfstoff*", {"Lebendimpfstoff"});
    t.compound("live", "Lebendimpfung*", {"Lebendimpfung"});

    // As people write them: any case, doses, brand marks, packs.
    t.extra("AMJEVITA 40 mg pen", "interaction", "adalimumab", "tnf-blocker");
    t.extra("Enbrel 50 mg", "interaction", "etanercept", "tnf-blocker");
    t.extra("Enbrel® (brand mark)", "interaction", "etanercept", "tnf-blocker");
    t.extra("adalimumab atto", "interaction", "adalimumab", "tnf-blocker");
    t.extra("Ocrevus Zunovo", "interaction", "ocrelizumab", "cd20-antibody");
    t.extra("Actemra ACTPen", "interaction", "tocilizumab", "il6-blocker");
    t.extra("priorix tetra", "live-vaccine", "", "mmrv"); // the longer name wins over Priorix
    t.extra("Priorix-Tetra vaccine", "live-vaccine", "", "mmrv");
    t.extra("Fluenz Tetra nasal spray", "live-vaccine", "", "laiv");
    t.extra("live zoster vaccine", "live-vaccine", "", "zoster-live");
    t.extra("MMR-Impfung", "live-vaccine", "", "mmr");
    t.extra("Masern-Mumps-Röteln", "live-vaccine", "", "mmr");
    return t.rows;
}

QTEST_GUILESS_MAIN(TestMedicines)
#include "tst_medicines.moc"
