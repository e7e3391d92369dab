//! Benchmark (not a test): builds a seeded database of 100,000 events (10,000 of them recurring) across five zones,
//! then times the six-week occurrence query, the .ics export and the .ics import. `scripts/bench.sh` runs it and
//! the Python tools on the same data; the numbers go to BENCHMARKS.md.
//!
//! usage: cargo run --release --example bench -- DIR [--queries-only | import | export | growth | profile cold|paging
//! | google] (only the occurrence queries; only the import phases on DIR/bench.ics; only the export of the seeded
//! database; the occurrence query and the export on 10,000, 100,000 and 1,000,000 events; one kind of query again and
//! again, for `perf record`; or write DIR/google.ics, the Google-style 100,000-event calendar of
//! `scripts/bench-google-import.sh`)

use std::time::Instant;

use campaign_desk::calendar::Window;
use campaign_desk::ics::{read_events, ParsedBody, ParsedEvent};
use campaign_desk::service::ics_import::{import, ImportOptions};
use campaign_desk::Store;

#[path = "../benches/support/google_ics.rs"]
mod google_ics;
#[path = "../benches/support/seed.rs"]
mod seed;
use seed::{seed, Seeded};

/// CPU time this thread has used (Linux: /proc/thread-self/schedstat, nanoseconds on the CPU first); NaN elsewhere.
fn thread_cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e6)
}

