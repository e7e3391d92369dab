//! The app shell: the window opens on the embedded UI, the sidebar reaches every area, IPC answers.

use anyhow::ensure;
use campaign_desk_e2e as e2e;

/// The sidebar areas, in order (Ctrl+1 … Ctrl+5).
const AREAS: [&str; 5] = ["calendar", "campaigns", "statements", "organisations", "settings"];

#[tokio::test]
async fn sidebar_reaches_every_area_and_shows_the_version() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        for area in AREAS {
            app.wait_for_testid(&format!("nav-{area}")).await?;
        }
        // The version comes from the `app_info` command: proves IPC works end to end.
        let version = app.wait_for_text("app-version").await?;
        ensure!(version.chars().any(|c| c.is_ascii_digit()), "unexpected version text {version:?}");
        ensure!(!app.has_testid("app-version-error").await?, "app_info failed");
        app.screenshot("welcome").await?;

        for area in AREAS {
            app.click_testid(&format!("nav-{area}")).await?;
            app.wait_for_testid(&format!("view-{area}")).await?;
            app.screenshot(area).await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn ctrl_digit_switches_areas() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.press_ctrl('2').await?;
        app.wait_for_testid("view-campaigns").await?;
        app.press_ctrl('4').await?;
        app.wait_for_testid("view-organisations").await?;
        app.click_testid("nav-home").await?;
        app.wait_for_testid("view-welcome").await?;
        Ok(())
    })
    .await;
}
