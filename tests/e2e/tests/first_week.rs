//! A coordinator's first week (issue #13): the dead ends and silent damage found in the window, one test each.
//! - all-day events (single day, several days, a yearly series) open from the campaign page's key dates, and
//!   their details can be edited and deleted (partner times, which all-day events have none of, once disabled
//!   both buttons).
//! - the end follows the start in the event form, and a save of an event longer than a week, or of a series whose
//!   occurrences outlast the time between them, asks first.
//! - typed work is not thrown away: Cancel, Esc and × on a changed form (campaign, event, organisation, new
//!   statement) ask before discarding; an untouched form closes at once.
//! - quitting (the window closed, or SIGTERM) leaves the data in the `.sqlite3` file, its write-ahead log empty.
//! - countries are picked by name from a searchable list ("New Zealand" once became NE, Niger; "UK" was accepted):
//!   the code is stored, the name shown.
//! - key dates are added from the campaign page (in the campaign, its zone, on its days, In person), and the
//!   dialog starts at its first field.
//! - a refused "this and following" edit leaves the series whole (one transaction).
//! - the calendar opens where the demo's data is, and keeps its zone and view across areas.
//! - a new statement's title is typed (the outline's is only its placeholder).
//! - a long statement's length meter is neutral until a platform is picked, then remembers it.
//! - the Share tab's post box is tall enough to read the post.
//! - withdrawing an approval asks first, and the withdrawal stays in the statement's history.
//! - the demo has the month's statement, from the sample page.

use std::path::Path;
use std::time::Duration;

use anyhow::{bail, ensure, Result};
use campaign_desk_e2e as e2e;
use fantoccini::Locator;

/// One test of this file at a time: `quitting_…` opens its sessions itself, outside `e2e::run`'s own lock, and
/// WebKitWebDriver allows one session at a time.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const CAMPAIGN: &str = "Solidarity Month for the peoples of Burma";
const DAYS_OF_ACTION: &str = "Days of Action for the people of Burma";
const ANNIVERSARY: &str = "Karen Revolution Anniversary";
const WEBINAR: &str = "ZERO IN: BURMA [WEBINAR]";

/// The value a date field holds for the form (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`): the field itself shows it in
/// the interface locale's order (DateInput.svelte).
async fn date_of(app: &e2e::App, testid: &str) -> Result<String> {
    let element = app.wait_for_testid(testid).await?;
    Ok(element.attr("data-value").await?.unwrap_or_default())
}

/// The demo data loaded, and the Burma campaign's page open.
async fn open_burma_campaign(app: &e2e::App) -> Result<()> {
    app.click_testid("nav-campaigns").await?;
    app.wait_for_testid("view-campaigns").await?;
    app.click_testid_with_text("campaign-row-link", CAMPAIGN).await?;
    app.wait_for_count("campaign-event-open", 2).await?;
    Ok(())
}

/// From the campaign page, opens the key date `title`: the calendar with its details.
async fn open_key_date(app: &e2e::App, title: &str) -> Result<()> {
    open_burma_campaign(app).await?;
    app.click_testid_with_text("campaign-event-open", title).await?;
    app.wait_for_testid("view-calendar").await?;
    app.wait_for_testid("calendar-details").await?;
    let details = app.text_of("calendar-details").await?;
    ensure!(details.contains(title), "the details show {details:?}, not {title:?}");
    Ok(())
}

/// Renames the event whose details are open, through the editor (answering `scope` for a series).
async fn rename_open_event(app: &e2e::App, scope: Option<&str>, title: &str) -> Result<()> {
    app.wait_enabled("calendar-details-edit").await?;
    app.wait_enabled("calendar-details-delete").await?;
    ensure!(!app.has_testid("calendar-zone-time").await?, "an all-day event shows partner times");
    let alerts = app.client().find_all(Locator::Css("[data-testid=\"calendar-details\"] [role=\"alert\"]")).await?;
    ensure!(alerts.is_empty(), "the details show an error");
    app.click_testid("calendar-details-edit").await?;
    if let Some(scope) = scope {
        app.wait_for_testid("scope-dialog").await?;
        app.click_testid(scope).await?;
    }
    app.wait_for_testid("event-form").await?;
    app.fill_testid("event-title", title).await?;
    app.click_testid("event-save").await?;
    app.wait_gone("event-form").await
}

