#!/usr/bin/env bash
# Sourced by the benchmark scripts (scripts/bench.sh, scripts/bench-google-import.sh): `measure`, with `$dir` set to
# the scripts' working folder. Nothing here runs on its own.

# measure N LABEL COMMAND...: runs COMMAND N times, each in a process of its own under /usr/bin/time, and prints the
# medians of wall time, CPU and peak RSS, the load average at each run, and the medians of the `key=value`s the
# command prints on its last line.
measure() {
  local n=$1 label=$2 log="$dir/measure.log"
  shift 2
  : >"$log"
  for _ in $(seq "$n"); do
    local load out
    load=$(cut -d' ' -f1 /proc/loadavg)
    out=$(/usr/bin/time -f "wall_s=%e user_s=%U sys_s=%S rss_kb=%M" -o "$dir/time.txt" "$@" | tail -n 1)
    echo "$(cat "$dir/time.txt") load=$load $out" >>"$log"
  done
  python3 - "$label" "$log" <<'PY'
import re, statistics, sys
label, runs = sys.argv[1], [line.split() for line in open(sys.argv[2])]
values = {}
for tokens in runs:
    for t in tokens:
        m = re.fullmatch(r"([a-z_]+)=([0-9.]+)", t)
        if m:
            values.setdefault(m[1], []).append(float(m[2]))
med = {k: statistics.median(v) for k, v in values.items()}
cpu = statistics.median(u + s for u, s in zip(values["user_s"], values["sys_s"]))
own = " ".join(f"{k}={v:g}" for k, v in med.items() if k not in ("wall_s", "user_s", "sys_s", "rss_kb", "load"))
print(f"{label}: wall {med['wall_s']:.2f} s (runs {' '.join(f'{w:.2f}' for w in values['wall_s'])}; load "
      f"{' '.join(f'{l:.1f}' for l in values['load'])}), cpu {cpu:.2f} s, peak RSS {med['rss_kb'] / 1024:.0f} MB; {own}")
PY
}
