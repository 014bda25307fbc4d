#!/usr/bin/env bash
# Tries the README's two quick-start commands as a newcomer would: in a brand
# new Debian 12 root (debootstrap --variant=minbase bookworm), as root, with
# the project copied in and nothing else: no git, no compiler, no Qt.
#
#   bash packaging/check-fresh-debian.sh [ROOT_DIR]
#
# Needs root on the host (debootstrap, mount, chroot) and Debian's package
# archive. Takes a while: the second command builds everything twice.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=${1:-/tmp/shotbook-fresh-root}

if ! command -v debootstrap >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
    echo "== debootstrap --variant=minbase bookworm $root"
    debootstrap --variant=minbase bookworm "$root" >/dev/null
fi
for fs in proc sys dev dev/pts; do
    mount --bind "/$fs" "$root/$fs"
    mounted+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

echo "== copying the project (without build/ and .git/)"
rm -rf "$root/root/shotbook"
mkdir -p "$root/root/shotbook"
tar -C "$here" --exclude=./build --exclude=./.git -cf - . | tar -C "$root/root/shotbook" -xf -

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        bash -c "cd /root/shotbook && $1"
}

echo "== command 2: bash packaging/setup.sh test"
in_root "bash packaging/setup.sh test"

echo "== command 1: bash packaging/setup.sh run (no display: expects the virtual one)"
database="$root/root/.local/share/shotbook/shotbook.sqlite"
rm -f "$database"
in_root "bash packaging/setup.sh run" &
runner=$!
for _ in $(seq 1 600); do
    [ -f "$database.lock" ] && break
    kill -0 "$runner" 2>/dev/null || break
    sleep 1
done
sleep 3
if kill -0 "$runner" 2>/dev/null && [ -f "$database" ]; then
    echo "== Shotbook is running on its default database $database"
    status=0
else
    echo "== FAILED: Shotbook did not come up on its default database" >&2
    status=1
fi
pkill -f /root/shotbook/build/release/app/shotbook 2>/dev/null || true
wait "$runner" 2>/dev/null || true
exit $status