#[tokio::test]
async fn all_day_events_open_edit_and_delete() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;

        // A three-day all-day action, from the campaign page: its details, editable and deletable.
        open_key_date(&app, DAYS_OF_ACTION).await?;
        app.wait_enabled("calendar-details-edit").await?;
        app.screenshot("fw-all-day-details").await?;
        rename_open_event(&app, None, "Days of Action (edited)").await?;
        open_burma_campaign(&app).await?;
        app.wait_until("the renamed action on the campaign page", || async {
            Ok(app
                .texts_of_all("campaign-event-open")
                .await?
                .iter()
                .any(|t| t.contains("Days of Action (edited)"))
                .then_some(()))
        })
        .await?;

        // A yearly all-day anniversary (a series): all its occurrences renamed.
        open_key_date(&app, ANNIVERSARY).await?;
        rename_open_event(&app, Some("scope-all"), "Karen Revolution Day").await?;

        // A timed event still shows its partner times.
        open_key_date(&app, WEBINAR).await?;
        app.wait_for_count("calendar-zone-time", 2).await?;
        app.wait_enabled("calendar-details-edit").await?;
        app.press_escape().await?;
        app.wait_gone("calendar-details").await?;

        // Delete the three-day action.
        open_key_date(&app, "Days of Action (edited)").await?;
        app.wait_enabled("calendar-details-delete").await?;
        app.click_testid("calendar-details-delete").await?;
        app.wait_for_testid("confirm-dialog").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_gone("calendar-details").await?;
        open_burma_campaign(&app).await?;
        let titles = app.texts_of_all("campaign-event-open").await?;
        ensure!(titles.len() == 2, "after the delete the campaign has {titles:?}");
        ensure!(titles.iter().any(|t| t.contains("Karen Revolution Day")), "the anniversary was renamed: {titles:?}");
        ensure!(!titles.iter().any(|t| t.contains("Days of Action")), "the action was deleted: {titles:?}");
        app.screenshot("fw-all-day-after").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_end_follows_the_start_and_long_events_ask_first() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;

        // A webinar moved from today 10:00–11:00 to 18 Feb 2025 20:00 keeps its hour.
        app.click_testid("calendar-new").await?;
        app.wait_for_testid("event-form").await?;
        app.fill_testid("event-title", "ZERO IN: BURMA").await?;
        app.select_value("event-mode", "in_person").await?;
        let start = date_of(&app, "event-start").await?;
        let end = date_of(&app, "event-end").await?;
        ensure!(start.ends_with("T10:00") && end.ends_with("T11:00"), "a new event is {start}–{end}");
        app.set_value("event-start", "2025-02-18T20:00").await?;
        let end = date_of(&app, "event-end").await?;
        ensure!(end == "2025-02-18T21:00", "after moving the start the end is {end:?}");
        // Made 90 minutes long, then moved again: still 90 minutes.
        app.set_value("event-end", "2025-02-18T21:30").await?;
        app.set_value("event-start", "2025-02-19T08:00").await?;
        let end = date_of(&app, "event-end").await?;
        ensure!(end == "2025-02-19T09:30", "after moving the start again the end is {end:?}");
        app.screenshot("fw-end-follows-start").await?;

        // Ending a month later asks first; "Keep editing" goes back to the form, unsaved.
        app.set_value("event-end", "2025-03-19T09:30").await?;
        app.click_testid("event-save").await?;
        app.wait_for_testid("confirm-dialog").await?;
        let body = app.text_of("confirm-body").await?;
        ensure!(body.contains("29 days"), "the question reads {body:?}");
        app.screenshot("fw-long-event-question").await?;
        app.click_testid("confirm-cancel").await?;
        app.wait_gone("confirm-dialog").await?;
        app.wait_for_testid("event-form").await?;
        app.set_value("event-end", "2025-02-19T09:30").await?;
        app.click_testid("event-save").await?;
        app.wait_gone("event-form").await?;

        // A yearly all-day anniversary moved to 31 January stays one day; made 22 months long, it asks.
        app.click_testid("calendar-new").await?;
        app.wait_for_testid("event-form").await?;
        app.fill_testid("event-title", "Karen Revolution Anniversary").await?;
        app.select_value("event-mode", "in_person").await?;
        app.click_testid("event-all-day").await?;
        app.select_value("event-repeat", "yearly").await?;
        app.set_value("event-start", "2025-01-31").await?;
        let end = date_of(&app, "event-end").await?;
        ensure!(end == "2025-01-31", "the anniversary's last day is {end:?}");
        app.set_value("event-end", "2026-12-06").await?;
        app.click_testid("event-save").await?;
        app.wait_for_testid("confirm-dialog").await?;
        let body = app.text_of("confirm-body").await?;
        ensure!(body.contains("longer than the 365 days"), "the question reads {body:?}");
        app.click_testid("confirm-cancel").await?;
        app.wait_gone("confirm-dialog").await?;
        app.set_value("event-end", "2025-01-31").await?;
        app.click_testid("event-save").await?;
        app.wait_gone("event-form").await?;

        // Both saved with the lengths asked for.
        let events = app.invoke("event_list", serde_json::json!({ "campaignId": null })).await?;
        let spans: Vec<String> = events
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| {
                format!(
                    "{} {}–{}",
                    e["title"].as_str().unwrap_or(""),
                    e["start"].as_str().unwrap_or(""),
                    e["end"].as_str().unwrap_or("")
                )
            })
            .collect();
        ensure!(spans.iter().any(|s| s == "ZERO IN: BURMA 2025-02-19T08:00–2025-02-19T09:30"), "saved {spans:?}");
        ensure!(spans.iter().any(|s| s == "Karen Revolution Anniversary 2025-01-31–2025-01-31"), "saved {spans:?}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn changed_forms_ask_before_discarding() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;

        // The campaign form: an untouched form leaves at once.
        app.click_testid("nav-campaigns").await?;
        app.click_testid("campaign-new-empty").await?;
        app.wait_for_testid("campaign-form").await?;
        app.click_testid("campaign-cancel").await?;
        app.wait_gone("campaign-form").await?;
        ensure!(!app.has_testid("confirm-dialog").await?, "an untouched form asked before closing");

        // Typed into, Cancel asks; "Keep editing" keeps the text; "Discard changes" leaves.
        app.click_testid("campaign-new-empty").await?;
        app.fill_testid("campaign-title", "Solidarity Month for the peoples of Burma").await?;
        app.click_testid("campaign-cancel").await?;
        app.wait_for_testid("confirm-dialog").await?;
        app.screenshot("fw-discard-campaign").await?;
        app.click_testid("confirm-cancel").await?;
        app.wait_gone("confirm-dialog").await?;
        let title = app.value_of("campaign-title").await?;
        ensure!(title == "Solidarity Month for the peoples of Burma", "after keeping, the title is {title:?}");
        app.click_testid("campaign-cancel").await?;
        app.wait_for_testid("confirm-dialog").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_gone("campaign-form").await?;
        let campaigns = app.invoke("campaign_list", serde_json::json!({})).await?;
        ensure!(campaigns.as_array().is_some_and(|c| c.is_empty()), "a discarded campaign was saved: {campaigns}");

        // The event dialog: Esc on a changed form asks (and the form stays); × asks too.
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        app.click_testid("calendar-new").await?;
        app.wait_for_testid("event-form").await?;
        app.press_escape().await?;
        app.wait_gone("event-form").await?;
        app.click_testid("calendar-new").await?;
        app.wait_for_testid("event-form").await?;
        app.fill_testid("event-title", "Days of Action").await?;
        app.press_escape().await?;
        app.wait_for_testid("confirm-dialog").await?;
        ensure!(app.has_testid("event-form").await?, "Esc closed the changed event form");
        app.press_escape().await?; // Esc on the question keeps editing
        app.wait_gone("confirm-dialog").await?;
        let title = app.value_of("event-title").await?;
        ensure!(title == "Days of Action", "after Esc on the question the title is {title:?}");
        app.click_testid("event-cancel").await?;
        app.wait_for_testid("confirm-dialog").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_gone("event-form").await?;

        // The organisation dialog: × on a changed form asks.
        app.click_testid("nav-organisations").await?;
        app.click_testid("org-new-empty").await?;
        app.wait_for_testid("org-form").await?;
        app.fill_testid("org-name", "Migrante Aotearoa").await?;
        app.click_testid("org-cancel").await?;
        app.wait_for_testid("confirm-dialog").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_gone("org-form").await?;

        // The new statement dialog: untouched, Esc leaves at once; a typed headline is asked about (Esc, Cancel).
        app.click_testid("nav-statements").await?;
        app.click_testid("statement-new").await?;
        app.wait_for_testid("statement-new-dialog").await?;
        app.press_escape().await?;
        app.wait_gone("statement-new-dialog").await?;
        ensure!(!app.has_testid("confirm-dialog").await?, "an untouched new statement asked before closing");
        app.click_testid("statement-new").await?;
        app.wait_for_testid("statement-new-dialog").await?;
        app.fill_testid("statement-new-title", "Stop the raids on Burmese workers").await?;
        app.press_escape().await?;
        app.wait_for_testid("confirm-dialog").await?;
        ensure!(app.has_testid("statement-new-dialog").await?, "Esc closed the new statement with a headline typed");
        app.click_testid("confirm-cancel").await?;
        app.wait_gone("confirm-dialog").await?;
        let headline = app.value_of("statement-new-title").await?;
        ensure!(headline == "Stop the raids on Burmese workers", "after keeping, the headline is {headline:?}");
        app.click_testid("statement-new-cancel").await?;
        app.wait_for_testid("confirm-dialog").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_gone("statement-new-dialog").await?;
        let statements = app.invoke("statement_list", serde_json::json!({})).await?;
        ensure!(statements.as_array().is_some_and(|s| s.is_empty()), "a discarded statement was saved: {statements}");
        Ok(())
    })
    .await;
}

