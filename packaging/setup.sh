#!/usr/bin/env bash
# Sets up a Debian 12 (bookworm) machine for Shotbook, builds it, and then
#   run   opens Shotbook on its default database (extra arguments go to it);
#   test  runs the whole test suite: format check, the tests in a debug build
#         under AddressSanitizer + UndefinedBehaviorSanitizer, a quick
#         mutation check, then builds the release .deb and checks it
#         (packaging/check-package.sh).
# Installs what it needs with apt-get (through sudo when not root).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

usage() {
    echo "usage: bash packaging/setup.sh run [SHOTBOOK ARGS...] | test" >&2
    exit 2
}
[ $# -ge 1 ] || usage
mode=$1
shift

# What a build needs; a fresh minbase system has none of it.
build_packages=(
    ca-certificates g++ cmake ninja-build
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
    qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins qt6-wayland fonts-dejavu-core
)
# What the tests need besides: the format check, a debugger for Qt Test's
# crash traces, an independent iCalendar parser, Python's strict csv module
# (in python3) for the CSV export, sqlite3 for dumps, a virtual X display to
# see the GUI refuse a damaged file (tst_guismoke), pdftotext/pdfinfo
# (poppler-utils) and qpdf to read back the doctor's report (tst_reportpdf),
# strace to see that no program opens a network socket (tst_privacy).
test_packages=(clang-format gdb python3 python3-icalendar sqlite3 strace xvfb x11-utils poppler-utils qpdf)
# What packaging/check-package.sh needs: dpkg-shlibdeps, the validators, man
# for the man pages, file and strings (binutils) for what the package holds.
package_packages=(dpkg-dev binutils file man-db desktop-file-utils appstream lintian)
# The FHIR validator (the npm package "fhir", which the test build installs
# into the build tree with npm) runs on node. Debian's nodejs and npm, unless
# node and npm are already there (another nodejs package may bring npm along
# and conflict with Debian's).
validator_packages=(nodejs npm)
# Only when there is no display to show the window on.
virtual_display_packages=(xvfb xauth)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "setup.sh: installing packages needs root; run this as root or install sudo." >&2
        exit 1
    fi
}

ensure_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup.sh: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

jobs=$(nproc 2>/dev/null || echo 2)

build() {
    local preset=$1
    shift
    cmake --preset "$preset" "$@" >/dev/null
    cmake --build --preset "$preset" --parallel "$jobs"
}

case "$mode" in
run)
    ensure_packages "${build_packages[@]}"
    build release -DSHOTBOOK_BUILD_TESTS=OFF
    binary="$here/build/release/app/shotbook"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        ensure_packages "${virtual_display_packages[@]}"
        echo "setup.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset): Shotbook runs on a" \
             "virtual X display. Run it from a desktop session to see its window." >&2
        exec xvfb-run -a -s "-screen 0 1280x800x24" "$binary" "$@"
    fi
    exec "$binary" "$@"
    ;;
test)
    ensure_packages "${build_packages[@]}" "${test_packages[@]}" "${package_packages[@]}"
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        ensure_packages "${validator_packages[@]}"
    fi
    echo "== format check (clang-format)"
    bash "$here/packaging/check-format.sh"
    echo "== translations up to date (lupdate)"
    bash "$here/packaging/check-translations.sh"
    # One build runs the whole suite: the debug build with warnings as errors,
    # under AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer
    # included), with precompiled Qt headers to halve its compile time. A plain
    # debug build (`cmake --preset debug`, no precompiled headers, so that it
    # catches a missing #include) is what developers build every day; CI does
    # not build it too, to stay well inside its time.
    echo "== build and test (debug, warnings are errors, AddressSanitizer + UndefinedBehaviorSanitizer)"
    build asan -DSHOTBOOK_BUILD_TESTS=ON -DSHOTBOOK_PRECOMPILED_HEADERS=ON
    ctest --preset asan --parallel "$jobs"
    # The shared record: the CLI suites, the double-dose race and the change
    # notices again on a throwaway PostgreSQL 15 cluster (packaging/ci-postgres.sh).
    echo "== the shared record on PostgreSQL (ctest -L postgres)"
    bash "$here/packaging/ci-postgres.sh" build/asan
    # -- mutation check, quick subset (tests/mutation/README.md) -------------
    # A few deliberate bugs in the safety rules, one at a time, in the build
    # just tested: each must make a test fail. One file and a few tests
    # rebuilt per mutant; the whole list is run by hand:
    # python3 tests/mutation/run.py.
    echo "== mutation check (quick subset)"
    python3 "$here/tests/mutation/run.py" --quick --skip-baseline --build-dir build/asan
    # -------------------------------------------------------------------------
    echo "== release package (cpack -G DEB) and its checks"
    bash "$here/packaging/check-package.sh"
    ;;
*)
    usage
    ;;
esac
