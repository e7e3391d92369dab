//! The foundation's main flows on the real app: first launch, the directory, campaigns with co-organisers,
//! validation messages next to their field, data surviving a restart, and the demo data.

use anyhow::ensure;
use campaign_desk_e2e as e2e;

const ORG_NAME: &str = "Migrante Aotearoa";
const CAMPAIGN_TITLE: &str = "International Women's Day 2026 — Aotearoa";

/// Fresh database → "Start empty" → an organisation (with a person) → a campaign with it as co-organiser →
/// an empty title is refused with the message next to the field → quit → relaunch on the same file → all there.
#[tokio::test]
async fn start_empty_then_data_survives_a_restart() {
    let db = e2e::fresh_db("start-empty");

    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.wait_for_testid("welcome-demo").await?;
        app.screenshot("a-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?;
        app.wait_for_testid("empty-state").await?;
        app.screenshot("a-organisations-empty").await?;

        // An organisation.
        app.click_testid("org-new-empty").await?;
        app.wait_for_testid("org-form").await?;
        app.fill_testid("org-name", ORG_NAME).await?;
        app.fill_testid("org-short-name", "MA").await?;
        app.fill_testid("org-country", "NZ").await?;
        app.fill_testid("org-city", "Auckland").await?;
        app.fill_testid("org-email", "info@migrante.example.org").await?;
        app.screenshot("a-organisation-form").await?;
        let typed = app
            .client()
            .execute("return document.querySelector('[data-testid=\"org-name\"]').value", Vec::new())
            .await?;
        ensure!(typed.as_str() == Some(ORG_NAME), "org-name holds {typed}");
        app.click_testid("org-save").await?;
        let name = app.wait_for_text("org-detail-name").await?;
        ensure!(name == ORG_NAME, "organisation page shows {name:?}");

        // Escape closes a dialog without saving.
        app.click_testid("person-new").await?;
        app.wait_for_testid("person-form").await?;
        app.press_escape().await?;
        app.wait_until("the person dialog to close", || async {
            Ok((!app.has_testid("person-form").await?).then_some(()))
        })
        .await?;

        // A person at it.
        app.click_testid("person-new").await?;
        app.fill_testid("person-name", "Ana Reyes").await?;
        app.fill_testid("person-role", "Chair").await?;
        app.fill_testid("person-email", "ana@migrante.example.org").await?;
        app.click_testid("person-save").await?;
        app.wait_for_count("person-row", 1).await?;
        app.screenshot("a-organisations-detail").await?;

        // A campaign with it as co-organiser.
        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.screenshot("a-campaigns-empty").await?;
        app.click_testid("campaign-new-empty").await?;
        app.wait_for_testid("campaign-form").await?;
        app.fill_testid("campaign-title", CAMPAIGN_TITLE).await?;
        app.select_value("campaign-kind", "womens_day").await?;
        app.select_index("campaign-org-pick", 1).await?;
        app.select_value("campaign-org-role", "co_organiser").await?;
        app.click_testid("campaign-org-add").await?;
        app.wait_for_count("campaign-org-row", 1).await?;
        app.screenshot("a-campaign-form").await?;
        app.click_testid("campaign-save").await?;
        app.wait_for_testid("campaign-page").await?;
        let title = app.wait_for_text("campaign-page-title").await?;
        ensure!(title == CAMPAIGN_TITLE, "campaign page shows {title:?}");
        let role = app.text_of("campaign-org-role").await?;
        ensure!(role == "Co-organiser", "role shown as {role:?}");
        app.screenshot("a-campaign-page").await?;

        // An empty title is refused, and the message sits next to the title field.
        app.click_testid("nav-campaigns").await?;
        app.wait_for_count("campaign-row", 1).await?;
        app.screenshot("a-campaigns-list").await?;
        app.press_ctrl('n').await?;
        app.wait_for_testid("campaign-form").await?;
        app.fill_testid("campaign-title", "").await?;
        app.click_testid("campaign-save").await?;
        let message = app.wait_for_text("campaign-title-error").await?;
        ensure!(message.to_lowercase().contains("must not be empty"), "title error reads {message:?}");
        let beside = app
            .client()
            .execute(
                "const error = document.querySelector('[data-testid=\"campaign-title-error\"]');
                 const input = document.querySelector('[data-testid=\"campaign-title\"]');
                 return error.parentElement.contains(input) && input.getAttribute('aria-invalid') === 'true';",
                Vec::new(),
            )
            .await?;
        ensure!(beside.as_bool() == Some(true), "the title error is not next to the title field");
        app.screenshot("a-campaign-form-error").await?;
        app.click_testid("campaign-cancel").await?;

        for area in ["calendar", "statements", "settings"] {
            app.click_testid(&format!("nav-{area}")).await?;
            app.wait_for_testid(&format!("view-{area}")).await?;
            app.screenshot(&format!("a-{area}")).await?;
        }
        Ok(())
    })
    .await;

    // Quit (the session closed, so did the app) and start again on the same file.
    e2e::run_on_db(&db, |app| async move {
        // A database with content opens on Campaigns.
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid_with_text("campaign-row-link", CAMPAIGN_TITLE).await?;
        app.wait_for_testid("campaign-page").await?;
        let org = app.wait_for_text("campaign-org-name").await?;
        ensure!(org == ORG_NAME, "co-organiser after restart: {org:?}");
        let role = app.text_of("campaign-org-role").await?;
        ensure!(role == "Co-organiser", "role after restart: {role:?}");

        app.click_testid("nav-organisations").await?;
        app.click_testid_with_text("org-row", ORG_NAME).await?;
        let name = app.wait_for_text("org-detail-name").await?;
        ensure!(name == ORG_NAME, "organisation after restart: {name:?}");
        app.wait_for_count("person-row", 1).await?;
        app.screenshot("a-after-restart").await?;
        Ok(())
    })
    .await;

    if let Some(dir) = db.parent() {
        std::fs::remove_dir_all(dir).ok();
    }
}

