//! Issue #13's frictions of a first start and of smaller screens, seen in the real window:
//! - a first start asks for the home zone (offering the computer's), and new campaigns, their key dates and the
//!   templates are laid out in it; a database with data does not ask again, and Settings can still change it.
//! - the calendar has a month agenda (an event three weeks ahead is in it, not in the week's), kept as the view, and
//!   a campaign's page opens the agenda of the whole campaign.
//! - a statement's long title wraps instead of being cut, and the statements table fits or scrolls, at 1440×900,
//!   1200×780 and 1024×700.
//! - month cells end long titles in "…" with the whole title in the tooltip, and organisations' avatars never
//!   share initials ("Migrante UK" and "Migrante USA" were both "MU").

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e as e2e;
use fantoccini::key::Key;
use fantoccini::Locator;

/// The window sizes the issue names.
const SIZES: [(u32, u32); 3] = [(1440, 900), (1200, 780), (1024, 700)];

/// Resizes the window through WebDriver and waits until the page sees the new width (fails if it never does).
async fn resize(app: &e2e::App, width: u32, height: u32) -> Result<()> {
    app.client().set_window_size(width, height).await.context("WebDriver set_window_size")?;
    app.wait_until(&format!("window.innerWidth to be {width}"), || async {
        let inner = app.client().execute("return [window.innerWidth, window.innerHeight]", Vec::new()).await?;
        let (w, h) = (inner[0].as_u64().unwrap_or(0), inner[1].as_u64().unwrap_or(0));
        Ok((w == u64::from(width) && h == u64::from(height)).then_some(()))
    })
    .await
}

/// Picks `zone` in the ZonePicker with this test id: typed, then Enter on the first match.
async fn pick_zone(app: &e2e::App, testid: &str, zone: &str) -> Result<()> {
    let enter = char::from(Key::Enter);
    app.fill_testid(testid, &format!("{zone}{enter}")).await?;
    app.wait_until(&format!("{testid} to be {zone}"), || async {
        Ok((app.value_of(testid).await? == zone).then_some(()))
    })
    .await
}

/// A screenshot once the window has painted what the page already holds: WebKit paints a moment after the DOM
/// changes (a screenshot taken at once showed the zone before the pick, the week before the month agenda).
async fn shot(app: &e2e::App, name: &str) -> Result<()> {
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    app.screenshot(name).await?;
    Ok(())
}

fn event_input(campaign_id: Option<i64>, title: &str, start: &str, end: &str) -> serde_json::Value {
    serde_json::json!({
        "campaign_id": campaign_id, "title": title, "kind": "meeting", "all_day": false,
        "start": start, "end": end, "zone": "Europe/London", "rrule": null, "exdates": [], "rdates": [],
        "mode": "in_person", "location": null, "online_url": null, "registration_url": null, "status": "confirmed",
        "description": null, "reminders": [], "organisations": [],
    })
}

/// The titles of the occurrences the calendar shows (list rows in the agenda views).
async fn shown_titles(app: &e2e::App) -> Result<Vec<String>> {
    let script = "return [...document.querySelectorAll('[data-testid=\"calendar-event\"]')] \
                  .map((el) => (el.querySelector('.fc-list-event-title, .fc-event-title') ?? el).textContent.trim())";
    let titles = app.client().execute(script, Vec::new()).await?;
    Ok(titles.as_array().into_iter().flatten().map(|t| t.as_str().unwrap_or_default().to_owned()).collect())
}

async fn click_view(app: &e2e::App, view: &str) -> Result<()> {
    app.client().find(Locator::Css(&format!(".fc-{view}-button"))).await?.click().await?;
    app.wait_until(&format!("the {view} view"), || async {
        let active = app.client().find_all(Locator::Css(&format!(".fc-{view}-button.fc-button-active"))).await?;
        Ok((!active.is_empty()).then_some(()))
    })
    .await
}

