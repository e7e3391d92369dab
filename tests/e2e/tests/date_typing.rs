//! Dates typed as people write them (issue #13, "Dates are hard to type"): WebKitGTK's native date inputs swallowed
//! digits and always read month/day/year. The event form's start and end are text fields read in the interface
//! locale's order, with real key presses: a day-first date is refused in English (US) with a message saying why,
//! read in Spanish (day first), reformatted on Enter, the end following the start; the picker beside the field is
//! driven with the keyboard, and Esc closes only the picker, not the event form; the calendar's "Go to date" reads a
//! typed month name; and every other date field (campaign form, tasks, a campaign plan, the ICS export) is typed
//! into, no native date input left.

use anyhow::{ensure, Result};
use campaign_desk_e2e as e2e;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

/// Presses keys one after another, each down then up, wherever the focus is.
async fn press(app: &e2e::App, keys: &[Key]) -> Result<()> {
    let mut actions = KeyActions::new("keyboard".into());
    for key in keys {
        let value = char::from(*key);
        actions = actions.then(KeyAction::Down { value }).then(KeyAction::Up { value });
    }
    app.client().perform_actions(actions).await?;
    app.client().release_actions().await?;
    Ok(())
}

/// A screenshot once the window has painted what the page holds (WebKit paints a moment after the DOM changes).
async fn shot(app: &e2e::App, name: &str) -> Result<()> {
    // Two animation frames: the second starts only after the first was painted.
    let frames = "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
    app.client().execute_async(frames, Vec::new()).await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    app.screenshot(name).await?;
    Ok(())
}

/// What the field shows (in the locale's order).
async fn shown(app: &e2e::App, testid: &str) -> Result<String> {
    let element = app.wait_for_testid(testid).await?;
    Ok(element.prop("value").await?.unwrap_or_default())
}

/// What the field holds for the form (`YYYY-MM-DDTHH:MM`).
async fn held(app: &e2e::App, testid: &str) -> Result<String> {
    let element = app.wait_for_testid(testid).await?;
    Ok(element.attr("data-value").await?.unwrap_or_default())
}

/// The saved events as "title start–end".
async fn saved_events(app: &e2e::App) -> Result<Vec<String>> {
    let events = app.invoke("event_list", serde_json::json!({ "campaignId": null })).await?;
    Ok(events
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
        .collect())
}

async fn new_event(app: &e2e::App, title: &str) -> Result<()> {
    app.click_testid("nav-calendar").await?;
    app.wait_for_testid("calendar").await?;
    app.click_testid("calendar-new").await?;
    app.wait_for_testid("event-form").await?;
    app.fill_testid("event-title", title).await?;
    app.select_value("event-mode", "in_person").await?;
    Ok(())
}

