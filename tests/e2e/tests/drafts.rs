//! Drafts of unsaved forms (issue #13): what is typed into a form is kept while it is open, so a reload (or a crash,
//! or a closed window) loses nothing; reopening the form offers it back ("Restore the unsaved changes from HH:MM?"),
//! never silently; saving or discarding drops it.
//! - a new campaign typed, the page reloaded: the reopened form is empty and offers the draft; Restore fills every
//!   field typed (text, a choice, a hashtag); saving drops the draft.
//! - the discard paths: Discard on the offer, and a confirmed "Discard changes" (whose focus starts on "Keep
//!   editing"), leave no draft behind.
//! - an organisation changed since its draft was typed: the draft is still offered, and says so.
//! - the event dialog: a new event's draft comes back after a reload, and goes once the event is saved.

use anyhow::{ensure, Result};
use campaign_desk_e2e as e2e;

const TITLE: &str = "Solidarity Month for the peoples of Burma";
const SUMMARY: &str = "Thirty days of action with the peoples of Burma";

/// The localStorage keys of form drafts, sorted.
async fn draft_keys(app: &e2e::App) -> Result<Vec<String>> {
    let script = "return Object.keys(localStorage).filter((k) => k.startsWith('campaign-desk:form-draft:')).sort()";
    let keys = app.client().execute(script, Vec::new()).await?;
    Ok(keys.as_array().into_iter().flatten().filter_map(|k| k.as_str().map(str::to_owned)).collect())
}

/// Waits until the drafts kept are exactly `expected` (the form writes them a moment after typing stops).
async fn wait_for_drafts(app: &e2e::App, expected: &[&str]) -> Result<()> {
    app.wait_until(&format!("the drafts kept to be {expected:?}"), || async {
        let keys = draft_keys(app).await?;
        Ok((keys == expected).then_some(()))
    })
    .await
}

/// The `data-testid` of the element that has the keyboard focus.
async fn focused_testid(app: &e2e::App) -> Result<String> {
    let script = "return document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''";
    Ok(app.client().execute(script, Vec::new()).await?.as_str().unwrap_or_default().to_owned())
}

/// Reloads the page and waits for the app to be back.
async fn reload(app: &e2e::App) -> Result<()> {
    app.client().refresh().await?;
    app.wait_for_testid("nav-campaigns").await?;
    Ok(())
}

/// Opens the new-campaign form from the (empty) campaign list.
async fn open_new_campaign(app: &e2e::App) -> Result<()> {
    app.click_testid("nav-campaigns").await?;
    app.wait_for_testid("view-campaigns").await?;
    app.click_testid("campaign-new-empty").await?;
    app.wait_for_testid("campaign-form").await?;
    Ok(())
}

/// Types a campaign: a title, a summary, a kind and a hashtag.
async fn type_campaign(app: &e2e::App) -> Result<()> {
    app.fill_testid("campaign-title", TITLE).await?;
    app.fill_testid("campaign-summary", SUMMARY).await?;
    app.select_value("campaign-kind", "solidarity_month").await?;
    app.fill_testid("campaign-hashtags", "#StandWithBurma,").await?;
    app.wait_for_testid("hashtag-chip").await?;
    Ok(())
}

