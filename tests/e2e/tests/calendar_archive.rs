//! Measurement, not a test (ignored by `make test`; run by `scripts/bench-calendar-archive.sh`): the calendar in the
//! real window on the benchmark's seeded ten-year archive (100,000 events, 10,000 of them series; `examples/bench.rs`),
//! whose path is in `CALENDAR_ARCHIVE_DB` (copied, never written). Times the `occurrence_list` answer for six weeks
//! and for a year, whole and thinned as the month and year ask for them (`perDay`), then the year, month and next
//! month views from the click until their events are drawn. Prints the numbers for BENCHMARKS.md.

use anyhow::Result;
use campaign_desk_e2e as e2e;
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

/// Clicks a toolbar button; milliseconds until the new view has its fetched events (as `calendar_load.rs` times).
async fn timed_click(app: &e2e::App, css: &str) -> Result<f64> {
    let script = "const [css, done] = arguments; \
                  const calendar = document.querySelector('[data-testid=\"calendar\"]'); \
                  const shown = () => document.querySelector('.fc-toolbar-title').textContent + '|' + \
                    document.querySelector('.fc-view').className; \
                  const before = shown(); let fetched = false; const t0 = performance.now(); \
                  document.querySelector(css).click(); \
                  const poll = () => { \
                    const busy = calendar.getAttribute('aria-busy') === 'true'; fetched = fetched || busy; \
                    if (fetched && !busy && shown() !== before) requestAnimationFrame(() => done({ \
                      ms: performance.now() - t0, \
                      n: document.querySelectorAll('[data-testid=\"calendar-event\"], [data-testid=\"calendar-more\"]').length })); \
                    else setTimeout(poll, 1); \
                  }; \
                  poll();";
    let r = app.client().execute_async(script, vec![css.into()]).await?;
    let ms = r["ms"].as_f64().unwrap_or(f64::NAN);
    println!("calendar-archive {css}: {ms:.0} ms, {} event and \"+N more\" elements", r["n"]);
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
        let go = "const done = arguments[0]; \
                  const i = document.querySelector('[data-testid=\"calendar-goto\"]'); i.value = '2024-03-15'; \
                  i.dispatchEvent(new Event('change', { bubbles: true })); \
                  const c = document.querySelector('[data-testid=\"calendar\"]'); \
                  const poll = () => c.getAttribute('aria-busy') === 'true' ? setTimeout(poll, 5) : done(true); \
                  setTimeout(poll, 50);";
        let mut samples = Vec::new();
        for _ in 0..5 {
            app.client().execute_async(go, Vec::new()).await?;
            samples.push(("year", timed_click(&app, ".fc-multiMonthYear-button").await?));
            samples.push(("month", timed_click(&app, ".fc-dayGridMonth-button").await?));
            samples.push(("next month", timed_click(&app, ".fc-next-button").await?));
        }
        for name in ["year", "month", "next month"] {
            let mut v: Vec<f64> = samples.iter().filter(|(n, _)| *n == name).map(|(_, ms)| *ms).collect();
            v.sort_by(f64::total_cmp);
            println!("calendar-archive summary {name}: median {:.0} ms, max {:.0} ms", v[v.len() / 2], v[v.len() - 1]);
        }
        Ok(())
    })
    .await;

    std::fs::remove_dir_all(dir).ok();
}
