//! A mutation fuzzer for the parsers that face strangers' text: the ICS import, the CSV directory import, the
//! Markdown statement body and the RRULE a person types (targets in `tests/fuzz_support/mod.rs`).
//!
//! ```text
//! cargo run --example fuzz -- TARGET SECONDS [SEED] [--out DIR]     TARGET: ics | csv | markdown | rrule
//! cargo run --example fuzz -- --minimise TARGET FILE                shrink a panicking input (written beside it)
//! cargo run --example fuzz -- --replay TARGET FILE...               run saved inputs once each (thorough), timed
//! ```
//!
//! Why hand-written rather than `cargo fuzz` / `cargo afl`: both need a nightly toolchain or an extra compiler
//! wrapper and instrument every dependency (a long rebuild of SQLite, chrono-tz… on two cores), and `proptest`'s
//! strategies generate values rather than mutate a corpus of real files. What finds bugs in text formats is mostly
//! mutating real files at the level of bytes, lines and tokens; a seeded xorshift RNG and a dozen mutations do that
//! on stable Rust, build in seconds with the rest of the workspace and replay exactly from a seed. In place of
//! coverage, an input is kept in the corpus when it leads to an outcome not seen before (a new error text, a new
//! shape of report or output; see `Ctx::run`).
//!
//! Budgets: each input runs under a watchdog thread; an input using more CPU time than `FUZZ_BUDGET_MS` (default 2000)
//! plus 20 ms per KiB of input in a debug build (see `budget_for`) is a hang: it is written to `OUT/findings/hang-*` and the process exits with status 3. A panic is caught, the input
//! written to `OUT/findings/panic-<site>.*` (the smallest input per panic site is kept, with a `.note` giving the
//! message and location) and the fuzzing goes on. Before each run the input is written to `OUT/current`, so when
//! the process dies of something it cannot catch (memory limit under `ulimit -v`, stack overflow) `scripts/fuzz.sh`
//! finds the culprit there. Exit status: 0 nothing found, 1 panics found, 3 a hang.

#[path = "../tests/fuzz_support/mod.rs"]
mod fuzz_support;

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fuzz_support::{Ctx, Target};

