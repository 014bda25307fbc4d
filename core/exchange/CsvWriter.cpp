#include "CsvWriter.h"

namespace shotbook {

QByteArray CsvWriter::field(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n;\t");
    bool quote =
        !text.isEmpty() && (text.front() == QLatin1Char(' ') || text.back() == QLatin1Char(' '));
    for (qsizetype i = 0; !quote && i < text.size(); ++i)
        quote = special.contains(text.at(i));
    const QByteArray utf8 = text.toUtf8();
    if (!quote)
        return utf8;
    QByteArray quoted;
    quoted.reserve(utf8.size() + 2);
    quoted += '"';
    for (const char c : utf8) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

QByteArray CsvWriter::record(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(fields.at(i));
    }
    line += "\r\n";
    return line;
}

} // namespace shotbook
