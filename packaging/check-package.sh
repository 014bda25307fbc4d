#!/usr/bin/env bash
# Builds the release .deb and checks it:
#   1. cmake --preset package (the release build without tests, with
#      precompiled Qt headers and without -g: half the compile time), build,
#      cpack -G DEB in build/package;
#   2. the names agree: application id, versions of the package, the Debian
#      changelog and the AppStream release;
#   3. validators: desktop-file-validate, appstreamcli validate --no-net,
#      man --warnings, lintian (errors and warnings fail; the overrides file
#      packaging/debian/lintian-overrides says why its one tag is overridden);
#   4. the package unpacked into a scratch root (dpkg -x): its shotbook-cli
#      --help, a database made with its shotbook-cli, its bash completion, and
#      its shotbook started offscreen on that database, left running for a
#      few seconds and then stopped; every library and Qt plugin the running
#      GUI loaded must come from a package its dependencies pull in (what
#      dpkg-shlibdeps cannot see);
#   5. with --fresh-root [DIR] also `apt install ./shotbook_*.deb` into a new
#      Debian 12 root made with debootstrap (needs root and the Debian
#      archive; slow, so not part of CI), and the same start there.
#
#   bash packaging/check-package.sh [--fresh-root [DIR]]
#
# Runs unattended (CI=true, no terminal, as root or not). Needs cmake, ninja,
# g++, Qt's -dev packages, dpkg-dev, desktop-file-utils, appstream, lintian,
# man-db; `bash packaging/setup.sh test` installs them and runs this script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

fresh_root=''
if [ "${1:-}" = "--fresh-root" ]; then
    fresh_root=${2:-/tmp/shotbook-package-root}
