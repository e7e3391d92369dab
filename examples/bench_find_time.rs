//! Benchmark (not a test): "find a time" (issue #18) for 20 organisations in 20 zones (half-hour and 45-minute
//! ones among them) over 30 days, 90-minute slots every 30 minutes, in a database of 10,000 events (1 % weekly
//! series) spread over 2025, each in one of 20 campaigns that three of the organisations take part in — so every
//! organisation has busy times. Times `service::find_time::find_time` cold (first query of the process: the
//! occurrence cache empty) and warm (p50/max of 20), and the pure ranking alone. Numbers go to BENCHMARKS.md.
//!
//! usage: cargo run --release --example bench_find_time -- DIR   (builds DIR/find_time.sqlite3 anew)

use std::time::{Duration, Instant};

use campaign_desk::domain::{
    CampaignInput, CampaignKind, EventInput, EventKind, OrgInRole, OrgRole, OrganisationInput,
};
use campaign_desk::service::find_time::{find_time, FindTimeQuery};
use campaign_desk::Store;

const ZONES: [&str; 20] = [
    "Asia/Manila",
    "Asia/Hong_Kong",
    "America/Toronto",
    "Europe/London",
    "Pacific/Auckland",
    "Asia/Kolkata",
    "Australia/Adelaide",
    "Asia/Kathmandu",
    "America/Chicago",
    "America/New_York",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Europe/Berlin",
    "Africa/Nairobi",
    "America/Sao_Paulo",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Africa/Johannesburg",
    "America/Mexico_City",
];
const EVENTS: usize = 10_000;

/// A small deterministic generator (xorshift), so every run builds the same data.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: bench_find_time DIR"))?;
    let path = std::path::Path::new(&dir).join("find_time.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let mut store = Store::open(&path)?;
    let mut orgs = Vec::new();
    for (i, zone) in ZONES.iter().enumerate() {
        let input =
            OrganisationInput { name: format!("Partner {i:02}"), zone: Some((*zone).into()), ..Default::default() };
        orgs.push(store.create_organisation(&input)?.id);
    }
    let mut campaigns = Vec::new();
    for (i, zone) in ZONES.iter().enumerate() {
        let role = |k: usize| OrgInRole {
            organisation_id: orgs[k % 20],
            organisation_name: String::new(),
            role: OrgRole::Lead,
        };
        let input = CampaignInput {
            title: format!("Campaign {i:02}"),
            kind: CampaignKind::DayOfAction,
            start_date: "2025-01-01".into(),
            end_date: "2025-12-31".into(),
            zone: (*zone).into(),
            organisations: vec![role(i), role(i + 1), role(i + 7)],
            ..Default::default()
        };
        campaigns.push(store.create_campaign(&input)?.id);
    }
    let mut rng = Seeded(0x2545_F491_4F6C_DD1D);
    let events: Vec<EventInput> = (0..EVENTS)
        .map(|i| {
            let day = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date")
                + chrono::Duration::days(rng.next(365) as i64);
            let hour = 6 + rng.next(14);
            EventInput {
                title: format!("Event {i}"),
                kind: EventKind::Meeting,
                start: format!("{day}T{hour:02}:00"),
                end: format!("{day}T{:02}:30", hour + 1),
                zone: Some(ZONES[rng.next(20) as usize].into()),
                campaign_id: Some(campaigns[rng.next(20) as usize]),
                rrule: (i % 100 == 0).then(|| "FREQ=WEEKLY".to_string()),
                ..Default::default()
            }
        })
        .collect();
    store.import_batch(
        |w| {
            for (i, e) in events.iter().enumerate() {
                w.insert_new(&e.validated()?, &format!("find-time-{i}@campaign-desk"), 0)?;
            }
            Ok(())
        },
        |_| true,
    )?;
    drop(store);

    let query = FindTimeQuery {
        organisations: orgs.clone(),
        length_minutes: 90,
        from: "2025-06-02".into(),
        days: Some(30),
        ..Default::default()
    };
    let store = Store::open(&path)?;
    let started = Instant::now();
    let answer = find_time(&store, &query)?;
    let cold = started.elapsed();
    let mut warm: Vec<Duration> = (0..20)
        .map(|_| {
            let t = Instant::now();
            let _ = find_time(&store, &query);
            t.elapsed()
        })
        .collect();
    warm.sort();
    let busy: u32 = answer.participants.iter().map(|p| p.busy).sum();
    let with_grid = FindTimeQuery { with_grid: true, ..query.clone() };
    let t = Instant::now();
    let gridded = find_time(&store, &with_grid)?;
    let grid = t.elapsed();
    println!(
        "20 organisations × 30 days, 90-minute slots every 30 min: {} starts, {} ruled out by {busy} busy intervals, \
         {} ranked; best: {}",
        answer.result.candidates,
        answer.result.ruled_out_busy,
        answer.result.slots.len(),
        answer.result.slots.first().map(|s| s.text.as_str()).unwrap_or("none")
    );
    println!(
        "cold {:.1} ms · warm p50 {:.1} ms, max {:.1} ms · with the 30 day grids {:.1} ms ({} grids)",
        ms(cold),
        ms(warm[warm.len() / 2]),
        ms(warm[warm.len() - 1]),
        ms(grid),
        gridded.grid.len()
    );
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