/// The app processes (running, not zombies) launched with `--db <db>`.
fn app_pids(db: &Path) -> Result<Vec<u32>> {
    let needle = db.display().to_string();
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc")? {
        let entry = entry?;
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else { continue };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else { continue };
        let args: Vec<String> = cmdline.split(|b| *b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
        let is_app = args.first().is_some_and(|a| a.ends_with("campaign-desk-app"));
        let running = std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .is_ok_and(|stat| !stat.rsplit_once(')').is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')));
        if is_app && running && args.iter().any(|a| a == &needle) {
            pids.push(pid);
        }
    }
    Ok(pids)
}

/// Waits (up to 10 s) for the app on `db` to exit by itself.
fn wait_for_exit(db: &Path) -> Result<()> {
    for _ in 0..100 {
        if app_pids(db)?.is_empty() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    bail!("the app did not exit within 10 s")
}

/// Bytes in the database's write-ahead log (0 when there is none).
fn wal_bytes(db: &Path) -> u64 {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(Path::new(&wal)).map(|m| m.len()).unwrap_or(0)
}

/// Launches the app on `db`, runs `flow`, then `end`s the app (which must exit by itself) and closes the session.
async fn session_ending<F, Fut>(db: &Path, end: fn(&Path) -> Result<()>, flow: F)
where
    F: FnOnce(e2e::App) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    let app = match e2e::App::launch_with_args(vec!["--db".to_owned(), db.display().to_string()]).await {
        Ok(app) => app,
        Err(error) => panic!("could not start the app: {error:#}"),
    };
    let outcome = flow(app.clone()).await;
    let ended = match &outcome {
        Ok(()) => end(db).and_then(|()| wait_for_exit(db)),
        Err(_) => Ok(()),
    };
    // The app is gone: the session may not answer promptly.
    let _ = tokio::time::timeout(Duration::from_secs(30), app.close()).await;
    if let Err(error) = outcome.and(ended) {
        panic!("{error:#}");
    }
}

/// The window was closed by the flow itself, from inside the page (as its close button would, once the page let it).
fn window_closed(_: &Path) -> Result<()> {
    Ok(())
}

fn sigterm(db: &Path) -> Result<()> {
    let pids = app_pids(db)?;
    ensure!(pids.len() == 1, "expected one app process on {}, found {pids:?}", db.display());
    let status = std::process::Command::new("kill").args(["-TERM", &pids[0].to_string()]).status()?;
    ensure!(status.success(), "kill -TERM {} failed", pids[0]);
    Ok(())
}

#[tokio::test]
async fn quitting_leaves_the_data_in_the_database_file() {
    let _one = ONE_AT_A_TIME.lock().await;
    let db = e2e::fresh_db("quit");

    // The demo data loaded, then the window closed: the app exits by itself, the log emptied into the file.
    let path = db.clone();
    session_ending(&db, window_closed, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        ensure!(wal_bytes(&path) > 0, "the demo data went through the write-ahead log");
        app.client()
            .execute(
                // Once this script has answered: the window going away would fail the call.
                "setTimeout(() => window.__TAURI_INTERNALS__.invoke('plugin:window|destroy', { label: 'main' }), 200);",
                Vec::new(),
            )
            .await?;
        Ok(())
    })
    .await;
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    ensure_ok(wal_bytes(&db) == 0, format!("after closing the window the log holds {} bytes", wal_bytes(&db)));
    ensure_ok(size > 100_000, format!("after closing the window the database file is {size} bytes"));

    // Relaunched on it: the demo is there; an organisation added, then SIGTERM: the same.
    let path = db.clone();
    session_ending(&db, sigterm, |app| async move {
        app.wait_for_testid("view-campaigns").await?;
        let input = serde_json::json!({ "name": "Migrante Aotearoa", "country": null });
        app.invoke("org_create", serde_json::json!({ "input": input })).await?;
        ensure!(wal_bytes(&path) > 0, "the new organisation went through the write-ahead log");
        Ok(())
    })
    .await;
    ensure_ok(wal_bytes(&db) == 0, format!("after SIGTERM the log holds {} bytes", wal_bytes(&db)));

    if let Some(dir) = db.parent() {
        std::fs::remove_dir_all(dir).ok();
    }
}

