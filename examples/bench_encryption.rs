//! Benchmark (not a test): what SQLCipher costs (issue #15). The same seeded database (`benches/support/seed.rs`:
//! 100,000 events, 10,000 series) as a plain file and as an encrypted copy (raw key), measured in the same run, one
//! after the other for each step: opening, the six-week occurrence query (cold and warm), search, an autosave-sized
//! durable write, a full read of every event (a full scan), and an .ics import into a new file. Numbers go to
//! BENCHMARKS.md.
//!
//! usage: cargo run --release --example bench_encryption -- DIR

use std::path::Path;
use std::time::Instant;

use campaign_desk::calendar::Window;
use campaign_desk::db_key::DbKey;
use campaign_desk::service::ics_import::{import, ImportOptions};
use campaign_desk::Store;

#[path = "../benches/support/seed.rs"]
mod seed;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn p50_p99(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |p: f64| ms[((ms.len() as f64 - 1.0) * p).round() as usize];
    (at(0.5), at(0.99))
}

/// Milliseconds `f` takes (its result kept from the optimiser, then dropped).
fn time_ms<T, E: Into<Box<dyn std::error::Error>>>(mut f: impl FnMut() -> Result<T, E>) -> Res<f64> {
    let t = Instant::now();
    std::hint::black_box(f().map_err(Into::into)?);
    Ok(t.elapsed().as_secs_f64() * 1000.0)
}

/// The same database file, plain or encrypted.
struct Db<'a> {
    name: &'static str,
    path: &'a Path,
    key: Option<DbKey>,
}

impl Db<'_> {
    fn open(&self) -> Res<Store> {
        Ok(match &self.key {
            Some(key) => Store::open_encrypted(self.path, key.clone())?,
            None => Store::open(self.path)?,
        })
    }
}

fn main() -> Res<()> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).ok_or("usage: bench_encryption DIR")?);
    std::fs::create_dir_all(&dir)?;
    let plain_path = dir.join("plain.sqlite3");
    let enc_path = dir.join("encrypted.sqlite3");
    let ics = dir.join("bench.ics");
    for stale in [&plain_path, &enc_path] {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", stale.display()));
        }
    }
    let key = DbKey::generate()?;
    {
        let mut store = Store::open(&plain_path)?;
        let t = Instant::now();
        seed::seed(&mut store, 100_000, 10_000)?;
        println!("seed: 100000 events (10000 recurring) in {:.1} s", t.elapsed().as_secs_f64());
        let t = Instant::now();
        store.export_verified(&enc_path, Some(&key))?;
        println!(
            "encrypting it (export, integrity check, row counts): {:.2} s, {:.1} MB",
            t.elapsed().as_secs_f64(),
            std::fs::metadata(&enc_path)?.len() as f64 / 1e6
        );
        let events = store.list_events(None)?;
        let ctx = campaign_desk::ics::ExportContext {
            name: "Bench",
            campaigns: &[],
            organisations: &[],
            partner_zones: &[],
            now: chrono::Utc::now(),
        };
        std::fs::write(&ics, campaign_desk::ics::export(&events, &ctx))?;
    }
    let dbs =
        [Db { name: "plain", path: &plain_path, key: None }, Db { name: "encrypted", path: &enc_path, key: Some(key) }];
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    let window = Window { from: day("2024-03-04"), to: day("2024-04-15"), zone: chrono_tz::Asia::Manila };
    let manila = Some(chrono_tz::Asia::Manila);

    // Each step runs on both files before the next step, so a slow minute on this shared machine hits both.
    let row = |label: &str, f: &mut dyn FnMut(&Db) -> Res<String>| -> Res<()> {
        let a = f(&dbs[0])?;
        let b = f(&dbs[1])?;
        println!("{label}: plain {a} | encrypted {b}");
        Ok(())
    };
    row("open (20 runs)", &mut |db| {
        let runs = (0..20).map(|_| time_ms(|| db.open())).collect::<Res<Vec<_>>>()?;
        let (p50, p99) = p50_p99(runs);
        Ok(format!("p50 {p50:.1} ms, p99 {p99:.1} ms"))
    })?;
    row("occurrences, six weeks, cold (10 runs)", &mut |db| {
        let mut runs = Vec::new();
        for _ in 0..10 {
            let store = db.open()?;
            runs.push(time_ms(|| store.occurrences(&window, manila, None))?);
        }
        let (p50, p99) = p50_p99(runs);
        Ok(format!("p50 {p50:.1} ms, p99 {p99:.1} ms"))
    })?;
    row("occurrences, six weeks, warm (30 runs)", &mut |db| {
        let store = db.open()?;
        store.occurrences(&window, manila, None)?;
        let runs = (0..30).map(|_| time_ms(|| store.occurrences(&window, manila, None))).collect::<Res<_>>()?;
        let (p50, p99) = p50_p99(runs);
        Ok(format!("p50 {p50:.1} ms, p99 {p99:.1} ms"))
    })?;
    row("search, 50 different titles", &mut |db| {
        let store = db.open()?;
        let runs =
            (0..50).map(|i| time_ms(|| store.search(&format!("Event {}", 1000 + i * 37), 20))).collect::<Res<_>>()?;
        let (p50, p99) = p50_p99(runs);
        Ok(format!("p50 {p50:.2} ms, p99 {p99:.2} ms"))
    })?;
    row("autosave-sized write, one event's title, durable commit (60 runs)", &mut |db| {
        let mut store = db.open()?;
        let id = store.occurrences(&window, manila, None)?.first().map(|o| o.event_id).ok_or("no occurrence")?;
        let original = campaign_desk::domain::EventInput::from(&store.get_event(id)?);
        let mut runs = Vec::new();
        for i in 0..60 {
            let input = campaign_desk::domain::EventInput { title: format!("Edited {i}"), ..original.clone() };
            runs.push(time_ms(|| store.update_event(id, &input))?);
        }
        store.update_event(id, &original)?;
        let (p50, p99) = p50_p99(runs);
        Ok(format!("p50 {p50:.1} ms, p99 {p99:.1} ms"))
    })?;
    row("full scan: every event read (median of 3)", &mut |db| {
        let runs = (0..3)
            .map(|_| {
                let store = db.open()?;
                time_ms(|| store.list_events(None))
            })
            .collect::<Res<_>>()?;
        Ok(format!("{:.0} ms", p50_p99(runs).0))
    })?;
    row("ics import of the 100,000 events into a new file (median of 3)", &mut |db| {
        let mut runs = Vec::new();
        for _ in 0..3 {
            let target = dir.join(format!("import-{}.sqlite3", db.name));
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", target.display()));
            }
            let mut store = Db { name: db.name, path: &target, key: db.key.clone() }.open()?;
            let open = || -> campaign_desk::Result<_> {
                Ok(std::io::BufReader::new(std::fs::File::open(&ics).map_err(|e| campaign_desk::Error::io("open", e))?))
            };
            let options = ImportOptions { campaign_id: None, floating_zone: chrono_tz::UTC };
            runs.push(time_ms(|| import(&mut store, open, options, false))?);
        }
        Ok(format!("{:.2} s", p50_p99(runs).0 / 1000.0))
    })?;
    Ok(())
}
