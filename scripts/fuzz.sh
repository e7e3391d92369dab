#!/usr/bin/env bash
# Fuzzes the parsers that face strangers' text (examples/fuzz.rs; targets in tests/fuzz_support/mod.rs):
#   scripts/fuzz.sh [MINUTES]   every target in turn, MINUTES in all (default 10); findings are copied to
#                               tests/fixtures/fuzz/<target>/findings/ (look, minimise with `--minimise`, then move
#                               each to regressions/ once fixed, or to pending/ while its owner fixes it)
#   scripts/fuzz.sh --short     each target ~15 s with a fixed seed (a minute in all); fails on a panic or a crash
#                               (slow inputs are kept and reported)
#                               (`make check` runs this after the Rust tests)
# Env: FUZZ_TARGETS="ics rrule" to choose targets, FUZZ_BUDGET_MS (per input, default 2000), FUZZ_MEM_KB (virtual
# memory limit, default 4 GiB), FUZZ_PROFILE=release for a faster but longer-to-build binary (default: the debug
# profile the tests already built, so `--short` adds seconds of build, not minutes).
#
# Each input runs under a watchdog (over FUZZ_BUDGET_MS is a hang: saved, the process exits 3) and catch_unwind
# (a panic is saved and fuzzing goes on). The harness runs under `ulimit -v`, so an input that balloons kills the
# process; it wrote every input to target/fuzz/<target>/current before running it, and this script saves that
# file as the finding. After a hang or a crash the target is restarted with a new seed for the time left.
set -uo pipefail
cd "$(dirname "$0")/.."

short=0
minutes=10
case "${1:-}" in
  --short) short=1 ;;
  "") ;;
  *[!0-9.]*) echo "usage: scripts/fuzz.sh [MINUTES] | --short" >&2; exit 2 ;;
  *) minutes=$1 ;;
esac
targets=(${FUZZ_TARGETS:-ics csv markdown rrule})
mem_kb=${FUZZ_MEM_KB:-4194304}
profile=${FUZZ_PROFILE:-dev}
target_dir=${CARGO_TARGET_DIR:-target}

if [ "$profile" = release ]; then
  cargo build --release --example fuzz || exit 1
  bin="$target_dir/release/examples/fuzz"
else
  cargo build --example fuzz || exit 1
  bin="$target_dir/debug/examples/fuzz"
fi

if [ $short = 1 ]; then
  per_target=15
  # Inside `make test` the harness is a debug build on a busy 2-core machine, where an honest input can take a
  # couple of seconds; a hang there means ten, so the pass fails on real hangs and panics, not on a slow minute.
  export FUZZ_BUDGET_MS=${FUZZ_BUDGET_MS:-10000}
else
  per_target=$(awk -v m="$minutes" -v n=${#targets[@]} 'BEGIN { printf "%d", m * 60 / n }')
fi

found=0
for t in "${targets[@]}"; do
  out="$target_dir/fuzz/$t"
  rm -rf "$out/findings" "$out/current"
  mkdir -p "$out"
  log="$out/log.txt"
  : > "$log"
  ext=$t; [ "$t" = markdown ] && ext=md
  end=$(( $(date +%s) + per_target ))
  run=0
  while :; do
    left=$(( end - $(date +%s) ))
    [ $left -gt 0 ] || break
    # Fixed seeds in --short, so a failure there replays; fresh ones for longer runs.
    if [ $short = 1 ]; then seed=$((12345 + run)); else seed=$(( $(date +%s%N) % 1000000007 )); fi
    ( ulimit -v "$mem_kb"; exec timeout -k 5 $(( left + 30 )) "$bin" "$t" "$left" "$seed" --out "$out" ) >>"$log" 2>&1
    rc=$?
    run=$((run + 1))
    case $rc in
      0|1) break ;;
      3) echo "fuzz $t: hang (see $log)" ;;
      *)
        # Killed by something it could not catch (memory limit, stack overflow, timeout): the input it was on.
        if [ -f "$out/current" ]; then
          mkdir -p "$out/findings"
          name="crash-$(sha1sum "$out/current" | cut -c1-16).$ext"
          mv "$out/current" "$out/findings/$name"
          printf 'crash: exit status %s\nlog: %s\n' "$rc" "$(tail -n 3 "$log" | tr '\n' ' ' | cut -c1-400)" > "$out/findings/$name.note"
          echo "fuzz $t: process died (status $rc) — input saved as $name"
        else
          echo "fuzz $t: process died (status $rc) before running an input; see $log"
          found=1
          break
        fi
        ;;
    esac
  done
  grep '^fuzz target=' "$log" | tail -n 1
  grep '^  panic' "$log" || true
  if [ -d "$out/findings" ] && [ -n "$(ls -A "$out/findings")" ]; then
    # In the short pass (a debug build inside `make test`, sharing two cores with whatever else runs) a slow input
    # is kept and reported but does not fail the build: its time says as much about the machine as about the code.
    # A panic or a crash always fails. The longer runs fail on hangs too.
    if [ $short = 0 ] || ls "$out/findings" | grep -qE '^(panic|crash)-'; then
      found=1
    else
      echo "fuzz $t: slow inputs kept for a look (not a failure of the short pass)"
    fi
    dest="tests/fixtures/fuzz/$t/findings"
    mkdir -p "$dest"
    cp "$out/findings/"* "$dest/"
    echo "fuzz $t: $(ls "$out/findings" | grep -vc '\.note$') finding(s) copied to $dest/"
  fi
done

if [ $found = 1 ]; then
  echo "fuzz: findings (above). Minimise one with: cargo run --example fuzz -- --minimise TARGET FILE" >&2
  exit 1
fi
echo "fuzz: no findings"
