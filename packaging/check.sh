#!/bin/sh
# The whole check of NPS Studio, as CI runs it (see HACKING.md): formatting, the release build
# with warnings as errors and every test, clang-tidy, every test again under Address and
# UB sanitizer, and a minute of fuzzing per reader of untrusted input. Stops at the first stage that fails; prints the time of each stage.
#
# Usage: packaging/check.sh [STAGE...]      (default: every stage, in the order below)
set -eu
cd "$(dirname "$0")/.."
# One job per core, never more (the build machine is shared).
jobs=$(nproc)
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$jobs}"
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-$jobs}"

# The stages. A new one is one line here plus its name in `all` (e.g. a fuzzing stage).
stage_format() { git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror; }
stage_release() { cmake --workflow --preset ci; }
# clang-tidy over FILES (a regular expression of paths below the checkout), with the checked-in
# .clang-tidy; needs the release build first (compile_commands.json and the generated .moc files).
run_tidy() {
    log=build/ci/clang-tidy-$1.log
    run-clang-tidy -quiet -j "$jobs" -p build/ci "^$(pwd)/$2\$" > "$log" 2>&1 || {
        # The findings, without the command lines, the counts of warnings in system headers
        # (suppressed) and the colours.
        grep -v -e '^clang-tidy' -e '^[0-9]* warnings generated' "$log" | sed 's/\x1b\[[0-9;]*m//g'
        return 1
    }
    echo "clang-tidy: $(grep -c '^clang-tidy' "$log") files, no findings"
}
# The product's sources (not moc/rcc output), as the ci preset compiles them: in unity batches
# (build/ci/<folder>/CMakeFiles/<target>.dir/Unity/unity_N_cxx.cxx, each including several of
# our .cpp files; a quarter of the time of one file at a time, since Qt's headers are parsed
# once per batch), and any file left out of the batches. The tests are built with warnings as
# errors and run under the sanitizers; tidying them too (stage tidytests, not in `all`) would
# take CI past 30 minutes on 2 cores.
tidy_files() { echo "(($1)/.*\.cpp|build/ci/($1)/CMakeFiles/[^/]*/Unity/unity_[0-9]+_cxx\.cxx)"; }
stage_tidy() { run_tidy product "$(tidy_files 'app|core|ui|packaging')"; }
stage_tidytests() { run_tidy tests "$(tidy_files tests)"; }
stage_asan() { cmake --workflow --preset asan; }
# Each libFuzzer target for NPS_FUZZ_SECONDS (default 60) on its seeds from tests/data.
stage_fuzz() { packaging/run-fuzzers.sh "${NPS_FUZZ_SECONDS:-60}"; }
all="format release tidy asan fuzz"

elapsed() { echo "$(($1 / 60))m$(printf '%02d' $(($1 % 60)))s"; }
# CPU seconds used so far by everything this script ran (from the shell's `times`): with the
# wall time, it tells a slow stage from a machine shared with other work. `times` must run in
# this shell (not in a $(...) subshell, which has no children of its own).
times_file=$(mktemp)
trap 'rm -f "$times_file"' EXIT
cpu_seconds() {
    awk 'NR == 2 { for (i = 1; i <= 2; ++i) { split($i, p, "m"); n += p[1] * 60 + p[2] }
                   printf "%d\n", n }' "$times_file"
}
summary=""
started=$(date +%s)
for name in ${*:-$all}; do
    echo "==== $name"
    begin=$(date +%s)
    times > "$times_file"
    cpu_begin=$(cpu_seconds)
    if ! "stage_$name"; then
        echo "==== $name FAILED after $(elapsed $(($(date +%s) - begin)))"
        exit 1
    fi
    took=$(($(date +%s) - begin))
    times > "$times_file"
    line=$(printf '%-8s %8s   (CPU %s)' "$name" "$(elapsed $took)" \
        "$(elapsed $(($(cpu_seconds) - cpu_begin)))")
    summary="$summary  $line
"
    echo "==== $name passed: $line"
done
printf 'All checks passed (wall time, and CPU time on %s cores):\n%s  %-8s %8s   (CPU %s)\n' \
    "$jobs" "$summary" total "$(elapsed $(($(date +%s) - started)))" "$(elapsed $(cpu_seconds))"
