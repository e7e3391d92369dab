//! Measurement, not a test (ignored by `make test`; run by `scripts/bench-calendar-archive.sh`): the calendar in the
//! real window on the benchmark's seeded ten-year archive (100,000 events, 10,000 of them series; `examples/bench.rs`),
//! whose path is in `CALENDAR_ARCHIVE_DB` (copied, never written). Times the `occurrence_list` answer for six weeks
//! and for a year, whole and thinned as the month and year ask for them (`perDay`), then the year, month and next
//! month views from the click until their events are drawn. Prints the numbers for BENCHMARKS.md.

use anyhow::Result;
use campaign_desk_e2e as e2e;
use e2e::calendar_timing;
use serde_json::json;

/// The answer to one `occurrence_list` call, timed in the page: milliseconds, occurrences, crowded days.
async fn timed_ipc(app: &e2e::App, from: &str, to: &str, per_day: Option<u32>) -> Result<()> {
    let script = "const [from, to, perDay, done] = arguments; const t0 = performance.now(); \
                  window.__TAURI_INTERNALS__.invoke('occurrence_list', { from, to, perDay, zone: 'Asia/Manila', \
                    filter: { campaign_id: null, organisation_id: null, kind: null } }) \
                  .then((w) => done({ ms: performance.now() - t0, n: w.occurrences.length, \
                    crowded: (w.crowded_days || []).length }), (e) => done({ error: String(e) }));";
    let r = app.client().execute_async(script, vec![from.into(), to.into(), json!(per_day)]).await?;
    println!(
        "calendar-archive occurrence_list {from}..{to} perDay {per_day:?}: {:.0} ms, {} occurrences, {} crowded days",
        r["ms"].as_f64().unwrap_or(f64::NAN),
        r["n"],
        r["crowded"]
    );
    Ok(())
}

/// Clicks a toolbar button and prints the milliseconds until the new view has its fetched events.
async fn timed_click(app: &e2e::App, css: &str) -> Result<f64> {
    let (ms, events) = calendar_timing::timed_click(app, css, Some(true)).await?;
    println!("calendar-archive {css}: {ms:.0} ms, {events} event and \"+N more\" elements");
    Ok(ms)
}

#[tokio::test]
#[ignore = "a measurement for BENCHMARKS.md, run by scripts/bench-calendar-archive.sh"]
async fn a_ten_year_archive() {
    let source = std::env::var("CALENDAR_ARCHIVE_DB").expect("CALENDAR_ARCHIVE_DB: the seeded bench.sqlite3");
    let db = e2e::fresh_db("calendar-archive");
    std::fs::copy(&source, &db).expect("copy the seeded database");
    let dir = db.parent().expect("db dir").to_path_buf();

    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("nav-calendar").await?;
        for (from, to, per_day) in [
            ("2024-02-26", "2024-04-08", None),
            ("2024-02-26", "2024-04-08", Some(3)),
            ("2024-01-01", "2025-01-01", None),
            ("2024-01-01", "2025-01-01", Some(1)),
        ] {
            timed_ipc(&app, from, to, per_day).await?;
        }
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        let mut samples = Vec::new();
        for _ in 0..5 {
            calendar_timing::go_to_date(&app, "2024-03-15").await?;
            samples.push(("year", timed_click(&app, ".fc-multiMonthYear-button").await?));
            samples.push(("month", timed_click(&app, ".fc-dayGridMonth-button").await?));
            samples.push(("next month", timed_click(&app, ".fc-next-button").await?));
        }
        calendar_timing::print_medians("calendar-archive", &samples, &["year", "month", "next month"]);
        Ok(())
    })
    .await;

    std::fs::remove_dir_all(dir).ok();
}