/// The largest input generated: big enough for very long lines, small enough that a debug build reads it well
/// within the budget (10 MB lines belong in the ICS reader's own tests).
const MAX_INPUT: usize = 1 << 20;
/// Inputs kept in the corpus for reaching somewhere new are at most this long, and the corpus at most this big.
const MAX_KEPT: usize = 64 * 1024;
const MAX_CORPUS: usize = 4096;
const HANG_EXIT: i32 = 3;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--replay") {
        let Some(target) = args.get(1).and_then(|t| Target::from_name(t)) else { usage() };
        return replay(target, &args[2..]);
    }
    if args.first().map(String::as_str) == Some("--minimise") {
        let (Some(target), Some(file)) = (args.get(1).and_then(|t| Target::from_name(t)), args.get(2)) else { usage() };
        return minimise_file(target, Path::new(file));
    }
    let mut positional = Vec::new();
    let mut out = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = it.next().map(PathBuf::from),
            _ => positional.push(a.clone()),
        }
    }
    let target = positional.first().and_then(|t| Target::from_name(t)).unwrap_or_else(|| usage());
    let seconds: f64 = positional.get(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| usage());
    let seed: u64 = positional.get(2).and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1)
    });
    let out = out.unwrap_or_else(|| root().join("target/fuzz").join(target.name()));
    let budget =
        Duration::from_millis(std::env::var("FUZZ_BUDGET_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(2000));
    std::process::exit(fuzz(target, Duration::from_secs_f64(seconds), seed, &out, budget));
}

/// Runs saved inputs once each, thoroughly, and says how long each took and whether it panicked.
fn replay(target: Target, files: &[String]) {
    quiet_panics();
    let mut ctx = Ctx::new(std::env::temp_dir().join(format!("campaign-desk-fuzz-replay-{}", std::process::id())));
    for file in files {
        let input = std::fs::read(file).expect("read input");
        let t = Instant::now();
        let result = run_caught(&mut ctx, target, &input, true);
        let ms = t.elapsed().as_millis();
        match result {
            Ok(_) => println!("{file}: ok in {ms} ms"),
            Err((message, site)) => println!("{file}: PANIC in {ms} ms at {site}: {}", short(&message)),
        }
    }
}

fn usage() -> ! {
    eprintln!("usage: fuzz TARGET SECONDS [SEED] [--out DIR] | fuzz --minimise TARGET FILE   (TARGET: ics, csv, markdown, rrule)");
    std::process::exit(2)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn extension(target: Target) -> &'static str {
    match target {
        Target::Ics => "ics",
        Target::Csv => "csv",
        Target::Markdown => "md",
        Target::Rrule => "rrule",
    }
}

/// The seed corpus: the target's hand-made seeds, the inputs already saved (regressions, pending, findings), and
/// for ICS the client-shaped fixture calendars.
fn seeds(target: Target, out: &Path) -> Vec<Vec<u8>> {
    let base = root().join("tests/fixtures/fuzz").join(target.name());
    let mut dirs = vec![
        base.join("seeds"),
        base.join("regressions"),
        base.join("pending"),
        base.join("findings"),
        out.join("findings"),
    ];
    if target == Target::Ics {
        dirs.push(root().join("tests/fixtures/ics"));
    }
    let mut files: Vec<PathBuf> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "note"))
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    // An input saved as a hang or a crash would stop every restart at once: it and any seed equal to it are left out.
    let stops = |p: &PathBuf| {
        let note = std::fs::read_to_string(format!("{}.note", p.display())).unwrap_or_default();
        note.starts_with("hang") || note.starts_with("crash")
    };
    let stoppers: HashSet<Vec<u8>> = files.iter().filter(|p| stops(p)).filter_map(|p| std::fs::read(p).ok()).collect();
    // Large saved inputs (a regression of 200 KB) would make a quarter of all runs slow: they stay for the replay.
    let mut out: Vec<Vec<u8>> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter(|b| !stoppers.contains(b) && b.len() <= MAX_KEPT)
        .collect();
    if out.is_empty() {
        out.push(Vec::new());
    }
    out
}

/// What the panic hook saw last: message and location.
static LAST_PANIC: Mutex<Option<(String, String)>> = Mutex::new(None);

fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(non-text panic)".into());
        let location = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some((message, location));
        }
    }));
}

/// Runs one input and returns the panic (message, location) if it panicked.
fn run_caught(ctx: &mut Ctx, target: Target, input: &[u8], thorough: bool) -> Result<u64, (String, String)> {
    match catch_unwind(AssertUnwindSafe(|| ctx.run(target, input, thorough))) {
        Ok(sig) => Ok(sig),
        Err(_) => {
            ctx.reset();
            let last = LAST_PANIC.lock().ok().and_then(|mut l| l.take());
            Err(last.unwrap_or_else(|| ("(unknown)".into(), "(unknown)".into())))
        }
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100000001b3))
}

struct Watch {
    /// Milliseconds since `epoch` when the running input started, 0 when idle.
    started: AtomicU64,
    /// The process's CPU time in milliseconds when it started.
    started_cpu: AtomicU64,
    /// The running input's budget in milliseconds.
    limit: AtomicU64,
    input: Mutex<Vec<u8>>,
}

