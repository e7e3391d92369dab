//! The agenda of a busy month in the real window (issue #19): drawn a screenful at a time, it still holds every
//! occurrence once scrolled, in FullCalendar's order and wording; a row opens from the keyboard; a change made while
//! scrolled down keeps the list where it was; another agenda, or the same one opened again, starts at its top. The
//! year view's busy days say how many they hold and open the day.

use anyhow::{ensure, Result};
use campaign_desk_e2e as e2e;
use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::json;

/// 300 one-hour events over 1–30 March 2025 (UTC), and "Closing days", all day from 29 March to 1 April.
fn busy_month() -> String {
    let mut out = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//e2e//EN\r\n");
    for i in 0..300u32 {
        let day = 1 + i % 30;
        let hour = 6 + (i * 7) % 14;
        out.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:agenda-{i}@e2e\r\nDTSTAMP:20250101T000000Z\r\n\
             DTSTART:202503{day:02}T{hour:02}0000Z\r\nDTEND:202503{day:02}T{hour:02}4500Z\r\n\
             SUMMARY:Agenda row {i:03}\r\nEND:VEVENT\r\n"
        ));
    }
    out.push_str(
        "BEGIN:VEVENT\r\nUID:closing@e2e\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250329\r\n\
         DTEND;VALUE=DATE:20250402\r\nSUMMARY:Closing days\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    out
}

const ROWS: &str = "return document.querySelectorAll('[data-testid=\"calendar-event\"]').length";

/// The agenda's scrolling box: how far down it is, and whether it is still the element marked before.
async fn scroller_state(app: &e2e::App) -> Result<(f64, bool)> {
    let r = app
        .client()
        .execute(
            "const s = document.querySelector('[data-testid=\"calendar-agenda-list\"]'); \
             return [s.scrollTop, s.dataset.mark === 'seen'];",
            Vec::new(),
        )
        .await?;
    Ok((r[0].as_f64().unwrap_or(-1.0), r[1].as_bool().unwrap_or(false)))
}

