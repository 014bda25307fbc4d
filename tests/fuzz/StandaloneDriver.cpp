// A main() for the fuzz targets without libFuzzer, so that the ordinary test
// build (GCC, AddressSanitizer + UndefinedBehaviorSanitizer in CI) runs them
// as ctest entries: every seed of the corpus folder, then inputs mutated from
// them — bits flipped, bytes set, inserted, erased and repeated, pieces of
// two seeds spliced, tokens of the target's libFuzzer dictionary put in — for
// a bounded number of runs or seconds, whichever ends first.
//
//   fuzz_csv_standalone [--runs N] [--seconds S] [--max-len B] [--seed X]
//                       [--dict FILE] CORPUS_DIR [FILE...]
//
// A crash, an AddressSanitizer or UndefinedBehaviorSanitizer report or a
// failed property (abort()) ends the program abnormally, so the test fails;
// the input is written to crash-<target>-<hash> in the current folder (or
// $SHOTBOOK_FUZZ_ARTIFACTS) and printed in hex, to be replayed with
// `fuzz_x_standalone --runs 0 crash-file` or the libFuzzer build. The
// mutations are repeatable: the same --seed, the same inputs.
#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#define SHOTBOOK_HAS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#include <sanitizer/common_interface_defs.h>
#define SHOTBOOK_HAS_SANITIZER 1
#endif
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

// The input being run, for the crash report (written without allocating).
QByteArray current;
char programName[256] = "fuzz";
char artifactFolder[4096] = ".";

void writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written <= 0)
            return;
        data += written;
        size -= size_t(written);
    }
}

void writeText(int fd, const char *text)
{
    writeAll(fd, text, std::strlen(text));
}

// Saves and prints the current input; only async-signal-safe calls.
void reportInput()
{
    static bool reported = false;
    if (reported)
        return;
    reported = true;
    // FNV-1a of the input names the file.
    uint64_t hash = 14695981039346656037ull;
    for (const char c : std::as_const(current))
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    char path[4096 + 300];
    std::snprintf(path, sizeof path, "%s/crash-%s-%016llx", artifactFolder, programName,
                  static_cast<unsigned long long>(hash));
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        writeAll(fd, current.constData(), size_t(current.size()));
        ::close(fd);
    }
    writeText(2, "\n== fuzz input that failed, written to ");
    writeText(2, path);
    writeText(2, "\n== hex: ");
    static const char digits[] = "0123456789abcdef";
    const qsizetype shown = std::min<qsizetype>(current.size(), 4096);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto byte = static_cast<unsigned char>(current.at(i));
        const char pair[2] = {digits[byte >> 4], digits[byte & 15]};
        writeAll(2, pair, 2);
    }
    writeText(2, shown < current.size() ? "...\n" : "\n");
}

extern "C" void onSignal(int signal)
{
    reportInput();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

struct Options
{
    qint64 runs = 10000;
    double seconds = 3.0;
    qsizetype maxLength = 4096;
    quint64 seed = 1;
    QString dictionary;
    QStringList paths;
};

[[noreturn]] void usage()
{
    std::fprintf(stderr,
                 "usage: %s [--runs N] [--seconds S] [--max-len BYTES] [--seed X] "
                 "[--dict FILE] CORPUS_DIR|FILE...\n",
                 programName);
    std::exit(2);
}

Options parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        const auto value = [&]() -> QByteArray {
            if (i + 1 >= argc)
                usage();
            return QByteArray(argv[++i]);
        };
        if (argument == "--runs")
            options.runs = value().toLongLong();
        else if (argument == "--seconds")
            options.seconds = value().toDouble();
        else if (argument == "--max-len")
            options.maxLength = value().toLongLong();
        else if (argument == "--seed")
            options.seed = value().toULongLong();
        else if (argument == "--dict")
            options.dictionary = QString::fromLocal8Bit(value());
        else if (argument.startsWith("--"))
            usage();
        else
            options.paths << QString::fromLocal8Bit(argument);
    }
    if (options.paths.isEmpty() || options.maxLength < 1)
        usage();
    return options;
}

// libFuzzer's dictionary format: one "token" a line, perhaps name="token",
// with \\, \" and \xNN escapes; # starts a comment.
QList<QByteArray> readDictionary(const QString &path)
{
    QList<QByteArray> tokens;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot read the dictionary %s\n", programName, qPrintable(path));
        std::exit(2);
    }
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype open = line.indexOf('"');
        if (line.isEmpty() || line.startsWith('#') || open < 0 || !line.endsWith('"') ||
            line.size() - open < 2)
            continue;
        const QByteArray body = line.mid(open + 1, line.size() - open - 2);
        QByteArray token;
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (body.at(i) == '\\' && i + 1 < body.size()) {
                const char next = body.at(++i);
                if (next == 'x' && i + 2 < body.size()) {
                    token += char(body.mid(i + 1, 2).toInt(nullptr, 16));
                    i += 2;
                } else {
                    token += next;
                }
            } else {
                token += body.at(i);
            }
        }
        if (!token.isEmpty())
            tokens << token;
    }
    return tokens;
}

QList<QByteArray> readSeeds(const QStringList &paths)
{
    QList<QByteArray> seeds;
    for (const QString &path : paths) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            const QDir folder(path);
            for (const QString &name : folder.entryList(QDir::Files, QDir::Name))
                files << folder.filePath(name);
        } else {
            files << path;
        }
        for (const QString &name : std::as_const(files)) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read %s\n", programName, qPrintable(name));
                std::exit(2);
            }
            seeds << file.readAll();
        }
    }
    return seeds;
}

