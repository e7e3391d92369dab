//! Find a time's poll mode (issue #18) on the demo data: three partners (Auckland, Toronto, London), three of the
//! suggested 90-minute slots put to a poll, each organisation's answer for each slot, the winner shown with the rule
//! that decided it, the event made from it in the editor and linked to the poll — also at 1024×700 —, and the
//! poll deleted after a confirmation, its event kept.

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e as e2e;
use fantoccini::Locator;

const PARTNERS: [&str; 3] = ["Gabriela Aotearoa", "Migrante Canada", "Migrante UK"];
const TITLE: &str = "Solidarity month coordinators";

async fn tick_org(app: &e2e::App, name: &str) -> Result<bool> {
    let script = "const [name] = arguments; \
                  const box = [...document.querySelectorAll('[data-testid=\"find-time-org\"]')] \
                    .find((b) => b.dataset.name === name); \
                  if (!box) return null; \
                  box.click(); \
                  return box.checked;";
    let checked = app.client().execute(script, vec![name.into()]).await?;
    checked.as_bool().ok_or_else(|| anyhow::anyhow!("no organisation {name:?} in the dialog"))
}

/// Clicks the `index`th element with this test id.
async fn click_nth(app: &e2e::App, testid: &str, index: usize) -> Result<()> {
    let all = app.client().find_all(Locator::Css(&format!("[data-testid=\"{testid}\"]"))).await?;
    let element = all.get(index).with_context(|| format!("no {testid} number {index}"))?;
    element.click().await.with_context(|| format!("clicking {testid} number {index}"))
}

/// Chooses `answer` in the answer of organisation row `org` for slot column `slot`, and waits for the counts to move.
async fn answer(app: &e2e::App, org: usize, slot: usize, answer: &str) -> Result<()> {
    let before = app.texts_of_all("poll-counts").await?;
    let all = app.client().find_all(Locator::Css("[data-testid=\"poll-answer\"]")).await?;
    let select = all.get(org * 3 + slot).with_context(|| format!("no answer cell {org}×{slot}"))?;
    select.select_by_value(answer).await.with_context(|| format!("answering {answer} in {org}×{slot}"))?;
    app.wait_until("the counts to change", || async {
        Ok((app.texts_of_all("poll-counts").await? != before).then_some(()))
    })
    .await
}

async fn resize(app: &e2e::App, width: u32, height: u32) -> Result<()> {
    app.client().set_window_size(width, height).await.context("WebDriver set_window_size")?;
    app.wait_until(&format!("window.innerWidth to be {width}"), || async {
        let inner = app.client().execute("return window.innerWidth", Vec::new()).await?;
        Ok((inner.as_u64() == Some(u64::from(width))).then_some(()))
    })
    .await
}