#[tokio::test]
async fn dates_are_typed_in_the_locales_order_with_a_picker() {
    e2e::run(|app| async move {
        let enter = char::from(Key::Enter);
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        // The welcome goes on to Organisations once the home zone is saved: a click before that would be undone.
        app.wait_for_testid("view-organisations").await?;

        // English (US) reads month first, and says so when a day-first date is typed.
        new_event(&app, "ZERO IN: BURMA").await?;
        let placeholder = app.wait_for_testid("event-start").await?.attr("placeholder").await?.unwrap_or_default();
        ensure!(placeholder == "mm/dd/yyyy hh:mm", "the start's placeholder is {placeholder:?}");
        app.fill_testid("event-start", &format!("18/02/2025 20:00{enter}")).await?;
        let error = app.wait_for_text("event-start-typing-error").await?;
        ensure!(
            error.contains("no month 18")
                && error.contains("mm/dd/yyyy")
                && error.contains("Did you mean 02/18/2025 20:00?"),
            "the error reads {error:?}"
        );
        let invalid = app.wait_for_testid("event-start").await?.attr("aria-invalid").await?;
        ensure!(invalid.as_deref() == Some("true"), "the start is not marked invalid: {invalid:?}");
        shot(&app, "date-typing-error").await?;
        // Save does nothing while the field shows text it cannot read: no request, so no second message in ISO terms.
        app.click_testid("event-save").await?;
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        ensure!(app.has_testid("event-form").await?, "the form was saved or closed with an unreadable start");
        ensure!(!app.has_testid("event-start-error").await?, "the core was asked to save the unreadable start");
        ensure!(saved_events(&app).await?.is_empty(), "an event was saved: {:?}", saved_events(&app).await?);
        // Typed the US way, with a 12-hour time, it reads and is written back on the one 24-hour clock.
        app.fill_testid("event-start", &format!("Feb 18 2025 8pm{enter}")).await?;
        app.wait_gone("event-start-typing-error").await?;
        let start = shown(&app, "event-start").await?;
        ensure!(start == "02/18/2025 20:00", "the start shows {start:?}");
        let end = held(&app, "event-end").await?;
        ensure!(end == "2025-02-18T21:00", "the end did not follow the start: {end:?}");
        app.click_testid("event-save").await?;
        app.wait_gone("event-form").await?;

        // Spanish reads day first.
        app.click_testid("nav-settings").await?;
        app.wait_for_testid("view-settings").await?;
        app.select_value("settings-locale", "es").await?;
        app.click_testid("settings-save").await?;
        app.wait_until("the interface in Spanish", || async {
            let lang = app.client().execute("return document.documentElement.lang", Vec::new()).await?;
            Ok((lang.as_str() == Some("es")).then_some(()))
        })
        .await?;

        new_event(&app, "Karen Revolution Anniversary webinar").await?;
        let placeholder = app.wait_for_testid("event-end").await?.attr("placeholder").await?.unwrap_or_default();
        // In Spanish words too: año is "aaaa".
        ensure!(placeholder == "dd/mm/aaaa hh:mm", "the end's placeholder is {placeholder:?}");
        // A day that does not exist is refused, not rolled over into March.
        app.fill_testid("event-start", &format!("31/02/2025 20:00{enter}")).await?;
        let error = app.wait_for_text("event-start-typing-error").await?;
        ensure!(error.contains("28") && error.contains("31"), "the error reads {error:?}");
        // Typed key by key, the start is read as it is typed: the end keeps the event's hour.
        app.fill_testid("event-start", "18/02/2025 20:00").await?;
        let end = held(&app, "event-end").await?;
        ensure!(end == "2025-02-18T21:00", "the end did not follow the start: {end:?}");
        app.fill_testid("event-end", &format!("18/02/25 21:30{enter}")).await?;
        let end = shown(&app, "event-end").await?;
        ensure!(end == "18/02/2025 21:30", "the end shows {end:?}");

        // The picker opens on the start's day; the arrows move a day, Enter picks it, and the time stays.
        app.click_testid("event-start-pick").await?;
        app.wait_for_testid("event-start-picker").await?;
        let month = app.text_of("date-picker-month").await?;
        ensure!(month.contains("2025") && month.to_lowercase().contains("febrero"), "the picker shows {month:?}");
        shot(&app, "date-typing-picker").await?;
        press(&app, &[Key::Right]).await?;
        press(&app, &[Key::Enter]).await?;
        app.wait_gone("event-start-picker").await?;
        let start = shown(&app, "event-start").await?;
        ensure!(start == "19/02/2025 20:00", "after picking the start shows {start:?}");
        let end = held(&app, "event-end").await?;
        ensure!(end == "2025-02-19T21:30", "the end did not follow the picked start: {end:?}");

        // Esc closes the picker and leaves the event form open.
        app.click_testid("event-end-pick").await?;
        app.wait_for_testid("event-end-picker").await?;
        app.press_escape().await?;
        app.wait_gone("event-end-picker").await?;
        ensure!(app.has_testid("event-form").await?, "Esc in the picker closed the event form");
        ensure!(!app.has_testid("confirm-dialog").await?, "Esc in the picker asked to discard the form");

        app.click_testid("event-save").await?;
        app.wait_gone("event-form").await?;
        let saved = saved_events(&app).await?;
        ensure!(saved.iter().any(|s| s == "ZERO IN: BURMA 2025-02-18T20:00–2025-02-18T21:00"), "saved {saved:?}");
        ensure!(
            saved.iter().any(|s| s == "Karen Revolution Anniversary webinar 2025-02-19T20:00–2025-02-19T21:30"),
            "saved {saved:?}"
        );

        // The calendar's "Go to date" takes typed text too (here with the month's name, without a year).
        app.fill_testid("calendar-goto", &format!("1 jul 2026{enter}")).await?;
        app.wait_until("the calendar in July 2026", || async {
            let title = app
                .client()
                .execute("return document.querySelector('.fc-toolbar-title').textContent", Vec::new())
                .await?;
            let title = title.as_str().unwrap_or("").to_lowercase();
            Ok((title.contains("jul") && title.contains("2026")).then_some(()))
        })
        .await?;
        let goto = shown(&app, "calendar-goto").await?;
        ensure!(goto == "01/07/2026", "Go to date shows {goto:?}");
        shot(&app, "date-typing-goto").await?;
        Ok(())
    })
    .await;
}