#[tokio::test]
async fn a_first_start_asks_the_home_zone_and_lays_new_dates_out_in_it() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        // Offered: the computer's own zone.
        let computer =
            app.client().execute("return Intl.DateTimeFormat().resolvedOptions().timeZone", Vec::new()).await?;
        let offered = app.value_of("welcome-zone").await?;
        ensure!(
            Some(offered.as_str()) == computer.as_str(),
            "the welcome screen offers {offered:?}, the computer is in {computer}"
        );
        pick_zone(&app, "welcome-zone", "Asia/Manila").await?;
        shot(&app, "ss-welcome-zone").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?;
        let settings = app.invoke("settings_get", serde_json::json!({})).await?;
        ensure!(settings["home_zone"] == "Asia/Manila", "the home zone saved is {}", settings["home_zone"]);

        // A template's plan and a new campaign start in it…
        app.click_testid("nav-campaigns").await?;
        app.click_testid("campaign-from-template").await?;
        let plan_zone = app.value_of("plan-zone").await?;
        ensure!(plan_zone == "Asia/Manila", "the template plan is laid out in {plan_zone:?}");
        app.press_escape().await?;
        app.wait_gone("plan-zone").await?;
        app.click_testid("campaign-new-empty").await?;
        app.wait_for_testid("campaign-form").await?;
        let campaign_zone = app.value_of("campaign-zone").await?;
        ensure!(campaign_zone == "Asia/Manila", "a new campaign is in {campaign_zone:?}");
        app.fill_testid("campaign-title", "Migrant workers' month").await?;
        app.click_testid("campaign-save").await?;
        app.wait_for_testid("campaign-page").await?;

        // …and so does a key date added to it.
        app.click_testid("campaign-add-event").await?;
        app.wait_for_testid("event-form").await?;
        let event_zone = app.value_of("event-zone").await?;
        ensure!(event_zone == "Asia/Manila", "the key date's form is in {event_zone:?}");
        app.fill_testid("event-title", "Forum on remittances").await?;
        app.click_testid("event-save").await?;
        app.wait_gone("event-form").await?;
        let events = app.invoke("event_list", serde_json::json!({ "campaignId": null })).await?;
        let zones: Vec<_> = events.as_array().into_iter().flatten().map(|e| e["zone"].clone()).collect();
        ensure!(zones == [serde_json::json!("Asia/Manila")], "the key date was saved in {zones:?}");

        // With data, the welcome screen no longer asks; Settings still can change it.
        app.click_testid("nav-home").await?;
        app.wait_for_testid("view-welcome").await?;
        ensure!(!app.has_testid("welcome-zone").await?, "a database with data asked for the zone again");
        app.click_testid("nav-settings").await?;
        let home = app.value_of("settings-home-zone").await?;
        ensure!(home == "Asia/Manila", "Settings shows {home:?}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_month_agenda_and_a_whole_campaigns_agenda() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        let campaign = app
            .invoke("campaign_create", serde_json::json!({ "input": {
                "title": "Spring of solidarity", "kind": "solidarity_month", "start_date": "2025-02-03",
                "end_date": "2025-03-16", "zone": "Europe/London", "colour": "#4557d6" } }))
            .await?;
        let id = campaign["id"].as_i64().context("campaign id")?;
        for (title, start, end) in [
            ("Opening assembly", "2025-02-03T18:00", "2025-02-03T19:30"),
            ("Three weeks on: picket", "2025-02-24T12:00", "2025-02-24T13:00"),
            ("Closing rally", "2025-03-15T14:00", "2025-03-15T16:00"),
        ] {
            app.invoke("event_create", serde_json::json!({ "input": event_input(Some(id), title, start, end) })).await?;
        }
        app.invoke("event_create", serde_json::json!({ "input": event_input(None, "After it: debrief", "2025-03-20T10:00", "2025-03-20T11:00") }))
            .await?;

        // The week of 3 February (the date the calendar opens on, as lib/calendarPrefs.ts keeps it for the session):
        // its agenda has the opening only; the month's has the picket three weeks on.
        app.client().execute("sessionStorage.setItem('campaign-desk.calendar.date', '2025-02-03')", Vec::new()).await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        click_view(&app, "listWeek").await?;
        app.wait_until("the week's agenda", || async {
            Ok((shown_titles(&app).await? == ["Opening assembly"]).then_some(()))
        })
        .await?;
        click_view(&app, "listMonth").await?;
        app.wait_until("the month's agenda", || async {
            let titles = shown_titles(&app).await?;
            Ok((titles == ["Opening assembly", "Three weeks on: picket"]).then_some(()))
        })
        .await?;
        shot(&app, "ss-month-agenda").await?;

        // Kept as the view: back from another area, the month agenda again.
        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_until("the month agenda again", || async {
            let active = app.client().find_all(Locator::Css(".fc-listMonth-button.fc-button-active")).await?;
            Ok((!active.is_empty()).then_some(()))
        })
        .await?;

        // From the campaign's page: every key date from its first day to its last, nothing after it.
        app.click_testid("nav-campaigns").await?;
        app.click_testid_with_text("campaign-row-link", "Spring of solidarity").await?;
        // The page's actions (the agenda among them) wrap on a small window rather than running off it.
        resize(&app, 1024, 700).await?;
        app.wait_for_testid("campaign-agenda").await?;
        let (doc, main) = page_overflow(&app).await?;
        ensure!(doc <= 0 && main <= 0, "1024×700: the campaign page scrolls sideways ({doc}, {main})");
        shot(&app, "ss-campaign-page-1024").await?;
        app.click_testid("campaign-agenda").await?;
        app.wait_for_testid("calendar-campaign-agenda").await?;
        app.wait_until("the campaign's agenda", || async {
            let titles = shown_titles(&app).await?;
            Ok((titles == ["Opening assembly", "Three weeks on: picket", "Closing rally"]).then_some(()))
        })
        .await?;
        let stepping = app.client().find_all(Locator::Css(".fc-prev-button, .fc-next-button, .fc-today-button")).await?;
        for button in stepping {
            ensure!(!button.is_displayed().await?, "the campaign's agenda offers to step to other dates");
        }
        let note = app.text_of("calendar-campaign-agenda").await?;
        ensure!(note.contains("Spring of solidarity"), "the note says {note:?}");
        shot(&app, "ss-campaign-agenda").await?;

        // The campaign's agenda is not remembered as the view: the calendar comes back on the month agenda.
        app.click_testid("nav-organisations").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_until("the month agenda after the campaign's", || async {
            let active = app.client().find_all(Locator::Css(".fc-listMonth-button.fc-button-active")).await?;
            Ok((!active.is_empty()).then_some(()))
        })
        .await?;
        Ok(())
    })
    .await;
}