fn fuzz(target: Target, run_for: Duration, seed: u64, out: &Path, budget: Duration) -> i32 {
    let findings = out.join("findings");
    std::fs::create_dir_all(&findings).expect("findings folder");
    let current = out.join("current");
    let mut ctx = Ctx::new(out.join("scratch"));
    quiet_panics();
    let epoch = Instant::now();
    let watch = Arc::new(Watch {
        started: AtomicU64::new(0),
        started_cpu: AtomicU64::new(0),
        limit: AtomicU64::new(0),
        input: Mutex::new(Vec::new()),
    });
    {
        let (watch, findings, ext) = (watch.clone(), findings.clone(), extension(target));
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(50));
            let started = watch.started.load(Ordering::Acquire);
            let now = epoch.elapsed().as_millis() as u64;
            let limit = watch.limit.load(Ordering::Acquire);
            // CPU time, since the machine may be shared (a busy neighbour is not a hang); wall time at five
            // times the budget as well, for an input that waits rather than works.
            let (wall, cpu) =
                (now.saturating_sub(started), cpu_ms().saturating_sub(watch.started_cpu.load(Ordering::Acquire)));
            if started != 0 && (cpu > limit || wall > limit * 5) {
                // Holding the lock keeps the main thread from starting another input meanwhile.
                let input = watch.input.lock().map(|i| i.clone()).unwrap_or_default();
                let path = findings.join(format!("hang-{:016x}.{ext}", fnv(&input)));
                let _ = std::fs::write(&path, &input);
                let _ = std::fs::write(
                    path.with_extension(format!("{ext}.note")),
                    format!("hang: still running after {cpu} ms of CPU, {wall} ms of wall time (budget {limit} ms)\n"),
                );
                eprintln!(
                    "fuzz {}: HANG — an input ran over {limit} ms; written to {} ({} bytes). Stopping.",
                    target.name(),
                    path.display(),
                    input.len()
                );
                std::process::exit(HANG_EXIT);
            }
        });
    }

    let mut rng = Rng::new(seed);
    let mut corpus = seeds(target, out);
    let seed_count = corpus.len();
    let mutator = Mutator::new(target, corpus.clone());
    let mut seen: HashSet<u64> = HashSet::new();
    // Panic site → (smallest input so far, message, hits).
    let mut panics: HashMap<String, (usize, String, u64)> = HashMap::new();
    let (mut execs, mut slowest) = (0u64, (Duration::ZERO, 0usize));
    eprintln!(
        "fuzz {}: seed {seed}, {} seeds, {:.0} s, budget {} ms",
        target.name(),
        seed_count,
        run_for.as_secs_f64(),
        budget.as_millis()
    );
    let start = Instant::now();
    let mut next_report = Duration::from_secs(30);
    while start.elapsed() < run_for {
        // The seeds themselves first, then mutants of the corpus.
        let input = if (execs as usize) < seed_count {
            corpus[execs as usize].clone()
        } else {
            // A quarter of the time a seed itself, so realistic files stay the main material.
            let base = if rng.chance(4) { &corpus[rng.below(seed_count)] } else { &corpus[rng.below(corpus.len())] };
            mutator.mutate(&mut rng, base)
        };
        std::fs::write(&current, &input).expect("write current input");
        {
            let mut slot = watch.input.lock().expect("watch lock");
            slot.clear();
            slot.extend_from_slice(&input);
        }
        let t = Instant::now();
        watch.limit.store(budget_for(budget, input.len()), Ordering::Release);
        watch.started_cpu.store(cpu_ms(), Ordering::Release);
        watch.started.store(epoch.elapsed().as_millis() as u64 + 1, Ordering::Release);
        let result = run_caught(&mut ctx, target, &input, false);
        watch.started.store(0, Ordering::Release);
        let took = t.elapsed();
        if took > slowest.0 {
            slowest = (took, input.len());
        }
        execs += 1;
        match result {
            Ok(sig) => {
                if seen.insert(sig) && input.len() <= MAX_KEPT && corpus.len() < MAX_CORPUS {
                    corpus.push(input);
                }
            }
            Err((message, location)) => {
                let entry = panics.entry(location.clone()).or_insert((usize::MAX, message.clone(), 0));
                entry.2 += 1;
                if input.len() < entry.0 {
                    if entry.0 == usize::MAX {
                        eprintln!("fuzz {}: PANIC at {location}: {}", target.name(), short(&message));
                    }
                    entry.0 = input.len();
                    entry.1 = message.clone();
                    let name = format!("panic-{:016x}.{}", fnv(location.as_bytes()), extension(target));
                    let _ = std::fs::write(findings.join(&name), &input);
                    let note = format!("panic: {}\nat: {location}\nseed: {seed}\n", short(&message));
                    let _ = std::fs::write(findings.join(format!("{name}.note")), note);
                }
            }
        }
        if start.elapsed() >= next_report {
            next_report += Duration::from_secs(30);
            eprintln!(
                "fuzz {}: {execs} execs, {:.0}/s, corpus {}, panic sites {}",
                target.name(),
                execs as f64 / start.elapsed().as_secs_f64(),
                corpus.len(),
                panics.len()
            );
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let summary = format!(
        "target={} seed={seed} seconds={secs:.1} execs={execs} execs_per_s={:.0} corpus={} outcomes={} panic_sites={} slowest_ms={} slowest_len={}",
        target.name(),
        execs as f64 / secs,
        corpus.len(),
        seen.len(),
        panics.len(),
        slowest.0.as_millis(),
        slowest.1
    );
    eprintln!("fuzz {summary}");
    for (location, (len, message, hits)) in &panics {
        eprintln!("  panic x{hits} at {location}: {} (smallest input {len} bytes)", short(message));
    }
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(out.join("stats.txt")) {
        let _ = writeln!(f, "{summary}");
    }
    let _ = std::fs::remove_file(&current);
    if panics.is_empty() {
        0
    } else {
        1
    }
}

/// The CPU time this process has used (user + system, all threads), from /proc; 0 where there is none, which leaves
/// the wall-clock check alone.
fn cpu_ms() -> u64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0 };
    // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are 12th and 13th.
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks: u64 = fields.get(11..13).map(|f| f.iter().filter_map(|t| t.parse::<u64>().ok()).sum()).unwrap_or(0);
    // The kernel's USER_HZ is 100 on every Linux we run on.
    ticks * 10
}

