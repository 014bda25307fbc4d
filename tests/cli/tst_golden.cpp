// Golden files: the exact --json output of every shotbook-cli command (and
// the files a command writes), on a small fixed database, compared to the
// byte with tests/golden/. SHOTBOOK_UPDATE_GOLDEN=1 rewrites them; see
// tests/golden/README.md.

#include "CliFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {

const QString GoldenDir = QStringLiteral(SHOTBOOK_GOLDEN_DIR);

bool updating()
{
    return qEnvironmentVariable("SHOTBOOK_UPDATE_GOLDEN") == u"1"_s;
}

// The lines of a golden list, without comments and blank lines, each split
// as a shell would ("quoted words" stay one).
QList<QStringList> scriptLines(const QString &name)
{
    QFile file(GoldenDir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<QStringList> lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        lines << QProcess::splitCommand(line);
    }
    return lines;
}

// Where two texts first differ, for a failure people can read.
QString firstDifference(const QString &expected, const QString &actual)
{
    const QStringList want = expected.split(u'\n');
    const QStringList got = actual.split(u'\n');
    for (qsizetype i = 0; i < qMax(want.size(), got.size()); ++i) {
        const QString a = want.value(i, u"(end)"_s);
        const QString b = got.value(i, u"(end)"_s);
        if (a != b)
            return u"line %1\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(a, b);
    }
    return {};
}

} // namespace

class TestGolden final : public QObject
{
    Q_OBJECT

    CliDatabase m_built; // the database setup.txt makes, copied for each golden
    CliDatabase m_db;

    // Compares `actual` with the golden file `name`, or rewrites it when updating.
    static void compareWithGolden(const QString &name, const QByteArray &actual)
    {
        const QString path = GoldenDir + u'/' + name;
        if (updating()) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
            file.write(actual);
            return;
        }
        QVERIFY2(QFileInfo::exists(path),
                 qPrintable(u"no golden file %1: run the suite with SHOTBOOK_UPDATE_GOLDEN=1, "
                            u"then read what it wrote (tests/golden/README.md)"_s.arg(path)));
        const QByteArray expected = readAll(path);
        QVERIFY2(actual == expected, qPrintable(name + u" differs at "_s +
                                                firstDifference(QString::fromUtf8(expected),
                                                                QString::fromUtf8(actual))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The children's clock and words, however this binary was started.
        qputenv("TZ", "Europe/Berlin");
        qputenv("LC_ALL", "C.UTF-8");
        qputenv("LANGUAGE", "");
        m_built.reset(u"golden"_s);
        for (const QStringList &line : scriptLines(u"setup.txt"_s))
            QVERIFY2(m_built.ok(line.first(), line.mid(1)), qPrintable(line.join(u' ')));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QStringList>("arguments");
        for (const QStringList &line : scriptLines(u"commands.txt"_s))
            QTest::newRow(qPrintable(line.at(0))) << line.at(1) << line.mid(2);
    }

    void golden()
    {
        QFETCH(QString, now);
        QFETCH(QStringList, arguments);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        m_db.reset(name);
        QVERIFY(QFile::copy(m_built.path(), m_db.path()));
        if (QFileInfo::exists(m_built.path() + u"-wal"_s))
            QVERIFY(QFile::copy(m_built.path() + u"-wal"_s, m_db.path() + u"-wal"_s));
        QTemporaryDir out;
        QVERIFY(out.isValid());
        arguments.replaceInStrings(u"{out}"_s, out.path());
        arguments.replaceInStrings(u"{golden}"_s, QStringLiteral(SHOTBOOK_GOLDEN_DIR));

        const CliRun run = m_db.run(now, arguments);
        const bool failed = run.json().contains(u"error"_s);
        QVERIFY2((run.exitCode == 0) != failed, run.err.constData());
        QByteArray stdoutText = run.out;
        stdoutText.replace(out.path().toUtf8(), "{out}");
        compareWithGolden(name + u".json"_s, stdoutText);

        // A file written is compared too (NAME.ext; NAME-file.ext when a
        // command writes several, as export csv does, or JSON, which would
        // take the name of its standard output); a database is not
        // text, its content is checked by the suites that make one.
        QStringList files;
        QDirIterator written(out.path(), QDir::Files);
        while (written.hasNext())
            files << written.next();
        files.sort();
        for (const QString &path : files) {
            const QFileInfo file(path);
            if (file.suffix() == u"sqlite"_s)
                continue;
            const bool ownName = files.size() == 1 && file.suffix() != u"json"_s;
            if (file.suffix() == u"pdf"_s) {
                // A PDF holds the time it was written: its text is compared
                // (Debian's poppler-utils), as NAME.pdf.txt.
                QProcess text;
                text.start(u"pdftotext"_s, {u"-layout"_s, file.filePath(), u"-"_s});
                QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0,
                         "pdftotext (poppler-utils) is needed to read the PDF");
                compareWithGolden(name + u".pdf.txt"_s, text.readAllStandardOutput());
                continue;
            }
            compareWithGolden(ownName ? name + u'.' + file.suffix() : name + u'-' + file.fileName(),
                              readAll(file.filePath()));
        }
        if (updating())
            QSKIP("golden files rewritten: read the diff before committing them");
    }

    // Every command `--help` lists has a golden line: a new command cannot
    // come without its output being pinned.
    void everyCommandHasAGolden()
    {
        const CliRun help = runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QStringList golden;
        for (const QStringList &line : scriptLines(u"commands.txt"_s))
            golden << line.mid(2).join(u' ') + u' ';
        const QRegularExpression word(u"^[a-z][a-z-]*$"_s);
        int commands = 0;
        for (const QString &line : QString::fromUtf8(help.out).split(u'\n')) {
            if (!line.startsWith(u"  "_s) || line.startsWith(u"   "_s))
                continue;
            QStringList words;
            for (const QString &token : line.trimmed().split(u' ')) {
                if (!word.match(token).hasMatch())
                    break;
                words << token;
            }
            const QString command = words.join(u' ') + u' ';
            ++commands;
            const bool covered = std::any_of(golden.cbegin(), golden.cend(), [&](const QString &g) {
                return g.startsWith(command);
            });
            QVERIFY2(covered, qPrintable(u"no golden for \"%1\": add a line to "
                                         u"tests/golden/commands.txt"_s.arg(command.trimmed())));
        }
        QVERIFY2(commands > 30, qPrintable(QString::fromUtf8(help.out)));
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
