#include "CsvReader.h"

#include <QIODevice>

#include <algorithm>

namespace shotbook {

namespace {

constexpr qint64 ChunkSize = 256 * 1024;

bool isLineBreak(int c)
{
    return c == '\r' || c == '\n';
}

} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device)
    // Stateless: a field that ends inside a multi-byte sequence ("caf\xe9")
    // is an error, not a character silently dropped (tst_hostile_cli).
    , m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
{}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    // A file is read in chunks of at most ChunkSize, and never more than it
    // holds: read(ChunkSize) makes a buffer of that size first, 256 kB for a
    // file of a few lines (most of the fuzzer's time on small files).
    const qint64 want = m_device.isSequential()
                            ? ChunkSize
                            : std::clamp(m_device.bytesAvailable(), qint64(1), ChunkSize);
    m_buffer = m_device.read(want);
    m_pos = 0;
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return m_pos < m_buffer.size();
}

int CsvReader::peek()
{
    if (!fill())
        return End;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::get()
{
    if (!fill())
        return End;
    ++m_consumed;
    return static_cast<unsigned char>(m_buffer.at(m_pos++));
}

// After a CR or LF has been read: a CRLF pair is one line break.
void CsvReader::skipLineBreak(int c)
{
    if (c == '\r' && peek() == '\n')
        get();
    ++m_line;
}

void CsvReader::skipRestOfLine()
{
    for (int c = get(); c != End; c = get()) {
        if (isLineBreak(c)) {
            skipLineBreak(c);
            return;
        }
    }
}

void CsvReader::detectDelimiter()
{
    // Look at what is buffered without consuming it; the first line of any
    // real file fits in the first chunk.
    if (!fill())
        return;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\r' || c == '\n'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    m_delimiter = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
}

std::optional<QString> CsvReader::decode(const QByteArray &bytes)
{
    m_decoder.resetState();
    // A NUL byte is valid UTF-8 but no text a person wrote: binary data.
    if (bytes.contains('\0'))
        return std::nullopt;
    QString text = m_decoder.decode(bytes);
    if (m_decoder.hasError())
        return std::nullopt;
    return text;
}

std::expected<std::optional<CsvReader::Record>, ErrorDetail> CsvReader::next()
{
    for (;;) {
        if (peek() == End)
            return std::optional<Record>();
        Record record;
        record.line = m_line;
        QList<QByteArray> raw;
        QByteArray field;
        enum class State
        {
            FieldStart,
            Unquoted,
            Quoted,
            AfterQuote
        } state = State::FieldStart;
        qint64 quoteLine = m_line;
        bool ended = false;
        while (!ended) {
            const int c = get();
            switch (state) {
            case State::FieldStart:
            case State::Unquoted:
                if (c == m_delimiter) {
                    raw << field;
                    field.clear();
                    state = State::FieldStart;
                } else if (c == End || isLineBreak(c)) {
                    raw << field;
                    if (c != End)
                        skipLineBreak(c);
                    ended = true;
                } else if (c == '"' && state == State::FieldStart) {
                    state = State::Quoted;
                    quoteLine = m_line;
                } else if (c == '"') {
                    const qint64 line = m_line;
                    skipRestOfLine();
                    return std::unexpected(ErrorDetail{
                        line, QString(), QString(),
                        tr("a quote inside a field that does not start with one; quote the "
                           "whole field and double the quotes in it (\"\")")});
                } else {
                    field += static_cast<char>(c);
                    state = State::Unquoted;
                }
                break;
            case State::Quoted:
                if (c == End)
                    return std::unexpected(ErrorDetail{
                        quoteLine, QString(), QString(),
                        tr("a quoted field starts here and never ends (a closing quote is "
                           "missing)")});
                if (c == '"') {
                    state = State::AfterQuote;
                } else {
                    field += static_cast<char>(c);
                    if (c == '\n' || (c == '\r' && peek() != '\n'))
                        ++m_line;
                }
                break;
            case State::AfterQuote:
                if (c == '"') {
                    field += '"';
                    state = State::Quoted;
                } else if (c == m_delimiter) {
                    raw << field;
                    field.clear();
                    state = State::FieldStart;
                } else if (c == End || isLineBreak(c)) {
                    raw << field;
                    if (c != End)
                        skipLineBreak(c);
                    ended = true;
                } else {
                    const qint64 line = m_line;
                    skipRestOfLine();
                    return std::unexpected(ErrorDetail{
                        line, QString(), QString(),
                        tr("text after the closing quote of a field; double a quote that "
                           "belongs to the text (\"\")")});
                }
                break;
            }
        }
        // A line with nothing on it is no record.
        if (raw.size() == 1 && raw.constFirst().isEmpty() && state == State::FieldStart)
            continue;
        record.fields.reserve(raw.size());
        for (const QByteArray &bytes : std::as_const(raw)) {
            auto text = decode(bytes);
            if (!text)
                return std::unexpected(
                    ErrorDetail{record.line, QString(), QString(),
                                tr("the line is not UTF-8 text; save the file as UTF-8")});
            record.fields << *text;
        }
        return std::optional<Record>(std::move(record));
    }
}

} // namespace shotbook