fn ensure_ok(ok: bool, message: String) {
    assert!(ok, "{message}");
}

#[tokio::test]
async fn countries_are_picked_by_name_and_shown_by_name() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?;

        // Typed by name, picked from the list.
        app.click_testid("org-new-empty").await?;
        app.wait_for_testid("org-form").await?;
        app.fill_testid("org-name", "Gabriela Aotearoa").await?;
        app.fill_testid("org-country", "New Zea").await?;
        app.wait_for_testid("org-country-option").await?;
        let options = app.texts_of_all("org-country-option").await?;
        ensure!(options.len() == 1 && options[0].starts_with("New Zealand"), "options for 'New Zea': {options:?}");
        app.screenshot("fw-country-picker").await?;
        app.click_testid_with_text("org-country-option", "New Zealand").await?;
        let shown = app.value_of("org-country").await?;
        ensure!(shown == "New Zealand", "after picking, the field shows {shown:?}");
        app.click_testid("org-save").await?;
        app.wait_gone("org-form").await?;
        let place = app.wait_for_text("org-detail-place").await?;
        ensure!(place == "New Zealand", "the organisation's page shows {place:?}");
        app.screenshot("fw-country-shown").await?;

        // "UK" and Enter: the United Kingdom (GB).
        app.click_testid("org-new").await?;
        app.wait_for_testid("org-form").await?;
        app.fill_testid("org-name", "Migrante UK").await?;
        app.fill_testid("org-country", &format!("UK{}", char::from(fantoccini::key::Key::Enter))).await?;
        let shown = app.value_of("org-country").await?;
        ensure!(shown == "United Kingdom", "'UK' picked {shown:?}");
        app.click_testid("org-save").await?;
        app.wait_gone("org-form").await?;

        let orgs = app.invoke("org_list", serde_json::json!({ "query": null })).await?;
        let stored: Vec<String> = orgs
            .as_array()
            .into_iter()
            .flatten()
            .map(|o| format!("{} {}", o["name"].as_str().unwrap_or(""), o["country"].as_str().unwrap_or("-")))
            .collect();
        ensure!(stored.contains(&"Gabriela Aotearoa NZ".to_owned()), "stored {stored:?}");
        ensure!(stored.contains(&"Migrante UK GB".to_owned()), "stored {stored:?}");
        let rows = app
            .client()
            .execute(
                "return [...document.querySelectorAll('[data-testid=\"org-row\"]')].map((r) => r.textContent).join(' | ')",
                Vec::new(),
            )
            .await?;
        let rows = rows.as_str().unwrap_or_default();
        ensure!(rows.contains("New Zealand") && rows.contains("United Kingdom"), "the list shows {rows}");
        Ok(())
    })
    .await;
}

