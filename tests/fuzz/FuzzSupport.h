#pragma once

#include <QCoreApplication>
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

} // namespace shotbook::fuzz
