// Linked into every test binary (shotbook_test_support): before main(), a
// binary started directly, not through run-isolated.sh, gets a home and XDG
// folders of its own, so that no test reads or writes the real home, its
// settings or its database, nor do the shotbook and shotbook-cli it starts.
// Then, once the application exists, it checks that the settings and the
// application data really point there, and stops if they do not.

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/stat.h>

namespace {

class TestIsolation final
{
public:
    TestIsolation()
    {
        if (qEnvironmentVariable("SHOTBOOK_TEST_ISOLATED") != QLatin1String("1")) {
            const QByteArray tmp =
                qEnvironmentVariableIsEmpty("TMPDIR") ? QByteArray("/tmp") : qgetenv("TMPDIR");
            std::string root = tmp.toStdString() + "/shotbook-test.XXXXXX";
            if (!mkdtemp(root.data()))
                qFatal("TestIsolation: cannot make a temporary home under %s", tmp.constData());
            m_root = root;
            const auto folder = [&root](const char *name) {
                const std::string path = root + '/' + name;
                ::mkdir(path.c_str(), 0700);
                return path;
            };
            setenv("HOME", folder("home").c_str(), 1);
            setenv("XDG_DATA_HOME", folder("data").c_str(), 1);
            setenv("XDG_CONFIG_HOME", folder("config").c_str(), 1);
            setenv("XDG_CACHE_HOME", folder("cache").c_str(), 1);
            setenv("XDG_STATE_HOME", folder("state").c_str(), 1);
            setenv("XDG_RUNTIME_DIR", folder("runtime").c_str(), 1);
            setenv("SHOTBOOK_TEST_ISOLATED", "1", 1);
            // What run-isolated.sh also sets: the tests' expectations hold.
            setenv("TZ", "Europe/Berlin", 0);
            setenv("LC_ALL", "C.UTF-8", 1);
            setenv("LANG", "C.UTF-8", 1);
        }
        // In-process settings and paths go to Qt's test folders, inside that home.
        QStandardPaths::setTestModeEnabled(true);
    }

    ~TestIsolation()
    {
        if (!m_root.empty()) {
            std::error_code ignored;
            std::filesystem::remove_all(m_root, ignored);
        }
    }

    Q_DISABLE_COPY_MOVE(TestIsolation)

private:
    std::string m_root;
};

const TestIsolation isolation;

// A test location: below the temporary folder, never the real home.
void checkIsolated()
{
    const QString tmp = QDir::tempPath() + QStringLiteral("/shotbook-test.");
    const QStringList paths = {
        QDir::homePath(),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QSettings().fileName(),
    };
    for (const QString &path : paths) {
        if (!path.startsWith(tmp))
            qFatal("TestIsolation: %s is not in a test location (%s*)", qPrintable(path),
                   qPrintable(tmp));
    }
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(checkIsolated)
