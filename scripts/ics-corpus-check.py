#!/usr/bin/env python3
"""Imports a folder of other people's .ics files, one at a time, each into a fresh temporary database, and compares
the occurrences Campaign Desk lists with those Python's `recurring_ical_events` expands, occurrence by occurrence.

usage: .venv/bin/python scripts/ics-corpus-check.py [options] PATH...

PATH is an .ics file or a folder searched recursively for *.ics. For each file:
  1. `campaign-desk --json import ics FILE` under a time limit, classified as imported / refused (exit 2, with its
     message) / error (exit 1) / crashed (exit 101, a signal, or panic text) / timeout;
  2. the reference (icalendar + recurring_ical_events, in a subprocess with its own time limit; a failure there is
     'reference-failed', not ours) picks the windows: from the day before the earliest VEVENT DTSTART, two years
     long, plus a year from the latest DTSTART when that falls outside the first window;
  3. `campaign-desk --json event list --from --to --tz UTC` for each window, compared with the reference:
     start and end instants in UTC (all-day as dates), and the title. Each side is capped at --cap occurrences
     per window (only the occurrences before the earlier side's cut-off are compared).
Floating times are read in UTC on both sides (a fresh database's home zone is UTC).

Prints one line per file and a summary line; --json FILE writes every result. With --known FILE (lines of
`file-name: reason`) a listed file's difference is reported as known; --strict exits 1 when any file crashes, times
out, fails with exit 1, or differs without being listed (scripts/ics-crosscheck.sh uses this on tests/fixtures/ics).
"""

import argparse
import collections
import concurrent.futures
import datetime as dt
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
UTC = dt.timezone.utc
MIN_DATE, MAX_DATE = dt.date(1, 1, 2), dt.date(9997, 12, 31)


# ---------------------------------------------------------------------------------------------------------------
# The reference side, run as `ics-corpus-check.py --reference FILE` in its own process (so a hang or a crash in
# icalendar / recurring_ical_events is bounded by a timeout and cannot take this process down).


def _instant(value):
    """A start or end as (all_day, text): dates as YYYY-MM-DD, times as UTC `...Z` (floating ones read in UTC)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return False, value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return True, value.isoformat()
    return False, str(value)


def _as_date(value):
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            try:
                value = value.astimezone(UTC)
            except (OverflowError, ValueError):
                pass
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def windows_for(starts):
    if not starts:
        return [(dt.date(2000, 1, 1), dt.date(2030, 1, 1))]
    first, last = min(starts), max(starts)
    def window(day, days):
        frm = min(max(day - dt.timedelta(days=1), MIN_DATE), MAX_DATE - dt.timedelta(days=days))
        return frm, frm + dt.timedelta(days=days)
    out = [window(first, 731)]
    if last >= out[0][1]:
        out.append(window(last, 366))
    return out


def reference(path, cap):
    import itertools

    import icalendar
    import recurring_ical_events

    with open(path, "rb") as f:
        data = f.read()
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError as e:
        if "multiple components" not in str(e):
            raise
        # Several VCALENDARs one after another (libical's test data, concatenated feeds): read them as one, as our
        # import does.
        cal = icalendar.Calendar()
        for part in icalendar.Calendar.from_ical(data, multiple=True):
            for sub in part.subcomponents:
                cal.add_component(sub)
    starts = []
    for ev in cal.walk("VEVENT"):
        try:
            d = _as_date(ev["DTSTART"].dt)
        except Exception:  # noqa: BLE001 - a missing or unreadable DTSTART only means no window from it
            d = None
        if d is not None:
            starts.append(d)
    result = []
    for frm, to in windows_for(starts):
        lo = dt.datetime.combine(frm, dt.time(), UTC)
        hi = dt.datetime.combine(to, dt.time(), UTC)
        occurrences = []
        for ev in itertools.islice(recurring_ical_events.of(cal).after(lo), 20 * cap):
            start, end = ev.start, ev.end
            key = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
            if key.tzinfo is None:
                key = key.replace(tzinfo=UTC)
            if key >= hi:
                break
            all_day, s = _instant(start)
            _, e = _instant(end)
            occurrences.append({
                "uid": str(ev.get("UID", "")),
                "title": str(ev.get("SUMMARY", "")),
                "all_day": all_day,
                "start": s,
                "end": e,
                "status": str(ev.get("STATUS", "")).lower(),
            })
            if len(occurrences) > cap:
                break
        result.append({"from": frm.isoformat(), "to": to.isoformat(), "occurrences": occurrences})
    return result


# ---------------------------------------------------------------------------------------------------------------
# Our side.


def run(cmd, env, timeout):
    """(returncode or None on timeout, stdout, stderr, seconds); the whole process group is killed on timeout."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        return p.returncode, out, err, time.monotonic() - t0
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
        return None, out, err, time.monotonic() - t0


