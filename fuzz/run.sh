#!/usr/bin/env bash
# Fuzz every quotesmith entry point for a bounded time.
#
#   fuzz/run.sh [--keep-going] [SECONDS] [TARGET...]
#       SECONDS  per target (default 60); targets: clean sentences quotes pipeline (default: all)
#       --keep-going  libFuzzer fork mode: a crash is saved and fuzzing goes on, so one known bug
#                     does not hide the next (slower per execution; use for long sweeps)
#
# Installs cargo-fuzz when missing and sets RUSTC_BOOTSTRAP=1 so the stable toolchain accepts the
# sanitizer flags cargo-fuzz passes. Each target starts from the hand-written seeds in fuzz/seeds/
# and the saved repros in fuzz/regressions/<target>/, with fuzz/quotesmith.dict as its token
# dictionary. A panic, a broken invariant (fuzz/src/invariants.rs), an input taking over 10 s or
# running out of memory is a crash: libFuzzer saves it under fuzz/artifacts/<target>/, and this
# script prints each crash with the panic site, runs the remaining targets anyway, and exits
# non-zero if any target crashed.
set -uo pipefail
cd "$(dirname "$0")"

keep_going=0
if [ "${1:-}" = "--keep-going" ]; then
    keep_going=1
    shift
fi
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(clean sentences quotes pipeline)

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz ..." >&2
    cargo install cargo-fuzz || { echo "could not install cargo-fuzz" >&2; exit 2; }
fi
export RUSTC_BOOTSTRAP=1
triple="$(rustc -vV | sed -n 's/^host: //p')"

# Build first: a compile error is not a crash.
build_log="$(mktemp)"
if ! cargo fuzz build >"$build_log" 2>&1; then
    grep -a -E -A12 "^error" "$build_log" | head -n 40 >&2
    echo "the fuzz targets do not build; nothing was fuzzed" >&2
    rm -f "$build_log"
    exit 2
fi
rm -f "$build_log"

mode=()
[ $keep_going -eq 1 ] && mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)

# The panic site and message of one saved crash input, replayed through the target binary.
crash_site() {
    "target/$triple/release/$1" "$2" 2>&1 | grep -a -m1 -A1 "panicked at" | tr '\n' ' ' | sed 's/thread [^ ]* ([0-9]*) //'
}

failed=()
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "regressions/$t" "artifacts/$t"
    echo "=== fuzzing $t for ${seconds}s ===" >&2
    marker="$(mktemp)"
    log="$(mktemp)"
    cargo fuzz run "$t" "corpus/$t" seeds "regressions/$t" -- \
        -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
        -dict=quotesmith.dict -print_final_stats=1 "${mode[@]}" >"$log" 2>&1
    status=$?
    grep -a -E "^#[0-9]+.*(DONE|cov:)" "$log" | tail -n 1 >&2
    runs=$(grep -a -oE "stat::number_of_executed_units: *[0-9]+" "$log" | grep -oE "[0-9]+$")
    [ -z "$runs" ] && runs=$(grep -a -oE "^#[0-9]+" "$log" | tail -n 1 | tr -d '#')
    crashes=$(find "artifacts/$t" -type f -newer "$marker" | sort)
    if [ "$status" -ne 0 ] || [ -n "$crashes" ]; then
        echo "!!! $t: crashed after ${runs:-?} executions; inputs saved under fuzz/artifacts/$t/:" >&2
        for c in $crashes; do
            echo "    $(basename "$c") ($(head -c 60 "$c" | od -An -c | tr -s ' \n' ' ' | head -c 120)…)" >&2
            echo "        $(crash_site "$t" "$c")" >&2
        done
        [ -z "$crashes" ] && tail -n 30 "$log" >&2
        echo "    minimise: RUSTC_BOOTSTRAP=1 cargo fuzz tmin $t fuzz/artifacts/$t/<file>; then save it as" >&2
        echo "    fuzz/regressions/$t/<name> (replayed by tests/regressions.rs)" >&2
        failed+=("$t")
    else
        echo "--- $t: ${runs:-?} executions, no crash" >&2
    fi
    rm -f "$log" "$marker"
done

if [ ${#failed[@]} -ne 0 ]; then
    echo "crashed: ${failed[*]}" >&2
    exit 1
fi
echo "all targets ran ${seconds}s without a crash" >&2