/// How far the element with this test id is cut: `[scrollWidth - clientWidth, scrollHeight - clientHeight]`.
async fn overflow(app: &e2e::App, testid: &str) -> Result<(i64, i64)> {
    let script = "const el = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); \
                  return [el.scrollWidth - el.clientWidth, el.scrollHeight - el.clientHeight];";
    let v = app.client().execute(script, vec![testid.into()]).await?;
    Ok((v[0].as_i64().unwrap_or(i64::MAX), v[1].as_i64().unwrap_or(i64::MAX)))
}

/// Whether the page itself scrolls sideways (something wider than the window), as `[document, main]` overflow.
async fn page_overflow(app: &e2e::App) -> Result<(i64, i64)> {
    let script = "const main = document.querySelector('main'); \
                  return [document.documentElement.scrollWidth - window.innerWidth, main.scrollWidth - main.clientWidth];";
    let v = app.client().execute(script, Vec::new()).await?;
    Ok((v[0].as_i64().unwrap_or(i64::MAX), v[1].as_i64().unwrap_or(i64::MAX)))
}

#[tokio::test]
async fn statements_fit_smaller_windows() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        let long_title = "Statement of the International Migrants Alliance on the ninetieth day of the hunger strike \
                          of detained migrant workers and their families";
        for (width, height) in SIZES {
            resize(&app, width, height).await?;
            app.click_testid("nav-statements").await?;
            app.wait_for_testid("statement-list").await?;
            // The table fits, or scrolls inside its own frame; the page never scrolls sideways.
            let wrap = "const table = document.querySelector('[data-testid=\"statement-list\"]'); \
                        const wrap = table.parentElement; const style = getComputedStyle(wrap); \
                        const box = wrap.getBoundingClientRect(); \
                        return [wrap.scrollWidth - wrap.clientWidth, style.overflowX, box.right - window.innerWidth];";
            let v = app.client().execute(wrap, Vec::new()).await?;
            let (over, scrolls, past) = (v[0].as_i64().unwrap_or(i64::MAX), v[1].as_str().unwrap_or(""), v[2].as_f64().unwrap_or(f64::MAX));
            ensure!(over <= 0 || scrolls == "auto" || scrolls == "scroll", "{width}×{height}: the table is {over}px too wide and cannot scroll");
            ensure!(past <= 0.5, "{width}×{height}: the table's frame ends {past}px past the window");
            let (doc, main) = page_overflow(&app).await?;
            ensure!(doc <= 0 && main <= 0, "{width}×{height}: the statements page scrolls sideways ({doc}, {main})");
            shot(&app, &format!("ss-statements-{width}x{height}")).await?;

            // A statement's page: a long title wraps (nothing cut), the header's parts all in the window.
            app.client().find(Locator::Css("[data-testid=\"statement-row-link\"]")).await?.click().await?;
            app.wait_for_testid("statement-page").await?;
            app.fill_testid("statement-title", long_title).await?;
            let typed = app.value_of("statement-title").await?;
            ensure!(typed == long_title, "the title reads {typed:?}");
            app.wait_until("the title to fit", || async {
                let (w, h) = overflow(&app, "statement-title").await?;
                Ok((w <= 0 && h <= 0).then_some(()))
            })
            .await
            .with_context(|| format!("{width}×{height}: the statement title is cut"))?;
            // Not squeezed beside the status line either: the title has (nearly) the page's width.
            let share = "const page = document.querySelector('[data-testid=\"statement-page\"]'); \
                         const title = document.querySelector('[data-testid=\"statement-title\"]'); \
                         return title.getBoundingClientRect().width / page.getBoundingClientRect().width;";
            let share = app.client().execute(share, Vec::new()).await?.as_f64().unwrap_or(0.0);
            ensure!(share > 0.9, "{width}×{height}: the title has {:.0}% of the page's width", share * 100.0);
            let (doc, main) = page_overflow(&app).await?;
            ensure!(doc <= 0 && main <= 0, "{width}×{height}: the statement page scrolls sideways ({doc}, {main})");
            let cut = "return [...document.querySelectorAll('[data-testid=\"statement-page\"] .tabs, [data-testid=\"statement-page\"] .kicker')] \
                       .map((el) => el.scrollWidth - el.clientWidth).filter((d) => d > 0).length";
            let cut = app.client().execute(cut, Vec::new()).await?;
            ensure!(cut.as_u64() == Some(0), "{width}×{height}: the statement's header or tabs are cut");
            shot(&app, &format!("ss-statement-{width}x{height}")).await?;
            app.click_testid("statement-back").await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn month_cells_and_avatars_tell_things_apart() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        resize(&app, 1024, 700).await?;

        // Avatars: one text per organisation listed.
        app.click_testid("nav-organisations").await?;
        app.wait_for_testid("org-list").await?;
        // Read from the page (WebDriver's text of a row scrolled out of the list is empty).
        let rows = "return [...document.querySelectorAll('[data-testid=\"org-row\"]')] \
                    .map((row) => [row.querySelector('.row-name').textContent, row.querySelector('[data-testid=\"org-avatar\"]').textContent])";
        let rows = app.client().execute(rows, Vec::new()).await?;
        let rows: Vec<(String, String)> = rows
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| (r[0].as_str().unwrap_or_default().to_owned(), r[1].as_str().unwrap_or_default().to_owned()))
            .collect();
        let avatars: Vec<String> = rows.iter().map(|(_, a)| a.clone()).collect();
        let mut distinct: Vec<String> = avatars.iter().map(|a| a.to_uppercase()).collect();
        distinct.sort();
        distinct.dedup();
        ensure!(distinct.len() == avatars.len() && avatars.len() > 3, "avatars repeat: {avatars:?}");
        let avatar_of = |name: &str| rows.iter().find(|(n, _)| n == name).map(|(_, a)| a.clone()).unwrap_or_default();
        let (uk, usa) = (avatar_of("Migrante UK"), avatar_of("Migrante USA"));
        ensure!(uk == "MUK" && usa == "MUS", "Migrante UK shows {uk:?}, Migrante USA {usa:?}");
        shot(&app, "ss-org-avatars").await?;

        // Month cells: titles too long for their cell end in an ellipsis, and the tooltip has the whole title.
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        click_view(&app, "dayGridMonth").await?;
        app.wait_until("events in the month", || async { Ok((app.texts_of_all("calendar-event").await?.len() > 3).then_some(())) })
            .await?;
        let script = "return [...document.querySelectorAll('.fc-daygrid-event[data-testid=\"calendar-event\"]')].map((el) => { \
                        const title = el.querySelector('.fc-event-title'); const style = getComputedStyle(title); \
                        return { text: title.textContent, tip: el.getAttribute('title') || '', cut: title.scrollWidth > title.clientWidth, \
                                 ellipsis: style.textOverflow, wrap: style.whiteSpace }; })";
        let cells = app.client().execute(script, Vec::new()).await?;
        let cells = cells.as_array().context("month cells")?;
        ensure!(!cells.is_empty(), "no events in month cells");
        let mut cut = 0;
        for cell in cells {
            let text = cell["text"].as_str().unwrap_or_default();
            let tip = cell["tip"].as_str().unwrap_or_default();
            ensure!(cell["ellipsis"] == "ellipsis" && cell["wrap"] == "nowrap", "a month cell's title is not ellipsed: {cell}");
            ensure!(tip.starts_with(text.trim_start_matches("↻ ")), "the tooltip {tip:?} does not hold the title {text:?}");
            if cell["cut"] == true {
                cut += 1;
            }
        }
        ensure!(cut > 0, "no title was long enough to be cut at 1024 px: the ellipsis was not tried");
        shot(&app, "ss-month-cells-1024").await?;
        Ok(())
    })
    .await;
}
