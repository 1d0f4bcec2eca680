#!/bin/sh
# Installs what NPS Studio needs to build and test on Debian 12, and nothing that is there:
# the packages in debian-build-deps.txt, without recommends (so every one is listed there).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
packages=$(grep -v '^#' "$here/debian-build-deps.txt" | tr '\n' ' ')
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
before=$(dpkg-query -W | wc -l)
started=$(date +%s)
echo "Installing:$missing"
$as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
took=$(($(date +%s) - started))
echo "Installed $(($(dpkg-query -W | wc -l) - before)) packages (the listed ones and what they" \
    "depend on) in $((took / 60))m$(printf '%02d' $((took % 60)))s"
