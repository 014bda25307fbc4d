#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Starts the real `shotbook` binary offscreen and checks that it comes up,
// stays up, and created its database; then stops it.
class TestGuiSmoke final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("smoke.sqlite"));
        QProcess gui;
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gui.start(QStringLiteral(SHOTBOOK_GUI_PATH),
                  {QStringLiteral("--db"), path, QStringLiteral("-platform"),
                   QStringLiteral("offscreen")});
        QVERIFY(gui.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path + QStringLiteral(".lock")), 15000);
        QVERIFY(!gui.waitForFinished(1500)); // still running: it did not crash or quit
        QVERIFY(QFileInfo::exists(path));
        gui.terminate();
        QVERIFY(gui.waitForFinished(10000));
    }

    // On a real (virtual) X display, so that the refusal is seen: its window
    // must come up, or the test fails (a hang, a crash or a main window on
    // garbage all do); and the file is left as it was.
    void refusesGarbageWithoutTouchingIt()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        const QString xwininfo = QStandardPaths::findExecutable(QStringLiteral("xwininfo"));
        QVERIFY2(!xvfb.isEmpty() && !xwininfo.isEmpty(),
                 "Xvfb and xwininfo are needed: install xvfb and x11-utils (packaging/setup.sh "
                 "does)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();

        QProcess display;
        display.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"),
                             QStringLiteral("-nolisten"), QStringLiteral("tcp"),
                             QStringLiteral("-screen"), QStringLiteral("0"),
                             QStringLiteral("1024x768x24")});
        QVERIFY(display.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(display.canReadLine(), 15000);
        const QString number = QString::fromLatin1(display.readLine()).trimmed();
        QVERIFY2(!number.isEmpty(), "Xvfb gave no display number");
        const QString name = QLatin1Char(':') + number;
        const auto windowTitles = [&] {
            QProcess info;
            info.start(xwininfo, {QStringLiteral("-display"), name, QStringLiteral("-root"),
                                  QStringLiteral("-tree")});
            info.waitForFinished(10000);
            return QString::fromUtf8(info.readAllStandardOutput());
        };

        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), name);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        gui.setProcessEnvironment(environment);
        gui.start(QStringLiteral(SHOTBOOK_GUI_PATH), {QStringLiteral("--db"), path});
        QVERIFY(gui.waitForStarted(10000));
        QTRY_VERIFY2_WITH_TIMEOUT(windowTitles().contains(QStringLiteral("\"Cannot Open Database")),
                                  qPrintable(windowTitles()), 20000);
        QCOMPARE(gui.state(), QProcess::Running); // waiting for the person's choice
        gui.kill();
        gui.waitForFinished(5000);
        display.terminate();
        display.waitForFinished(5000);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("not a database\n"));
    }
};

QTEST_GUILESS_MAIN(TestGuiSmoke)
#include "tst_guismoke.moc"
