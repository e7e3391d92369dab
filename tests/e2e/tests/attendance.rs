//! "Who is coming" (issue #18) on the demo data: the Burma month's webinar, its campaign's six co-organisers invited
//! in one click, two answers and one attendance recorded, the counts in the dialog, in the event's details (also
//! after opening it again) and on the campaign page; the invitation as a ready message in two languages.

use anyhow::{ensure, Result};
use campaign_desk_e2e as e2e;
use fantoccini::Locator;

const CAMPAIGN: &str = "Solidarity Month for the peoples of Burma";
const WEBINAR: &str = "ZERO IN: BURMA [WEBINAR]";
const YES: &str = "International Women's Alliance";
const NO: &str = "ILPS Commission 10";

/// From the campaign page, opens the webinar's details in the calendar.
async fn open_webinar(app: &e2e::App) -> Result<()> {
    app.click_testid("nav-campaigns").await?;
    app.wait_for_testid("view-campaigns").await?;
    app.click_testid_with_text("campaign-row-link", CAMPAIGN).await?;
    app.click_testid_with_text("campaign-event-open", WEBINAR).await?;
    app.wait_for_testid("view-calendar").await?;
    app.wait_for_testid("calendar-details").await?;
    app.wait_enabled("calendar-details-who").await
}

/// Chooses `value` in the `<select>` `testid` of `name`'s row, as a person does.
async fn choose(app: &e2e::App, name: &str, testid: &str, value: &str) -> Result<()> {
    let css = format!("[data-testid=\"who-row\"][data-name=\"{name}\"] [data-testid=\"{testid}\"]");
    app.wait_until(&format!("{testid} of {name} to be usable"), || async {
        let select = app.client().find(Locator::Css(&css)).await?;
        Ok(select.is_enabled().await?.then_some(select))
    })
    .await?
    .select_by_value(value)
    .await?;
    // The row redraws from the reply: wait until the choice is what the page shows.
    app.wait_until(&format!("{testid} of {name} to be saved"), || async {
        let shown = app.client().find(Locator::Css(&css)).await?.prop("value").await?;
        let enabled = app.client().find(Locator::Css(&css)).await?.is_enabled().await?;
        Ok((shown.as_deref() == Some(value) && enabled).then_some(()))
    })
    .await
}

/// The counts line `testid` as `{kind: value}` (only the kinds shown: invited, and what is not zero).
async fn counts(app: &e2e::App, testid: &str) -> Result<serde_json::Value> {
    app.wait_for_testid(testid).await?;
    let script = "const [id] = arguments; \
                  const items = document.querySelectorAll(`[data-testid=\"${id}\"] [data-count]`); \
                  return Object.fromEntries([...items].map((i) => [i.dataset.count, Number(i.dataset.value)]));";
    Ok(app.client().execute(script, vec![testid.into()]).await?)
}