/// The time an input may take: the base budget, plus (as work on text grows with its length, and a debug build
/// reads a long statement through five formats, or validates CSV rows, at ~50-100 KB/s) 20 ms per KiB in a debug
/// build, 2 ms in a release one.
/// Only more than that is a hang: work growing faster than the input.
fn budget_for(base: Duration, len: usize) -> u64 {
    let per_kib = if cfg!(debug_assertions) { 20 } else { 2 };
    base.as_millis() as u64 + (len as u64 / 1024) * per_kib
}

fn short(message: &str) -> String {
    let one_line: String = message.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    match one_line.char_indices().nth(300) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}

/// Shrinks a panicking input while the same site still panics: removes chunks of lines, then of bytes, halving the
/// chunk size (a simple delta debugging loop). Writes `FILE.min` and prints the panic.
fn minimise_file(target: Target, file: &Path) {
    quiet_panics();
    let mut input = std::fs::read(file).expect("read input");
    let mut ctx = Ctx::new(std::env::temp_dir().join(format!("campaign-desk-fuzz-min-{}", std::process::id())));
    let Err((message, site)) = run_caught(&mut ctx, target, &input, true) else {
        eprintln!("{}: does not panic (thorough run)", file.display());
        drop(ctx); // its scratch folder goes with it; `exit` runs no destructors
        std::process::exit(1);
    };
    let same =
        |ctx: &mut Ctx, candidate: &[u8]| matches!(run_caught(ctx, target, candidate, true), Err((_, s)) if s == site);
    const MAX_ATTEMPTS: u32 = 20_000;
    let mut attempts = 0;
    for unit_lines in [true, false] {
        let split = |bytes: &[u8]| -> Vec<Vec<u8>> {
            if unit_lines {
                bytes.split_inclusive(|b| *b == b'\n').map(<[u8]>::to_vec).collect()
            } else {
                bytes.iter().map(|b| vec![*b]).collect()
            }
        };
        let mut parts = split(&input);
        let mut chunk = parts.len().div_ceil(2).max(1);
        loop {
            let mut i = 0;
            while i < parts.len() {
                let candidate: Vec<u8> =
                    parts[..i].iter().chain(parts[(i + chunk).min(parts.len())..].iter()).flatten().copied().collect();
                attempts += 1;
                if attempts < MAX_ATTEMPTS && same(&mut ctx, &candidate) {
                    parts = split(&candidate);
                } else {
                    i += chunk;
                }
            }
            if chunk == 1 {
                break;
            }
            chunk = chunk.div_ceil(2);
        }
        input = parts.concat();
    }
    let out = PathBuf::from(format!("{}.min", file.display()));
    std::fs::write(&out, &input).expect("write minimised input");
    println!(
        "{} bytes -> {} ({} bytes)\npanic: {}\nat: {site}",
        std::fs::metadata(file).map(|m| m.len()).unwrap_or(0),
        out.display(),
        input.len(),
        short(&message)
    );
}

