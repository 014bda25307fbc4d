#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace shotbook {

// Reads RFC 4180 records one at a time from a device, so that a large file
// is never held in memory whole: quoted fields with doubled quotes and line
// breaks inside, CRLF, LF or CR line ends, a UTF-8 byte order mark, blank
// lines skipped. Strict: a quote inside an unquoted field, text after a
// closing quote, a quoted field that never ends or bytes that are not UTF-8
// are errors naming the line; reading goes on at the next line after one.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    struct Record
    {
        qint64 line = 0; // where the record starts, from 1
        QStringList fields;
    };

    explicit CsvReader(QIODevice &device);

    // Takes the separator of the first line: the most frequent of comma,
    // semicolon and tab outside quotes (a comma when there is none).
    void detectDelimiter();
    char delimiter() const { return m_delimiter; }
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }

    // The next record, or nullopt at the end of the file.
    std::expected<std::optional<Record>, ErrorDetail> next();
    // Bytes read so far (for progress).
    qint64 position() const { return m_consumed; }

private:
    enum : int
    {
        End = -1
    };
    int peek();
    int get();
    bool fill();
    void skipLineBreak(int c);
    void skipRestOfLine();
    std::optional<QString> decode(const QByteArray &bytes);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    char m_delimiter = ',';
    bool m_started = false;
    QStringDecoder m_decoder;
};

} // namespace shotbook