/// Fresh database → "Explore with demo data" → the Burma solidarity month with its 6 co-organisers and events.
#[tokio::test]
async fn explore_with_demo_data() {
    let db = e2e::fresh_db("demo");

    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.wait_for_count("campaign-row", 2).await?;
        let titles = app.texts_of_all("campaign-row-link").await?;
        ensure!(
            titles.iter().any(|t| t == "Solidarity Month for the peoples of Burma"),
            "campaign list shows {titles:?}"
        );
        app.screenshot("b-campaigns-list").await?;

        app.click_testid_with_text("campaign-row-link", "Solidarity Month for the peoples of Burma").await?;
        app.wait_for_testid("campaign-page").await?;
        let organisers = app.wait_for_count("campaign-org", 6).await?;
        ensure!(organisers == 6, "{organisers} organisations on the campaign page");
        let roles = app.texts_of_all("campaign-org-role").await?;
        ensure!(roles.iter().all(|r| r == "Co-organiser"), "roles {roles:?}");
        let events = app.wait_for_count("campaign-event", 3).await?;
        ensure!(events == 3, "{events} events on the campaign page");
        let event_texts = app.texts_of_all("campaign-event").await?.join("\n");
        ensure!(event_texts.contains("ZERO IN: BURMA"), "events: {event_texts}");
        app.screenshot("b-campaign-page").await?;

        app.click_testid("campaign-edit").await?;
        app.wait_for_testid("campaign-form").await?;
        app.screenshot("b-campaign-form").await?;

        app.click_testid("nav-organisations").await?;
        app.wait_for_testid("view-organisations").await?;
        app.click_testid_with_text("org-row", "International Migrants Alliance").await?;
        app.wait_for_text("org-detail-name").await?;
        app.screenshot("b-organisations-detail").await?;

        app.click_testid("org-import").await?;
        app.wait_for_testid("csv-import-dialog").await?;
        app.screenshot("b-csv-import").await?;
        app.click_testid("dialog-close").await?;

        app.click_testid("nav-settings").await?;
        app.wait_for_testid("view-settings").await?;
        app.screenshot("b-settings").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("view-calendar").await?;
        app.screenshot("b-calendar").await?;
        app.click_testid("nav-statements").await?;
        app.wait_for_testid("view-statements").await?;
        app.screenshot("b-statements").await?;
        Ok(())
    })
    .await;

    if let Some(dir) = db.parent() {
        std::fs::remove_dir_all(dir).ok();
    }
}