/// The `data-testid` of the element that has the keyboard focus.
async fn focused_testid(app: &e2e::App) -> Result<String> {
    let script = "return document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''";
    Ok(app.client().execute(script, Vec::new()).await?.as_str().unwrap_or_default().to_owned())
}

/// Events as `title start–end zone campaign`, from the store.
async fn saved_events(app: &e2e::App) -> Result<Vec<serde_json::Value>> {
    let events = app.invoke("event_list", serde_json::json!({ "campaignId": null })).await?;
    Ok(events.as_array().cloned().unwrap_or_default())
}

/// "No way to add key dates from the campaign page": a key date added there is in the campaign, in its home zone,
/// on one of its days, and In person (an Online default once asked every anniversary for a link); the dialog starts
/// at the title, not the ×; the new date opens from the timeline.
#[tokio::test]
async fn key_dates_are_added_from_the_campaign_page() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        let campaigns = app.invoke("campaign_list", serde_json::json!({})).await?;
        let burma = campaigns
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["title"] == CAMPAIGN)
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("no {CAMPAIGN:?} in {campaigns}"))?;
        let (id, zone) =
            (burma["id"].as_i64().unwrap_or_default(), burma["zone"].as_str().unwrap_or_default().to_owned());

        open_burma_campaign(&app).await?;
        app.screenshot("fw-campaign-add-key-date").await?;
        app.click_testid("campaign-add-event").await?;
        app.wait_for_testid("event-form").await?;
        app.wait_until("the title field to have the focus", || async {
            Ok((focused_testid(&app).await? == "event-title").then_some(()))
        })
        .await?;
        let campaign = app.value_of("event-campaign").await?;
        ensure!(campaign == id.to_string(), "the form's campaign is {campaign:?}, not {id}");
        let form_zone = app.value_of("event-zone").await?;
        ensure!(form_zone == zone, "the form's zone is {form_zone:?}, not the campaign's {zone:?}");
        let mode = app.value_of("event-mode").await?;
        ensure!(mode == "in_person", "a new event is {mode:?}");
        let start = date_of(&app, "event-start").await?;
        ensure!(start == "2025-02-01T10:00", "a key date of a past campaign starts at {start:?}, not its first day");
        app.fill_testid("event-title", "Coordinators' call").await?;
        app.set_value("event-start", "2025-02-12T19:00").await?;
        app.screenshot("fw-key-date-form").await?;
        app.click_testid("event-save").await?;
        app.wait_gone("event-form").await?;

        app.wait_until("the new key date on the campaign page", || async {
            Ok(app
                .texts_of_all("campaign-event-open")
                .await?
                .iter()
                .any(|t| t.contains("Coordinators' call"))
                .then_some(()))
        })
        .await?;
        let events = saved_events(&app).await?;
        let call = events
            .iter()
            .find(|e| e["title"] == "Coordinators' call")
            .ok_or_else(|| anyhow::anyhow!("not saved: {events:?}"))?;
        ensure!(call["campaign_id"] == id && call["zone"] == zone.as_str(), "saved as {call}");
        ensure!(call["start"] == "2025-02-12T19:00" && call["end"] == "2025-02-12T20:00", "saved as {call}");
        ensure!(call["mode"] == "in_person", "saved as {call}");
        app.screenshot("fw-key-date-added").await?;

        // Opened from the timeline: the calendar with its details.
        app.click_testid_with_text("campaign-event-open", "Coordinators' call").await?;
        app.wait_for_testid("calendar-details").await?;
        let details = app.text_of("calendar-details").await?;
        ensure!(details.contains("Coordinators' call"), "the details show {details:?}");
        Ok(())
    })
    .await;
}