#[tokio::test]
async fn a_busy_months_agenda_is_drawn_as_it_is_scrolled() {
    let db = e2e::fresh_db("agenda");
    let dir = db.parent().expect("db dir").to_path_buf();
    let file = dir.join("busy.ics");
    std::fs::write(&file, busy_month()).expect("write the .ics");

    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        let enter = char::from(Key::Enter);
        // A zone on UTC all year, so the file's times are the agenda's.
        app.fill_testid("welcome-zone", &format!("Africa/Abidjan{enter}")).await?;
        app.wait_until("the home zone to be Abidjan", || async {
            Ok((app.value_of("welcome-zone").await? == "Africa/Abidjan").then_some(()))
        })
        .await?;
        app.click_testid("welcome-start-empty").await?;
        let args = json!({ "path": file, "campaignId": null, "floatingZone": null, "dryRun": false });
        let report = app.invoke("ics_import", args).await?;
        ensure!(report["new"] == json!(301), "import report {report}");

        app.client().execute("sessionStorage.setItem('campaign-desk.calendar.date', '2025-03-03')", Vec::new()).await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        app.client().find(Locator::Css(".fc-listMonth-button")).await?.click().await?;
        let first = app
            .wait_until("the month agenda's first rows", || async {
                let n = app.client().execute(ROWS, Vec::new()).await?.as_u64().unwrap_or(0);
                Ok((n > 0).then_some(n))
            })
            .await?;
        // 303 rows in all (Closing days on 29, 30 and 31 March): a first screenful is drawn, not all of them.
        ensure!(first < 150, "{first} rows drawn before any scroll");
        let head = app
            .client()
            .execute(
                "const r = document.querySelector('[data-testid=\"calendar-event\"]'); \
                 return [document.querySelector('.fc-list-day').dataset.date, \
                         r.querySelector('.fc-list-event-time').textContent, r.querySelector('.fc-list-event-title').textContent];",
                Vec::new(),
            )
            .await?;
        ensure!(head == json!(["2025-03-01", "06:00 - 06:45", "Agenda row 000"]), "the agenda starts with {head}");
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        app.screenshot("agenda-month-top").await?;

        // Scrolled to the end, step by step as a person drags: every row is there, the last day last.
        app.client()
            .execute("document.querySelector('[data-testid=\"calendar-agenda-list\"]').dataset.mark = 'seen'", Vec::new())
            .await?;
        app.wait_until("every row of the month once scrolled", || async {
            let n = app
                .client()
                .execute(
                    "const s = document.querySelector('[data-testid=\"calendar-agenda-list\"]'); s.scrollTop = s.scrollHeight; \
                     return document.querySelectorAll('[data-testid=\"calendar-event\"]').length",
                    Vec::new(),
                )
                .await?
                .as_u64()
                .unwrap_or(0);
            Ok((n == 303).then_some(()))
        })
        .await?;
        let tail = app
            .client()
            .execute(
                "const days = [...document.querySelectorAll('.fc-list-day')].map((d) => d.dataset.date); \
                 const rows = [...document.querySelectorAll('[data-testid=\"calendar-event\"]')]; \
                 const last = rows[rows.length - 1]; \
                 return [days.length, days[days.length - 1], last.querySelector('.fc-list-event-time').textContent, \
                         last.querySelector('.fc-list-event-title').textContent, \
                         days.every((d, i) => i === 0 || days[i - 1] < d)];",
                Vec::new(),
            )
            .await?;
        ensure!(tail == json!([31, "2025-03-31", "All day", "Closing days", true]), "the agenda ends with {tail}");
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        app.screenshot("agenda-month-end").await?;

        // From the keyboard: the last row's tab stop, Enter, the event's details.
        app.client()
            .execute(
                "const rows = document.querySelectorAll('[data-testid=\"calendar-event\"] button'); rows[rows.length - 1].focus();",
                Vec::new(),
            )
            .await?;
        app.client().active_element().await?.send_keys(&enter.to_string()).await?;
        let details = app.wait_for_text("calendar-details").await?;
        ensure!(details.contains("Closing days"), "Enter on the last row opened {details:?}");
        app.press_escape().await?;
        app.wait_gone("calendar-details").await?;
        // Back where the keyboard was, to go on down the list.
        let focused = app
            .client()
            .execute(
                "const a = document.activeElement; return [a.tagName, a.textContent, a.closest('[data-testid]')?.dataset.testid];",
                Vec::new(),
            )
            .await?;
        ensure!(focused == json!(["BUTTON", "Closing days", "calendar-event"]), "after Esc the focus is on {focused}");

        // A change while scrolled down: the new row appears where it belongs, the list stays where it was.
        let (before, _) = scroller_state(&app).await?;
        ensure!(before > 1000.0, "scrolled to {before}px only");
        let input = json!({
            "campaign_id": null, "title": "Late addition", "kind": "meeting", "all_day": false,
            "start": "2025-03-30T21:00", "end": "2025-03-30T22:00", "zone": "Africa/Abidjan", "rrule": null, "exdates": [],
            "rdates": [], "mode": "in_person", "location": null, "online_url": null, "registration_url": null,
            "status": "confirmed", "description": null, "reminders": [], "organisations": [],
        });
        app.invoke("event_create", json!({ "input": input })).await?;
        app.wait_until("the new event in the agenda", || async {
            let n = app.client().execute(ROWS, Vec::new()).await?.as_u64().unwrap_or(0);
            Ok((n == 304).then_some(()))
        })
        .await?;
        let (after, same) = scroller_state(&app).await?;
        ensure!(same && (after - before).abs() < 100.0, "after the change: scrolled {before} → {after}px, same list {same}");

        // Another agenda starts at its top.
        app.client().find(Locator::Css(".fc-listWeek-button")).await?.click().await?;
        app.wait_until("the week's agenda", || async {
            let r = app
                .client()
                .execute("return document.querySelector('.fc-listWeek-view .fc-list-day')?.dataset.date ?? null", Vec::new())
                .await?;
            Ok((r.as_str() == Some("2025-03-03")).then_some(()))
        })
        .await?;
        let (top, same) = scroller_state(&app).await?;
        ensure!(top == 0.0 && !same, "the week's agenda opened {top}px down (a new list: {})", !same);

        // Back to the month's agenda through the month grid: its top and a first screenful again, not the whole
        // month drawn at once because it was scrolled through before.
        app.client().find(Locator::Css(".fc-dayGridMonth-button")).await?.click().await?;
        app.wait_for_testid("calendar-more").await?;
        app.client().find(Locator::Css(".fc-listMonth-button")).await?.click().await?;
        let again = app
            .wait_until("the month agenda again", || async {
                let n = app.client().execute(ROWS, Vec::new()).await?.as_u64().unwrap_or(0);
                let month = app.client().find_all(Locator::Css(".fc-listMonth-view")).await?;
                Ok((n > 0 && !month.is_empty()).then_some(n))
            })
            .await?;
        let (top, _) = scroller_state(&app).await?;
        ensure!(again < 150 && top == 0.0, "the month agenda came back with {again} rows, {top}px down");

        // The year: a busy day's one-line cell says how many it holds (not how many FullCalendar hid of a few)
        // and opens the day.
        app.client().find(Locator::Css(".fc-multiMonthYear-button")).await?.click().await?;
        let mores = app
            .wait_until("the year's busy days", || async {
                let texts = app
                    .client()
                    .execute(
                        "return [...document.querySelectorAll('[data-testid=\"calendar-more\"] .fc-event-title')] \
                         .map((e) => e.textContent.trim())",
                        Vec::new(),
                    )
                    .await?;
                let texts: Vec<String> = serde_json::from_value(texts)?;
                Ok((texts.len() == 30).then_some(texts))
            })
            .await?;
        let tens = mores.iter().filter(|t| *t == "+10 more").count();
        let elevens = mores.iter().filter(|t| *t == "+11 more").count();
        ensure!(tens == 28 && elevens == 2, "the year's March says {mores:?}");
        app.click_testid_with_text("calendar-more", "+11 more").await?;
        // 29 March: its ten at 06:00 (four side by side, then "+6") and Closing days.
        app.wait_until("the day the year's line opened", || async {
            let day = app.client().find_all(Locator::Css(".fc-timeGridDay-view")).await?;
            let title = app.client().execute("return document.querySelector('.fc-toolbar-title').textContent", Vec::new()).await?;
            let n = app.client().execute(ROWS, Vec::new()).await?.as_u64().unwrap_or(0);
            Ok((!day.is_empty() && title == "March 29, 2025" && n == 5).then_some(()))
        })
        .await?;
        Ok(())
    })
    .await;

    std::fs::remove_dir_all(dir).ok();
}