/// This VM's speed swings by half from one minute to the next (other guests on the host): a fixed amount of pure
/// CPU work, timed before the queries, tells a slow minute from a slow change. Same work every run, median of 5.
fn calibration_ms() -> f64 {
    let mut runs: Vec<f64> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let mut x = Seeded(0x9E37_79B9_7F4A_7C15);
            let mut sum = 0u64;
            for _ in 0..20_000_000 {
                sum = sum.wrapping_add(x.next(1 << 20));
            }
            std::hint::black_box(sum);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[2]
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).ok_or("usage: bench DIR")?);
    std::fs::create_dir_all(&dir)?;
    match std::env::args().nth(2).as_deref() {
        Some("import") => return import_phases(&dir.join("bench.ics"), &dir.join("import.sqlite3"), Some(100_000)),
        Some("google-import") => return import_phases(&dir.join("google.ics"), &dir.join("google.sqlite3"), None),
        Some("export") => return export_runs(&Store::open(&dir.join("bench.sqlite3"))?, &dir.join("bench.ics")),
        Some("growth") => return growth(&dir),
        Some("profile") => return profile(&dir.join("bench.sqlite3"), std::env::args().nth(3).as_deref()),
        Some("google") => {
            let path = dir.join("google.ics");
            let (series, overrides) = google_ics::write(&path, 100_000)?;
            let mb = std::fs::metadata(&path)?.len() as f64 / 1e6;
            println!(
                "google: {} (100000 VEVENTs: {series} series, {overrides} changed instances), {mb:.1} MB",
                path.display()
            );
            return Ok(());
        }
        _ => {}
    }
    let db = dir.join("bench.sqlite3");
    let fresh = !db.exists();
    let mut store = Store::open(&db)?;
    if fresh {
        let t = Instant::now();
        seed(&mut store, 100_000, 10_000)?;
        println!("seed: 100000 events (10000 recurring) in {:.1} s", t.elapsed().as_secs_f64());
    }
    println!("calibration: a fixed 20M-step loop takes {:.1} ms (median of 5)", calibration_ms());
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    let window = Window { from: day("2024-03-04"), to: day("2024-04-15"), zone: chrono_tz::Asia::Manila };
    let manila = Some(chrono_tz::Asia::Manila);
    // Each run is timed by the wall clock and by this thread's CPU time: on a shared machine the wall clock also
    // counts the time other processes held the core.
    let timed = |f: &mut dyn FnMut() -> campaign_desk::Result<usize>| -> campaign_desk::Result<(f64, f64, usize)> {
        let (t, cpu) = (Instant::now(), thread_cpu_ms());
        let n = f()?;
        Ok((t.elapsed().as_secs_f64() * 1000.0, thread_cpu_ms() - cpu, n))
    };
    // Cold: a store just opened, as after starting the app (nothing read yet).
    let mut cold = Vec::new();
    for _ in 0..10 {
        let fresh = Store::open(&db)?;
        cold.push(timed(&mut || Ok(fresh.occurrences(&window, manila, None)?.len()))?);
    }
    // Warm: the app keeps one store open and asks for the same window again with nothing written in between (a
    // redraw, a switch of the view zone).
    store.occurrences(&window, manila, None)?;
    let mut warm = Vec::new();
    for _ in 0..30 {
        warm.push(timed(&mut || Ok(store.occurrences(&window, manila, None)?.len()))?);
    }
    // After an edit: one event in the window changed (as after dragging it), then the same window asked again.
    let mut edited = Vec::new();
    let first = store.occurrences(&window, manila, None)?.first().map(|o| o.event_id).ok_or("no occurrence")?;
    let original = campaign_desk::domain::EventInput::from(&store.get_event(first)?);
    for i in 0..30 {
        let input = campaign_desk::domain::EventInput { title: format!("Edited {i}"), ..original.clone() };
        store.update_event(first, &input)?;
        edited.push(timed(&mut || Ok(store.occurrences(&window, manila, None)?.len()))?);
    }
    // The database stays as seeded, for the exports and imports below and for the next run.
    store.update_event(first, &original)?;
    // Next: paging month by month through 2024 on that store, each six-week window new but next to the last.
    let mut next = Vec::new();
    for month in 4..=12 {
        let from = chrono::NaiveDate::from_ymd_opt(2024, month, 1).ok_or("month")?;
        let paged = Window { from, to: from + chrono::Duration::days(42), zone: chrono_tz::Asia::Manila };
        next.push(timed(&mut || Ok(store.occurrences(&paged, manila, None)?.len()))?);
    }
    // As the app pages: between two pages, while the person looks at one, it warms the windows either side
    // (`Store::warm`, untimed here as it is unwaited-for there). On a store of its own, so nothing is walked yet.
    let (mut next_warmed, mut idle_work) = (Vec::new(), Vec::new());
    {
        let paging = Store::open(&db)?;
        paging.occurrences(&window, manila, None)?;
        let mut shown = window;
        for month in 4..=12 {
            idle_work.push(timed(&mut || {
                for w in shown.neighbours() {
                    paging.warm(&w, None)?;
                }
                Ok(0)
            })?);
            let from = chrono::NaiveDate::from_ymd_opt(2024, month, 1).ok_or("month")?;
            shown = Window { from, to: from + chrono::Duration::days(42), zone: chrono_tz::Asia::Manila };
            next_warmed.push(timed(&mut || Ok(paging.occurrences(&shown, manila, None)?.len()))?);
        }
    }
    // As the app starts: the month around today is warmed while the window is made (untimed, as it is not waited
    // for), then the first screen asks for its own six weeks.
    let (mut first_screen, mut start_work) = (Vec::new(), Vec::new());
    for _ in 0..10 {
        let fresh = Store::open(&db)?;
        let month = Window { from: day("2024-02-26"), to: day("2024-04-22"), zone: chrono_tz::UTC };
        start_work.push(timed(&mut || fresh.warm(&month, None).map(|()| 0))?);
        first_screen.push(timed(&mut || Ok(fresh.occurrences(&window, manila, None)?.len()))?);
    }
    for (name, runs) in [
        ("cold", cold),
        ("warm", warm),
        ("after an edit", edited),
        ("next month", next),
        ("next month after the idle warm-up", next_warmed),
        ("first screen after the start warm-up", first_screen),
        ("(idle work between two pages: both neighbours warmed)", idle_work),
        ("(start work: the month around today warmed)", start_work),
    ] {
        let mut wall: Vec<f64> = runs.iter().map(|r| r.0).collect();
        let mut cpu: Vec<f64> = runs.iter().map(|r| r.1).collect();
        wall.sort_by(f64::total_cmp);
        cpu.sort_by(f64::total_cmp);
        println!(
            "occurrences, six weeks, {name} ({} runs, {} instances in the last): wall p50 {:.1} ms, p99 {:.1} ms; \
             CPU p50 {:.1} ms, p99 {:.1} ms",
            runs.len(),
            runs.last().map(|r| r.2).unwrap_or(0),
            percentile(&wall, 0.5),
            percentile(&wall, 0.99),
            percentile(&cpu, 0.5),
            percentile(&cpu, 0.99)
        );
    }

    if std::env::args().nth(2).as_deref() == Some("--queries-only") {
        return Ok(());
    }
    export_runs(&store, &dir.join("bench.ics"))?;
    import_phases(&dir.join("bench.ics"), &dir.join("import.sqlite3"), Some(100_000))?;
    Ok(())
}