class Mutator
{
public:
    Mutator(quint64 seed, QList<QByteArray> seeds, QList<QByteArray> tokens, qsizetype maxLength)
        : m_random(static_cast<quint32>(seed ^ (seed >> 32)))
        , m_seeds(std::move(seeds))
        , m_tokens(std::move(tokens))
        , m_maxLength(maxLength)
    {
        if (m_seeds.isEmpty())
            m_seeds << QByteArray();
    }

    QByteArray next()
    {
        QByteArray input = m_seeds.at(below(m_seeds.size()));
        // A few mutations on top of each other, as libFuzzer stacks them.
        const int count = 1 + int(below(4));
        for (int i = 0; i < count; ++i)
            mutate(input);
        if (input.size() > m_maxLength)
            input.truncate(m_maxLength);
        return input;
    }

private:
    qsizetype below(qsizetype n) { return n <= 1 ? 0 : qsizetype(m_random.bounded(quint64(n))); }

    char interestingByte()
    {
        static const char bytes[] = {'\0', '\n',   '\r',   '\t',   '"',    '\'',   ',',   ';',
                                     '\\', ':',    '-',    '+',    '.',    '0',    '9',   ' ',
                                     '=',  '\x7f', '\xc3', '\xff', '\xe2', '\x80', '\xa8'};
        return bytes[below(sizeof bytes)];
    }

    void mutate(QByteArray &input)
    {
        const qsizetype size = input.size();
        switch (below(9)) {
        case 0: // flip a bit
            if (size > 0)
                input[below(size)] ^= char(1 << below(8));
            break;
        case 1: // set a byte, often an interesting one
            if (size > 0)
                input[below(size)] = below(2) ? interestingByte() : char(below(256));
            break;
        case 2: // insert bytes
            input.insert(below(size + 1),
                         QByteArray(1 + below(4), below(2) ? interestingByte() : char(below(256))));
            break;
        case 3: // erase a piece
            if (size > 0) {
                const qsizetype at = below(size);
                input.remove(at, 1 + below(std::min<qsizetype>(size - at, 16)));
            }
            break;
        case 4: // repeat a piece
            if (size > 0) {
                const qsizetype at = below(size);
                const QByteArray piece =
                    input.mid(at, 1 + below(std::min<qsizetype>(size - at, 32)));
                input.insert(below(size + 1), piece.repeated(1 + below(8)));
            }
            break;
        case 5: { // splice with another seed
            const QByteArray &other = m_seeds.at(below(m_seeds.size()));
            input = input.left(below(size + 1)) + other.mid(below(other.size() + 1));
            break;
        }
        case 6: // copy a piece of another seed in
        {
            const QByteArray &other = m_seeds.at(below(m_seeds.size()));
            if (!other.isEmpty()) {
                const qsizetype at = below(other.size());
                input.insert(below(size + 1), other.mid(at, 1 + below(other.size() - at)));
            }
            break;
        }
        default: // a dictionary token, inserted or over what was there
            if (!m_tokens.isEmpty()) {
                const QByteArray &token = m_tokens.at(below(m_tokens.size()));
                const qsizetype at = below(size + 1);
                if (below(2))
                    input.insert(at, token);
                else
                    input.replace(at, std::min(token.size(), size - at), token);
            } else if (size > 0) {
                input[below(size)] = interestingByte();
            }
            break;
        }
    }

    QRandomGenerator m_random;
    QList<QByteArray> m_seeds;
    QList<QByteArray> m_tokens;
    qsizetype m_maxLength;
};

void runOne(const QByteArray &input)
{
    current = input;
    // A copy of exactly its size, so that AddressSanitizer sees a read past its end.
    auto *copy = static_cast<uint8_t *>(std::malloc(size_t(std::max<qsizetype>(input.size(), 1))));
    if (!input.isEmpty())
        std::memcpy(copy, input.constData(), size_t(input.size()));
    LLVMFuzzerTestOneInput(copy, size_t(input.size()));
    std::free(copy);
}

} // namespace

int main(int argc, char **argv)
{
    const std::string base = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName().toStdString();
    std::snprintf(programName, sizeof programName, "%s", base.c_str());
    if (const char *folder = std::getenv("SHOTBOOK_FUZZ_ARTIFACTS"))
        std::snprintf(artifactFolder, sizeof artifactFolder, "%s", folder);
    const Options options = parseOptions(argc, argv);

    for (const int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, onSignal);
#ifdef SHOTBOOK_HAS_SANITIZER
    __sanitizer_set_death_callback(reportInput);
#endif

    const QList<QByteArray> seeds = readSeeds(options.paths);
    const QList<QByteArray> tokens =
        options.dictionary.isEmpty() ? QList<QByteArray>() : readDictionary(options.dictionary);
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &seed : seeds)
        runOne(seed.left(options.maxLength));

    Mutator mutator(options.seed, seeds, tokens, options.maxLength);
    qint64 runs = 0;
    const qint64 limitMs = qint64(options.seconds * 1000);
    while (runs < options.runs && timer.elapsed() < limitMs) {
        runOne(mutator.next());
        ++runs;
    }
    std::printf("%s: %lld seeds and %lld mutated inputs in %.2f s, seed %llu: no failure\n",
                programName, static_cast<long long>(seeds.size()), static_cast<long long>(runs),
                double(timer.elapsed()) / 1000.0, static_cast<unsigned long long>(options.seed));
    return 0;
}
