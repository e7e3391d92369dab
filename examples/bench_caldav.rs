//! Benchmark (not a test): CalDAV sync against a local Radicale (issue #14). A campaign of N events (default 10,000:
//! one-offs and 10 % weekly series, in five zones) is shared with a new calendar — the first sync, one PUT per event
//! — then one event is edited and synced (the incremental sync: a sync-collection REPORT with the stored token, one
//! PUT), then a run with nothing to do. Python's `caldav` client does the same first and incremental sync on its own
//! calendar of the same server in the same run (benches/python_caldav.py). Wall time of each step, and peak RSS of
//! each step here (VmHWM, reset before it through /proc/self/clear_refs) and of the whole Python process. Numbers go
//! to BENCHMARKS.md.
//!
//! usage: cargo run --release --example bench_caldav -- [N]

#[path = "../tests/common/radicale.rs"]
mod radicale;

use std::process::Command;
use std::time::Instant;

use campaign_desk::domain::{CampaignInput, EventInput};
use campaign_desk::sync::{self, Target};
use campaign_desk::Store;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

const ZONES: [&str; 5] = ["Europe/Berlin", "Asia/Yangon", "America/Toronto", "Pacific/Auckland", "Africa/Nairobi"];

/// Peak resident memory since the last reset, in MB (Linux).
fn peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

fn reset_peak() {
    // "5" resets the peak RSS (VmHWM) to the current RSS (Linux ≥ 4.0).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn seed(store: &mut Store, campaign: i64, n: usize) -> Res<()> {
    store.transaction(|tx| {
        for i in 0..n {
            let (month, day, hour) = (1 + (i / 28) % 12, 1 + i % 28, 8 + i % 10);
            let start = format!("2026-{month:02}-{day:02}T{hour:02}:00");
            let end = format!("2026-{month:02}-{day:02}T{:02}:30", hour + 1);
            tx.create_event(&EventInput {
                campaign_id: Some(campaign),
                title: format!("Event {i}"),
                start,
                end,
                zone: Some(ZONES[i % ZONES.len()].into()),
                location: Some(format!("Room {}", i % 40)),
                description: Some(format!("Seeded event {i} for the benchmark")),
                rrule: (i % 10 == 0).then(|| "FREQ=WEEKLY;COUNT=8".to_string()),
                ..Default::default()
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

fn main() -> Res<()> {
    let n: usize = std::env::args().nth(1).map(|a| a.parse()).transpose()?.unwrap_or(10_000);
    let dir = tempfile::tempdir()?;
    let server = radicale::Radicale::start();
    // The password from the environment, as on a headless server: the keyring is never touched.
    std::env::set_var(sync::PASSWORD_ENV, "alicepw");
    let password = Some(("alicepw".to_string(), sync::Source::Environment));

    let mut store = Store::open(&dir.path().join("bench.sqlite3"))?;
    let campaign = store.create_campaign(&CampaignInput {
        title: "Bench campaign".into(),
        start_date: "2026-01-01".into(),
        end_date: "2026-12-31".into(),
        zone: "Europe/Berlin".into(),
        ..Default::default()
    })?;
    seed(&mut store, campaign.id, n)?;
    let added = sync::add_account(&mut store, &server.url(), "alice", None)?;
    let link = sync::link(&mut store, &added.account, campaign.id, Target::Create("Rust bench"))?;

    reset_peak();
    let t = Instant::now();
    let first = sync::run(&mut store, Some(link.id), password.clone())?;
    let first_s = t.elapsed().as_secs_f64();
    let first_mb = peak_mb();
    assert_eq!(first.pushed as usize, n, "{first:?}");

    let some = store.list_events(Some(campaign.id))?.into_iter().nth(n / 2).ok_or("no event")?;
    let mut input = EventInput::from(&some);
    input.title = "Event changed".into();
    store.update_event(some.id, &input)?;
    reset_peak();
    let t = Instant::now();
    let incremental = sync::run(&mut store, Some(link.id), password.clone())?;
    let incremental_s = t.elapsed().as_secs_f64();
    let incremental_mb = peak_mb();
    assert_eq!((incremental.pushed, incremental.pulled), (1, 0), "{incremental:?}");

    let t = Instant::now();
    let idle = sync::run(&mut store, Some(link.id), password)?;
    let idle_s = t.elapsed().as_secs_f64();
    assert_eq!(idle, sync::RunReport::default());

    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/python_caldav.py");
    let out = Command::new(radicale::python())
        .arg(script)
        .args([&server.url(), "alice", "alicepw", &n.to_string()])
        .output()?;
    if !out.status.success() {
        return Err(format!("python caldav: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let py: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let num = |k: &str| py[k].as_f64().unwrap_or(f64::NAN);

    println!("{n} events, Radicale 3.9.0 on loopback");
    println!("| | Campaign Desk (sync::run) | Python caldav 3.6.0 |");
    println!("|---|---|---|");
    println!(
        "| first sync | {first_s:.1} s ({:.0} events/s) | {:.1} s ({:.0} events/s) |",
        n as f64 / first_s,
        num("first_sync_s"),
        n as f64 / num("first_sync_s")
    );
    println!(
        "| incremental sync of one change | {:.0} ms | {:.0} ms |",
        incremental_s * 1000.0,
        num("incremental_s") * 1000.0
    );
    println!("| a run with nothing to do | {:.0} ms | – |", idle_s * 1000.0);
    println!(
        "| peak RSS | first sync {first_mb:.0} MB, incremental {incremental_mb:.0} MB | {:.0} MB (whole process) |",
        num("peak_rss_mb")
    );
    Ok(())
}