/// Export as the CLI does it (`service::ics_export`: every event written as its row is read, on a second thread, the
/// text into the file as it is made), without the CLI's flush to disk; the median of three runs. Then reading the
/// rows alone, and the CLI's own `export_to_file`, which also flushes the file (`fsync`) before renaming it.
fn export_runs(store: &Store, ics: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use campaign_desk::service::ics_export::{export_into, export_to_file, ExportScope};
    let (mut times, mut cpu, mut read_only, mut synced) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut count = 0;
    let scope = ExportScope::default();
    for _ in 0..3 {
        let (t, c) = (Instant::now(), process_cpu_s());
        count = export_into(store, &scope, chrono::Utc::now(), &mut std::fs::File::create(ics)?)?;
        times.push(t.elapsed().as_secs_f64());
        cpu.push(process_cpu_s() - c);

        let t = Instant::now();
        store.for_each_event_in(i64::MIN..=i64::MAX, |_| Ok(()))?;
        read_only.push(t.elapsed().as_secs_f64());

        let t = Instant::now();
        export_to_file(store, &scope, &ics.with_extension("synced.ics"), chrono::Utc::now())?;
        synced.push(t.elapsed().as_secs_f64());
    }
    for v in [&mut times, &mut cpu, &mut read_only, &mut synced] {
        v.sort_by(f64::total_cmp);
    }
    let size = std::fs::metadata(ics)?.len();
    println!(
        "export: {count} events, {:.1} MB, median of 3 {:.3} s (runs {:.3} {:.3} {:.3}; CPU of both threads {:.3} s); \
         reading the rows alone {:.3} s; with the CLI's fsync {:.3} s",
        size as f64 / 1e6,
        times[1],
        times[0],
        times[1],
        times[2],
        cpu[1],
        read_only[1],
        synced[1],
    );
    Ok(())
}

