#pragma once

#include <QByteArray>
#include <QStringList>

namespace shotbook {

// RFC 4180 text: fields separated by commas, records ended by CRLF, UTF-8.
// A field is quoted when it holds a comma, a quote (doubled inside), a line
// break, a semicolon or a tab, or starts or ends with a space: so that a
// spreadsheet set to any separator, or one that trims, reads it unchanged.
class CsvWriter final
{
public:
    static QByteArray field(const QString &text);
    static QByteArray record(const QStringList &fields); // with its CRLF

    void append(const QStringList &fields) { m_text += record(fields); }
    const QByteArray &text() const { return m_text; }

private:
    QByteArray m_text;
};

} // namespace shotbook