/// "Every user action is one transaction": a "this and following" edit that is refused leaves the series whole (it
/// was split first, in a transaction of its own, and stayed split while the window showed it unchanged).
#[tokio::test]
async fn a_refused_edit_of_this_and_following_leaves_the_series_whole() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        let input = serde_json::json!({
            "campaign_id": null, "title": "Chapter meeting", "kind": "meeting", "all_day": false,
            "start": "2025-02-04T19:00", "end": "2025-02-04T20:30", "zone": "Asia/Manila",
            "rrule": "FREQ=WEEKLY;COUNT=6", "exdates": [], "rdates": [], "mode": "in_person", "location": null,
            "online_url": null, "registration_url": null, "status": "confirmed", "description": null,
            "reminders": [], "organisations": [],
        });
        let series = app.invoke("event_create", serde_json::json!({ "input": input })).await?;
        let id = series["id"].as_i64().unwrap_or_default();

        // Its last occurrence (what a link opens once the series is over), edited from there on with a blank title.
        app.client().execute(&format!("location.hash = '#/calendar/event/{id}'"), Vec::new()).await?;
        app.wait_for_testid("calendar-details").await?;
        app.wait_enabled("calendar-details-edit").await?;
        app.click_testid("calendar-details-edit").await?;
        app.wait_for_testid("scope-dialog").await?;
        app.click_testid("scope-following").await?;
        app.wait_for_testid("event-form").await?;
        app.fill_testid("event-title", " ").await?;
        app.click_testid("event-save").await?;
        app.wait_for_testid("event-title-error").await?;
        app.screenshot("fw-following-refused").await?;
        let events = saved_events(&app).await?;
        ensure!(events.len() == 1, "the refused edit split the series: {events:?}");
        ensure!(events[0]["rrule"] == "FREQ=WEEKLY;COUNT=6", "the series changed: {}", events[0]);

        // Corrected, it saves: the series ends before the occurrence, a new one starts there.
        app.fill_testid("event-title", "Chapter meeting (new room)").await?;
        app.click_testid("event-save").await?;
        app.wait_gone("event-form").await?;
        let events = saved_events(&app).await?;
        let rules: Vec<String> = events.iter().map(|e| format!("{} {}", e["title"], e["rrule"])).collect();
        ensure!(
            rules
                == [
                    "\"Chapter meeting\" \"FREQ=WEEKLY;COUNT=5\"",
                    "\"Chapter meeting (new room)\" \"FREQ=WEEKLY;COUNT=1\""
                ],
            "after the edit: {rules:?}"
        );
        Ok(())
    })
    .await;
}

/// Smaller frictions: right after the demo is loaded the calendar opens where its data is (not on today, months
/// later), and the "show times in" zone and the view are still chosen after visiting another area.
#[tokio::test]
async fn the_calendar_opens_where_the_data_is_and_keeps_its_zone_and_view() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        app.wait_until("the demo's events in the first month shown", || async {
            Ok((app.texts_of_all("calendar-span").await?.len() + app.texts_of_all("calendar-event").await?.len() > 0)
                .then_some(()))
        })
        .await?;
        app.screenshot("fw-calendar-after-demo").await?;

        // Toronto, the week of the webinar.
        let enter = char::from(fantoccini::key::Key::Enter);
        app.fill_testid("calendar-zone", &format!("America/Toronto{enter}")).await?;
        app.set_value("calendar-goto", "2025-02-18").await?;
        app.client().find(Locator::Css(".fc-timeGridWeek-button")).await?.click().await?;
        app.wait_for_testid("calendar-event").await?;
        let before = app.texts_of_all("calendar-event").await?;

        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        let zone = app.value_of("calendar-zone").await?;
        ensure!(zone == "America/Toronto", "back on the calendar the zone is {zone:?}");
        let week = app.client().find(Locator::Css(".fc-timeGridWeek-button")).await?;
        let class = week.attr("class").await?.unwrap_or_default();
        ensure!(class.contains("fc-button-active"), "back on the calendar the week view is not shown ({class:?})");
        app.wait_until("the same week's events", || async {
            let now = app.texts_of_all("calendar-event").await?;
            Ok((now == before).then_some(()))
        })
        .await?;
        app.screenshot("fw-calendar-remembered").await?;
        Ok(())
    })
    .await;
}

