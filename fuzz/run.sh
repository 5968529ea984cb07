#!/usr/bin/env bash
# Fuzz every quotesmith entry point for a bounded time.
#
#   fuzz/run.sh [SECONDS] [TARGET...]     (default: 60 s for each of clean sentences quotes pipeline)
#
# Installs cargo-fuzz when missing and uses RUSTC_BOOTSTRAP=1 so the stable toolchain can build
# with the sanitizer flags cargo-fuzz needs. Each target starts from the hand-written seeds in
# fuzz/seeds/ plus any saved repros in fuzz/regressions/, with fuzz/quotesmith.dict as a token
# dictionary. A panic, a broken invariant (see fuzz/src/invariants.rs), a >10 s input or running
# out of memory is a crash: libFuzzer saves it under fuzz/artifacts/<target>/; this script runs the
# remaining targets anyway and exits non-zero if any target crashed.
set -uo pipefail
cd "$(dirname "$0")"

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(clean sentences quotes pipeline)

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz ..." >&2
    cargo install cargo-fuzz || { echo "could not install cargo-fuzz" >&2; exit 2; }
fi
export RUSTC_BOOTSTRAP=1

failed=()
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "regressions/$t"
    echo "=== fuzzing $t for ${seconds}s ===" >&2
    log="$(mktemp)"
    cargo fuzz run "$t" "corpus/$t" seeds "regressions/$t" -- \
        -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
        -dict=quotesmith.dict -print_final_stats=1 2>&1 | tee "$log" | grep -E "^(#[0-9]+.*(DONE|NEW|REDUCE))|stat::|ERROR|panicked|Test unit written" | tail -n 12
    status=${PIPESTATUS[0]}
    runs=$(grep -oE "stat::number_of_executed_units: *[0-9]+" "$log" | grep -oE "[0-9]+$")
    if [ "$status" -ne 0 ]; then
        echo "!!! $t crashed (exit $status); repro saved under fuzz/artifacts/$t/ — minimise with:" >&2
        echo "    RUSTC_BOOTSTRAP=1 cargo fuzz tmin $t fuzz/artifacts/$t/<crash-file>" >&2
        { grep -A 25 -m1 -E "panicked|ERROR|error" "$log" || tail -n 25 "$log"; } >&2
        failed+=("$t")
    else
        echo "--- $t: ${runs:-?} executions, no crash" >&2
    fi
    rm -f "$log"
done

if [ ${#failed[@]} -ne 0 ]; then
    echo "crashed: ${failed[*]}" >&2
    exit 1
fi
echo "all targets ran ${seconds}s without a crash" >&2
