#!/bin/sh
# Runs every fuzz target (or those named) on a copy of its seed corpus, one
# after the other, and prints one line per target: executions, seconds and
# whether it found a crash.
#   tests/fuzz/run.sh build/fuzz 60                     # 60 seconds each
#   FUZZ_RUNS=10000000 tests/fuzz/run.sh build/fuzz 0 fuzz_cli   # 10 M runs
# A crash leaves crash-* in the work folder; add it to corpus/<target>/ with
# the fix, and a regression test in the Qt Test suites. FUZZ_CORPUS=DIR
# keeps the corpora in DIR/<target>, to go on from an earlier run.
set -eu
build=$(cd "${1:?usage: run.sh BUILD_DIR [SECONDS] [TARGET...]}" && pwd)
seconds=${2:-30}
[ $# -ge 2 ] && shift 2 || shift $#
targets=${*:-fuzz_csv fuzz_datetime fuzz_number fuzz_redflag fuzz_cli fuzz_fhir fuzz_ics}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/shotbook-fuzz.XXXXXX")
corpora=${FUZZ_CORPUS:-$work}
limit="-max_total_time=$seconds"
[ -n "${FUZZ_RUNS:-}" ] && limit="-runs=$FUZZ_RUNS"
# Without allocation stacks in its reports AddressSanitizer runs two to three
# times faster here (the fuzzers allocate a lot through Qt) and its stack
# store stops growing; replay a crash input for the full report.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0}"
status=0
for target in $targets; do
    mkdir -p "$corpora/$target" "$work/$target.artifacts"
    cp -n "$here/corpus/$target/"* "$corpora/$target/" 2>/dev/null || true
    log="$work/$target.log"
    # The longest input worth trying (Standalone.cmake gives ctest the same):
    # a date or time is under 30 characters; a dose a few; a side effect 200
    # characters, 800 bytes of UTF-8; a command line a few dozen words; a
    # record for the writers a dozen entries with texts of a few hundred
    # bytes; a CSV file several records.
    case $target in
    fuzz_datetime) max_len=64 ;;
    fuzz_number) max_len=256 ;;
    fuzz_redflag) max_len=800 ;;
    fuzz_cli) max_len=1024 ;;
    fuzz_fhir | fuzz_ics) max_len=2048 ;;
    *) max_len=4096 ;;
    esac
    dict=
    [ -f "$here/$target.dict" ] && dict="-dict=$here/$target.dict"
    start=$(date +%s)
    # shellcheck disable=SC2086 # $dict and $limit are one word or none
    if (cd "$work" && QT_QPA_PLATFORM=offscreen TZ=Europe/Berlin \
        "$build/tests/fuzz/$target" $limit -max_len="$max_len" $dict \
        -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$work/$target.artifacts/" "$corpora/$target") >"$log" 2>&1; then
        result=ok
    else
        result="CRASH (see $log)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "$target: ${runs:-?} executions in $(($(date +%s) - start))s," \
         "corpus $(ls "$corpora/$target" | wc -l) files: $result"
done
echo "work folder: $work"
exit $status
