#!/bin/sh
# Refreshes the .ts files from the sources and fills in the translations kept in nl.py.
set -eu
cd "$(dirname "$0")/../.."
for lang in nl en; do
    /usr/lib/qt6/bin/lupdate -no-obsolete -locations none core ui app -ts resources/translations/npsstudio_$lang.ts
    python3 resources/translations/apply.py resources/translations/npsstudio_$lang.ts $lang
done
