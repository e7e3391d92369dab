//! Timing the calendar in the real window, for the measurements `calendar_load.rs` and `calendar_archive.rs` (both
//! ignored by `make test`): a toolbar click until the view shows its fetched events, going to a date, the medians.

use anyhow::Result;

use crate::App;

/// Clicks a FullCalendar button and returns the milliseconds until the view shows its fetched events, and how many
/// event and "+N more" elements it then holds: the view refetches on every change (`lazyFetching: false`) and marks
/// the calendar `aria-busy` meanwhile, so the timer waits for that fetch to end, not for the first redraw.
/// `expect_events`: wait until the view shows events (`Some(true)`), none (`Some(false)`), or just redraws.
pub async fn timed_click(app: &App, css: &str, expect_events: Option<bool>) -> Result<(f64, u64)> {
    // The redraw is told by the title and the view's class, not by comparing the view's HTML: serialising a week
    // of 450 events every millisecond held the page's one thread and was most of what this timed.
    let script = "const [css, want, done] = arguments; \
                  const shown = () => document.querySelector('.fc-toolbar-title').textContent + '|' + \
                    document.querySelector('.fc-view').className; \
                  const before = shown(); \
                  const EVENTS = '[data-testid=\"calendar-event\"], [data-testid=\"calendar-more\"]'; \
                  const calendar = document.querySelector('[data-testid=\"calendar\"]'); \
                  let fetched = false; \
                  const t0 = performance.now(); \
                  document.querySelector(css).click(); \
                  const poll = () => { \
                    const busy = calendar.getAttribute('aria-busy') === 'true'; \
                    fetched = fetched || busy; \
                    const n = fetched && !busy ? document.querySelectorAll(EVENTS).length : 0; \
                    if (fetched && !busy && shown() !== before && (want === null || (n > 0) === want)) { \
                      requestAnimationFrame(() => done({ ms: performance.now() - t0, events: n })); \
                    } else { setTimeout(poll, 1); } \
                  }; \
                  poll();";
    let r = app.client().execute_async(script, vec![css.into(), expect_events.into()]).await?;
    Ok((r["ms"].as_f64().unwrap_or(f64::NAN), r["events"].as_u64().unwrap_or(0)))
}

/// Types `date` (`YYYY-MM-DD`) into "Go to date" and waits until the calendar has fetched what that shows.
pub async fn go_to_date(app: &App, date: &str) -> Result<()> {
    let script = "const [date, done] = arguments; \
                  const i = document.querySelector('[data-testid=\"calendar-goto\"]'); i.value = date; \
                  i.dispatchEvent(new Event('change', { bubbles: true })); \
                  const c = document.querySelector('[data-testid=\"calendar\"]'); \
                  const poll = () => c.getAttribute('aria-busy') === 'true' ? setTimeout(poll, 5) : done(true); \
                  setTimeout(poll, 50);";
    app.client().execute_async(script, vec![date.into()]).await?;
    Ok(())
}

/// Prints `prefix summary NAME: median …, max …` for each of `names`, over the samples of that name.
pub fn print_medians(prefix: &str, samples: &[(&str, f64)], names: &[&str]) {
    for name in names {
        let mut v: Vec<f64> = samples.iter().filter(|(n, _)| n == name).map(|(_, ms)| *ms).collect();
        if v.is_empty() {
            continue;
        }
        v.sort_by(f64::total_cmp);
        println!("{prefix} summary {name}: median {:.0} ms, max {:.0} ms", v[v.len() / 2], v[v.len() - 1]);
    }
}
