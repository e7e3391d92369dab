//! The calendar on the demo data: February 2025, the Burma webinar at 20:00 Manila shown at 07:00 in Toronto,
//! its partner-zone times, the month/week/agenda/year views, a weekly meeting created through the editor, and one
//! of its occurrences dragged to another day ("this occurrence"): only that one moves; a search hit on the webinar
//! opens the calendar at it.

use anyhow::{ensure, Result};
use campaign_desk_e2e as e2e;
use fantoccini::key::Key;
use fantoccini::Locator;

const WEBINAR: &str = "ZERO IN: BURMA [WEBINAR]";
const MEETING: &str = "Coordinators' weekly call";

/// The DOM text of the first calendar event containing `title`, once there is one.
async fn event_text(app: &e2e::App, title: &str, containing: &str) -> Result<String> {
    let script = "const [title] = arguments; \
                  const hit = [...document.querySelectorAll('[data-testid=\"calendar-event\"]')] \
                    .find((e) => e.textContent.includes(title)); \
                  return hit ? hit.textContent : null;";
    app.wait_until(&format!("a calendar event {title:?} showing {containing:?}"), || async {
        let text = app.client().execute(script, vec![title.into()]).await?;
        Ok(text.as_str().filter(|t| t.contains(containing)).map(str::to_owned))
    })
    .await
}

/// The composer's text once it contains `containing`.
async fn announcement_text(app: &e2e::App, containing: &str) -> Result<String> {
    app.wait_until(&format!("an announcement containing {containing:?}"), || async {
        let v = app
            .client()
            .execute("return document.querySelector('[data-testid=\"announce-text\"]').value", Vec::new())
            .await?;
        Ok(v.as_str().filter(|t| t.contains(containing)).map(str::to_owned))
    })
    .await
}

async fn count_events(app: &e2e::App, title: &str) -> Result<usize> {
    let script = "const [title] = arguments; \
                  return [...document.querySelectorAll('[data-testid=\"calendar-event\"]')] \
                    .filter((e) => e.textContent.includes(title)).length;";
    let n = app.client().execute(script, vec![title.into()]).await?;
    Ok(usize::try_from(n.as_u64().unwrap_or(0)).unwrap_or(0))
}

async fn pick_zone(app: &e2e::App, zone: &str) -> Result<()> {
    let enter = char::from(Key::Enter);
    app.fill_testid("calendar-zone", &format!("{zone}{enter}")).await?;
    app.wait_until(&format!("the view zone to be {zone}"), || async {
        let value = app
            .client()
            .execute("return document.querySelector('[data-testid=\"calendar-zone\"]').value", Vec::new())
            .await?;
        Ok((value.as_str() == Some(zone)).then_some(()))
    })
    .await
}

async fn click_fc_button(app: &e2e::App, view: &str) -> Result<()> {
    app.client().find(Locator::Css(&format!(".fc-{view}-button"))).await?.click().await?;
    Ok(())
}

/// How many occurrences of the meeting the month grid shows on `day`.
async fn meetings_on(app: &e2e::App, day: &str) -> Result<usize> {
    let script = "const [day, title] = arguments; \
                  return [...document.querySelectorAll(`td[data-date=\"${day}\"] [data-testid=\"calendar-event\"]`)] \
                    .filter((e) => e.textContent.includes(title)).length;";
    let n = app.client().execute(script, vec![day.into(), MEETING.into()]).await?;
    Ok(usize::try_from(n.as_u64().unwrap_or(0)).unwrap_or(0))
}

