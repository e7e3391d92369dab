//! .ics in the real app: the export and import dialogs open from the calendar and the campaign page; the commands
//! behind them write a file and import a Google Calendar export (preview first, then all at once, and a second
//! import changes nothing); the dialog previews the partner's edited file as a list of new, changed and unchanged
//! events, filtered; the imported series shows in the calendar; a campaign's checklist marks an overdue task
//! and ticks it off; next year's edition and a solidarity month from its template are laid out, edited and created;
//! publishing is set up in Settings.
//!
//! WebDriver cannot drive the native file dialogs, so the file paths go to the same IPC commands the dialogs call
//! (through `__TAURI_INTERNALS__.invoke`, as the UI's `call` does).

use anyhow::{ensure, Result};
use campaign_desk_e2e as e2e;
use fantoccini::key::Key;
use serde_json::{json, Value};

async fn invoke(app: &e2e::App, command: &str, args: Value) -> Result<Value> {
    app.invoke(command, args).await
}

fn fixture(name: &str) -> String {
    format!("{}/../fixtures/ics/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test]
async fn export_and_import_ics() {
    let db = e2e::fresh_db("ics");
    let dir = db.parent().expect("db dir").to_path_buf();

    let out = dir.join("everything.ics");
    let edited = dir.join("google-again.ics");
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;

        // The export dialog, narrowed.
        app.click_testid("calendar-export-ics").await?;
        app.wait_for_testid("ics-export-dialog").await?;
        app.click_testid("ics-scope-some").await?;
        app.screenshot("d-ics-export-dialog").await?;
        app.press_escape().await?;

        // What its "Save as…" does, to a file we choose.
        let scope = json!({ "campaigns": [], "organisations": [], "kinds": [], "from": null, "to": null });
        let written = invoke(&app, "ics_export", json!({ "scope": scope, "path": out })).await?;
        let text = std::fs::read_to_string(&out)?;
        let vevents = text.matches("BEGIN:VEVENT").count();
        ensure!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"), "not a calendar");
        ensure!(written["events"].as_u64().is_some_and(|n| n > 0 && n as usize <= vevents), "summary {written}");

        // The import dialog's first step.
        app.click_testid("calendar-import-ics").await?;
        app.wait_for_testid("ics-choose-file").await?;
        app.screenshot("d-ics-import-dialog").await?;
        app.press_escape().await?;

        // A Google Calendar export: preview, import, import again.
        let google = fixture("google.ics");
        let args = |dry_run: bool| json!({ "path": google, "campaignId": null, "floatingZone": null, "dryRun": dry_run });
        let preview = invoke(&app, "ics_import", args(true)).await?;
        ensure!(preview["applied"] == json!(false) && preview["new"].as_u64() >= Some(1), "preview {preview}");
        let first = invoke(&app, "ics_import", args(false)).await?;
        ensure!(first["applied"] == json!(true) && first["new"] == preview["new"], "import {first}");
        let again = invoke(&app, "ics_import", args(false)).await?;
        ensure!(again["new"] == json!(0) && again["updated"] == json!(0), "re-import duplicated or changed: {again}");

        // The partner sends the file again, the press conference moved and retitled and a day of action added: the
        // dialog's preview lists every event with its fate, the fields that change, when it starts, and filters.
        let text = std::fs::read_to_string(&google)?
            .replace(
                "DTSTART:20250206T170000Z\nDTEND:20250206T180000Z\nDTSTAMP:20250201T120000Z\nUID:presscon-2025@google.com\n\
                 SUMMARY:Press conference on ICE raids\n",
                "DTSTART:20250206T180000Z\nDTEND:20250206T190000Z\nDTSTAMP:20250203T120000Z\nUID:presscon-2025@google.com\n\
                 SEQUENCE:1\nSUMMARY:Press conference on ICE raids and detentions\nLOCATION:Chicago Federal Plaza\n",
            )
            .replace(
                "END:VCALENDAR",
                "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20250301\nDTEND;VALUE=DATE:20250302\n\
                 UID:dayofaction-2025@google.com\nSUMMARY:Day of action for migrant rights\nEND:VEVENT\nEND:VCALENDAR",
            );
        ensure!(text.contains("and detentions") && text.contains("Day of action"), "the fixture changed");
        std::fs::write(&edited, text)?;
        app.click_testid("calendar-import-ics").await?;
        app.wait_for_testid("ics-choose-file").await?;
        app.answer_file_dialog(&edited)?;
        app.click_testid("ics-choose-file").await?;
        app.wait_for_count("ics-row", 4).await?;
        let rows = app.texts_of_all("ics-row").await?;
        let row = |title: &str| rows.iter().find(|r| r.contains(title)).cloned().unwrap_or_default();
        let series = row("Repeats");
        ensure!(series.contains("Unchanged") && series.contains("Repeats"), "the series row: {rows:?}");
        let press = row("Press conference on ICE raids and detentions");
        for part in ["Changed", "Changes: Title, Start, End, Place", "America/Chicago"] {
            ensure!(press.contains(part), "the changed row lacks {part:?}: {press:?}");
        }
        ensure!(row("Day of action").contains("New") && row("Day of action").contains("all day"), "new row: {rows:?}");
        let summary = app.text_of("ics-summary").await?;
        ensure!(summary.contains("1 new") && summary.contains("1 changed") && summary.contains("2 unchanged"), "{summary}");
        app.screenshot("d-ics-import-preview").await?;
        app.click_testid("ics-filter-updated").await?;
        app.wait_until("only the changed row", || async {
            let rows = app.texts_of_all("ics-row").await?;
            Ok((rows.len() == 1 && rows[0].contains("and detentions")).then_some(()))
        })
        .await?;
        app.click_testid("ics-filter-skipped").await?;
        app.wait_until("no skipped rows", || async { Ok((!app.has_testid("ics-row").await?).then_some(())) }).await?;
        app.click_testid("ics-filter-new").await?;
        app.wait_until("only the new row", || async {
            let rows = app.texts_of_all("ics-row").await?;
            Ok((rows.len() == 1 && rows[0].contains("Day of action")).then_some(()))
        })
        .await?;
        app.screenshot("d-ics-import-preview-filtered").await?;
        app.press_escape().await?;
        app.wait_until("the dialog to close", || async { Ok((!app.has_testid("ics-import-dialog").await?).then_some(())) })
            .await?;

        // The imported series in the calendar, at its own hour in Chicago.
        let enter = char::from(Key::Enter);
        app.fill_testid("calendar-zone", &format!("America/Chicago{enter}")).await?;
        app.client()
            .execute(
                "const i = document.querySelector('[data-testid=\"calendar-goto\"]'); i.value = '2025-02-04'; \
                 i.dispatchEvent(new Event('change', { bubbles: true }));",
                Vec::new(),
            )
            .await?;
        app.wait_until("the imported network call in February", || async {
            let found = app
                .client()
                .execute(
                    "return [...document.querySelectorAll('[data-testid=\"calendar-event\"]')] \
                       .some((e) => e.textContent.includes('Tanggol Migrante network call') && e.textContent.includes('18:00'))",
                    Vec::new(),
                )
                .await?;
            Ok((found.as_bool() == Some(true)).then_some(()))
        })
        .await?;
        app.screenshot("d-ics-imported").await?;

        // The campaign page has both buttons; Settings has the publishing section.
        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("campaign-row-link").await?;
        app.wait_for_testid("campaign-export-ics").await?;

        // Its checklist: a task already overdue, then ticked off.
        app.fill_testid("task-title", "Book the hall").await?;
        app.client()
            .execute(
                "const i = document.querySelector('[data-testid=\"task-due\"]'); i.value = '2025-01-10'; \
                 i.dispatchEvent(new Event('input', { bubbles: true }));",
                Vec::new(),
            )
            .await?;
        app.click_testid("task-add").await?;
        app.wait_for_testid("campaign-task").await?;
        let task = app.text_of("campaign-task").await?;
        ensure!(task.contains("Book the hall") && task.contains("overdue since"), "task shown as {task:?}");
        app.scrolled_into_view("campaign-tasks").await?;
        app.screenshot("d-campaign-tasks").await?;
        app.click_testid("campaign-task-done").await?;
        app.wait_until("the task to be done", || async {
            Ok((!app.text_of("campaign-task").await?.contains("overdue")).then_some(()))
        })
        .await?;
        app.click_testid("campaign-export-ics").await?;
        app.wait_for_testid("ics-export-dialog").await?;
        app.screenshot("d-ics-campaign-export").await?;
        app.press_escape().await?;
        // An announcement of the campaign, kept with it and listed on its page.
        app.click_testid("campaign-announce").await?;
        app.wait_for_testid("announce-dialog").await?;
        app.wait_until("the composed text", || async {
            let v = app
                .client()
                .execute("return document.querySelector('[data-testid=\"announce-text\"]').value", Vec::new())
                .await?;
            Ok(v.as_str().filter(|t| !t.is_empty()).map(str::to_owned))
        })
        .await?;
        app.click_testid("announce-keep").await?;
        app.wait_for_testid("announce-saved").await?;
        app.press_escape().await?;
        app.wait_for_testid("campaign-announcement").await?;

        // Next year's edition of this campaign, laid out, one date moved, then created.
        app.click_testid("campaign-duplicate").await?;
        app.wait_for_testid("plan-dialog").await?;
        app.click_testid("plan-lay-out").await?;
        app.wait_for_testid("plan-events").await?;
        let title = app
            .client()
            .execute("return document.querySelector('[data-testid=\"plan-campaign-title\"]').value", Vec::new())
            .await?;
        ensure!(title.as_str().is_some_and(|t| t.contains("2026")), "next edition titled {title:?}");
        app.screenshot("d-campaign-next-edition").await?;
        app.click_testid("plan-create").await?;
        app.wait_until("the new edition's page", || async {
            let h = app.text_of("campaign-page-title").await.unwrap_or_default();
            Ok(h.contains("2026").then_some(()))
        })
        .await?;

        // A solidarity month from its template.
        app.click_testid("nav-campaigns").await?;
        app.click_testid("campaign-from-template").await?;
        app.wait_for_testid("plan-dialog").await?;
        app.fill_testid("plan-title", "Solidarity Month for migrant domestic workers").await?;
        app.client()
            .execute(
                "const i = document.querySelector('[data-testid=\"plan-start\"]'); i.value = '2026-03-01'; \
                 i.dispatchEvent(new Event('input', { bubbles: true }));",
                Vec::new(),
            )
            .await?;
        app.click_testid("plan-lay-out").await?;
        app.wait_for_count("plan-event", 4).await?;
        // Move the webinar a day later before saving.
        app.client()
            .execute(
                "const i = document.querySelectorAll('[data-testid=\"plan-event-start\"]')[1]; \
                 i.value = '2026-03-16T20:00'; i.dispatchEvent(new Event('input', { bubbles: true }));",
                Vec::new(),
            )
            .await?;
        app.screenshot("d-campaign-template").await?;
        app.click_testid("plan-create").await?;
        app.wait_until("the new campaign's page", || async {
            let h = app.text_of("campaign-page-title").await.unwrap_or_default();
            Ok(h.contains("domestic workers").then_some(()))
        })
        .await?;
        app.wait_for_count("campaign-task", 6).await?;
        let events = app.texts_of_all("campaign-event").await?.join(" | ");
        ensure!(events.contains("Mar 16, 2026"), "the moved webinar: {events}");
        app.screenshot("d-campaign-from-template").await?;

        // Its webinar on the calendar, composed for Facebook in the partner zones and copied.
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        app.client()
            .execute(
                "const i = document.querySelector('[data-testid=\"calendar-goto\"]'); i.value = '2026-03-16'; \
                 i.dispatchEvent(new Event('change', { bubbles: true }));",
                Vec::new(),
            )
            .await?;
        let open_webinar = "const hit = [...document.querySelectorAll('[data-testid=\"calendar-event\"]')] \
                              .find((e) => e.textContent.includes('Webinar: Solidarity Month for migrant')); \
                            if (hit) hit.click(); return !!hit;";
        app.wait_until("the template's webinar on the calendar", || async {
            Ok((app.client().execute(open_webinar, Vec::new()).await?.as_bool() == Some(true)).then_some(()))
        })
        .await?;
        app.wait_for_testid("calendar-details").await?;
        app.click_testid("calendar-details-announce").await?;
        app.wait_for_testid("announce-dialog").await?;
        app.wait_until("the webinar's Facebook post", || async {
            let v = app
                .client()
                .execute("return document.querySelector('[data-testid=\"announce-text\"]').value", Vec::new())
                .await?;
            Ok(v.as_str().filter(|t| t.starts_with("Webinar: Solidarity Month for migrant")).map(str::to_owned))
        })
        .await?;
        app.click_testid("announce-copy").await?;
        app.wait_until("copied, or a message saying why not", || async {
            Ok((app.has_testid("announce-copied").await? || app.has_testid("announce-error").await?).then_some(()))
        })
        .await?;
        app.screenshot("d-template-webinar-announcement").await?;
        app.press_escape().await?;

        app.click_testid("nav-settings").await?;
        app.wait_for_testid("publish-form").await?;
        app.scrolled_into_view("publish-choose").await?;
        app.screenshot("d-settings-publish").await?;

        // An announcement template of one's own, then what the composer writes with it.
        app.scrolled_into_view("template-text").await?;
        app.client()
            .execute(
                "const t = document.querySelector('[data-testid=\"template-text\"]'); t.value = '{title} — {when}'; \
                 t.dispatchEvent(new Event('input', { bubbles: true }));",
                Vec::new(),
            )
            .await?;
        app.screenshot("d-settings-templates").await?;
        app.click_testid("templates-save").await?;
        app.wait_until("the template to be used", || async {
            let args = json!({ "id": 2, "at": null, "platform": "facebook", "lang": "en", "zones": [] });
            let post = invoke(&app, "announce_event", args).await?;
            let text = post["text"].as_str().unwrap_or("").to_owned();
            Ok(text.starts_with("ZERO IN: BURMA [WEBINAR] — ").then_some(()))
        })
        .await?;
        Ok(())
    })
    .await;

    std::fs::remove_dir_all(dir).ok();
}