/// Twenty rounds of one kind of occurrence query on the seeded database, for a profiler to watch: `cold` (a store
/// just opened, its first query) or `paging` (a store that has shown the six-week window, then the next nine months
/// one by one, only these timed). Prints the medians of the calling thread's and the process's CPU per query.
fn profile(db: &std::path::Path, what: Option<&str>) -> Result<(), Box<dyn std::error::Error>> {
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    let window = Window { from: day("2024-03-04"), to: day("2024-04-15"), zone: chrono_tz::Asia::Manila };
    let manila = Some(chrono_tz::Asia::Manila);
    let (mut thread, mut process) = (Vec::new(), Vec::new());
    let mut timed = |f: &mut dyn FnMut() -> campaign_desk::Result<()>| -> campaign_desk::Result<()> {
        let (t, p) = (thread_cpu_ms(), process_cpu_s());
        f()?;
        thread.push(thread_cpu_ms() - t);
        process.push((process_cpu_s() - p) * 1000.0);
        Ok(())
    };
    for _ in 0..20 {
        let store = Store::open(db)?;
        match what {
            Some("cold") => timed(&mut || store.occurrences(&window, manila, None).map(drop))?,
            Some("paging") => {
                store.occurrences(&window, manila, None)?;
                // As after a person looked at the first screen for a moment.
                std::thread::sleep(std::time::Duration::from_millis(300));
                for month in 4..=12 {
                    let from = chrono::NaiveDate::from_ymd_opt(2024, month, 1).ok_or("month")?;
                    let paged = Window { from, to: from + chrono::Duration::days(42), zone: chrono_tz::Asia::Manila };
                    timed(&mut || store.occurrences(&paged, manila, None).map(drop))?;
                }
            }
            _ => return Err("usage: bench DIR profile cold|paging".into()),
        }
    }
    let stats = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        format!(
            "p50 {:.1} ms, p90 {:.1}, p99 {:.1}, min {:.1}",
            v[v.len() / 2],
            percentile(&v, 0.9),
            percentile(&v, 0.99),
            v[0]
        )
    };
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "profile {}: load {}; {} queries; this thread's CPU {}; the process's CPU (10 ms ticks) {}",
        what.unwrap_or(""),
        load.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
        thread.len(),
        stats(thread),
        stats(process)
    );
    Ok(())
}

