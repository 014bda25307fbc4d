// Tests never write to the real home or settings, even when a test binary is
// run directly, without tests/run-isolated.sh (support/TestIsolation.cpp).

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestIsolation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsAndDataAreInATestLocation()
    {
        const QString tmp = QDir::tempPath() + u"/shotbook-test."_s;
        const QString realHome = QString::fromLocal8Bit(getpwuid(getuid())->pw_dir);
        for (const QString &path :
             {QDir::homePath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
              QSettings().fileName()}) {
            QVERIFY2(path.startsWith(tmp), qPrintable(path));
            QVERIFY2(!path.startsWith(realHome + u'/'), qPrintable(path));
        }
    }

    // A GUI test that writes settings (the reminder switches), started as a
    // person would start it: HOME and XDG_CONFIG_HOME point at a folder that
    // stands for the real home. Afterwards that folder is still empty.
    void aTestRunDirectlyLeavesTheHomeAlone()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"SHOTBOOK_TEST_ISOLATED"_s, u"XDG_DATA_HOME"_s,
                                    u"XDG_CACHE_HOME"_s, u"XDG_STATE_HOME"_s, u"XDG_RUNTIME_DIR"_s})
            environment.remove(name);
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess test;
        test.setProcessEnvironment(environment);
        test.setProcessChannelMode(QProcess::MergedChannels);
        test.start(QStringLiteral(SHOTBOOK_SETTINGS_TEST), {u"-silent"_s});
        QVERIFY(test.waitForFinished(120000));
        QVERIFY2(test.exitStatus() == QProcess::NormalExit && test.exitCode() == 0,
                 test.readAll().constData());
        QStringList written;
        QDirIterator it(home.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            written << it.next();
        QVERIFY2(written.isEmpty(), qPrintable(written.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
