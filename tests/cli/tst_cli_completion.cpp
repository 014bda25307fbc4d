// The bash completion of shotbook-cli (resources/completion/shotbook-cli.bash)
// against the program itself: its commands and options are those the real
// `shotbook-cli --help` lists, value options and flags are told apart as the
// help does, and the ids it offers are core's. The completion function runs
// in a real bash with COMP_WORDS set as readline would set them.

#include "CliHelp.h"
#include "diary/HealthRecordService.h"
#include "diary/Labs.h"
#include "diary/Measures.h"
#include "regimen/RegimenRules.h"
#include "sites/SiteReaction.h"
#include "sites/Zones.h"
#include "stock/StockRules.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace shotbook;
using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {

// What the completion offers with the cursor at the last of `words` (the
// words after "shotbook-cli"; the last is the one being completed), sorted.
QStringList complete(const QStringList &words)
{
    static const QString script = uR"(
source "$1" || exit 3
shift
COMP_WORDS=(shotbook-cli "$@")
COMP_CWORD=$#
COMP_LINE="${COMP_WORDS[*]}"
COMP_POINT=${#COMP_LINE}
_shotbook_cli shotbook-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" || exit 4
printf '%s\n' "${COMPREPLY[@]}"
)"_s;
    QProcess bash;
    bash.start(u"bash"_s,
               QStringList{u"-c"_s, script, u"bash"_s, QStringLiteral(SHOTBOOK_COMPLETION)} +
                   words);
    if (!bash.waitForFinished(10000) || bash.exitStatus() != QProcess::NormalExit ||
        bash.exitCode() != 0) {
        qWarning("bash failed on \"%s\": %s", qPrintable(words.join(u' ')),
                 bash.readAllStandardError().constData());
        return {u"<bash failed>"_s};
    }
    QStringList offered = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n');
    offered.removeAll(QString());
    offered.sort();
    return offered;
}

QStringList sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

QStringList without(QStringList list, const QString &item)
{
    list.removeAll(item);
    return list;
}

QStringList startingWith(const QStringList &list, const QString &prefix)
{
    QStringList matching;
    for (const QString &item : list) {
        if (item.startsWith(prefix))
            matching << item;
    }
    return matching;
}

QStringList measureIds()
{
    QStringList ids;
    for (const Measure &measure : Measures::all())
        ids << measure.id;
    return ids;
}

QStringList analyteIds()
{
    QStringList ids;
    for (const Analyte &analyte : Labs::analytes())
        ids << analyte.id;
    return ids;
}

// The options shotbook-cli takes anywhere: those of its usage line, and
// --help and --version (Cli.cpp's global options).
QStringList globalOptions()
{
    return cliHelpGlobals().options() + QStringList{u"--help"_s, u"--version"_s};
}

} // namespace

