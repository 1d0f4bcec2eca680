#!/bin/sh
# Runs a command in a brand-new minimal Debian 12 (bookworm), as on a machine that has never
# seen the project: a root made by mmdebstrap --variant=apt with only apt, git and CA
# certificates, the committed checkout cloned into /src/project (and ../shared, the real survey
# exports some tests read, beside it when present: SHARED_DIR overrides where it is).
# The command runs there as root with CI=true and no display. It never falls back to this
# machine: when no fresh root can be made, it fails and says why.
#
# Usage: packaging/fresh-debian-check.sh COMMAND...
# Example: packaging/fresh-debian-check.sh sh -c 'packaging/install-build-deps.sh && cmake --preset ci'
# The root is removed afterwards unless KEEP=1. Uses this machine's apt sources.
set -eu
fail() { echo "fresh-debian-check: $*; no fresh root, so no check" >&2; exit 2; }
elapsed() { echo "$(($1 / 60))m$(printf '%02d' $(($1 % 60)))s"; }
[ $# -gt 0 ] || fail "usage: $0 COMMAND..."
[ "$(id -u)" -eq 0 ] || fail "needs root (to make the root and chroot into it)"
if ! command -v mmdebstrap > /dev/null; then
    echo "fresh-debian-check: installing mmdebstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap > /dev/null \
        || fail "mmdebstrap is missing and could not be installed (apt-get install mmdebstrap)"
fi
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel) || fail "not in a git checkout"
shared=${SHARED_DIR:-$(cd "$repo/.." && pwd)/shared}
sources=$(ls /etc/apt/sources.list.d/*.sources 2> /dev/null | head -n 1) || true
[ -n "$sources" ] || sources=/etc/apt/sources.list
[ -s "$sources" ] || fail "no apt sources on this machine ($sources)"

root=$(mktemp -d "${TMPDIR:-/tmp}/fresh-debian.XXXXXX")
cleanup() {
    for m in dev sys proc; do umount -R -l "$root/$m" 2> /dev/null || true; done
    if [ "${KEEP:-0}" = 1 ]; then
        echo "fresh-debian-check: kept $root" >&2
    elif grep -q " $root/" /proc/mounts; then
        # Never remove through a mount that is still there: /dev and /sys are this machine's.
        echo "fresh-debian-check: $root still has mounts; left in place" >&2
    else
        rm -rf "$root"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

begin=$(date +%s)
echo "fresh-debian-check: making a minimal Debian 12 root in $root (mmdebstrap --variant=apt)"
mmdebstrap --quiet --variant=apt --include=ca-certificates,git bookworm "$root" "$sources" \
    || fail "mmdebstrap could not make the root"
echo "fresh-debian-check: root made in $(elapsed $(($(date +%s) - begin))):" \
    "Debian $(cat "$root/etc/debian_version"), $(chroot "$root" dpkg-query -W | wc -l) packages"
mkdir -p "$root/src"
git clone --quiet "$repo" "$root/src/project" || fail "cannot clone $repo"
echo "fresh-debian-check: cloned $(git -C "$root/src/project" log -1 --format='%h %s')"
if [ -d "$shared" ]; then
    cp -a "$shared" "$root/src/shared"
    echo "fresh-debian-check: copied $shared to ../shared"
fi
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"

cmd=$(printf '%s\n' "$@" | sed "s/'/'\\\\''/g; s/^/'/; s/\$/'/" | tr '\n' ' ')
echo "fresh-debian-check: running in /src/project: $cmd"
begin=$(date +%s)
status=0
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 CI=true sh -c "cd /src/project && $cmd" < /dev/null || status=$?
echo "fresh-debian-check: the command exited with $status after $(elapsed $(($(date +%s) - begin)))"
exit "$status"
