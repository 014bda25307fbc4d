#include "ScriptedPrompts.h"
#include "TestFiles.h"
#include "shell/DatabaseOpener.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace shotbook;

class TestDatabaseOpener final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFileOffersAnotherAndNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString garbage = test::copyFixture(dir, QStringLiteral("garbage.sqlite"));
        const QByteArray before = test::readAll(garbage);
        test::ScriptedPrompts prompts;
        // "Create new" with the damaged file's own name: refused; then a new name.
        prompts.choices << ui::DatabaseOpener::CreateNew << ui::DatabaseOpener::CreateNew;
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        prompts.saveNames << garbage << fresh;

        ui::DatabaseOpener opener(prompts);
        auto opened = opener.open(garbage);
        QVERIFY(opened);
        QCOMPARE(opened->database->path(), fresh);
        QVERIFY(prompts.asked.first().contains(QStringLiteral("not a Shotbook database")));
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY(prompts.errors.first().contains(QStringLiteral("already exists")));
        QCOMPARE(test::readAll(garbage), before);
    }

    void newerFileOffersToOpenAnother()
    {
        QTemporaryDir dir;
        const QString newer = test::copyFixture(dir, QStringLiteral("newer.sqlite"));
        const QString good = dir.filePath(QStringLiteral("good.sqlite"));
        QVERIFY(ui::DatabaseOpener::tryOpen(good)); // creates it
        test::ScriptedPrompts prompts;
        prompts.choices << ui::DatabaseOpener::OpenAnother;
        prompts.openNames << good;
        ui::DatabaseOpener opener(prompts);
        auto opened = opener.open(newer);
        QVERIFY(opened);
        QCOMPARE(opened->database->path(), good);
        QVERIFY(prompts.asked.first().contains(QStringLiteral("newer version")));
    }

    // The shared record's server is down: the window says so at once and
    // offers this computer's own record; trying again asks again.
    void unreachableServerOffersTheLocalRecord()
    {
        QTemporaryDir dir;
        const QString socket = dir.filePath(QStringLiteral("no-server"));
        const QString location = QStringLiteral("postgresql://nobody@") +
                                 QString::fromUtf8(QUrl::toPercentEncoding(socket)) +
                                 QStringLiteral("/household");
        test::ScriptedPrompts prompts;
        prompts.choices << ui::DatabaseOpener::TryAgain << ui::DatabaseOpener::OpenLocal;
        ui::DatabaseOpener opener(prompts);
        auto opened = opener.open(location);
        QVERIFY(opened);
        QCOMPARE(opened->database->path(), Database::defaultPath());
        QVERIFY(!opened->database->isShared());
        QCOMPARE(prompts.asked.size(), 2);
        for (const QString &asked : prompts.asked) {
            QVERIFY2(asked.contains(QStringLiteral("postgresql://nobody@")), qPrintable(asked));
            QVERIFY2(asked.contains(QStringLiteral("this computer")), qPrintable(asked));
        }
    }

    void quitReturnsNothing()
    {
        QTemporaryDir dir;
        const QString truncated = test::copyFixture(dir, QStringLiteral("truncated.sqlite"));
        test::ScriptedPrompts prompts;
        prompts.choices << ui::DatabaseOpener::Quit;
        ui::DatabaseOpener opener(prompts);
        QVERIFY(!opener.open(truncated));
    }

    void secondWindowIsToldFileIsOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        auto first = ui::DatabaseOpener::tryOpen(path);
        QVERIFY(first);
        const auto second = ui::DatabaseOpener::tryOpen(path);
        QVERIFY(!second);
        QCOMPARE(second.error().code, QStringLiteral("database-open-elsewhere"));
        first = fail(Error::internal(QString(), QString())); // releases the lock
        QVERIFY(ui::DatabaseOpener::tryOpen(path));
    }
};

QTEST_MAIN(TestDatabaseOpener)
#include "tst_databaseopener.moc"