/// This process's CPU time (user + system, all threads) in seconds, from /proc/self/stat (clock ticks of 1/100 s).
fn process_cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// How the occurrence query and the export grow: databases of 10,000, 100,000 and 1,000,000 events seeded the same
/// way (a tenth of them series, over the same six years, so a window holds ten times the instances at each step),
/// each asked for the six-week window just opened (cold, 3 stores), then paging nine months, then exported.
fn growth(dir: &std::path::Path) -> Result<(), Box<dyn std::error::Error>> {
    use campaign_desk::service::ics_export::{export_into, ExportScope};
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    let window = Window { from: day("2024-03-04"), to: day("2024-04-15"), zone: chrono_tz::Asia::Manila };
    let manila = Some(chrono_tz::Asia::Manila);
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    for n in [10_000, 100_000, 1_000_000] {
        let db = dir.join(format!("growth-{n}.sqlite3"));
        if !db.exists() {
            let t = Instant::now();
            seed(&mut Store::open(&db)?, n, n / 10)?;
            println!("growth: seeded {n} events in {:.1} s", t.elapsed().as_secs_f64());
        }
        let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
        let (mut cold, mut cold_cpu, mut instances) = (Vec::new(), Vec::new(), 0);
        for _ in 0..3 {
            let store = Store::open(&db)?;
            let (t, c) = (Instant::now(), thread_cpu_ms());
            instances = store.occurrences(&window, manila, None)?.len();
            cold.push(t.elapsed().as_secs_f64() * 1000.0);
            cold_cpu.push(thread_cpu_ms() - c);
        }
        let store = Store::open(&db)?;
        store.occurrences(&window, manila, None)?;
        let (mut next, mut next_cpu) = (Vec::new(), Vec::new());
        for month in 4..=12 {
            let from = chrono::NaiveDate::from_ymd_opt(2024, month, 1).ok_or("month")?;
            let paged = Window { from, to: from + chrono::Duration::days(42), zone: chrono_tz::Asia::Manila };
            let (t, c) = (Instant::now(), thread_cpu_ms());
            store.occurrences(&paged, manila, None)?;
            next.push(t.elapsed().as_secs_f64() * 1000.0);
            next_cpu.push(thread_cpu_ms() - c);
        }
        // Paging as the app pages: the neighbours of the page shown warmed first (untimed), on a store of its own.
        let (mut warmed, mut idle) = (Vec::new(), Vec::new());
        {
            let paging = Store::open(&db)?;
            paging.occurrences(&window, manila, None)?;
            let mut shown = window;
            for month in 4..=12 {
                let t = Instant::now();
                for w in shown.neighbours() {
                    paging.warm(&w, None)?;
                }
                idle.push(t.elapsed().as_secs_f64() * 1000.0);
                let from = chrono::NaiveDate::from_ymd_opt(2024, month, 1).ok_or("month")?;
                shown = Window { from, to: from + chrono::Duration::days(42), zone: chrono_tz::Asia::Manila };
                let t = Instant::now();
                paging.occurrences(&shown, manila, None)?;
                warmed.push(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
        let (mut export, mut export_cpu, mut size) = (Vec::new(), Vec::new(), 0);
        let ics = dir.join(format!("growth-{n}.ics"));
        for _ in 0..3 {
            let (t, c) = (Instant::now(), process_cpu_s());
            export_into(&store, &ExportScope::default(), chrono::Utc::now(), &mut std::fs::File::create(&ics)?)?;
            export.push(t.elapsed().as_secs_f64());
            export_cpu.push(process_cpu_s() - c);
            size = std::fs::metadata(&ics)?.len();
        }
        let max = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
        println!(
            "growth {n}: load {}; occurrences cold ({instances} instances) wall median {:.1} ms, CPU {:.1} ms; \
             next month wall median {:.1} / max {:.1} ms, CPU median {:.1} / max {:.1} ms; \
             next month after the idle warm-up wall median {:.1} / max {:.1} ms (idle work median {:.1} ms); \
             export {:.1} MB wall median {:.3} s, CPU {:.3} s",
            load.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
            median(cold.clone()),
            median(cold_cpu),
            median(next.clone()),
            max(&next),
            median(next_cpu.clone()),
            max(&next_cpu),
            median(warmed.clone()),
            max(&warmed),
            median(idle),
            size as f64 / 1e6,
            median(export),
            median(export_cpu),
        );
    }
    Ok(())
}

/// Where an import's time goes: reading the file into records, then checking them, then the dry run (everything but
/// the search index and the commit), then the whole import (parse, check, insert into a new database file, index,
/// commit). `expected`: every event of the file reads back and passes the checks (our own export's file).
/// `scripts/bench.sh` times the CLI doing the last for memory.
fn import_phases(
    ics: &std::path::Path,
    target: &std::path::Path,
    expected: Option<usize>,
) -> Result<(), Box<dyn std::error::Error>> {
    let open = || -> campaign_desk::Result<_> {
        Ok(std::io::BufReader::new(std::fs::File::open(ics).map_err(|e| campaign_desk::Error::io("open", e))?))
    };
    let (mut parsed, mut checked, mut dry, mut full) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut new = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let mut n = 0;
        read_events(open()?, chrono_tz::UTC, |e| n += usize::from(e.is_ok()));
        parsed.push(t.elapsed().as_secs_f64());

        let t = Instant::now();
        let mut valid = 0;
        read_events(open()?, chrono_tz::UTC, |e| {
            if let Ok(ParsedEvent { body: ParsedBody::Event { input, .. }, .. }) = e {
                valid += usize::from(input.validated().is_ok());
            }
        });
        checked.push(t.elapsed().as_secs_f64());
        if let Some(expected) = expected {
            assert_eq!((n, valid), (expected, expected), "every exported event reads back and passes the checks");
        }

        let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC };
        for (dry_run, times) in [(true, &mut dry), (false, &mut full)] {
            for stale in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{stale}", target.display()));
            }
            let mut empty = Store::open(target)?;
            let t = Instant::now();
            new = import(&mut empty, open, options, dry_run)?.new;
            drop(empty);
            times.push(t.elapsed().as_secs_f64());
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "import phases of {} (median of 3, load {}): parse {:.2} s, parse + check {:.2} s, dry run (+ writes, \
         rolled back) {:.2} s, full import ({new} new, + search index and commit) {:.2} s",
        ics.display(),
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
        median(&mut parsed),
        median(&mut checked),
        median(&mut dry),
        median(&mut full)
    );
    Ok(())
}