/// Drags the event `title` shown on day `from` to the day cell of `to` with real pointer input (WebDriver
/// actions): press, a small move so FullCalendar starts a drag, glide to the target, release.
async fn drag_to_day(app: &e2e::App, title: &str, from: &str, to: &str) -> Result<()> {
    use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
    use std::time::Duration;
    // Mark the source by its text content (WebDriver's element text is only what is visible, and titles are clipped).
    let mark = "const [day, title] = arguments; \
                const hit = [...document.querySelectorAll(`td[data-date=\"${day}\"] [data-testid=\"calendar-event\"]`)] \
                  .find((e) => e.textContent.includes(title)); \
                document.querySelectorAll('[data-drag-source]').forEach((e) => e.removeAttribute('data-drag-source')); \
                if (hit) hit.setAttribute('data-drag-source', ''); \
                return !!hit;";
    // Marked and found in one try, as scenario.rs's `event_on`: FullCalendar may redraw the month between the two.
    let source = app
        .wait_until(&format!("{title:?} on {from}"), || async {
            if !app.script(mark, vec![from.into(), title.into()]).await?.as_bool().unwrap_or(false) {
                return Ok(None);
            }
            Ok(app.client().find_all(Locator::Css("[data-drag-source]")).await?.into_iter().next())
        })
        .await?;
    let target = app.client().find(Locator::Css(&format!("td[data-date=\"{to}\"] .fc-daygrid-day-frame"))).await?;
    let glide = Some(Duration::from_millis(400));
    let mouse = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: source, duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(150)), x: 8.0, y: 0.0 })
        .then(PointerAction::MoveToElement { element: target, duration: glide, x: 0.0, y: 0.0 })
        .then(PointerAction::Pause { duration: Duration::from_millis(150) })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    app.client().perform_actions(mouse).await?;
    app.client().release_actions().await?;
    Ok(())
}

/// FullCalendar's title ("February 2025").
async fn fc_title(app: &e2e::App) -> Result<String> {
    let title = app.client().execute("return document.querySelector('.fc-toolbar-title').textContent", Vec::new());
    Ok(title.await?.as_str().unwrap_or_default().to_string())
}

/// Ctrl+K, `query`, Enter on the first hit (the webinar): the calendar shows February 2025 with the webinar's
/// details open.
async fn open_from_search(app: &e2e::App, query: &str) -> Result<()> {
    app.press_ctrl('k').await?;
    app.fill_testid("search-input", query).await?;
    app.wait_until("the webinar among the hits", || async {
        Ok(app.texts_of_all("search-hit").await?.iter().any(|t| t.contains("WEBINAR")).then_some(()))
    })
    .await?;
    app.click_testid_with_text("search-hit", "WEBINAR").await?;
    app.wait_for_testid("view-calendar").await?;
    app.wait_for_testid("calendar-details").await?;
    let when = app.wait_for_text("calendar-details-when").await?;
    ensure!(when.contains("2025") && when.contains("Feb"), "the webinar's details say {when:?}");
    let details = app.text_of("calendar-details").await?;
    ensure!(details.contains(WEBINAR), "details of {details:?}");
    app.wait_until("February 2025 behind it", || async {
        Ok(fc_title(app).await?.contains("February 2025").then_some(()))
    })
    .await?;
    event_text(app, WEBINAR, "").await?;
    Ok(())
}

