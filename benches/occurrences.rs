//! Criterion benchmark (not a test) of the calendar's occurrence query on the seeded 100,000-event database
//! (`support/seed.rs`, built once under target/ and kept): the six-week window of BENCHMARKS.md asked again (warm),
//! after an edit, as a month not seen before, and on a store just opened (cold). `cargo bench --bench occurrences`.
//! Criterion gives medians with confidence intervals; `examples/bench.rs` gives the p50/p99 and, through
//! `scripts/bench.sh`, Python's `recurring_ical_events` on the same data in the same run.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use campaign_desk::calendar::Window;
use campaign_desk::domain::EventInput;
use campaign_desk::Store;
use criterion::{criterion_group, criterion_main, Criterion};

#[path = "support/seed.rs"]
#[allow(dead_code)] // its generator is also the example's calibration loop
mod seed;

const MANILA: chrono_tz::Tz = chrono_tz::Asia::Manila;

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// The seeded database, built on the first run (about ten seconds) and kept for the next.
fn database() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-occurrences");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let db = dir.join("bench.sqlite3");
    if !db.exists() {
        let building = dir.join("building.sqlite3");
        let _ = std::fs::remove_file(&building);
        let mut store = Store::open(&building).expect("open");
        seed::seed(&mut store, 100_000, 10_000).expect("seed");
        drop(store);
        std::fs::rename(&building, &db).expect("keep the database");
    }
    db
}

fn occurrences(c: &mut Criterion) {
    let db = database();
    let window = Window { from: day(2024, 3, 4), to: day(2024, 4, 15), zone: MANILA };
    let mut group = c.benchmark_group("occurrences, six weeks, 100,000 events");
    // Each edit before a timed query is a committed write (an fsync): ten seconds fit thirty samples of it.
    group.sample_size(30).measurement_time(Duration::from_secs(10));

    let mut store = Store::open(&db).expect("open");
    store.occurrences(&window, Some(MANILA), None).expect("query");
    group.bench_function("warm", |b| b.iter(|| store.occurrences(&window, Some(MANILA), None).expect("query")));

    // One event in the window renamed (as after a drag), then the window again; only the query is timed.
    let first = store.occurrences(&window, Some(MANILA), None).expect("query")[0].event_id;
    let original = EventInput::from(&store.get_event(first).expect("event"));
    let mut n = 0;
    group.bench_function("after an edit", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                let input = EventInput { title: format!("Edited {n}"), ..original.clone() };
                store.update_event(first, &input).expect("edit");
                let t = Instant::now();
                store.occurrences(&window, Some(MANILA), None).expect("query");
                spent += t.elapsed();
            }
            spent
        })
    });
    store.update_event(first, &original).expect("restore");
    drop(store);

    // Paging month by month from March 2024 on a store that has shown March: each window new, next to the last.
    group.bench_function("next month", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            let mut store = None;
            for i in 0..iters {
                // Twelve pages per store, then a fresh one (its first query untimed), so every page is new.
                let page = (i % 12) as u32;
                if page == 0 {
                    let fresh = Store::open(&db).expect("open");
                    fresh.occurrences(&window, Some(MANILA), None).expect("query");
                    store = Some(fresh);
                }
                let Some(store) = &store else { unreachable!("opened at page 0") };
                let from = day(2024, 4, 1).checked_add_months(chrono::Months::new(page)).expect("month");
                let paged = Window { from, to: from + chrono::Duration::days(42), zone: MANILA };
                let t = Instant::now();
                store.occurrences(&paged, Some(MANILA), None).expect("query");
                spent += t.elapsed();
            }
            spent
        })
    });

    group.sample_size(10);
    group.bench_function("cold (a store just opened)", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                let fresh = Store::open(&db).expect("open");
                let t = Instant::now();
                fresh.occurrences(&window, Some(MANILA), None).expect("query");
                spent += t.elapsed();
            }
            spent
        })
    });
    group.finish();
}

criterion_group!(benches, occurrences);
criterion_main!(benches);
