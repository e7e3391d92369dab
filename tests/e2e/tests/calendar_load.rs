//! Measurement, not a test (ignored by `make test`; run by `scripts/bench-calendar-ui.sh`): the calendar in the
//! real window with 2,000 events in one month. Imports a generated .ics of 2,000 events in March 2025 across the
//! five zones, then times, in the page (`performance.now()`), how long the month, week, agendas and next-month views
//! take from the click until their events are in the DOM, and how long the month's agenda takes to draw the rest of
//! its rows when scrolled to its end. Prints the numbers for BENCHMARKS.md.

use anyhow::{ensure, Result};
use campaign_desk_e2e as e2e;
use e2e::calendar_timing;
use fantoccini::Locator;
use serde_json::json;

const ZONES: [&str; 5] = ["Asia/Manila", "America/Toronto", "Pacific/Auckland", "Europe/London", "America/Sao_Paulo"];

/// 2,000 timed events spread over March 2025, 06:00–20:00 local in rotating zones (deterministic).
fn month_of_events() -> String {
    let mut out = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n");
    for i in 0..2000u32 {
        let day = 1 + i % 31;
        let hour = 6 + (i * 7) % 14;
        let zone = ZONES[(i % 5) as usize];
        out.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:load-{i}@bench\r\nDTSTAMP:20250101T000000Z\r\n\
             DTSTART;TZID={zone}:202503{day:02}T{hour:02}0000\r\nDTEND;TZID={zone}:202503{day:02}T{hour:02}4500\r\n\
             SUMMARY:Load event {i}\r\nEND:VEVENT\r\n"
        ));
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// Clicks a FullCalendar button and prints the milliseconds until the view shows its fetched events.
async fn timed_click(app: &e2e::App, css: &str, expect_events: Option<bool>) -> Result<f64> {
    let (ms, events) = calendar_timing::timed_click(app, css, expect_events).await?;
    println!("calendar-load {css}: {ms:.0} ms, {events} event and \"+N more\" elements in the DOM");
    Ok(ms)
}

/// Scrolls the agenda to its end (each step as soon as the last one is drawn, as a dragged scroll bar would) and
/// returns the milliseconds until every row is drawn and painted.
async fn timed_scroll_to_end(app: &e2e::App) -> Result<f64> {
    let script = "const done = arguments[0]; \
                  const list = document.querySelector('[data-testid=\"calendar-agenda-list\"]'); \
                  if (!list) { done({ ms: null, steps: 0, rows: 0 }); return; } \
                  const rows = () => document.querySelectorAll('[data-testid=\"calendar-event\"]').length; \
                  const t0 = performance.now(); let steps = 0; \
                  const step = () => { \
                    list.scrollTop = list.scrollHeight; \
                    requestAnimationFrame(() => setTimeout(() => { \
                      steps += 1; \
                      if (!list.querySelector('[data-testid=\"calendar-agenda-rest\"]') || steps > 200) requestAnimationFrame(() => done({ ms: performance.now() - t0, steps, rows: rows() })); \
                      else step(); \
                    }, 0)); \
                  }; \
                  step();";
    let r = app.client().execute_async(script, Vec::new()).await?;
    let ms = r["ms"].as_f64().unwrap_or(f64::NAN);
    if ms.is_nan() {
        println!("calendar-load month agenda scrolled to its end: a build whose agenda draws every row at once");
        return Ok(ms);
    }
    println!("calendar-load month agenda scrolled to its end: {ms:.0} ms, {} rows, {} frames", r["rows"], r["steps"]);
    ensure!(r["steps"].as_u64() <= Some(200), "the agenda's end never came: {r}");
    Ok(ms)
}

/// Goes to 2025-03-15 and waits until the calendar has fetched what that shows.
async fn go_to_mid_march(app: &e2e::App) -> Result<()> {
    calendar_timing::go_to_date(app, "2025-03-15").await
}

#[tokio::test]
#[ignore = "a measurement for BENCHMARKS.md, run by scripts/bench-calendar-ui.sh"]
async fn two_thousand_events_in_a_month() {
    let db = e2e::fresh_db("calendar-load");
    let dir = db.parent().expect("db dir").to_path_buf();
    let file = dir.join("month.ics");
    std::fs::write(&file, month_of_events()).expect("write the .ics");

    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        let script = "const [args, done] = arguments; \
                      window.__TAURI_INTERNALS__.invoke('ics_import', args).then((ok) => done(ok), (e) => done(e));";
        let args = json!({ "path": file, "campaignId": null, "floatingZone": null, "dryRun": false });
        let report = app.client().execute_async(script, vec![args]).await?;
        ensure!(report["new"] == json!(2000), "import report {report}");

        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        go_to_mid_march(&app).await?;
        app.wait_for_testid("calendar-event").await?;
        // The data alone: the IPC call the month view makes (six weeks around March, in Manila).
        let ipc = "const done = arguments[0]; const t0 = performance.now(); \
                   window.__TAURI_INTERNALS__.invoke('occurrence_list', { from: '2025-02-24', to: '2025-04-07', \
                     zone: 'Asia/Manila', filter: { campaign_id: null, organisation_id: null, kind: null } }) \
                   .then((w) => done({ ms: performance.now() - t0, n: w.occurrences.length }));";
        for _ in 0..5 {
            let r = app.client().execute_async(ipc, Vec::new()).await?;
            println!(
                "calendar-load occurrence_list IPC: {:.0} ms for {} occurrences",
                r["ms"].as_f64().unwrap_or(f64::NAN),
                r["n"]
            );
        }
        let mut samples = Vec::new();
        // March holds all 2,000; February none: leaving and coming back makes the month fetch and lay out again.
        for _ in 0..5 {
            // Every round times the same week (the busiest, ~450 instances): back to mid-March first.
            go_to_mid_march(&app).await?;
            samples.push(("week", timed_click(&app, ".fc-timeGridWeek-button", Some(true)).await?));
            samples.push(("agenda", timed_click(&app, ".fc-listWeek-button", Some(true)).await?));
            samples.push(("month agenda", timed_click(&app, ".fc-listMonth-button", Some(true)).await?));
            samples.push(("month agenda, scrolled to its end", timed_scroll_to_end(&app).await?));
            samples.push(("year", timed_click(&app, ".fc-multiMonthYear-button", Some(true)).await?));
            samples.push(("month", timed_click(&app, ".fc-dayGridMonth-button", Some(true)).await?));
            timed_click(&app, ".fc-prev-button", None).await?;
            samples.push(("month (from another)", timed_click(&app, ".fc-next-button", Some(true)).await?));
        }
        // WebKitWebDriver's screenshot never returns with acceleration off (src-tauri/src/webview_memory.rs), and
        // off is what the app runs with unless told otherwise, so the pictures are taken only when it is on.
        if std::env::var("CAMPAIGN_DESK_WEBKIT_ACCELERATION").as_deref() != Ok("off") {
            app.screenshot("z-calendar-2000-events").await?;
            app.client().find(Locator::Css(".fc-timeGridWeek-button")).await?.click().await?;
            app.wait_for_testid("calendar-event").await?;
            app.screenshot("z-calendar-2000-events-week").await?;
        }
        let names = [
            "week",
            "agenda",
            "month agenda",
            "month agenda, scrolled to its end",
            "year",
            "month",
            "month (from another)",
        ];
        calendar_timing::print_medians("calendar-load", &samples, &names);
        Ok(())
    })
    .await;

    std::fs::remove_dir_all(dir).ok();
}