/// xorshift64*: tiny, fast and reproducible from its seed; quality is ample for choosing mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Numbers at the edges of what parsers store them in.
const EXTREMES: &[&str] = &[
    "0",
    "-1",
    "1",
    "9999",
    "10000",
    "99999999",
    "2147483647",
    "2147483648",
    "-2147483649",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551616",
    "00000000",
    "99991231",
    "00010101",
    "60",
    "-0",
    "+1",
    "1e9",
];

/// Bytes text parsers trip over: NUL, lone continuation bytes, a cut multi-byte character, an encoded surrogate,
/// an over-long encoding, BOMs, line and paragraph separators, a combining mark, right-to-left override, emoji.
const ODD_BYTES: &[&[u8]] = &[
    b"\0",
    b"\xff",
    b"\x80",
    b"\xc3",
    b"\xe2\x82",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    "\u{feff}".as_bytes(),
    "\u{2028}".as_bytes(),
    "\u{2029}".as_bytes(),
    "\u{301}".as_bytes(),
    "\u{202e}".as_bytes(),
    "€".as_bytes(),
    "🏳️‍🌈".as_bytes(),
    b"\r",
    b"\r\n",
    b"\n",
    b"\t",
    b"\x1b[31m",
    b"\\",
    b"\"",
    b";",
    b":",
    b",",
    b"=",
];

