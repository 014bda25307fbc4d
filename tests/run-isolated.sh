#!/bin/sh
# Runs one test executable with a fresh, empty home and XDG folders, so that
# no test ever reads or writes a real user's database or settings.
set -eu
root=$(mktemp -d "${TMPDIR:-/tmp}/shotbook-test.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/state" "$root/runtime"
chmod 700 "$root/runtime"
export SHOTBOOK_TEST_ISOLATED=1
export HOME="$root/home"
export XDG_DATA_HOME="$root/data"
export XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache"
export XDG_STATE_HOME="$root/state"
export XDG_RUNTIME_DIR="$root/runtime"
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export TZ="${SHOTBOOK_TEST_TZ:-Europe/Berlin}"
"$@"
