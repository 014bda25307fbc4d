# Compiler settings shared by every Shotbook target, applied per target (no
# directory-wide flags).
add_library(shotbook_compile_options INTERFACE)
target_compile_options(shotbook_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    $<$<BOOL:${SHOTBOOK_WERROR}>:-Werror>)
target_compile_definitions(shotbook_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS>)
if(SHOTBOOK_SANITIZE)
    target_compile_options(shotbook_compile_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(shotbook_compile_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()
if(SHOTBOOK_FUZZ)
    # Every Shotbook library is instrumented for libFuzzer's coverage; only the
    # fuzz targets link libFuzzer's main (tests/fuzz/CMakeLists.txt).
    target_compile_options(shotbook_compile_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_link_options(shotbook_compile_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined)
    # Without a build type CMake adds no -O: at -O0 every inline Qt accessor
    # (QString::size(), QChar(), QHash iterators) is a call of its own with
    # its comparisons traced for libFuzzer, a quarter to a third of each
    # target's time. Optimised as libFuzzer's documentation advises, with
    # line tables for the reports; NDEBUG stays undefined, so every
    # assertion still holds.
    if(NOT CMAKE_BUILD_TYPE)
        target_compile_options(shotbook_compile_options INTERFACE -O2 -gline-tables-only)
    endif()
endif()
