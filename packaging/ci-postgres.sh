#!/usr/bin/env bash
# Runs the tests of the shared record on a PostgreSQL server (ctest label
# "postgres") against a throwaway cluster: PostgreSQL 15 and Qt's QPSQL
# driver are installed with apt-get when missing, a cluster is made in a
# temporary folder (initdb + pg_ctl, on a Unix socket, and TLS-only on a free
# port of 127.0.0.1 for the TLS tests), the
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
packages=("postgresql-$pg_version" libqt6sql6-psql openssl)

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

echo "== PostgreSQL $pg_version cluster in $cluster (user $owner, Unix socket; TLS only on 127.0.0.1)"
# Trust on the socket (the folder is the owner's) and over TLS on
# 127.0.0.1 only; one role signs in with a password. No fsync: the cluster lives for one test run.
as_owner "$pg_bin/initdb" -D "$cluster/data" -U "$owner" -A trust --no-sync -E UTF8 \
    --locale=C.UTF-8 >/dev/null
# The sign-in and TLS tests (tests/postgres/tst_serveraccess.cpp): a role
# that must give its password, and TLS on a local TCP port with a certificate
# from a CA of the run's own (and a second CA that did not sign it).
tls="$cluster/tls"
mkdir -p "$tls"
make_ca() {
    openssl req -new -x509 -days 2 -nodes -subj "/CN=$2" -keyout "$tls/$1.key" \
        -out "$tls/$1.crt" >/dev/null 2>&1
}
make_ca ca "Shotbook test household CA"
make_ca wrong-ca "Someone else's CA"
openssl req -new -nodes -subj "/CN=localhost" -keyout "$tls/server.key" -out "$tls/server.csr" \
    >/dev/null 2>&1
printf 'subjectAltName=DNS:localhost\n' >"$tls/server.ext"
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
    -days 2 -extfile "$tls/server.ext" -out "$tls/server.crt" >/dev/null 2>&1
chmod 0644 "$tls"/*.crt
chmod 0600 "$tls/server.key"
[ "$(id -u)" -eq 0 ] && chown -R "$owner" "$tls"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$cluster/data/pg_hba.conf" <<HBA
local all sb_password scram-sha-256
local all all trust
hostssl all all 127.0.0.1/32 trust
host all all 127.0.0.1/32 reject
HBA
as_owner "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-k $cluster -p $port -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
as_owner "$pg_bin/psql" -h "$cluster" -p "$port" -U "$owner" -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE sb_password LOGIN PASSWORD 'the-right-one'" \
    -c "CREATE DATABASE sb_password OWNER sb_password" >/dev/null

# The socket folder as the URL's host, percent-encoded (ServerLocation.h).
socket_host=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$cluster" 2>/dev/null ||
              printf '%s' "$cluster" | sed 's|/|%2F|g')
export SHOTBOOK_TEST_POSTGRES="postgresql://$owner@$socket_host:$port"
export SHOTBOOK_TEST_POSTGRES_PASSWORD="postgresql://sb_password@$socket_host:$port/sb_password"
export SHOTBOOK_TEST_POSTGRES_TLS="postgresql://$owner@localhost:$port"
export SHOTBOOK_TEST_POSTGRES_CA="$tls/ca.crt" SHOTBOOK_TEST_POSTGRES_WRONG_CA="$tls/wrong-ca.crt"
echo "== tests against $SHOTBOOK_TEST_POSTGRES (ctest -L postgres)"
jobs=$(nproc 2>/dev/null || echo 2)
status=0
ctest --test-dir "$build_dir" -L postgres --output-on-failure --parallel "$jobs" || status=$?
if [ $status -ne 0 ]; then
    echo "ci-postgres.sh: the server's log (last lines):" >&2
    tail -n 30 "$cluster/server.log" >&2 || true
fi
exit $status
