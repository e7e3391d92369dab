//! The seeded benchmark database, shared by `examples/bench.rs` (p50/p99, export, import, the other tools) and
//! `benches/occurrences.rs` (criterion): 100,000 events over 2021–2026 in five zones, 10 % all-day, the first
//! `recurring` of them series (weekly, monthly "third Sunday", yearly, every third day ×60). Deterministic, so
//! every run and both benches build the same data.

use campaign_desk::domain::{EventInput, EventKind, OrganisationInput};
use campaign_desk::Store;

const ZONES: [&str; 5] = ["Asia/Manila", "America/Toronto", "Pacific/Auckland", "Europe/London", "America/Sao_Paulo"];
const RULES: [&str; 4] =
    ["FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=3SU", "FREQ=YEARLY", "FREQ=DAILY;INTERVAL=3;COUNT=60"];

/// A small deterministic generator (xorshift), so every run builds the same data without a dependency.
pub struct Seeded(pub u64);

impl Seeded {
    pub fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

pub fn seed(store: &mut Store, total: usize, recurring: usize) -> campaign_desk::Result<()> {
    let mut rng = Seeded(0x2545_F491_4F6C_DD1D);
    store.create_organisation(&OrganisationInput { name: "Bench org".into(), ..Default::default() })?;
    let mut batch = Vec::with_capacity(total);
    for i in 0..total {
        let day = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).expect("date")
            + chrono::Duration::days(rng.next(365 * 6) as i64);
        let hour = 6 + rng.next(14);
        let zone = ZONES[rng.next(5) as usize];
        let all_day = rng.next(10) == 0;
        let (start, end) = if all_day {
            (day.to_string(), (day + chrono::Duration::days(rng.next(3) as i64)).to_string())
        } else {
            (format!("{day}T{hour:02}:00"), format!("{day}T{:02}:30", hour + 1))
        };
        batch.push(EventInput {
            title: format!("Event {i}"),
            kind: EventKind::Meeting,
            all_day,
            start,
            end,
            zone: (!all_day).then(|| zone.to_string()),
            rrule: (i < recurring).then(|| RULES[i % RULES.len()].to_string()),
            ..Default::default()
        });
    }
    store.import_batch(
        |w| {
            for (i, e) in batch.iter().enumerate() {
                w.insert_new(&e.validated()?, &format!("bench-{i}@campaign-desk"), 0)?;
            }
            Ok(())
        },
        |_| true,
    )
}
