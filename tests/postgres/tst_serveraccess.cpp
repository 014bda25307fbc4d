// Signing in to a shared record: a password from ~/.pgpass (never from
// Shotbook), and TLS verified against the household's own CA. Each refusal is
// exit 4 and one line that says what was wrong. Needs the servers
// packaging/ci-postgres.sh starts: a role that must give its password
// (SHOTBOOK_TEST_POSTGRES_PASSWORD) and a TLS-only TCP port
// (SHOTBOOK_TEST_POSTGRES_TLS, its CA in SHOTBOOK_TEST_POSTGRES_CA and a CA
// that did not sign it in SHOTBOOK_TEST_POSTGRES_WRONG_CA).

#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace shotbook::test;
using namespace Qt::StringLiterals;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

class TestServerAccess final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A password file for libpq (PGPASSFILE), mode 0600 as libpq demands.
    void usePasswordFile(const QByteArray &password)
    {
        const QString path = m_dir.filePath(u"pgpass"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("*:*:*:sb_password:" + password + "\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        qputenv("PGPASSFILE", path.toLocal8Bit());
    }

    static CliRun listPatients(const QString &url)
    {
        return runCli({u"--db"_s, url, u"--json"_s, u"patient"_s, u"add"_s, u"--name"_s,
                       u"Ada %1"_s.arg(QDateTime::currentMSecsSinceEpoch())});
    }

    static QString errorCode(const CliRun &run)
    {
        return run.json().value(u"error"_s).toObject().value(u"code"_s).toString();
    }

    // One line on stderr that names the server and says `words`.
    static void saysInOneLine(const CliRun &run, const QStringList &words)
    {
        const QString line = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(!line.contains(u'\n'), qPrintable(line));
        for (const QString &word : words)
            QVERIFY2(line.contains(word, Qt::CaseInsensitive),
                     qPrintable(u"\"%1\" not in: %2"_s.arg(word, line)));
    }

private Q_SLOTS:
    void cleanup() { qunsetenv("PGPASSFILE"); }

    void password_data()
    {
        QTest::addColumn<QByteArray>("password"); // in ~/.pgpass; empty: no such line
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::newRow("right") << QByteArray("the-right-one") << 0 << QString();
        QTest::newRow("wrong") << QByteArray("the-wrong-one") << 4 << u"login-failed"_s;
        QTest::newRow("one letter off") << QByteArray("the-right-onE") << 4 << u"login-failed"_s;
        QTest::newRow("none given") << QByteArray() << 4 << u"login-failed"_s;
    }
    void password()
    {
        const QString url = env("SHOTBOOK_TEST_POSTGRES_PASSWORD");
        if (url.isEmpty())
            QSKIP("needs the password role of packaging/ci-postgres.sh");
        QFETCH(QByteArray, password);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        if (password.isEmpty())
            qputenv("PGPASSFILE", m_dir.filePath(u"no-such-file"_s).toLocal8Bit());
        else
            usePasswordFile(password);
        const CliRun run = listPatients(url);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 0)
            return;
        QCOMPARE(errorCode(run), code);
        saysInOneLine(run, {u"sb_password"_s, u"refused the login"_s, u"~/.pgpass"_s});
        // The password itself is never repeated back.
        QVERIFY(!run.err.contains("the-"));
    }

    void tls_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("options"); // {ca}, {wrong-ca}: the two CAs
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("verified") << u"localhost"_s << u"sslmode=verify-full&sslrootcert={ca}"_s
                                  << 0 << QStringList{};
        QTest::newRow("another CA")
            << u"localhost"_s << u"sslmode=verify-full&sslrootcert={wrong-ca}"_s << 4
            << QStringList{u"secure connection"_s, u"certificate"_s};
        QTest::newRow("host not in the certificate")
            << u"127.0.0.1"_s << u"sslmode=verify-full&sslrootcert={ca}"_s << 4
            << QStringList{u"secure connection"_s, u"127.0.0.1"_s};
        QTest::newRow("no TLS") << u"localhost"_s << u"sslmode=disable"_s << 4
                                << QStringList{u"secure connection"_s, u"no encryption"_s};
        QTest::newRow("CA file missing")
            << u"localhost"_s << u"sslmode=verify-full&sslrootcert={missing}"_s << 4
            << QStringList{u"secure connection"_s, u"certificate"_s};
    }
    void tls()
    {
        const QString base = env("SHOTBOOK_TEST_POSTGRES_TLS");
        if (base.isEmpty())
            QSKIP("needs the TLS port of packaging/ci-postgres.sh");
        QFETCH(QString, host);
        QFETCH(QString, options);
        QFETCH(int, exitCode);
        QFETCH(QStringList, says);
        QUrl url(base);
        url.setHost(host);
        url.setPath(u"/postgres"_s);
        options.replace(u"{ca}"_s, env("SHOTBOOK_TEST_POSTGRES_CA"))
            .replace(u"{wrong-ca}"_s, env("SHOTBOOK_TEST_POSTGRES_WRONG_CA"))
            .replace(u"{missing}"_s, m_dir.filePath(u"no-ca.crt"_s));
        const QString address = url.toString() + u'?' + options;
        // Reading only: the maintenance database gets no Shotbook record.
        const CliRun run = runCli({u"--db"_s, address, u"--json"_s, u"check"_s});
        if (exitCode == 0) {
            // Reached and verified: the answer is that no record is there yet.
            QCOMPARE(run.exitCode, 4);
            QCOMPARE(errorCode(run), u"database-missing"_s);
            return;
        }
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(errorCode(run), u"tls-failed"_s);
        saysInOneLine(run, says);
    }
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_serveraccess.moc"
