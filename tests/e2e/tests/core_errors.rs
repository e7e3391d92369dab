//! Issue #16, the core's half in the real window: a form's errors come from the core with a message id, and the
//! window shows them in its language (French here, whose core.ftl exists), next to their fields; back in English
//! they read exactly as the core writes them.

use anyhow::{ensure, Result};
use campaign_desk_e2e as e2e;

/// Chooses the window's language in Settings and waits until the page has switched (no restart).
async fn choose_language(app: &e2e::App, language: &str) -> Result<()> {
    app.click_testid("nav-settings").await?;
    app.wait_for_testid("view-settings").await?;
    app.select_value("settings-locale", language).await?;
    app.click_testid("settings-save").await?;
    app.wait_until(&format!("the window in {language}"), || async {
        let shown = app.client().execute("return document.documentElement.lang", Vec::new()).await?;
        Ok(shown.as_str().is_some_and(|l| l == language || l.starts_with(&format!("{language}-"))).then_some(()))
    })
    .await
}

/// Opens a new organisation's form, fills a name and a web address with no domain, saves, and returns the error
/// shown under the address.
async fn refused_website(app: &e2e::App) -> Result<String> {
    app.click_testid("nav-organisations").await?;
    app.wait_for_testid("view-organisations").await?;
    let new = if app.has_testid("org-new-empty").await? { "org-new-empty" } else { "org-new" };
    app.click_testid(new).await?;
    app.wait_for_testid("org-form").await?;
    app.fill_testid("org-name", "Migrante Aotearoa").await?;
    app.fill_testid("org-website", "no-dot").await?;
    app.click_testid("org-save").await?;
    let error = app.wait_for_text("org-website-error").await?;
    Ok(error)
}

/// Closes the form, discarding what was typed (the window asks first).
async fn discard(app: &e2e::App) -> Result<()> {
    app.click_testid("org-cancel").await?;
    app.click_testid("confirm-ok").await?;
    app.wait_gone("org-form").await
}

#[tokio::test]
async fn a_core_error_shows_in_the_windows_language_next_to_its_field() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?;

        choose_language(&app, "fr").await?;
        let french = refused_website(&app).await?;
        app.screenshot("core-error-fr").await?;
        // WebDriver reads no-break spaces as spaces (its text is "as rendered").
        ensure!(
            french.replace('\u{a0}', " ")
                == "« https://no-dot » n’est pas une adresse web (attendu : https://example.org)",
            "the French error is {french:?}"
        );
        discard(&app).await?;

        choose_language(&app, "en").await?;
        let english = refused_website(&app).await?;
        ensure!(
            english == "'https://no-dot' is not a web address (expected https://example.org)",
            "the English error is {english:?}"
        );
        discard(&app).await?;
        Ok(())
    })
    .await;
}