#[tokio::test]
async fn invite_the_co_organisers_record_answers_and_attendance_and_see_the_counts() {
    let db = e2e::fresh_db("attendance");
    let dir = db.parent().map(std::path::Path::to_path_buf).unwrap_or_default();
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        open_webinar(&app).await?;
        ensure!(!app.has_testid("calendar-details-counts").await?, "counts shown before anyone is invited");

        app.click_testid("calendar-details-who").await?;
        app.wait_for_testid("who-dialog").await?;
        app.wait_for_testid("who-empty").await?;
        let offered = app.texts_of_all("who-suggestion").await?;
        ensure!(offered.len() >= 6 && offered.iter().any(|o| o.contains(NO)), "offered {offered:?}");
        app.screenshot("who-empty").await?;

        app.click_testid("who-invite-coorganisers").await?;
        app.wait_for_count("who-row", 6).await?;
        let names: Vec<String> = {
            let mut names = Vec::new();
            for row in app.client().find_all(Locator::Css("[data-testid=\"who-row\"]")).await? {
                names.push(row.attr("data-name").await?.unwrap_or_default());
            }
            names
        };
        ensure!(names.iter().any(|n| n == YES) && names.iter().any(|n| n == NO), "invited {names:?}");
        let invited = names.len() as u64;

        choose(&app, YES, "who-answer", "yes").await?;
        choose(&app, NO, "who-answer", "no").await?;
        choose(&app, YES, "who-attendance", "came").await?;
        let want = serde_json::json!({ "invited": invited, "yes": 1, "no": 1, "waiting": invited - 2, "came": 1 });
        let seen = counts(&app, "who-counts").await?;
        ensure!(seen == want, "counts in the dialog {seen}, expected {want}");
        // The heading is set in capitals by the style sheet.
        let heading = app.text_of("who-follow-up").await?.to_lowercase();
        ensure!(heading.starts_with(&format!("still to answer: {} invitations", invited - 2)), "follow-up {heading:?}");
        let follow = app.texts_of_all("who-follow-up-row").await?;
        ensure!(
            follow.len() as u64 == invited - 2
                && !follow.iter().any(|f| f.contains(YES) || f.contains(NO))
                && follow.iter().all(|f| f.contains("no e-mail or phone in the directory")),
            "follow-up {follow:?}"
        );
        app.screenshot("who-answers").await?;

        // Reminders to send: the day before and an hour before, for everyone invited but the one who said no.
        let expected = 2 * (invited as usize - 1);
        app.wait_for_count("who-reminder", expected).await?;
        let mut names = Vec::new();
        for r in app.client().find_all(Locator::Css("[data-testid=\"who-reminder\"]")).await? {
            names.push(r.attr("data-name").await?.unwrap_or_default());
        }
        ensure!(names.len() == expected && !names.iter().any(|n| n == NO), "reminders for {names:?}");
        let first = app.wait_for_testid("who-reminder-sent").await?;
        first.click().await?;
        app.wait_until("a reminder marked sent", || async {
            let sent = app.client().find_all(Locator::Css("[data-testid=\"who-reminder\"].sent")).await?.len();
            Ok((sent == 1).then_some(()))
        })
        .await?;
        let summary = app.client().find(Locator::Css("[data-testid=\"who-reminder\"] summary")).await?;
        summary.click().await?;
        let text = app.text_of("who-reminder-text").await?;
        ensure!(text.starts_with("Reminder: this is tomorrow.") && text.contains(WEBINAR), "reminder {text:?}");
        let last =
            "[...document.querySelectorAll('[data-testid=\"who-reminder\"]')].pop().scrollIntoView({ block: 'end' })";
        app.client().execute(last, Vec::new()).await?;
        app.screenshot("who-reminders").await?;

        // The invitation as a ready message: the composer's words around the webinar, in the language chosen.
        let message = app.wait_for_text("who-message-text").await?;
        ensure!(
            message.starts_with("You are invited:")
                && message.contains(WEBINAR)
                && message.ends_with("Please answer: yes, maybe or no."),
            "invitation message {message:?}"
        );
        app.select_value("who-message-lang", "es").await?;
        app.wait_until("the message in Spanish", || async {
            let text = app.text_of("who-message-text").await?;
            Ok((text.starts_with("Te invitamos:") && text.ends_with("sí, quizás o no.")).then_some(()))
        })
        .await?;
        app.click_testid("who-message-copy").await?;
        app.wait_until("the copy to be confirmed", || async {
            Ok((app.text_of("who-message-copy").await? != "Copy").then_some(()))
        })
        .await?;
        app.scrolled_into_view("who-message").await?;
        // Still Spanish once everything has settled: a slower earlier reply does not put the English back.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let settled = app.text_of("who-message-text").await?;
        ensure!(settled.starts_with("Te invitamos:"), "the message went back to {settled:?}");
        app.screenshot("who-message").await?;

        // Back in the details, and after opening the event again: the same counts.
        app.click_testid("who-close").await?;
        app.wait_for_testid("calendar-details").await?;
        let details = counts(&app, "calendar-details-counts").await?;
        ensure!(details == want, "counts in the details {details}");
        app.screenshot("who-details").await?;
        app.press_escape().await?;
        app.wait_gone("calendar-details").await?;
        open_webinar(&app).await?;
        let again = counts(&app, "calendar-details-counts").await?;
        ensure!(again == want, "counts after reopening {again}");

        // The campaign page: the webinar's line (the month's only event with invitations, so no totals apart).
        app.press_escape().await?;
        app.wait_gone("calendar-details").await?;
        app.click_testid("nav-campaigns").await?;
        app.click_testid_with_text("campaign-row-link", CAMPAIGN).await?;
        let line = counts(&app, "campaign-invitation-event-counts").await?;
        ensure!(line == want, "campaign counts {line}");
        let title = app.text_of("campaign-invitation-event-open").await?;
        ensure!(title == WEBINAR, "campaign line {title:?}");
        ensure!(!app.has_testid("campaign-invitation-totals").await?, "totals repeat the only event's counts");
        app.scrolled_into_view("campaign-invitations").await?;
        app.screenshot("who-campaign").await?;

        // Invitations by calendar file. The demo's organisations have no e-mail addresses: saving says so.
        let invite = dir.join("webinar-invitation.ics");
        open_webinar(&app).await?;
        app.click_testid("calendar-details-who").await?;
        app.wait_for_testid("who-files").await?;
        app.fill_testid("who-organizer", "desk@example.org").await?;
        app.answer_file_dialog(&invite)?;
        // Pressed where a person finds it, at the foot of the dialog's scrolled body (the harness's click would
        // first centre it, leaving room below for the message).
        app.script("document.querySelector('[data-testid=\"who-ics-save\"]').scrollIntoView({ block: 'end' })", Vec::new())
            .await?;
        app.wait_for_testid("who-ics-save").await?.click().await?;
        let refused = app.wait_for_text("who-files-error").await?;
        ensure!(refused.starts_with("None of those invited has an e-mail address in the directory ("), "{refused:?}");
        // The message appears below the buttons at the foot of a long dialog: it is brought into view.
        app.wait_in_view("who-files-error").await?;
        ensure!(!invite.exists(), "an invitation without attendees was written");

        // Ana, added to the directory with an address, invited through the search box; the file names her.
        let ana = serde_json::json!({ "input": { "name": "Ana Reyes", "email": "ana@example.org" } });
        app.invoke("person_create", ana).await?;
        app.fill_testid("who-add", "Ana Re").await?;
        app.click_testid_with_text("who-add-option", "Ana Reyes").await?;
        app.wait_for_count("who-row", invited as usize + 1).await?;
        app.answer_file_dialog(&invite)?;
        app.click_testid("who-ics-save").await?;
        let saved = app.wait_for_text("who-files-done").await?;
        ensure!(saved.starts_with("Saved: an invitation from desk@example.org to 1 invitee"), "{saved:?}");
        ensure!(saved.contains(&format!("Not in it, for want of an e-mail address in the directory: {}", names[0])), "{saved:?}");
        let ics = std::fs::read_to_string(&invite)?.replace("\r\n ", "");
        ensure!(
            ics.contains("METHOD:REQUEST")
                && ics.contains("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Ana Reyes\":mailto:ana@example.org"),
            "invitation {ics}"
        );
        // Her calendar's reply, accepting, read back into her answer.
        let uid = ics.lines().find_map(|l| l.strip_prefix("UID:")).unwrap_or_default().trim().to_owned();
        let reply = dir.join("reply.ics");
        std::fs::write(
            &reply,
            format!(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n\
                 DTSTAMP:20250210T000000Z\r\nATTENDEE;PARTSTAT=ACCEPTED;CN=Ana Reyes:mailto:ana@example.org\r\n\
                 END:VEVENT\r\nEND:VCALENDAR\r\n"
            ),
        )?;
        app.answer_file_dialog(&reply)?;
        app.click_testid("who-reply-import").await?;
        app.wait_until("the reply to be recorded", || async {
            let done = app.text_of("who-files-done").await.unwrap_or_default();
            Ok((done == "Ana Reyes: Yes.").then_some(()))
        })
        .await?;
        app.wait_in_view("who-files-done").await?;
        let seen = counts(&app, "who-counts").await?;
        ensure!(seen["yes"] == 2 && seen["invited"] == invited + 1, "counts after the reply {seen}");
        app.scrolled_into_view("who-files").await?;
        app.screenshot("who-files").await?;

        // One click on the bin would drop a recorded answer: removing Ana, who said yes, asks first; Cancel keeps her.
        let bin = "[data-testid=\"who-row\"][data-name=\"Ana Reyes\"] [data-testid=\"who-remove\"]";
        app.client().find(Locator::Css(bin)).await?.click().await?;
        let asked = app.text_of("confirm-body").await?;
        ensure!(asked.starts_with("Ana Reyes’s answer, attendance and notes"), "asked {asked:?}");
        app.click_testid("confirm-cancel").await?;
        app.wait_gone("confirm-dialog").await?;
        ensure!(app.texts_of_all("who-row").await?.len() as u64 == invited + 1, "Cancel removed her");
        app.client().find(Locator::Css(bin)).await?.click().await?;
        app.click_testid("confirm-ok").await?;
        app.wait_until("Ana to be removed", || async {
            Ok((app.texts_of_all("who-row").await?.len() as u64 == invited).then_some(()))
        })
        .await?;
        ensure!(app.has_testid("who-dialog").await?, "confirming closed Who is coming too");
        Ok(())
    })
    .await;
}