elif [ $# -gt 0 ]; then
    echo "usage: bash packaging/check-package.sh [--fresh-root [DIR]]" >&2
    exit 2
fi

missing=()
for tool in cmake ninja cpack dpkg-deb dpkg-shlibdeps dpkg-parsechangelog strings file man \
    desktop-file-validate appstreamcli lintian; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "check-package: missing ${missing[*]}; install them with" >&2
    echo "  sudo apt-get install cmake ninja-build dpkg-dev binutils file man-db" \
        "desktop-file-utils appstream lintian" >&2
    echo "(and the build packages of packaging/setup.sh), or run: bash packaging/setup.sh test" >&2
    exit 1
fi

app_id=io.github.shotbook.Shotbook
jobs=$(nproc 2>/dev/null || echo 2)
failures=0
fail() {
    echo "check-package: FAILED: $*" >&2
    failures=$((failures + 1))
}
step_start=$SECONDS
step() {
    echo "== $* (at $((SECONDS - step_start)) s)"
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/shotbook-package.XXXXXX")
gui_pid=''
cleanup() {
    if [ -n "$gui_pid" ]; then
        kill "$gui_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# --- 1. build ----------------------------------------------------------------
step "build the release (cmake --preset package)"
cmake --preset package >/dev/null
cmake --build --preset package --parallel "$jobs" >"$scratch/build.log" 2>&1 || {
    cat "$scratch/build.log" >&2
    exit 1
}
step "cpack -G DEB"
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -n 1)
rm -f build/package/shotbook_*.deb
(cd build/package && cpack -G DEB >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log" >&2
    exit 1
}
debs=(build/package/shotbook_"$version"-*_*.deb)
[ -f "${debs[0]}" ] || {
    echo "check-package: no build/package/shotbook_$version-*.deb" >&2
    exit 1
}
deb=$here/${debs[0]}
echo "$deb"
dpkg-deb --info "$deb" control | sed 's/^/    /'

root=$scratch/root
dpkg-deb -x "$deb" "$root"
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml

# --- 2. names and versions agree --------------------------------------------
step "application id and versions"
package_version=$(dpkg-deb --field "$deb" Version)
changelog_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
release_version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
[ "$package_version" = "$changelog_version" ] ||
    fail "package version $package_version, packaging/debian/changelog $changelog_version"
[ "${package_version%-*}" = "$version" ] ||
    fail "package version $package_version, project version $version"
[ "$release_version" = "$version" ] ||
    fail "newest AppStream release $release_version, project version $version"
[ -f "$desktop" ] || fail "no $app_id.desktop in the package"
[ -f "$metainfo" ] || fail "no $app_id.metainfo.xml in the package"
grep -qx "Icon=$app_id" "$desktop" || fail "the .desktop file's Icon is not $app_id"
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"
# QStringLiteral keeps it as UTF-16. (Greps read files here, not pipes: with
# pipefail an early "grep -q" would fail the writer and hide a match.)
strings -e l "$root/usr/bin/shotbook" >"$scratch/strings.txt"
grep -qx "$app_id" "$scratch/strings.txt" ||
    fail "shotbook does not give $app_id to setDesktopFileName"
for size in 16 22 24 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png
    if [ ! -f "$png" ]; then
        fail "no ${size} px icon"
    elif ! file "$png" | grep -q "PNG image data, $size x $size,"; then
        fail "$(file "$png")"
    fi
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
dpkg-deb --contents "$deb" >"$scratch/contents.txt"
if grep -q '/tst_' "$scratch/contents.txt"; then
    fail "the package holds test programs"
fi

# --- 3. validators ------------------------------------------------------------
step "desktop-file-validate"
output=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate"
if [ -n "$output" ]; then
    echo "$output"
    if echo "$output" | grep -qv ': hint: '; then
        fail "desktop-file-validate reports more than hints"
    fi
fi

step "appstreamcli validate --no-net"
appstreamcli validate --no-net --strict --pedantic "$metainfo" ||
    fail "appstreamcli validate (warnings and infos fail too; pedantic hints do not)"

step "man --warnings"
for page in "$root"/usr/share/man/man1/*.1.gz; do
    output=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    if [ -n "$output" ]; then
        echo "$output"
        fail "man finds problems in ${page##*/}"
    fi
done

step "lintian"
# Errors and warnings fail; info tags are shown. lintian frowns on root.
status=0
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" \
    >"$scratch/lintian.txt" 2>&1 || status=$?
grep -v 'running with root privileges' "$scratch/lintian.txt" | sed 's/^/    /' || true
[ "$status" -eq 0 ] || fail "lintian reports errors or warnings"

step "apt-get --simulate install (the dependencies exist and fit)"
apt-get --simulate --quiet=2 install "$deb" >"$scratch/apt.log" 2>&1 || {
    cat "$scratch/apt.log" >&2
    fail "apt-get cannot install the package's dependencies"
}

# --- 4. run it from the scratch root ---------------------------------------
# A home of its own, so nothing touches the real user's database.
run_env=(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 TZ=Europe/Berlin
    HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data"
    XDG_CONFIG_HOME="$scratch/home/config" XDG_CACHE_HOME="$scratch/home/cache"
    XDG_RUNTIME_DIR="$scratch/home/runtime" QT_QPA_PLATFORM=offscreen)
mkdir -p "$scratch/home/runtime"
chmod 700 "$scratch/home/runtime"

step "shotbook-cli --help from the package"
cli=$root/usr/bin/shotbook-cli
if "${run_env[@]}" "$cli" --help >"$scratch/help.txt" 2>&1 &&
    grep -q '^Usage: shotbook-cli ' "$scratch/help.txt"; then
    echo "    $(head -n 1 "$scratch/help.txt")"
else
    cat "$scratch/help.txt"
    fail "the packaged shotbook-cli --help"
fi
db=$scratch/home/shotbook-check.sqlite
if ! { "${run_env[@]}" "$cli" --db "$db" patient add --name Ada --weight-kg 61.5 &&
    "${run_env[@]}" "$cli" --db "$db" regimen set --dose-mg 100 --times 08:00 &&
    "${run_env[@]}" "$cli" --db "$db" stock add --lot K1 --expires 2099-12-31 --count 28 &&
    "${run_env[@]}" "$cli" --db "$db" check; } >"$scratch/cli.log" 2>&1; then
    cat "$scratch/cli.log"
    fail "the packaged shotbook-cli could not make a database"
fi
if ! bash -c 'source "$1" && complete -p shotbook-cli' bash \
    "$root/usr/share/bash-completion/completions/shotbook-cli" | grep -q _shotbook_cli; then
    fail "the packaged bash completion does not register for shotbook-cli"
fi

# Starts GUI ($1 ...) on $db offscreen; waits for its lock file (the database
# is open), checks that it is still running 3 s later, then stops it. Sets
# gui_pid while it runs.
start_gui() {
    "${run_env[@]}" "$@" --db "$db" -platform offscreen >"$scratch/gui.log" 2>&1 &
    gui_pid=$!
    local waited=0
    while [ ! -f "$db.lock" ] && kill -0 "$gui_pid" 2>/dev/null && [ $waited -lt 300 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    if [ ! -f "$db.lock" ]; then
        cat "$scratch/gui.log"
        fail "the packaged shotbook did not open its database"
        return 1
    fi
    sleep 3
    if ! kill -0 "$gui_pid" 2>/dev/null; then
        cat "$scratch/gui.log"
        fail "the packaged shotbook quit or crashed after starting"
        gui_pid=''
        return 1
    fi
    return 0
}

stop_gui() {
    kill "$gui_pid" 2>/dev/null || true
    wait "$gui_pid" 2>/dev/null || true
    gui_pid=''
}

step "shotbook from the package, offscreen"
if start_gui "$root/usr/bin/shotbook"; then
    echo "    running (pid $gui_pid) on $db"
    # What it loaded, from its memory map: the linked libraries and the
    # plugins Qt opened (platform, SQL driver, image formats, icon engine).
    awk '$6 ~ /\.so/ {print $6}' "/proc/$gui_pid/maps" | sort -u >"$scratch/loaded.txt"
    stop_gui
    grep -q '/sqldrivers/libqsqlite\.so$' "$scratch/loaded.txt" ||
        fail "shotbook did not load Qt's SQLite driver"
    grep -q '/platforms/libqoffscreen\.so$' "$scratch/loaded.txt" ||
        fail "shotbook did not load the offscreen platform plugin"

    # The packages those files belong to must all be pulled in by Depends.
    depends=$(dpkg-deb --field "$deb" Depends | sed 's/([^)]*)//g; s/|/,/g; s/,/ /g')
    # shellcheck disable=SC2086 # one word per package
    apt-cache depends --recurse --important $depends 2>/dev/null |
        sed -n 's/^ *\(PreDepends\|Depends\): <\{0,1\}\([^ >:]*\).*/\2/p; s/^\([^ <]\S*\)$/\1/p' |
        sed 's/:.*//' | sort -u >"$scratch/closure.txt"
    while read -r file; do
        case $file in
        "$root"/*) continue ;; # shotbook itself
        esac
        # dpkg knows a file by the path its package ships, which on a merged
        # /usr may be /lib/... for what the process sees as /usr/lib/...
        owner=''
        for path in "$file" "$(readlink -f "$file")" "${file#/usr}"; do
            owner=$(dpkg-query --search "$path" 2>/dev/null | sed -n '1s/:.*//p') || owner=''
            [ -n "$owner" ] && break
        done
        if [ -z "$owner" ]; then
            fail "$file, loaded by shotbook, belongs to no package"
        elif ! grep -qx "$owner" "$scratch/closure.txt"; then
            fail "$file, loaded by shotbook, is in $owner, which the package does not depend on"
        fi
    done <"$scratch/loaded.txt"
    echo "    $(wc -l <"$scratch/loaded.txt") libraries and plugins loaded; their packages were checked"
fi

# --- 5. optional: apt install into a fresh Debian 12 ------------------------
if [ -n "$fresh_root" ]; then
    step "apt install ./${deb##*/} into a fresh Debian 12 root ($fresh_root)"
    [ "$(id -u)" -eq 0 ] || {
        echo "check-package: --fresh-root needs root (debootstrap, chroot)" >&2
        exit 1
    }
    if ! command -v debootstrap >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            debootstrap >/dev/null
    fi
    if [ ! -x "$fresh_root/usr/bin/apt-get" ]; then
        debootstrap --variant=minbase bookworm "$fresh_root" >/dev/null
    fi
    mounted=()
    unmount_all() {
        local i
        for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
            umount -l "${mounted[$i]}" 2>/dev/null || true
        done
    }
    trap 'unmount_all; cleanup' EXIT
    for fs in proc sys dev dev/pts; do
        mount --bind "/$fs" "$fresh_root/$fs"
        mounted+=("$fresh_root/$fs")
    done
    cp /etc/resolv.conf "$fresh_root/etc/resolv.conf" 2>/dev/null || true
    cp "$deb" "$fresh_root/root/"
    in_root() {
        chroot "$fresh_root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
            PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive bash -c "$1"
    }
    in_root "apt-get update -qq && apt-get install -y -qq /root/${deb##*/} >/dev/null" ||
        fail "apt install ./${deb##*/} in a fresh Debian 12"
    in_root "shotbook-cli --help | head -n 1" || fail "shotbook-cli --help in a fresh Debian 12"
    in_root "test -f /usr/share/applications/$app_id.desktop &&
             test -f /usr/share/icons/hicolor/48x48/apps/$app_id.png" ||
        fail "the menu entry or its icon is missing in a fresh Debian 12"
    # No lock-file polling in the chroot: timeout's 124 says it was still
    # running after 8 s, neither crashed nor quit.
    in_root "rm -rf /root/check && mkdir -p -m 700 /root/check/runtime &&
             shotbook-cli --db /root/check/db.sqlite patient add --name Ada >/dev/null &&
             { QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/root/check/runtime \
               timeout 8 shotbook --db /root/check/db.sqlite; test \$? -eq 124; } &&
             test -f /root/check/db.sqlite" ||
        fail "shotbook did not keep running for 8 s offscreen in a fresh Debian 12"
fi

echo "== package checks done in $((SECONDS - step_start)) s"
if [ "$failures" -gt 0 ]; then
    echo "check-package: $failures check(s) failed" >&2
    exit 1
fi
echo "check-package: ${deb##*/} passes"