class TestCliCompletion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(SHOTBOOK_COMPLETION)), SHOTBOOK_COMPLETION);
        QVERIFY(!cliHelpCommands().isEmpty());
        QCOMPARE(sorted(cliHelpGlobals().options()), sorted({u"--db"_s, u"--now"_s, u"--json"_s}));
    }

    void registersForShotbookCli()
    {
        QProcess bash;
        bash.start(u"bash"_s, {u"-c"_s, u"source \"$1\" && complete -p shotbook-cli"_s, u"bash"_s,
                               QStringLiteral(SHOTBOOK_COMPLETION)});
        QVERIFY(bash.waitForFinished(10000));
        QCOMPARE(bash.exitCode(), 0);
        QVERIFY(bash.readAllStandardOutput().contains("-F _shotbook_cli shotbook-cli"));
    }

    // Every prefix of every command's words offers exactly the words that
    // can come next.
    void commandWords_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("expected");
        QMap<QString, QSet<QString>> next; // "site" -> {"next", "list", ...}
        QMap<QString, QStringList> prefixes;
        for (const CliHelpCommand &command : cliHelpCommands()) {
            for (qsizetype n = 0; n < command.words.size(); ++n) {
                const QStringList before = command.words.mid(0, n);
                next[before.join(u' ')].insert(command.words.at(n));
                prefixes[before.join(u' ')] = before;
            }
        }
        for (auto it = next.cbegin(); it != next.cend(); ++it) {
            const QString label = it.key().isEmpty() ? u"(first word)"_s : it.key();
            QTest::newRow(qPrintable(label)) << prefixes.value(it.key()) << sorted(it->values());
        }
        // Global options before the command do not count as words.
        QTest::newRow("after --db")
            << QStringList{u"--db"_s, u"x.sqlite"_s, u"--json"_s} << next.value(QString()).values();
    }
    void commandWords()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, expected);
        QCOMPARE(complete(before + QStringList{QString()}), sorted(expected));
    }

    void prefixOfAWord()
    {
        QCOMPARE(complete({u"sto"_s}), QStringList{u"stock"_s});
        QCOMPARE(complete({u"side-effect"_s, u"a"_s}), sorted({u"add"_s, u"acknowledge"_s}));
        QCOMPARE(complete({u"bogus"_s, QString()}), QStringList());
    }

    // "COMMAND --<tab>" offers the command's options and the global ones,
    // nothing more, nothing less.
    void options_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        for (const CliHelpCommand &command : cliHelpCommands())
            QTest::newRow(qPrintable(command.name()))
                << command.words << sorted(command.options() + globalOptions());
    }
    void options()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QCOMPARE(complete(words + QStringList{u"--"_s}), expected);
    }

    // After an option that takes a value no option is offered (its value
    // comes next); after a flag the options are offered again, the flag not.
    void valuesAndFlags_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("takesValue");
        QTest::addColumn<QStringList>("allOptions");
        for (const CliHelpCommand &command : cliHelpCommands()) {
            const QStringList all = command.options() + globalOptions();
            for (const QString &option : command.valueOptions + cliHelpGlobals().valueOptions)
                QTest::addRow("%s %s", qPrintable(command.name()), qPrintable(option))
                    << command.words << option << true << all;
            for (const QString &option : command.flagOptions + cliHelpGlobals().flagOptions)
                QTest::addRow("%s %s", qPrintable(command.name()), qPrintable(option))
                    << command.words << option << false << all;
        }
    }
    void valuesAndFlags()
    {
        QFETCH(QStringList, words);
        QFETCH(QString, option);
        QFETCH(bool, takesValue);
        QFETCH(QStringList, allOptions);
        if (takesValue) {
            QCOMPARE(startingWith(complete(words + QStringList{option, u"--"_s}), u"--"_s),
                     QStringList());
        } else {
            QCOMPARE(complete(words + QStringList{option, u"--"_s}),
                     sorted(without(allOptions, option)));
        }
    }

    // An option already given is not offered again: shotbook-cli refuses it.
    void optionsGivenAreNotOfferedAgain()
    {
        const QStringList offered =
            complete({u"inject"_s, u"--site"_s, u"arm-left"_s, u"--force"_s, u"--"_s});
        QVERIFY(!offered.contains(u"--site"_s));
        QVERIFY(!offered.contains(u"--force"_s));
        QVERIFY(offered.contains(u"--dose-mg"_s));
    }

    // The ids offered for an option or a positional argument are core's.
    void ids_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("expected");
        const QStringList zones = Zones::ids();
        QTest::newRow("inject --site") << QStringList{u"inject"_s, u"--site"_s, QString()} << zones;
        QTest::newRow("inject --site=") // bash splits "--site=" into "--site", "="
            << QStringList{u"inject"_s, u"--site"_s, u"="_s, QString()} << zones;
        QTest::newRow("inject --site=thigh (one word)")
            << QStringList{u"inject"_s, u"--site=thigh"_s} << [&] {
                   QStringList prefixed;
                   for (const QString &zone : startingWith(zones, u"thigh"_s))
                       prefixed << u"--site="_s + zone;
                   return prefixed;
               }();
        QTest::newRow("inject --site thigh")
            << QStringList{u"inject"_s, u"--site"_s, u"thigh"_s} << startingWith(zones, u"thigh"_s);
        QTest::newRow("reaction add --site")
            << QStringList{u"reaction"_s, u"add"_s, u"--site"_s, QString()} << zones;
        QTest::newRow("site enable ZONE...")
            << QStringList{u"site"_s, u"enable"_s, QString()} << zones;
        QTest::newRow("site disable, one given")
            << QStringList{u"site"_s, u"disable"_s, u"arm-left"_s, QString()}
            << without(zones, u"arm-left"_s);
        QTest::newRow("symptom add --measure")
            << QStringList{u"symptom"_s, u"add"_s, u"--measure"_s, QString()} << measureIds();
        QTest::newRow("lab add --analyte")
            << QStringList{u"lab"_s, u"add"_s, u"--analyte"_s, QString()} << analyteIds();
        QTest::newRow("stock discard --reason")
            << QStringList{u"stock"_s, u"discard"_s, u"--reason"_s, QString()}
            << StockRules::discardReasons();
        QTest::newRow("reaction add --kind")
            << QStringList{u"reaction"_s, u"add"_s, u"--kind"_s, QString()} << ReactionKinds::ids();
        QTest::newRow("reaction add --severity")
            << QStringList{u"reaction"_s, u"add"_s, u"--severity"_s, QString()}
            << QStringList{u"1"_s, u"2"_s, u"3"_s};
        QTest::newRow("side-effect add --severity")
            << QStringList{u"side-effect"_s, u"add"_s, u"--severity"_s, QString()}
            << HealthRecordService::severities();
        QTest::newRow("regimen set --indication")
            << QStringList{u"regimen"_s, u"set"_s, u"--indication"_s, QString()}
            << RegimenRules::indications();
        QTest::newRow("regimen set --per-day")
            << QStringList{u"regimen"_s, u"set"_s, u"--per-day"_s, QString()}
            << QStringList{u"1"_s, u"2"_s};
        QTest::newRow("regimen set --every-days")
            << QStringList{u"regimen"_s, u"set"_s, u"--every-days"_s, QString()}
            << QStringList{u"1"_s, u"2"_s};
        QTest::newRow("free text: inject --note")
            << QStringList{u"inject"_s, u"--note"_s, QString()} << QStringList();
    }
    void ids()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        QCOMPARE(complete(words), sorted(expected));
    }

    // --db and --out complete file names.
    void files()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : {u"alpha.sqlite"_s, u"beta.ics"_s}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(u"archive"_s));
        const QString path = dir.path() + u'/';

        QCOMPARE(complete({u"--db"_s, path + u"al"_s}), QStringList{path + u"alpha.sqlite"_s});
        QCOMPARE(complete({u"patient"_s, u"list"_s, u"--db"_s, path + u"b"_s}),
                 QStringList{path + u"beta.ics"_s});
        QCOMPARE(complete({u"export"_s, u"ics"_s, u"--out"_s, path}),
                 sorted({path + u"alpha.sqlite"_s, path + u"archive"_s, path + u"beta.ics"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliCompletion)
#include "tst_cli_completion.moc"
