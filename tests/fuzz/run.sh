#!/bin/sh
# Runs every fuzz target for SECONDS (default 30) on a copy of its seed corpus
# and prints one line per target: executions and whether it found a crash.
#   tests/fuzz/run.sh build/fuzz 60
# A crash leaves crash-* in the work folder; add it to corpus/<target>/ with
# the fix, and a regression test in the Qt Test suites.
set -eu
build=$(cd "${1:?usage: run.sh BUILD_DIR [SECONDS]}" && pwd)
seconds=${2:-30}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/shotbook-fuzz.XXXXXX")
status=0
for target in fuzz_csv fuzz_datetime fuzz_number fuzz_redflag; do
    mkdir -p "$work/$target"
    cp "$here/corpus/$target/"* "$work/$target/" 2>/dev/null || true
    log="$work/$target.log"
    # A side effect is at most 200 characters; 800 bytes covers that in UTF-8.
    max_len=4096
    [ "$target" = fuzz_redflag ] && max_len=800
    if (cd "$work" && QT_QPA_PLATFORM=offscreen TZ=Europe/Berlin \
        "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$work/$target") >"$log" 2>&1; then
        result=ok
    else
        result="CRASH (see $log)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "$target: ${runs:-?} executions in ${seconds}s: $result"
done
echo "work folder: $work"
exit $status