def text(b, limit=600):
    s = b.decode("utf-8", "replace").strip()
    return s if len(s) <= limit else s[:limit] + " …"


def crashed(rc, err):
    return rc is not None and (rc == 101 or rc < 0 or b"panicked at" in err)


def our_instant(value, all_day):
    if all_day:
        return value
    try:
        return dt.datetime.fromisoformat(value).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError):
        return value


def norm_title(t):
    t = (t or "").strip()
    return "" if t == "(no title)" else t


def sort_key(o):
    return o["start"] if "T" in o["start"] else o["start"] + "T00:00:00Z"


def compare(ref, ours, cap):
    """Both sides sorted by start, cut where the earlier capped side stops; returns (only_ref, only_ours, compared)."""
    ref, ours = sorted(ref, key=sort_key), sorted(ours, key=sort_key)
    cutoff = None
    for side in (ref, ours):
        if len(side) > cap:
            c = sort_key(side[cap])
            cutoff = c if cutoff is None else min(cutoff, c)
    if cutoff is not None:
        ref = [o for o in ref if sort_key(o) < cutoff]
        ours = [o for o in ours if sort_key(o) < cutoff]
    def key(o):
        return (o["start"], o["end"], norm_title(o["title"]))
    a, b = collections.Counter(map(key, ref)), collections.Counter(map(key, ours))
    only_ref = sorted((a - b).elements())
    only_ours = sorted((b - a).elements())
    return only_ref, only_ours, len(ref), cutoff


# ---------------------------------------------------------------------------------------------------------------
# What a file does that often matters (a hint for the diagnosis, from the text alone).


def features(path):
    try:
        with open(path, "rb") as f:
            raw = f.read(2_000_000)
    except OSError:
        return []
    s = raw.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    s = re.sub(r"\n[ \t]", "", s)
    lines = [ln for ln in s.split("\n") if ln]
    up = [ln.upper() for ln in lines]
    out = set()
    first_event = next((i for i, ln in enumerate(up) if ln.startswith("BEGIN:VEVENT")), None)
    first_tz = next((i for i, ln in enumerate(up) if ln.startswith("BEGIN:VTIMEZONE")), None)
    if first_event is None:
        out.add("no VEVENT")
    if first_event is not None and first_tz is not None and first_tz > first_event:
        out.add("VTIMEZONE after event")
    if raw.startswith(b"\xef\xbb\xbf"):
        out.add("BOM")
    if b"\x00" in raw:
        out.add("NUL bytes")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        out.add("not UTF-8")
    depth, rrules, in_event, timed, has_end = [], 0, False, None, False
    for ln, u in zip(lines, up):
        name, _, value = u.partition(":")
        prop = name.split(";")[0]
        if prop == "BEGIN":
            depth.append(value)
            if value == "VEVENT":
                in_event, rrules, timed, has_end = True, 0, None, False
            continue
        if prop == "END":
            if value == "VEVENT" and in_event:
                if rrules > 1:
                    out.add("several RRULEs")
                if not has_end:
                    out.add("no DTEND/DURATION")
                in_event = False
            if depth:
                depth.pop()
            continue
        if prop == "X-WR-TIMEZONE":
            out.add("X-WR-TIMEZONE")
        if not in_event or (depth and depth[-1] != "VEVENT"):
            continue
        if prop == "DTSTART":
            timed = "T" in value
            if ";TZID=" in name:
                tzid = name.split(";TZID=")[1].split(";")[0].strip('"')
                if tzid.startswith("/"):
                    out.add("TZID with /prefix")
                if '"' in name:
                    out.add("quoted TZID")
            elif timed and not value.endswith("Z"):
                out.add("floating time")
            if "VALUE=DATE" in name and "T" in value:
                out.add("VALUE=DATE with a time")
        elif prop in ("DTEND", "DURATION"):
            has_end = True
            if prop == "DTEND" and timed is not None and timed != ("T" in value):
                out.add("DTSTART/DTEND of different types")
        elif prop == "RRULE":
            rrules += 1
            if "COUNT=" in value:
                out.add("COUNT")
            m = re.search(r"FREQ=(\w+)", value)
            if m and m.group(1) in ("SECONDLY", "MINUTELY", "HOURLY"):
                out.add(f"FREQ={m.group(1)}")
            if "UNTIL=" in value and timed is not None:
                until = value.split("UNTIL=")[1].split(";")[0]
                if timed != ("T" in until):
                    out.add("UNTIL type differs from DTSTART")
        elif prop == "EXDATE":
            if timed and ("VALUE=DATE" in name and "VALUE=DATE-TIME" not in name or "T" not in value):
                out.add("EXDATE as DATE on timed series")
        elif prop == "RDATE":
            out.add("RDATE")
            if "VALUE=PERIOD" in name or "/" in value:
                out.add("RDATE as PERIOD")
        elif prop == "RECURRENCE-ID":
            out.add("RECURRENCE-ID")
            if "RANGE=THISANDFUTURE" in name:
                out.add("RANGE=THISANDFUTURE")
        elif prop == "EXRULE":
            out.add("EXRULE")
    return sorted(out)