/// No native date input is left on the screen.
async fn no_native_date_inputs(app: &e2e::App, screen: &str) -> Result<()> {
    let script = "return document.querySelectorAll('input[type=date], input[type=datetime-local]').length";
    let count = app.client().execute(script, Vec::new()).await?;
    ensure!(count.as_u64() == Some(0), "{screen} still has {count} native date inputs");
    Ok(())
}

#[tokio::test]
async fn every_date_field_is_typed_into() {
    e2e::run(|app| async move {
        let enter = char::from(Key::Enter);
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;

        // The campaign form: its days typed with the month's name and as numbers (English, month first).
        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("campaign-new").await?;
        app.wait_for_testid("campaign-form").await?;
        app.fill_testid("campaign-start", &format!("Feb 1 2025{enter}")).await?;
        app.fill_testid("campaign-end", &format!("2/28/25{enter}")).await?;
        let (start, end) = (held(&app, "campaign-start").await?, held(&app, "campaign-end").await?);
        ensure!(start == "2025-02-01" && end == "2025-02-28", "the campaign runs {start}–{end}");
        no_native_date_inputs(&app, "the campaign form").await?;
        shot(&app, "date-typing-campaign-form").await?;
        app.click_testid("campaign-cancel").await?;
        app.click_testid("confirm-ok").await?;

        // A campaign's checklist: a task due on a typed day.
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("campaign-row-link").await?;
        app.wait_for_testid("campaign-page").await?;
        app.fill_testid("task-title", "Book the hall").await?;
        app.fill_testid("task-due", &format!("Jan 10 2025{enter}")).await?;
        let due = shown(&app, "task-due").await?;
        ensure!(due == "01/10/2025", "the task's due day shows {due:?}");
        app.click_testid("task-add").await?;
        app.wait_for_text("campaign-task").await?;
        no_native_date_inputs(&app, "the campaign page").await?;
        app.scrolled_into_view("task-due").await?;
        shot(&app, "date-typing-task").await?;

        // A campaign laid out from a template: its start and its events' days and times are typed fields.
        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("campaign-from-template").await?;
        app.wait_for_testid("plan-dialog").await?;
        app.fill_testid("plan-title", "Solidarity Month for migrant domestic workers").await?;
        app.fill_testid("plan-start", &format!("03/01/2026{enter}")).await?;
        app.click_testid("plan-lay-out").await?;
        app.wait_for_count("plan-event", 4).await?;
        no_native_date_inputs(&app, "the campaign plan").await?;
        shot(&app, "date-typing-plan").await?;
        app.click_testid("dialog-close").await?;

        // The calendar's ICS export dialog.
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        no_native_date_inputs(&app, "the calendar").await?;
        app.click_testid("calendar-export-ics").await?;
        app.click_testid("ics-scope-some").await?;
        app.fill_testid("ics-from", &format!("Feb 1 2025{enter}")).await?;
        let from = held(&app, "ics-from").await?;
        ensure!(from == "2025-02-01", "the export starts {from:?}");
        no_native_date_inputs(&app, "the ICS export").await?;
        shot(&app, "date-typing-ics-export").await?;
        Ok(())
    })
    .await;
}