fn dictionary(target: Target) -> &'static [&'static str] {
    match target {
        Target::Ics => &[
            "BEGIN:VCALENDAR\r\n",
            "END:VCALENDAR\r\n",
            "BEGIN:VEVENT\r\n",
            "END:VEVENT\r\n",
            "BEGIN:VTIMEZONE\r\n",
            "END:VTIMEZONE\r\n",
            "BEGIN:STANDARD\r\n",
            "BEGIN:DAYLIGHT\r\n",
            "BEGIN:VALARM\r\n",
            "END:VALARM\r\n",
            "BEGIN:VTODO\r\n",
            "RRULE:FREQ=MINUTELY\r\n",
            "RRULE:FREQ=SECONDLY;INTERVAL=1\r\n",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n",
            "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1\r\n",
            "RRULE:FREQ=DAILY;COUNT=99999999\r\n",
            "RRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z\r\n",
            "RRULE:FREQ=HOURLY;INTERVAL=0\r\n",
            "DTSTART;TZID=",
            "DTSTART;VALUE=DATE:",
            "DTSTART:00010101T000000Z\r\n",
            "DTSTART:99991231T235959\r\n",
            "DTEND;TZID=\"W. Europe Standard Time\":",
            "DURATION:P9999999W\r\n",
            "DURATION:-P1D\r\n",
            "DURATION:PT99999999999S\r\n",
            "TRIGGER:-P9999999DT9999999H\r\n",
            "TRIGGER;VALUE=DATE-TIME:99991231T000000Z\r\n",
            "RECURRENCE-ID;TZID=Europe/Berlin:",
            "RECURRENCE-ID;RANGE=THISANDFUTURE:",
            "EXDATE;VALUE=DATE:20250101,20250102\r\n",
            "RDATE;VALUE=PERIOD:20250101T100000Z/PT1H\r\n",
            "UID:",
            "SEQUENCE:",
            "LAST-MODIFIED:",
            "X-WR-TIMEZONE:",
            "TZID:/mozilla.org/20050126_1/America/New_York\r\n",
            "TZOFFSETFROM:+2400\r\n",
            "TZOFFSETTO:-0000\r\n",
            "BYSETPOS=-1",
            "BYSETPOS=366",
            "BYMONTHDAY=-31",
            "BYWEEKNO=53",
            "BYYEARDAY=-366",
            "BYHOUR=25",
            "WKST=SU",
            "UNTIL=99991231",
            "COUNT=0",
            "INTERVAL=2147483648",
            ";TZID=",
            ";VALUE=DATE",
            "\r\n ",
            "\r\n\t",
            "Z",
            "T",
            "Europe/Berlin",
            "Etc/GMT+14",
        ],
        Target::Csv => &[
            "name,short_name,country,city,zone,email,website,socials,notes\n",
            "name,organisation,role,email,phone,notes\n",
            "\"",
            "\"\"",
            "\",\"",
            ",",
            ",,,,,,,,,,",
            ";",
            "\n",
            "\r",
            "\r\n",
            "=HYPERLINK(\"http://x\")",
            "+1 555",
            "@SUM(A1)",
            "-2+3",
            "Asia/Manilla",
            "America/Kentucky/Louisville",
            "PH",
            "ZZ",
            "https://",
            "mailto:a@b",
            "a@b",
            "Organization Name",
            "Time Zone",
            "Member of",
            "E-mail",
        ],
        Target::Markdown => &[
            "# ",
            "###### ",
            "\n\n",
            "- ",
            "  - ",
            "    - ",
            "1. ",
            "99999999. ",
            "> ",
            "> > > ",
            "**",
            "*",
            "_",
            "__",
            "`",
            "```\n",
            "[link](https://example.org)",
            "[x](javascript:alert(1))",
            "<https://example.org>",
            "![img](x.png)",
            "[ref]: https://example.org\n",
            "[ref]",
            "<script>alert(1)</script>",
            "<!--",
            "&amp;",
            "&#0;",
            "\\",
            "---\n",
            "| a | b |\n|---|---|\n",
            "[^1]",
            "~~",
            "  \n",
            "\t",
        ],
        Target::Rrule => &[
            "FREQ=SECONDLY",
            "FREQ=MINUTELY",
            "FREQ=HOURLY",
            "FREQ=DAILY",
            "FREQ=WEEKLY",
            "FREQ=MONTHLY",
            "FREQ=YEARLY",
            ";COUNT=",
            ";INTERVAL=",
            ";UNTIL=",
            ";UNTIL=99991231T235959Z",
            ";UNTIL=00010101",
            ";BYDAY=",
            ";BYDAY=MO,TU,WE,TH,FR,SA,SU",
            ";BYDAY=-5FR",
            ";BYDAY=53MO",
            ";BYDAY=€",
            ";BYSETPOS=-1",
            ";BYSETPOS=0",
            ";BYMONTHDAY=31",
            ";BYMONTHDAY=-1",
            ";BYMONTHDAY=30;BYMONTH=2",
            ";BYMONTH=13",
            ";BYYEARDAY=366",
            ";BYWEEKNO=-53",
            ";BYHOUR=0,23",
            ";BYMINUTE=59",
            ";BYSECOND=60",
            ";WKST=SU",
            ";BYEASTER=0",
            "RRULE:",
            "DTSTART:20250101T000000Z\n",
            "2025-03-09T02:30",
            "2025-01-01",
            ",",
            ";",
            "=",
        ],
    }
}

struct Mutator {
    target: Target,
    /// Lines of every seed, to splice into others.
    lines: Vec<Vec<u8>>,
}

impl Mutator {
    fn new(target: Target, seeds: Vec<Vec<u8>>) -> Mutator {
        let lines = seeds
            .iter()
            .flat_map(|s| s.split_inclusive(|b| *b == b'\n').map(<[u8]>::to_vec).collect::<Vec<_>>())
            .collect();
        Mutator { target, lines }
    }

    fn mutate(&self, rng: &mut Rng, base: &[u8]) -> Vec<u8> {
        let mut data = base.to_vec();
        let most = if rng.chance(4) { 16 } else { 4 };
        let rounds = 1 + rng.below(most);
        for _ in 0..rounds {
            self.once(rng, &mut data);
            data.truncate(MAX_INPUT);
        }
        data
    }

