#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz (clang, AddressSanitizer + UBSan, linked against
# the distribution's Qt) and runs each for SECONDS (default 60) on a
# corpus that grows in build/fuzz/corpus and starts from seeds made from tests/data; one target
# per core at a time (NPS_FUZZ_PARALLEL), each log in build/fuzz/fuzz_TARGET.log.
# A crash leaves its input in build/fuzz/artifacts and makes the script fail.
#
#   packaging/run-fuzzers.sh [SECONDS] [TARGET...]     targets: csvreader xlsxreader dateparser scoreparser
#
# NPS_FUZZ_BUILD chooses the build folder; NPS_FUZZ_JOBS the build's parallel jobs (default 2).
set -eu
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-csvreader xlsxreader dateparser scoreparser}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${NPS_FUZZ_BUILD:-$root/build/fuzz}
launcher=
command -v ccache >/dev/null 2>&1 && launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNPS_BUILD_FUZZERS=ON -DNPS_BUILD_BENCHMARKS=OFF $launcher >/dev/null
for t in $targets; do
    cmake --build "$build" -j "${NPS_FUZZ_JOBS:-2}" --target "fuzz_$t"
done
/usr/bin/python3 "$root/tests/fuzz/make_seeds.py" "$root/tests/data" "$build/seeds"
mkdir -p "$build/artifacts"

# One target per core at a time: each still gets SECONDS of a whole core.
status=0
parallel=${NPS_FUZZ_PARALLEL:-$(nproc)}
running=0
pids=""
for t in $targets; do
    mkdir -p "$build/corpus/$t"
    echo "== fuzz_$t for ${seconds}s"
    "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
        "$build/corpus/$t" "$build/seeds/$t" > "$build/fuzz_$t.log" 2>&1 &
    pids="$pids $!:$t"
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then
        for entry in $pids; do
            wait "${entry%%:*}" || { status=1; echo "== fuzz_${entry#*:} FAILED:"; }
            tail -n 12 "$build/fuzz_${entry#*:}.log"
        done
        pids=""
        running=0
    fi
done
for entry in $pids; do
    wait "${entry%%:*}" || { status=1; echo "== fuzz_${entry#*:} FAILED:"; }
    tail -n 12 "$build/fuzz_${entry#*:}.log"
done
exit $status
