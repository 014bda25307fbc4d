#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    void refusesGarbageWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        QProcess gui;
        gui.start(QStringLiteral(SHOTBOOK_GUI_PATH),
                  {QStringLiteral("--db"), path, QStringLiteral("-platform"),
                   QStringLiteral("offscreen")});
        QVERIFY(gui.waitForStarted(10000));
        // The refusal dialog waits for the user; the file stays as it was.
        QVERIFY(!gui.waitForFinished(2000));
        gui.kill();
        gui.waitForFinished(5000);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("not a database\n"));
    }
};

QTEST_GUILESS_MAIN(TestGuiSmoke)
#include "tst_guismoke.moc"