#[tokio::test]
async fn three_suggestions_put_to_a_poll_answered_and_the_winner_made_the_event() {
    let db = e2e::fresh_db("polls");
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("view-calendar").await?;

        // No poll yet: the polls dialog says how to start one.
        app.click_testid("calendar-polls").await?;
        let none = app.wait_for_text("polls-none").await?;
        ensure!(none.starts_with("No polls yet. In Find a time, tick two or three suggestions"), "{none:?}");
        app.press_escape().await?;
        app.wait_gone("polls").await?;

        app.click_testid("calendar-find-time").await?;
        app.wait_for_testid("find-time").await?;
        for name in PARTNERS {
            ensure!(tick_org(&app, name).await?, "{name} could not be chosen");
        }
        app.select_value("find-time-length", "90").await?;
        app.set_value("find-time-from", "2025-02-18").await?;
        app.set_value("find-time-days", "7").await?;
        app.click_testid("find-time-search").await?;
        app.wait_for_count("find-time-slot", 5).await?;
        let hint = app.text_of("find-time-poll-bar").await?;
        ensure!(hint.starts_with("Tick two or three suggestions"), "poll bar {hint:?}");
        let suggestions = app.texts_of_all("find-time-slot").await?;

        // Three suggestions ticked; a fourth cannot be.
        for i in 0..3 {
            click_nth(&app, "find-time-poll-pick", i).await?;
        }
        let disabled = app
            .client()
            .execute(
                "return [...document.querySelectorAll('[data-testid=\"find-time-poll-pick\"]')].map((b) => b.disabled)",
                Vec::new(),
            )
            .await?;
        ensure!(disabled == serde_json::json!([false, false, false, true, true]), "poll ticks {disabled}");
        app.fill_testid("find-time-poll-title", TITLE).await?;
        // The poll belongs to the first campaign (the calendar shows them all, so none is chosen at first).
        ensure!(app.value_of("find-time-poll-campaign").await?.is_empty(), "a campaign was chosen already");
        app.select_index("find-time-poll-campaign", 1).await?;
        app.screenshot("polls-pick").await?;
        app.click_testid("find-time-start-poll").await?;

        // The poll: three slots in Auckland's days, the three partners, nobody has answered.
        app.wait_for_testid("poll-view").await?;
        ensure!(!app.has_testid("find-time").await?, "Find a time stayed open under the poll");
        ensure!(app.text_of("poll-title").await? == TITLE, "poll title");
        let heads = app.texts_of_all("poll-slot-head").await?;
        ensure!(heads.len() == 3, "slot heads {heads:?}");
        let rows = app.texts_of_all("poll-org-row").await?;
        ensure!(rows.len() == 3 && rows[0].starts_with("Gabriela Aotearoa"), "organisation rows {rows:?}");
        let waiting = app.text_of("poll-result").await?;
        ensure!(waiting == "No answers yet: record each organisation’s answer for each slot.", "{waiting:?}");
        // Each slot is one of the suggestions, in time order; the first row's times are Auckland's.
        for head in &heads {
            let time = head.rsplit(", ").next().unwrap_or_default().split_whitespace().next().unwrap_or_default();
            ensure!(
                suggestions.iter().any(|s| s.contains(&format!("{time} Auckland"))),
                "slot {head:?} not among {suggestions:?}"
            );
        }

        // Slot 2: yes from all three. Slot 1: yes, no, if need be. Slot 3: no, yes, no.
        for (org, slot, given) in [
            (0, 0, "yes"),
            (1, 0, "no"),
            (2, 0, "if_need_be"),
            (0, 1, "yes"),
            (1, 1, "yes"),
            (2, 1, "yes"),
            (0, 2, "no"),
            (1, 2, "yes"),
            (2, 2, "no"),
        ] {
            answer(&app, org, slot, given).await?;
        }
        let counts = app.texts_of_all("poll-counts").await?;
        ensure!(
            counts == ["1 yes · 1 if need be · 1 no", "3 yes · 0 if need be · 0 no", "1 yes · 0 if need be · 2 no"],
            "counts {counts:?}"
        );
        let result = app.text_of("poll-result").await?;
        ensure!(result.starts_with("Winner: ") && result.ends_with(" — most yes."), "result {result:?}");
        // "Tue, Feb 18, 10:30": the head's day and time (then its city and the badge).
        let second: Vec<&str> = heads[1].split_whitespace().take(4).collect();
        ensure!(result.contains(&second.join(" ")), "winner {result:?} is not {:?}", heads[1]);
        let badges = app
            .client()
            .execute(
                "return [...document.querySelectorAll('[data-testid=\"poll-slot-head\"]')] \
                   .map((h) => !!h.querySelector('[data-testid=\"poll-winner-badge\"]'))",
                Vec::new(),
            )
            .await?;
        ensure!(badges == serde_json::json!([false, true, false]), "winner badge {badges}");
        app.screenshot("polls-answers").await?;
        resize(&app, 1024, 700).await?;
        app.screenshot("polls-answers-1024x700").await?;
        let overflow =
            app.client().execute("return document.documentElement.scrollWidth > window.innerWidth", Vec::new()).await?;
        ensure!(overflow == serde_json::json!(false), "the page is wider than the window at 1024×700");
        resize(&app, 1440, 900).await?;

        // The winner into the editor: the poll's title, Auckland's clock, the three as co-organisers.
        app.click_testid("poll-create-event").await?;
        app.wait_for_testid("event-form").await?;
        ensure!(!app.has_testid("polls").await?, "the polls stayed open under the editor");
        ensure!(app.value_of("event-title").await? == TITLE, "title in the editor");
        let orgs = app.texts_of_all("event-org-row").await?;
        ensure!(orgs.len() == 3 && orgs[2].contains("Migrante UK"), "organisations {orgs:?}");
        app.screenshot("polls-editor").await?;
        app.click_testid("event-save").await?;
        app.wait_for_testid("poll-event-made").await?;
        ensure!(!app.has_testid("poll-create-event").await?, "the poll can still be made an event twice");
        ensure!(app.texts_of_all("poll-answer").await?.len() == 9, "answers");
        let closed = app
            .client()
            .execute(
                "return [...document.querySelectorAll('[data-testid=\"poll-answer\"]')].every((s) => s.disabled)",
                Vec::new(),
            )
            .await?;
        ensure!(closed == serde_json::json!(true), "a closed poll's answers can still be changed");
        app.screenshot("polls-event-made").await?;

        // What the core keeps: the poll closed on the winner and linked to an event at that time.
        let polls = app.invoke("poll_list", serde_json::json!({ "campaign": null })).await?;
        let poll = app.invoke("poll_show", serde_json::json!({ "id": polls[0]["id"] })).await?;
        let winner = &poll["slots"][1];
        ensure!(poll["poll"]["chosen_slot_id"] == winner["id"], "chosen {}", poll["poll"]);
        let event = app.invoke("event_get", serde_json::json!({ "id": poll["poll"]["event_id"] })).await?;
        ensure!(event["title"] == TITLE && event["zone"] == "Pacific/Auckland", "event {event}");
        let auckland = winner["times"][0]["start"].as_str().unwrap_or_default();
        ensure!(event["start"].as_str() == auckland.get(..16), "event start {} for slot {auckland}", event["start"]);
        let roles: Vec<&str> =
            event["organisations"].as_array().into_iter().flatten().filter_map(|o| o["role"].as_str()).collect();
        ensure!(roles == ["co_organiser"; 3], "roles {roles:?}");
        let campaign = poll["poll"]["campaign_id"].clone();
        ensure!(
            campaign.is_number() && event["campaign_id"] == campaign,
            "campaign {campaign} / {}",
            event["campaign_id"]
        );

        // The campaign's page has its polls too.
        app.press_escape().await?;
        app.wait_gone("polls").await?;
        app.client().execute("location.hash = '#/campaigns/' + arguments[0]", vec![campaign]).await?;
        app.wait_for_testid("campaign-page").await?;
        app.click_testid("campaign-polls").await?;
        app.wait_for_testid("poll-view").await?;
        ensure!(app.text_of("poll-title").await? == TITLE, "the campaign's poll");
        ensure!(app.has_testid("poll-event-made").await?, "the campaign's poll is not marked as made");
        let meta = app.text_of("poll-meta").await?;
        ensure!(meta.starts_with("90 minutes · Pacific/Auckland · Campaign: "), "poll meta {meta:?}");
        app.screenshot("polls-campaign").await?;

        // Deleting the poll asks first (cancelling keeps it), then takes it away; the event made from it stays.
        app.click_testid("poll-delete").await?;
        let body = app.wait_for_text("confirm-body").await?;
        ensure!(
            body == format!(
                "Delete “{TITLE}” with every organisation’s answers? An event made from it stays in the calendar."
            ),
            "{body:?}"
        );
        app.screenshot("polls-delete-confirm").await?;
        app.click_testid("confirm-cancel").await?;
        app.wait_gone("confirm-dialog").await?;
        ensure!(app.text_of("poll-title").await? == TITLE, "cancelling deleted the poll");
        app.click_testid("poll-delete").await?;
        app.click_testid("confirm-ok").await?;
        let none = app.wait_for_text("polls-none").await?;
        ensure!(none.starts_with("No polls yet."), "after deleting {none:?}");
        let left = app.invoke("poll_list", serde_json::json!({ "campaign": null })).await?;
        ensure!(left == serde_json::json!([]), "polls left {left}");
        let event = app.invoke("event_get", serde_json::json!({ "id": poll["poll"]["event_id"] })).await?;
        ensure!(event["title"] == TITLE, "the poll's event went with it: {event}");
        Ok(())
    })
    .await;
}