#[tokio::test]
async fn a_reloaded_campaign_form_offers_its_draft_back() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?; // where starting empty leads, once settings are saved
        open_new_campaign(&app).await?;
        ensure!(!app.has_testid("draft-offer").await?, "a first form offers a draft");
        type_campaign(&app).await?;
        wait_for_drafts(&app, &["campaign-desk:form-draft:campaign:new"]).await?;

        reload(&app).await?;
        open_new_campaign(&app).await?;
        let offer = app.wait_for_text("draft-offer").await?; // the question, then its two buttons
        let question = offer.split_inclusive('?').next().unwrap_or_default();
        let time = question.trim_start_matches("Restore the unsaved changes from ").trim_end_matches('?');
        ensure!(
            question.starts_with("Restore the unsaved changes from ")
                && time.len() == 5
                && time.as_bytes()[2] == b':'
                && time.chars().filter(char::is_ascii_digit).count() == 4,
            "the offer reads {offer:?}"
        );
        ensure!(!app.has_testid("draft-record-changed").await?, "a new campaign's draft says its record changed");
        // Offered, not restored: the form is as a new one opens.
        ensure!(app.value_of("campaign-title").await?.is_empty(), "the draft was restored before being asked");
        app.screenshot("drafts-offer").await?;

        app.click_testid("draft-restore").await?;
        app.wait_gone("draft-offer").await?;
        let title = app.value_of("campaign-title").await?;
        let summary = app.value_of("campaign-summary").await?;
        let kind = app.value_of("campaign-kind").await?;
        let tags = app.texts_of_all("hashtag-chip").await?;
        ensure!(title == TITLE, "restored title {title:?}");
        ensure!(summary == SUMMARY, "restored summary {summary:?}");
        ensure!(kind == "solidarity_month", "restored kind {kind:?}");
        ensure!(tags.len() == 1 && tags[0].contains("#StandWithBurma"), "restored hashtags {tags:?}");
        app.screenshot("drafts-restored").await?;

        // Saved: the draft goes, and the next new campaign starts clean.
        app.click_testid("campaign-save").await?;
        app.wait_for_testid("campaign-page").await?;
        wait_for_drafts(&app, &[]).await?;
        let campaigns = app.invoke("campaign_list", serde_json::json!({})).await?;
        let saved: Vec<&str> =
            campaigns.as_array().into_iter().flatten().filter_map(|c| c["summary"].as_str()).collect();
        ensure!(saved == [SUMMARY], "saved campaigns' summaries: {saved:?}");
        app.click_testid("nav-campaigns").await?;
        app.click_testid("campaign-new").await?;
        app.wait_for_testid("campaign-form").await?;
        ensure!(!app.has_testid("draft-offer").await?, "a saved campaign's draft is offered again");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn discarded_drafts_are_not_offered_again() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?; // where starting empty leads, once settings are saved

        // Discard on the offer: the form stays empty, the draft goes.
        open_new_campaign(&app).await?;
        type_campaign(&app).await?;
        wait_for_drafts(&app, &["campaign-desk:form-draft:campaign:new"]).await?;
        reload(&app).await?;
        open_new_campaign(&app).await?;
        app.wait_for_testid("draft-offer").await?;
        app.click_testid("draft-discard").await?;
        app.wait_gone("draft-offer").await?;
        ensure!(app.value_of("campaign-title").await?.is_empty(), "discarding the offer filled the form");
        wait_for_drafts(&app, &[]).await?;
        reload(&app).await?;
        open_new_campaign(&app).await?;
        ensure!(!app.has_testid("draft-offer").await?, "a discarded draft is offered again");

        // "Discard changes" on the question asked by Cancel: its focus starts on the safe answer, and the draft goes.
        app.fill_testid("campaign-title", TITLE).await?;
        wait_for_drafts(&app, &["campaign-desk:form-draft:campaign:new"]).await?;
        app.click_testid("campaign-cancel").await?;
        app.wait_for_testid("confirm-dialog").await?;
        let focused = focused_testid(&app).await?;
        ensure!(focused == "confirm-cancel", "the discard question starts with the focus on {focused:?}");
        app.screenshot("drafts-discard-question").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_gone("campaign-form").await?;
        wait_for_drafts(&app, &[]).await?;
        app.click_testid("campaign-new-empty").await?;
        app.wait_for_testid("campaign-form").await?;
        ensure!(!app.has_testid("draft-offer").await?, "a discarded form's draft is offered");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_draft_of_a_record_changed_since_says_so() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?; // where starting empty leads, once settings are saved
        let org = app
            .invoke("org_create", serde_json::json!({ "input": { "name": "Migrante Aotearoa", "city": "Auckland" } }))
            .await?;
        let id = org["id"].as_i64().unwrap_or_default();
        app.click_testid("nav-organisations").await?;
        app.click_testid_with_text("org-row", "Migrante Aotearoa").await?;
        app.click_testid("org-edit").await?;
        app.wait_for_testid("org-form").await?;
        app.fill_testid("org-city", "Wellington").await?;
        let key = format!("campaign-desk:form-draft:organisation:{id}");
        wait_for_drafts(&app, &[key.as_str()]).await?;

        // The window reloads; meanwhile the organisation is changed (the CLI beside the app, another form).
        reload(&app).await?;
        let input = serde_json::json!({ "name": "Migrante Aotearoa", "city": "Christchurch" });
        app.invoke("org_update", serde_json::json!({ "id": id, "input": input })).await?;
        app.click_testid("nav-organisations").await?;
        app.click_testid_with_text("org-row", "Migrante Aotearoa").await?;
        app.click_testid("org-edit").await?;
        app.wait_for_testid("org-form").await?;
        app.wait_for_testid("draft-offer").await?;
        let changed = app.text_of("draft-record-changed").await?;
        ensure!(changed.contains("saved since"), "the offer says {changed:?}");
        ensure!(app.value_of("org-city").await? == "Christchurch", "the form does not start from the record");
        app.screenshot("drafts-record-changed").await?;
        app.click_testid("draft-restore").await?;
        let city = app.value_of("org-city").await?;
        ensure!(city == "Wellington", "restored city {city:?}");
        app.click_testid("org-save").await?;
        app.wait_gone("org-form").await?;
        wait_for_drafts(&app, &[]).await?;
        let orgs = app.invoke("org_list", serde_json::json!({ "query": null })).await?;
        let cities: Vec<&str> = orgs.as_array().into_iter().flatten().filter_map(|o| o["city"].as_str()).collect();
        ensure!(cities == ["Wellington"], "saved cities {cities:?}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_new_event_draft_survives_a_reload() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?; // where starting empty leads, once settings are saved
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("calendar").await?;
        app.click_testid("calendar-new").await?;
        app.wait_for_testid("event-form").await?;
        app.fill_testid("event-title", "Vigil for the detained").await?;
        app.fill_testid("event-location", "Aotea Square").await?;
        app.select_value("event-repeat", "weekly").await?;
        wait_for_drafts(&app, &["campaign-desk:form-draft:event:new"]).await?;

        reload(&app).await?;
        app.wait_for_testid("calendar").await?;
        app.click_testid("calendar-new").await?;
        app.wait_for_testid("event-form").await?;
        app.wait_for_testid("draft-offer").await?;
        ensure!(app.value_of("event-title").await?.is_empty(), "the event draft was restored before being asked");
        app.click_testid("draft-restore").await?;
        app.wait_gone("draft-offer").await?;
        let title = app.value_of("event-title").await?;
        let location = app.value_of("event-location").await?;
        let repeat = app.value_of("event-repeat").await?;
        ensure!(
            title == "Vigil for the detained" && location == "Aotea Square" && repeat == "weekly",
            "restored {title:?}, {location:?}, {repeat:?}"
        );
        app.click_testid("event-save").await?;
        app.wait_gone("event-form").await?;
        wait_for_drafts(&app, &[]).await?;
        let events = app.invoke("event_list", serde_json::json!({ "campaignId": null })).await?;
        let saved: Vec<String> = events
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| format!("{} {}", e["title"].as_str().unwrap_or(""), e["rrule"].as_str().unwrap_or("-")))
            .collect();
        ensure!(saved.len() == 1 && saved[0].starts_with("Vigil for the detained FREQ=WEEKLY"), "saved {saved:?}");
        Ok(())
    })
    .await;
}