#[tokio::test]
async fn calendar_on_demo_data() {
    let db = e2e::fresh_db("calendar");

    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("view-calendar").await?;
        app.wait_for_testid("calendar").await?;

        // February 2025, shown in Manila: the webinar at 20:00.
        pick_zone(&app, "Asia/Manila").await?;
        app.set_value("calendar-goto", "2025-02-18").await?;
        let text = event_text(&app, WEBINAR, "20:00").await?;
        ensure!(text.contains("20:00"), "in Manila the webinar shows {text:?}");

        // The same event seen from Toronto: 07:00 the same morning.
        pick_zone(&app, "America/Toronto").await?;
        let text = event_text(&app, WEBINAR, "07:00").await?;
        ensure!(text.contains("07:00"), "in Toronto the webinar shows {text:?}");
        // The Solidarity Month runs through February: its band is behind the days.
        let spans = app.client().execute(
            "return [...document.querySelectorAll('[data-testid=\"calendar-span\"]')].map((e) => e.title).join('|')",
            Vec::new(),
        );
        let spans = spans.await?;
        ensure!(spans.as_str().is_some_and(|s| s.contains("Solidarity Month")), "campaign bands: {spans:?}");
        app.screenshot("c-calendar-month").await?;

        // Its details, with the times in the partners' zones.
        app.client()
            .execute(
                "[...document.querySelectorAll('[data-testid=\"calendar-event\"]')] \
                   .find((e) => e.textContent.includes(arguments[0])).click();",
                vec![WEBINAR.into()],
            )
            .await?;
        app.wait_for_testid("calendar-details").await?;
        app.wait_for_count("calendar-zone-time", 2).await?;
        let times = app.texts_of_all("calendar-zone-time").await?.join(" · ");
        // In the locale's own clock: "20:00 Manila" or "8:00 PM Manila"; Auckland is already the next day.
        ensure!(times.contains("20:00 Manila") || times.contains("8:00 PM Manila"), "partner times {times:?}");
        ensure!(times.contains("Auckland (+1 day)"), "partner times {times:?}");
        app.screenshot("c-calendar-details").await?;

        // Announce it: a Facebook post with the partner times, then X within 280, then copied.
        app.click_testid("calendar-details-announce").await?;
        app.wait_for_testid("announce-dialog").await?;
        let post = announcement_text(&app, "20:00 Manila").await?;
        ensure!(post.starts_with(WEBINAR) && post.contains("Auckland (Wed)"), "facebook post {post:?}");
        app.screenshot("c-announce-facebook").await?;
        app.click_testid("announce-platform-x").await?;
        app.wait_until("the meter to show X's limit", || async {
            Ok(app.text_of("announce-meter").await?.contains("/ 280").then_some(()))
        })
        .await?;
        let meter = app.text_of("announce-meter").await?;
        let used: usize = meter.split('/').next().unwrap_or("").trim().parse()?;
        ensure!(used <= 280, "X post of {used}");
        app.click_testid("announce-copy").await?;
        app.wait_until("copied, or a message saying why not", || async {
            Ok((app.has_testid("announce-copied").await? || app.has_testid("announce-error").await?).then_some(()))
        })
        .await?;
        app.screenshot("c-announce-x").await?;
        app.press_escape().await?;
        app.wait_until("the composer to close", || async { Ok((!app.has_testid("announce-dialog").await?).then_some(())) })
            .await?;

        click_fc_button(&app, "timeGridWeek").await?;
        event_text(&app, WEBINAR, "07:00").await?;
        tokio::time::sleep(std::time::Duration::from_millis(800)).await;
        app.screenshot("c-calendar-week").await?;
        click_fc_button(&app, "listWeek").await?;
        event_text(&app, WEBINAR, "07:00").await?;
        app.screenshot("c-calendar-agenda").await?;
        click_fc_button(&app, "multiMonthYear").await?;
        app.wait_for_testid("calendar-event").await?;
        app.screenshot("c-calendar-year").await?;
        click_fc_button(&app, "dayGridMonth").await?;
        event_text(&app, WEBINAR, "07:00").await?;

        // A weekly meeting through the editor: Thursdays at 09:00 Toronto from 20 February.
        app.click_testid("calendar-new").await?;
        app.wait_for_testid("event-form").await?;
        app.fill_testid("event-title", MEETING).await?;
        app.set_value("event-start", "2025-02-20T09:00").await?;
        app.set_value("event-end", "2025-02-20T10:00").await?;
        app.select_value("event-repeat", "weekly").await?;
        let words = app.text_of("event-repeat-words").await?;
        ensure!(words == "Every week on Thursday", "repeat shown as {words:?}");
        app.select_value("event-mode", "online").await?;
        app.fill_testid("event-online-url", "https://meet.example.org/coordinators").await?;
        app.select_value("event-reminder-add", "15").await?;
        app.select_value("event-reminder-add", "1440").await?;
        let reminders = app.texts_of_all("event-reminder").await?;
        ensure!(reminders == ["15 minutes before", "1 day before"], "reminders shown as {reminders:?}");
        app.screenshot("c-calendar-editor").await?;
        app.click_testid("event-save").await?;
        app.wait_until("the editor to close", || async { Ok((!app.has_testid("event-form").await?).then_some(())) })
            .await?;
        // 20 and 27 February and 6 March are in the month grid.
        app.wait_until("three meetings in the month", || async {
            Ok((count_events(&app, MEETING).await? >= 3).then_some(()))
        })
        .await?;
        let text = event_text(&app, MEETING, "09:00").await?;
        ensure!(text.contains('↻'), "meeting marked as repeating: {text:?}");
        app.screenshot("c-calendar-meeting").await?;

        // Drag the 27 February meeting to Friday the 28th with the mouse and answer "this occurrence": only it moves.
        drag_to_day(&app, MEETING, "2025-02-27", "2025-02-28").await?;
        app.wait_for_testid("scope-dialog").await?;
        app.screenshot("c-calendar-drag-scope").await?;
        app.click_testid("scope-this").await?;
        app.wait_until("the meeting to be on 28 February", || async {
            Ok((meetings_on(&app, "2025-02-28").await? == 1).then_some(()))
        })
        .await?;
        ensure!(meetings_on(&app, "2025-02-27").await? == 0, "the dragged occurrence left 27 February");
        for day in ["2025-02-20", "2025-03-06"] {
            ensure!(meetings_on(&app, day).await? == 1, "the meeting of {day} stayed where it was");
        }
        let moved = app
            .client()
            .execute(
                "return document.querySelector('td[data-date=\"2025-02-28\"] [data-testid=\"calendar-event\"]').textContent",
                Vec::new(),
            )
            .await?;
        ensure!(moved.as_str().is_some_and(|t| t.contains("09:00")), "moved occurrence keeps its time: {moved:?}");
        app.screenshot("c-calendar-dragged").await?;

        // A crowded day: the month cell shows the first two and "+3 more", which opens the day with all five.
        // 05:00–09:30 London is 26 February in every view zone the test uses (Toronto −5 to Auckland +13).
        for hour in 5..10 {
            let input = serde_json::json!({
                "title": format!("Press call {hour}"), "kind": "meeting", "all_day": false,
                "start": format!("2025-02-26T{hour:02}:00"), "end": format!("2025-02-26T{hour:02}:30"), "zone": "Europe/London",
            });
            app.invoke("event_create", serde_json::json!({ "input": input })).await?;
        }
        // Each creation refetches the month: wait for the count that all five give (two shown, three behind).
        app.wait_until("the crowded day's \"+3 more\"", || async {
            let text = app
                .client()
                .execute("const m = document.querySelector('td[data-date=\"2025-02-26\"] [data-testid=\"calendar-more\"]'); return m ? m.textContent : null;", Vec::new())
                .await?;
            Ok(text.as_str().filter(|t| t.contains("+3")).map(str::to_string))
        })
        .await?;
        app.screenshot("c-calendar-more").await?;
        app.click_testid("calendar-more").await?;
        app.wait_until("the day view with all five calls", || async {
            Ok((count_events(&app, "Press call").await? == 5).then_some(()))
        })
        .await?;

        // A search hit on an event, from another area: the calendar opens at it, with its details.
        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        open_from_search(&app, "BURMA").await?;
        // The same hit again from a calendar paged far away: it opens again (the address went back to the calendar).
        app.press_escape().await?;
        app.wait_until("the details to close", || async { Ok((!app.has_testid("calendar-details").await?).then_some(())) })
            .await?;
        app.set_value("calendar-goto", "2026-06-01").await?;
        app.wait_until("June 2026", || async { Ok(fc_title(&app).await?.contains("2026").then_some(())) }).await?;
        open_from_search(&app, "BURMA").await?;
        app.screenshot("c-calendar-search-hit").await?;
        Ok(())
    })
    .await;

    if let Some(dir) = db.parent() {
        std::fs::remove_dir_all(dir).ok();
    }
}
