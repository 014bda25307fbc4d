#!/usr/bin/env bash
# Sets up a household server for a shared Shotbook record on a Debian 12
# machine: PostgreSQL 15, one database, one login role per caregiver, and the
# pg_hba.conf lines that let them in from the home network with a password
# (scram-sha-256) over TLS. Run it as root on the machine that stays on:
#   sudo bash packaging/household-server.sh --database noa --network 192.168.1.0/24 mother father
# Each caregiver's password is asked for once here and never stored by
# Shotbook: each caregiver puts it in their own ~/.pgpass (see README.md).
set -euo pipefail

usage() {
    echo "usage: household-server.sh [--database NAME] [--network CIDR] CAREGIVER..." >&2
    echo "  --database NAME  the shared record's database (default: shotbook)" >&2
    echo "  --network CIDR   the home network the caregivers connect from (default: local" >&2
    echo "                   socket only, for caregivers signed in on this machine)" >&2
    exit 2
}

database=shotbook
network=
caregivers=()
while [ $# -gt 0 ]; do
    case "$1" in
    --database) [ $# -ge 2 ] || usage; database=$2; shift 2 ;;
    --network) [ $# -ge 2 ] || usage; network=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) usage ;;
    *) caregivers+=("$1"); shift ;;
    esac
done
[ ${#caregivers[@]} -ge 1 ] || usage
valid_name='^[a-z_][a-z0-9_]{0,62}$'
for name in "$database" "${caregivers[@]}"; do
    if ! [[ $name =~ $valid_name ]]; then
        echo "household-server.sh: \"$name\" is not a plain name (lower-case letters, digits, _)." >&2
        exit 2
    fi
done
if [ "$(id -u)" -ne 0 ]; then
    echo "household-server.sh: run it as root (sudo bash $0 ...)." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! dpkg-query -W -f='${Status}' postgresql-15 2>/dev/null | grep -q 'install ok installed'; then
    echo "== installing PostgreSQL 15"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql-15 ssl-cert >/dev/null
fi
pg_ctlcluster 15 main start 2>/dev/null || true
conf=/etc/postgresql/15/main
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "== database $database and a group role ${database}_caregivers"
psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '${database}_caregivers'" | grep -q 1 ||
    psql_admin -c "CREATE ROLE ${database}_caregivers NOLOGIN"
psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 ||
    psql_admin -c "CREATE DATABASE $database OWNER ${database}_caregivers"
# Every caregiver may create and change the record's tables (the first
# Shotbook to connect makes them); nobody else may connect.
psql_admin -d "$database" -c "REVOKE ALL ON DATABASE $database FROM PUBLIC;
    GRANT CONNECT, TEMPORARY ON DATABASE $database TO ${database}_caregivers;
    GRANT ALL ON SCHEMA public TO ${database}_caregivers;"

for caregiver in "${caregivers[@]}"; do
    echo "== caregiver $caregiver"
    if ! psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$caregiver'" | grep -q 1; then
        psql_admin -c "CREATE ROLE $caregiver LOGIN"
    fi
    # The tables belong to the group, so each caregiver writes as the
    # group's member while "by" and the author stay their own login.
    psql_admin -c "GRANT ${database}_caregivers TO $caregiver;
        ALTER ROLE $caregiver SET role = '${database}_caregivers'"
    echo "   a password for $caregiver (typed twice; stored by PostgreSQL as a scram hash only):"
    runuser -u postgres -- psql -q -c "\\password $caregiver"
done

echo "== pg_hba.conf: caregivers of $database only, with a password"
marker="# shotbook household: $database"
if ! grep -qF "$marker" "$conf/pg_hba.conf"; then
    block="$marker"$'\n'"local    $database  +${database}_caregivers                 scram-sha-256"
    if [ -n "$network" ]; then
        block+=$'\n'"hostssl  $database  +${database}_caregivers  $network  scram-sha-256"
    fi
    # PostgreSQL takes the first line that matches: these go before Debian's
    # own ("local all all peer" would otherwise sign a caregiver in by the
    # name of the computer's user, and refuse them).
    BLOCK=$block awk 'BEGIN { done = 0 }
        !done && /^[[:space:]]*(local|host|hostssl|hostnossl|hostgssenc|hostnogssenc)[[:space:]]/ {
            print ENVIRON["BLOCK"]; done = 1 }
        { print }
        END { if (!done) print ENVIRON["BLOCK"] }' "$conf/pg_hba.conf" >"$conf/pg_hba.conf.new"
    chown --reference="$conf/pg_hba.conf" "$conf/pg_hba.conf.new"
    chmod --reference="$conf/pg_hba.conf" "$conf/pg_hba.conf.new"
    mv "$conf/pg_hba.conf.new" "$conf/pg_hba.conf"
fi
if [ -n "$network" ]; then
    # TLS needs a certificate: Debian's snakeoil one (ssl-cert) unless the
    # cluster was given another.
    if [ ! -f /etc/ssl/private/ssl-cert-snakeoil.key ]; then
        dpkg-query -W -f='${Status}' ssl-cert 2>/dev/null | grep -q 'install ok installed' ||
            apt-get install -y -qq --no-install-recommends ssl-cert >/dev/null
        make-ssl-cert generate-default-snakeoil
    fi
    # Debian's cluster has TLS on with the snakeoil certificate: good for
    # sslmode=require; for verify-full give it a certificate from your own
    # CA (README.md, "A household server").
    printf "listen_addresses = '*'\nssl = on\npassword_encryption = scram-sha-256\n" \
        >"$conf/conf.d/shotbook-household.conf"
fi
pg_ctlcluster 15 main restart
echo "== done. Each caregiver opens Shotbook with"
echo "   shotbook --db postgresql://CAREGIVER@$(hostname -f 2>/dev/null || hostname)/$database?sslmode=require"
