// The man pages in resources/man against the programs: shotbook-cli(1) lists
// every command with exactly the synopsis `shotbook-cli --help` prints and no
// other, and every id core accepts; shotbook(1) lists every option of
// `shotbook --help`.

#include "CliHelp.h"
#include "diary/Labs.h"
#include "diary/Measures.h"
#include "sites/SiteReaction.h"
#include "sites/Zones.h"
#include "stock/StockRules.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace shotbook;
using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {

QStringList manPageLines(const QString &name)
{
    QFile file(QStringLiteral(SHOTBOOK_MAN_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

// The text of a troff line: without font changes, "\-" as "-", and the
// font macros (.B, .I, .BI, .BR, ...) applied: .B and .I join their
// arguments with spaces, the alternating ones without.
QString plain(QString line)
{
    static const QRegularExpression font(QStringLiteral(R"(\\f[BIRP])"));
    static const QRegularExpression macro(QStringLiteral(R"(^\.([BI]|[BIR][BIR]) (.*)$)"));
    static const QRegularExpression argument(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    if (const auto match = macro.match(line); match.hasMatch()) {
        QStringList arguments;
        for (auto it = argument.globalMatch(match.captured(2)); it.hasNext();) {
            const auto next = it.next();
            arguments << (next.hasCaptured(1) ? next.captured(1) : next.captured(2));
        }
        line = arguments.join(match.captured(1).size() == 1 ? u" "_s : QString());
    }
    line.remove(font);
    line.replace(u"\\-"_s, u"-"_s);
    return line;
}

// The lines of section `title` (from ".SH title" to the next ".SH").
QStringList section(const QStringList &lines, const QString &title)
{
    QStringList body;
    bool inside = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String(".SH "))) {
            inside = line.mid(4).trimmed() == title;
            continue;
        }
        if (inside)
            body << line;
    }
    return body;
}

// The tags of the section's .TP paragraphs: the line after each ".TP".
QStringList tags(const QStringList &body)
{
    QStringList found;
    for (qsizetype i = 0; i + 1 < body.size(); ++i) {
        if (body.at(i) == QLatin1String(".TP"))
            found << plain(body.at(i + 1));
    }
    return found;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestManPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliCommandsAreTheHelpsCommands()
    {
        const QList<CliHelpCommand> commands = cliHelpCommands();
        QVERIFY(!commands.isEmpty());
        QStringList synopses;
        for (const CliHelpCommand &command : commands)
            synopses << command.synopsis;
        const QStringList body = section(manPageLines(u"shotbook-cli.1"_s), u"COMMANDS"_s);
        QVERIFY(!body.isEmpty());
        QCOMPARE(sorted(tags(body)), sorted(synopses));
    }

    void cliGlobalOptionsAreListed()
    {
        const QStringList options = tags(section(manPageLines(u"shotbook-cli.1"_s), u"OPTIONS"_s));
        for (const QString &option :
             cliHelpGlobals().options() + QStringList{u"--help"_s, u"--version"_s}) {
            const bool listed =
                std::any_of(options.cbegin(), options.cend(), [&](const QString &t) {
                    return t == option || t.startsWith(option + u' ');
                });
            QVERIFY2(listed, qPrintable(option));
        }
    }

    void cliIdsAreListed_data()
    {
        QTest::addColumn<QString>("id");
        QStringList ids = Zones::ids() + ReactionKinds::ids() + StockRules::discardReasons();
        for (const Measure &measure : Measures::all())
            ids << measure.id;
        for (const Analyte &analyte : Labs::analytes())
            ids << analyte.id;
        for (const QString &id : ids)
            QTest::newRow(qPrintable(id)) << id;
    }
    void cliIdsAreListed()
    {
        QFETCH(QString, id);
        static const QString ids = [] {
            QStringList text;
            for (const QString &line : section(manPageLines(u"shotbook-cli.1"_s), u"IDS"_s))
                text << plain(line);
            return text.join(u' ');
        }();
        static const QRegularExpression separators(QStringLiteral("[\\s,;.()\"]+"));
        QVERIFY2(ids.split(separators).contains(id), qPrintable(id));
    }

    void guiOptionsAreListed()
    {
        QProcess gui;
        gui.start(QStringLiteral(SHOTBOOK_GUI_PATH), {u"--help"_s, u"-platform"_s, u"offscreen"_s});
        QVERIFY(gui.waitForFinished(15000));
        QCOMPARE(gui.exitCode(), 0);
        // "  --db <PATH>   Open the database file PATH." and "-h, --help".
        static const QRegularExpression option(QStringLiteral(R"(^\s+((?:-\w, )?--[a-z-]+))"));
        QStringList helpOptions;
        for (const QString &line : QString::fromUtf8(gui.readAllStandardOutput()).split(u'\n')) {
            if (const auto match = option.match(line); match.hasMatch())
                helpOptions << match.captured(1);
        }
        QVERIFY(helpOptions.contains(u"--db"_s));
        const QStringList listed = tags(section(manPageLines(u"shotbook.1"_s), u"OPTIONS"_s));
        for (const QString &helpOption : helpOptions) {
            const bool found = std::any_of(listed.cbegin(), listed.cend(), [&](const QString &t) {
                return t == helpOption || t.startsWith(helpOption + u' ');
            });
            QVERIFY2(found, qPrintable(helpOption));
        }
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