# ---------------------------------------------------------------------------------------------------------------


def check(path, args):
    r = {"file": path, "features": features(path)}
    tmp = tempfile.mkdtemp(prefix="ics-corpus-")
    try:
        env = dict(os.environ, CAMPAIGN_DESK_DB=os.path.join(tmp, "x.sqlite3"), XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"), TZ="UTC", NO_COLOR="1")
        env.pop("RUST_BACKTRACE", None)
        rc, out, err, secs = run([args.cli, "--json", "import", "ics", os.path.abspath(path)], env, args.timeout)
        r["import_seconds"] = round(secs, 2)
        if rc is None:
            r.update(status="timeout", detail=f"import still running after {args.timeout:g} s")
            return r
        if crashed(rc, err):
            r.update(status="crashed", exit=rc, detail=text(err, 2000))
            return r
        if rc == 2:
            r.update(status="refused", detail=text(err, 2000))
        elif rc != 0:
            r.update(status="error", exit=rc, detail=text(err, 2000))
        else:
            try:
                report = json.loads(out)
                r["import"] = {k: report.get(k) for k in ("new", "updated", "unchanged", "skipped")}
                r["import_notes"] = [
                    {k: i.get(k) for k in ("line", "title", "action", "reason")} for i in report.get("items", [])
                ][:20]
            except ValueError:
                r["import"] = {"unparsed_output": text(out, 300)}
        # The reference, whatever became of ours (a refusal the reference shares is likely justified).
        rrc, rout, rerr, rsecs = run([sys.executable, os.path.abspath(__file__), "--reference", os.path.abspath(path),
                                      "--cap", str(args.cap)], env, args.ref_timeout)
        r["reference_seconds"] = round(rsecs, 2)
        ref = None
        if rrc is None:
            r["reference_error"] = f"timeout after {args.ref_timeout:g} s"
        elif rrc != 0:
            last = [ln for ln in rerr.decode("utf-8", "replace").strip().splitlines() if ln.strip()]
            r["reference_error"] = (last[-1] if last else f"exit {rrc}")[:400]
        else:
            ref = json.loads(rout)
        if "status" in r:
            return r
        if ref is None:
            r.update(status="reference-failed", detail=r["reference_error"])
            return r
        r["windows"] = []
        status = "agree"
        for w in ref:
            cmd = [args.cli, "--json", "event", "list", "--from", w["from"], "--to", w["to"], "--tz", "UTC"]
            lrc, lout, lerr, _ = run(cmd, env, args.timeout)
            wr = {"from": w["from"], "to": w["to"], "reference": len(w["occurrences"])}
            r["windows"].append(wr)
            if lrc is None:
                r.update(status="timeout", detail=f"event list {w['from']}..{w['to']} still running after "
                                                  f"{args.timeout:g} s")
                return r
            if crashed(lrc, lerr):
                r.update(status="crashed", exit=lrc, detail=f"event list {w['from']}..{w['to']}: " + text(lerr, 2000))
                return r
            if lrc != 0:
                status = "differ"
                wr["error"] = f"event list exit {lrc}: {text(lerr, 400)}"
                continue
            ours = [{"uid": o["uid"], "title": o["title"], "all_day": o["all_day"],
                     "start": our_instant(o["start"], o["all_day"]), "end": our_instant(o["end"], o["all_day"]),
                     "status": o["status"]} for o in json.loads(lout)]
            only_ref, only_ours, compared, cutoff = compare(w["occurrences"], ours, args.cap)
            wr.update(ours=len(ours), compared=compared)
            if cutoff:
                wr["cut_at"] = cutoff
            if only_ref or only_ours:
                status = "differ"
                wr["only_reference"] = [list(x) for x in only_ref[:args.show]]
                wr["only_ours"] = [list(x) for x in only_ours[:args.show]]
                wr["only_reference_count"], wr["only_ours_count"] = len(only_ref), len(only_ours)
        r["status"] = status
        return r
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def load_known(path):
    known = {}
    if not path:
        return known
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, reason = line.partition(":")
            known[name.strip()] = reason.strip()
    return known


def one_line(r, root):
    name = os.path.relpath(r["file"], root) if root else r["file"]
    s = r["status"]
    tags = f" [{', '.join(r['features'])}]" if r.get("features") else ""
    if s in ("agree", "differ"):
        n = sum(w.get("compared", 0) for w in r.get("windows", []))
        extra = ""
        imp = r.get("import", {})
        if imp.get("skipped"):
            extra = f", {imp['skipped']} skipped"
        line = f"{s.upper() if s == 'differ' else s:<16} {name}: {n} occurrences compared{extra}{tags}"
        if r.get("known"):
            line += f"  (known: {r['known']})"
        return line
    detail = (r.get("detail") or "").replace("\n", " | ")
    if len(detail) > 300:
        detail = detail[:300] + " …"
    also = ""
    if s in ("refused", "error", "crashed", "timeout") and r.get("reference_error"):
        also = f"  (reference also failed: {r['reference_error'][:160]})"
    return f"{s.upper() if s in ('crashed', 'timeout', 'error') else s:<16} {name}: {detail}{also}{tags}"


def differences(r):
    out = []
    for w in r.get("windows", []):
        if "error" in w:
            out.append(f"    {w['from']}..{w['to']}: {w['error']}")
        if w.get("only_reference") or w.get("only_ours"):
            out.append(f"    {w['from']}..{w['to']}: reference {w['reference']}, ours {w.get('ours')}; "
                       f"{w['only_reference_count']} only in reference, {w['only_ours_count']} only in ours")
            for x in w.get("only_reference", []):
                out.append(f"      only in reference: {x}")
            for x in w.get("only_ours", []):
                out.append(f"      only in ours:      {x}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help=".ics files or folders (searched recursively)")
    ap.add_argument("--cli", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")),
                                                  "debug", "campaign-desk"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds for each campaign-desk command")
    ap.add_argument("--ref-timeout", type=float, default=20.0, help="seconds for the reference expansion")
    ap.add_argument("--cap", type=int, default=300, help="occurrences compared per window and side")
    ap.add_argument("--show", type=int, default=5, help="differing occurrences shown per window")
    ap.add_argument("--json", metavar="FILE", help="write every result here")
    ap.add_argument("--known", metavar="FILE", help="known disagreements: 'file-name: reason' per line")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 on a crash, timeout, exit-1 error, or a difference not in --known")
    ap.add_argument("--reference", metavar="FILE", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.reference:
        json.dump(reference(args.reference, args.cap), sys.stdout)
        return 0
    if not args.paths:
        ap.error("give .ics files or folders")
    if not os.path.exists(args.cli):
        print(f"building {args.cli} …", file=sys.stderr)
        subprocess.run(["cargo", "build", "-p", "campaign-desk", "--bin", "campaign-desk"], cwd=ROOT, check=True)

    files = []
    for p in args.paths:
        if os.path.isdir(p):
            for d, dirs, names in os.walk(p):
                dirs.sort()
                files += [os.path.join(d, n) for n in sorted(names) if n.lower().endswith(".ics")]
        else:
            files.append(p)
    root = os.path.commonpath([os.path.abspath(p) for p in args.paths]) if args.paths else None
    if root and os.path.isfile(root):
        root = os.path.dirname(root)
    known = load_known(args.known)

    results = []
    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for r in pool.map(lambda f: check(f, args), files):
            if os.path.basename(r["file"]) in known and r["status"] == "differ":
                r["known"] = known[os.path.basename(r["file"])]
            results.append(r)
            print(one_line(r, root), flush=True)
            if r["status"] == "differ":
                print("\n".join(differences(r)), flush=True)

    count = collections.Counter(r["status"] for r in results)
    summary = (f"{len(results)} files: imported+agree {count['agree']}, imported+differ {count['differ']}, "
               f"refused {count['refused']}, crashed {count['crashed']}, timeout {count['timeout']}, "
               f"reference-failed {count['reference-failed']}")
    if count["error"]:
        summary += f", error(exit 1) {count['error']}"
    summary += f" ({time.monotonic() - t0:.0f} s)"
    print(summary)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"summary": summary, "results": results}, f, indent=1, ensure_ascii=False)

    if not args.strict:
        return 0
    bad = [r for r in results if r["status"] in ("crashed", "timeout", "error")
           or (r["status"] == "differ" and not r.get("known"))]
    stale = [n for n in known if not any(os.path.basename(r["file"]) == n and r["status"] == "differ"
                                         for r in results)]
    for n in stale:
        print(f"note: {n} is listed as a known disagreement but no longer differs")
    for r in bad:
        print(f"FAIL: {os.path.basename(r['file'])} {r['status']}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