/// An organisation's own day in its form: hours checked by the core next to their field, the working days as
/// ticks (none ticked is refused), saved in find-time's spelling.
#[tokio::test]
async fn an_organisations_own_day_is_edited_in_its_form() {
    let db = e2e::fresh_db("org-own-day");
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-organisations").await?;
        app.wait_for_testid("view-organisations").await?;
        app.click_testid_with_text("org-row", "Migrante UK").await?;
        app.click_testid("org-edit").await?;
        app.wait_for_testid("org-form").await?;
        let ticks = app
            .client()
            .execute(
                "return [...document.querySelectorAll('[data-testid^=\"org-working-day-\"]')].map((b) => b.checked)",
                Vec::new(),
            )
            .await?;
        ensure!(ticks == serde_json::json!([true, true, true, true, true, false, false]), "default week {ticks}");

        // At 1024×700 the hours sit below the fold: a refused save brings the first marked field into view (the
        // walk found Save seeming to do nothing, its message out of sight).
        resize(&app, 1024, 700).await?;
        app.fill_testid("org-working-hours", "9-5").await?;
        app.fill_testid("org-sleeping-hours", "00:00-08:00").await?;
        // As a person who typed the hours, then went back up to check the name, before pressing Save.
        app.script("document.querySelector('[data-testid=\"org-form\"] .body').scrollTo(0, 0)", Vec::new()).await?;
        app.click_testid("org-save").await?;
        let error = app.wait_for_text("org-working-hours-error").await?;
        ensure!(error == "'9-5' is not a range of hours such as 09:00-18:00", "working hours error {error:?}");
        app.wait_in_view("org-working-hours-error").await?;

        app.fill_testid("org-working-hours", "10:00-19:00").await?;
        for day in 0..5 {
            app.click_testid(&format!("org-working-day-{day}")).await?;
        }
        app.click_testid("org-save").await?;
        let none = app.wait_for_text("org-working-days-error").await?;
        ensure!(none == "Tick at least one working day.", "no days {none:?}");
        // Sunday to Thursday.
        for day in [6, 0, 1, 2, 3] {
            app.click_testid(&format!("org-working-day-{day}")).await?;
        }
        ensure!(!app.has_testid("org-working-days-error").await?, "the error stayed once days were ticked");
        app.scrolled_into_view("org-working-days").await?;
        app.screenshot("org-own-day-1024x700").await?;
        resize(&app, 1440, 900).await?;
        app.screenshot("org-own-day").await?;
        app.click_testid("org-save").await?;
        app.wait_gone("org-form").await?;

        let orgs = app.invoke("org_list", serde_json::json!({ "query": "Migrante UK" })).await?;
        let org = &orgs[0];
        ensure!(
            org["working_hours"] == "10:00-19:00"
                && org["working_days"] == "sun-thu"
                && org["sleeping_hours"] == "00:00-08:00",
            "saved {org}"
        );
        Ok(())
    })
    .await;
}
