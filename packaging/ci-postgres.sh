#!/usr/bin/env bash
# Runs the tests of the shared record on a PostgreSQL server (ctest label
# "postgres") against a throwaway cluster: PostgreSQL 15 and Qt's QPSQL
# driver are installed with apt-get when missing, a cluster is made in a
# temporary folder (initdb + pg_ctl, on a Unix socket only, no TCP port), the
# tests get its address in SHOTBOOK_TEST_POSTGRES, and the cluster is stopped
# and removed on exit, whatever happens.
#   bash packaging/ci-postgres.sh [BUILD_DIR]     (default: build/debug, built
#                                                 with -DSHOTBOOK_BUILD_TESTS=ON)
# PostgreSQL refuses to run as root: as root, the cluster runs as the
# "postgres" user (made by the Debian package); otherwise as the current user.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
build_dir=${1:-build/debug}
pg_version=15
pg_bin=/usr/lib/postgresql/$pg_version/bin
packages=("postgresql-$pg_version" libqt6sql6-psql)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "ci-postgres.sh: installing packages needs root; run this as root or install sudo." >&2
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
    echo "ci-postgres.sh: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

if [ ! -f "$build_dir/CTestTestfile.cmake" ]; then
    echo "ci-postgres.sh: $build_dir is not a build with tests; build it first:" \
         "cmake --preset debug -DSHOTBOOK_BUILD_TESTS=ON && cmake --build build/debug" >&2
    exit 2
fi
ensure_packages "${packages[@]}"

cluster=$(mktemp -d "${TMPDIR:-/tmp}/shotbook-pg.XXXXXX")
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    chown "$owner" "$cluster"
    as_owner() { runuser -u "$owner" -- "$@"; }
else
    owner=$(id -un)
    as_owner() { "$@"; }
fi

stop_cluster() {
    if [ -f "$cluster/data/postmaster.pid" ]; then
        as_owner "$pg_bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

echo "== PostgreSQL $pg_version cluster in $cluster (user $owner, Unix socket only)"
# Trust on the socket alone: nothing listens on TCP, and the folder is the
# owner's. No fsync: the cluster lives for one test run.
as_owner "$pg_bin/initdb" -D "$cluster/data" -U "$owner" -A trust --no-sync -E UTF8 \
    --locale=C.UTF-8 >/dev/null
as_owner "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-k $cluster -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null

# The socket folder as the URL's host, percent-encoded (ServerLocation.h).
socket_host=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$cluster" 2>/dev/null ||
              printf '%s' "$cluster" | sed 's|/|%2F|g')
export SHOTBOOK_TEST_POSTGRES="postgresql://$owner@$socket_host"
echo "== tests against $SHOTBOOK_TEST_POSTGRES (ctest -L postgres)"
jobs=$(nproc 2>/dev/null || echo 2)
status=0
ctest --test-dir "$build_dir" -L postgres --output-on-failure --parallel "$jobs" || status=$?
if [ $status -ne 0 ]; then
    echo "ci-postgres.sh: the server's log (last lines):" >&2
    tail -n 30 "$cluster/server.log" >&2 || true
fi
exit $status