/// A series that repeats more often than a calendar page can show (every minute, from a partner's file) is cut at the
/// core's per-window cap; the calendar says so above the grid instead of stopping silently.
#[tokio::test]
async fn a_series_too_dense_for_the_page_says_where_it_stops() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        let input = serde_json::json!({
            "campaign_id": null, "title": "Heartbeat", "kind": "other", "all_day": false,
            "start": "2025-01-01T00:00", "end": "2025-01-01T00:01", "zone": "UTC",
            "rrule": "FREQ=MINUTELY", "exdates": [], "rdates": [], "mode": "in_person", "location": null,
            "online_url": null, "registration_url": null, "status": "confirmed", "description": null,
            "reminders": [], "organisations": [],
        });
        let series = app.invoke("event_create", serde_json::json!({ "input": input })).await?;
        let id = series["id"].as_i64().unwrap_or_default();
        app.client().execute(&format!("location.hash = '#/calendar/event/{id}'"), Vec::new()).await?;
        let notice = app.wait_for_text("calendar-cut-series").await?;
        ensure!(
            notice.contains("Heartbeat") && notice.contains("first"),
            "the notice names the series and its cap: {notice}"
        );
        app.screenshot("fw-dense-series").await?;
        Ok(())
    })
    .await;
}

/// A statement made over IPC for the flows below (not about creating one): a long solidarity text (over X's 280
/// characters), in the Burma campaign of the demo, opened on its page.
async fn open_long_statement(app: &e2e::App) -> Result<i64> {
    let body = "Our alliance stands with the peoples of Burma. ".repeat(10);
    let input = serde_json::json!({
        "kind": "statement", "title": "A long statement", "campaign_id": null, "place": null, "dated": null,
        "source_lang": "en", "issuer_ids": [], "hashtags": [], "published_where": null,
    });
    let made = app.invoke("statement_create", serde_json::json!({ "input": input, "body": body })).await?;
    let id = made["id"].as_i64().unwrap_or_default();
    app.client().execute(&format!("location.hash = '#/statements/{id}'"), Vec::new()).await?;
    app.wait_for_testid("statement-page").await?;
    app.wait_for_text("statement-body").await?;
    Ok(id)
}

/// Smaller frictions: the new statement's title is typed, not pre-filled: the kind's outline suggests it as the
/// field's placeholder, and an untitled statement is refused with the field marked.
#[tokio::test]
async fn a_new_statement_title_is_a_placeholder_not_a_value() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.click_testid("nav-statements").await?;
        app.wait_for_testid("view-statements").await?;
        app.click_testid("statement-new").await?;
        app.wait_for_testid("statement-new-dialog").await?;
        app.select_value("statement-new-kind", "solidarity_message").await?;
        app.wait_until("the outline's title as the placeholder", || async {
            let field = app.wait_for_testid("statement-new-title").await?;
            let placeholder = field.attr("placeholder").await?.unwrap_or_default();
            Ok(placeholder.starts_with("Solidarity with").then_some(()))
        })
        .await?;
        let value = app.value_of("statement-new-title").await?;
        ensure!(value.is_empty(), "the title field holds {value:?}");
        app.screenshot("fw-statement-new-title").await?;
        app.click_testid("statement-new-create").await?;
        app.wait_until("the untitled statement refused", || async {
            let field = app.wait_for_testid("statement-new-title").await?;
            Ok((field.attr("aria-invalid").await?.as_deref() == Some("true")).then_some(()))
        })
        .await?;
        ensure!(app.has_testid("statement-new-dialog").await?, "the dialog closed on an untitled statement");
        app.fill_testid("statement-new-title", "Solidarity with the peoples of Burma").await?;
        app.click_testid("statement-new-create").await?;
        app.wait_for_testid("statement-page").await?;
        let title = app.value_of("statement-title").await?;
        ensure!(title == "Solidarity with the peoples of Burma", "title on the page: {title:?}");
        Ok(())
    })
    .await;
}

/// The meter's class, as the page colours it (`ok`, `near`, `over`).
async fn meter_level(app: &e2e::App) -> Result<String> {
    let meter = app.wait_for_testid("statement-meter").await?;
    let class = meter.attr("class").await?.unwrap_or_default();
    Ok(["over", "near", "ok"].into_iter().find(|l| class.split(' ').any(|c| c == *l)).unwrap_or("").to_owned())
}