    fn once(&self, rng: &mut Rng, data: &mut Vec<u8>) {
        let len = data.len();
        let at = rng.below(len + 1);
        let span = |rng: &mut Rng, from: usize| -> usize {
            let most = if rng.chance(8) { 4096 } else { 32 };
            (from + 1 + rng.below(most)).min(len)
        };
        match rng.below(15) {
            // Flip a bit, or set a random byte.
            0 if len > 0 => {
                let i = rng.below(len);
                if rng.chance(2) {
                    data[i] ^= 1 << rng.below(8);
                } else {
                    data[i] = rng.next() as u8;
                }
            }
            // Insert random bytes.
            1 => {
                let n = 1 + rng.below(16);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                data.splice(at..at, bytes);
            }
            // Delete a span.
            2 if len > 0 => {
                let end = span(rng, at.min(len - 1));
                data.drain(at.min(len - 1)..end);
            }
            // Duplicate a span, sometimes many times.
            3 if len > 0 => {
                let from = rng.below(len);
                let end = span(rng, from);
                let copy = data[from..end].to_vec();
                let times = if rng.chance(8) { 1 + rng.below(200) } else { 1 };
                let to = rng.below(len + 1);
                data.splice(to..to, copy.repeat(times));
            }
            // Splice lines from the seeds: insert, or replace a line.
            4 | 5 if !self.lines.is_empty() => {
                let line = rng.pick(&self.lines).clone();
                let starts: Vec<usize> = std::iter::once(0)
                    .chain(data.iter().enumerate().filter(|(_, b)| **b == b'\n').map(|(i, _)| i + 1))
                    .collect();
                let s = *rng.pick(&starts);
                if rng.chance(2) {
                    data.splice(s..s, line);
                } else {
                    let e = data[s..].iter().position(|b| *b == b'\n').map(|p| s + p + 1).unwrap_or(data.len());
                    data.splice(s..e, line);
                }
            }
            // Replace a number with an extreme one.
            6 | 7 => {
                let numbers: Vec<(usize, usize)> = digit_runs(data);
                let value = rng.pick(EXTREMES).as_bytes().to_vec();
                match numbers.is_empty() {
                    true => data.splice(at..at, value),
                    false => {
                        let (s, e) = *rng.pick(&numbers);
                        data.splice(s..e, value)
                    }
                };
            }
            // Odd bytes: NUL, invalid UTF-8, stray line ends.
            8 => {
                let bytes = rng.pick(ODD_BYTES).to_vec();
                data.splice(at..at, bytes);
            }
            // Line endings all changed: CR only (old Mac), LF only, CRLF.
            9 => {
                let text: Vec<u8> = data.iter().copied().filter(|b| *b != b'\r').collect();
                *data = match rng.below(3) {
                    0 => text.iter().map(|b| if *b == b'\n' { b'\r' } else { *b }).collect(),
                    1 => text,
                    _ => text.iter().flat_map(|b| if *b == b'\n' { vec![b'\r', b'\n'] } else { vec![*b] }).collect(),
                };
            }
            // A very long line.
            10 if rng.chance(4) => {
                let unit: Vec<u8> = match rng.below(3) {
                    0 => vec![b'A'],
                    1 => rng.pick(dictionary(self.target)).as_bytes().to_vec(),
                    _ => data[at.saturating_sub(8)..at].to_vec(),
                };
                let target_len = 1000 + rng.below(MAX_INPUT / 2);
                let times = target_len / unit.len().max(1);
                data.splice(at..at, unit.repeat(times));
            }
            // A token of the format, at a line start or anywhere.
            11..=13 => {
                let token = rng.pick(dictionary(self.target)).as_bytes().to_vec();
                let at = if rng.chance(2) {
                    data[..at].iter().rposition(|b| *b == b'\n').map(|p| p + 1).unwrap_or(0)
                } else {
                    at
                };
                data.splice(at..at, token);
            }
            // Swap two lines, or repeat one line many times.
            _ => {
                let mut lines: Vec<Vec<u8>> = data.split_inclusive(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
                if lines.len() > 1 {
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    if rng.chance(3) {
                        let line = lines[a].clone();
                        let times = 1 + rng.below(1000);
                        lines.splice(a..a, std::iter::repeat_n(line, times));
                    } else {
                        lines.swap(a, b);
                    }
                    *data = lines.concat();
                }
            }
        }
    }
}

fn digit_runs(data: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < data.len() {
        if data[i].is_ascii_digit() {
            let s = i;
            while i < data.len() && data[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((s, i));
        } else {
            i += 1;
        }
    }
    runs
}
