#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// What every libFuzzer target shares: a QCoreApplication (translations, the
// resources of the red-flag vocabularies) and a helper to turn bytes into
// the QString a user could have typed. A failed property is an abort(), which
// libFuzzer reports as a crash with its input.
namespace shotbook::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "shotbook-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

// An input as fields separated by NUL bytes: the words of a command line, the
// texts and dates of a record. Past the last field every one is empty, so any
// input is a whole record.
class Fields
{
public:
    Fields(const uint8_t *data, size_t size)
        : m_fields(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0'))
    {}

    bool atEnd() const { return m_next >= m_fields.size(); }
    qsizetype count() const { return m_fields.size(); }
    QByteArray bytes() { return atEnd() ? QByteArray() : m_fields.at(m_next++); }
    QString text() { return QString::fromUtf8(bytes()); }
    // 0 to count - 1, from the next field's first byte.
    int choice(int count)
    {
        const QByteArray field = bytes();
        return field.isEmpty() ? 0 : static_cast<unsigned char>(field.at(0)) % count;
    }

private:
    QList<QByteArray> m_fields;
    qsizetype m_next = 0;
};

} // namespace shotbook::fuzz