/// Smaller frictions: the length meter starts on no platform, so a long statement is not shown as an error; the
/// platform picked is remembered for the next statement opened.
#[tokio::test]
async fn a_long_statement_is_not_red_until_a_platform_is_picked() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        open_long_statement(&app).await?;
        let none = app.wait_for_testid("meter-none").await?;
        ensure!(none.attr("aria-checked").await?.as_deref() == Some("true"), "a platform is chosen at first");
        let level = meter_level(&app).await?;
        ensure!(level == "ok", "the meter of a long statement is {level:?} before a platform is picked");
        ensure!(!app.text_of("statement-meter").await?.contains("too long"), "the meter says too long");
        app.screenshot("fw-meter-neutral").await?;

        app.click_testid("meter-x").await?;
        app.wait_until("the meter over X's limit", || async { Ok((meter_level(&app).await? == "over").then_some(())) })
            .await?;
        app.screenshot("fw-meter-x").await?;

        // The next statement opens on X.
        open_long_statement(&app).await?;
        let x = app.wait_for_testid("meter-x").await?;
        ensure!(x.attr("aria-checked").await?.as_deref() == Some("true"), "X is not remembered");
        Ok(())
    })
    .await;
}

/// Smaller frictions: the Share tab's post box shows the post, not two lines of it.
#[tokio::test]
async fn the_share_tab_shows_the_post_in_a_tall_box() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        open_long_statement(&app).await?;
        app.click_testid("statement-tab-share").await?;
        app.click_testid("share-post-facebook").await?;
        // (`share-post-text` is the WhatsApp / Signal button: the box is `share-post-box`.)
        let post = app.wait_for_testid("share-post-box").await?;
        let text = post.prop("value").await?.unwrap_or_default();
        ensure!(text.contains("peoples of Burma"), "the post box holds {text:?}");
        let height = app
            .client()
            .execute("return document.querySelector('[data-testid=\"share-post-box\"]').clientHeight", Vec::new())
            .await?
            .as_f64()
            .unwrap_or_default();
        ensure!(height >= 150.0, "the post box is {height} px tall");
        app.scrolled_into_view("share-post-box").await?;
        app.screenshot("fw-share-post").await?;
        Ok(())
    })
    .await;
}

/// Smaller frictions: withdrawing an approval asks first; Cancel keeps it; a withdrawal stays in the history.
#[tokio::test]
async fn withdrawing_an_approval_asks_first() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        let orgs = app.invoke("org_list", serde_json::json!({ "query": "Migrante Canada" })).await?;
        let org = orgs[0]["id"].as_i64().unwrap_or_default();
        let id = open_long_statement(&app).await?;
        let args = serde_json::json!({ "id": id, "organisationId": org, "revision": null, "note": null });
        app.invoke("statement_approve", args).await?;
        app.click_testid("statement-tab-review").await?;
        app.wait_for_count("approval-item", 1).await?;

        app.click_testid("approval-withdraw").await?;
        let body = app.wait_for_text("confirm-body").await?;
        ensure!(body.contains("Migrante Canada") && body.contains("revision 1"), "the question says {body:?}");
        app.screenshot("fw-withdraw-confirm").await?;
        app.click_testid("confirm-cancel").await?;
        app.wait_gone("confirm-dialog").await?;
        ensure!(app.texts_of_all("approval-item").await?.len() == 1, "Cancel withdrew the approval");

        app.click_testid("approval-withdraw").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_gone("confirm-dialog").await?;
        // Withdrawn, not deleted: it no longer counts, and the history keeps when it was given and taken back.
        app.wait_for_count("approval-withdrawn", 1).await?;
        ensure!(app.texts_of_all("approval-item").await?.is_empty(), "the withdrawn approval still stands");
        ensure!(!app.has_testid("approvals-none").await?, "the panel says no approval was ever recorded");
        let line = app.text_of("approval-withdrawn").await?;
        ensure!(line.contains("Migrante Canada") && line.contains("Withdrawn"), "the history line says {line:?}");
        let history = app.text_of("approval-history").await?;
        ensure!(history.starts_with("approved ") && history.contains(" · withdrawn "), "the history says {history:?}");
        app.scrolled_into_view("approval-withdrawn").await?;
        app.screenshot("fw-withdraw-history").await?;
        Ok(())
    })
    .await;
}

/// Smaller frictions: the demo has the month's statement, from the sample page.
#[tokio::test]
async fn the_demo_has_a_statement() {
    let _one = ONE_AT_A_TIME.lock().await;
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-statements").await?;
        app.wait_for_count("statement-row", 1).await?;
        app.screenshot("fw-demo-statements").await?;
        app.click_testid_with_text("statement-row-link", "Stand with the peoples of Burma").await?;
        app.wait_for_testid("statement-page").await?;
        let body = app.wait_for_text("statement-body").await?;
        ensure!(body.contains("aerial bombings"), "the demo statement holds {body:?}");
        app.screenshot("fw-demo-statement").await?;
        Ok(())
    })
    .await;
}
