#!/bin/sh
# Builds the Debian package, unpacks it into a scratch root, checks its files and metadata, and
# starts the unpacked program the way a file manager would, on a CSV given as argument. As root
# (CI), it also installs the package for real and checks that removing it leaves nothing behind.
set -eu
build=$1
source=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build"
cpack -G DEB > "$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; fail "cpack"; }
deb=$(ls -t npsstudio_*.deb | head -n 1)
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -I "$deb" | grep -q "Depends:.*libqt6sql6-sqlite" || fail "the SQLite driver is not a dependency"
dpkg-deb -I "$deb" | grep -q "Depends:.*libqt6widgets6" || fail "shlibdeps did not compute the Qt dependencies"
root=$scratch/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/npsstudio \
         usr/share/applications/org.npsstudio.NpsStudio.desktop \
         usr/share/metainfo/org.npsstudio.NpsStudio.metainfo.xml \
         usr/share/mime/packages/npsstudio.xml \
         usr/share/icons/hicolor/scalable/apps/npsstudio.svg \
         usr/share/icons/hicolor/16x16/apps/npsstudio.png \
         usr/share/icons/hicolor/512x512/apps/npsstudio.png \
         usr/share/icons/hicolor/48x48/mimetypes/application-x-npsstudio-project.png \
         usr/share/npsstudio/sample/nps-sample.csv \
         usr/share/npsstudio/sample/nps-sample.npsdb; do
    [ -s "$root/$f" ] || fail "missing $f"
done
desktop-file-validate "$root/usr/share/applications/org.npsstudio.NpsStudio.desktop" || fail "desktop entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.npsstudio.NpsStudio.metainfo.xml" || fail "AppStream metainfo"
update-mime-database "$root/usr/share/mime" || fail "MIME definitions"
grep -q "application/x-npsstudio-project" "$root/usr/share/mime/globs2" || fail "the project type is not registered"

version=$("$root/usr/bin/npsstudio" --version)
echo "version: $version"
[ "$version" = "NPS Studio $(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$source/CMakeLists.txt" | head -n 1)" ] || fail "--version says '$version'"
# Opened on an export, as a file manager does with %F: it imports it and shows the dashboard.
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
"$root/usr/bin/npsstudio" --screenshot "$scratch/window.png" "$root/usr/share/npsstudio/sample/nps-sample.csv" 2>/dev/null
[ -s "$scratch/window.png" ] || fail "the installed program did not open the export"
[ -s "$scratch/data/NPS Studio/npsstudio/projects/nps-sample.npsdb" ] || fail "the export was not imported"

# The sample project opens (a copy: the installed one is read-only for users).
cp "$root/usr/share/npsstudio/sample/nps-sample.npsdb" "$scratch/sample.npsdb"
"$root/usr/bin/npsstudio" summary --db "$scratch/sample.npsdb" --json | grep -q '"n": 2361' || fail "the sample project does not open"

if [ "$(id -u)" -eq 0 ] && [ -n "${CI:-}" ] && ! dpkg -s npsstudio > /dev/null 2>&1; then
    dpkg -i "$deb" > /dev/null || fail "dpkg -i"
    npsstudio --version > /dev/null || fail "installed npsstudio --version"
    dpkg -L npsstudio | grep -v '^/\.$' > "$scratch/files"
    dpkg --purge npsstudio > /dev/null || fail "dpkg --purge"
    while read -r f; do
        case "$f" in /usr|/usr/bin|/usr/share|/usr/share/*/|/usr/share/icons*|/usr/share/applications|/usr/share/metainfo|/usr/share/mime*) continue;; esac
        [ -f "$f" ] && fail "left behind after removal: $f"
    done < "$scratch/files"
    [ -e /usr/share/npsstudio ] && fail "left behind: /usr/share/npsstudio"
    echo "installed and removed cleanly"
fi
echo "package test passed"
