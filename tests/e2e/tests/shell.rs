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

/// A file that is not a Campaign Desk database opens the "cannot open" screen, naming the file and why, and the
/// file is left exactly as it was.
#[tokio::test]
async fn a_file_that_is_not_a_database_is_named_and_left_alone() {
    let db = e2e::fresh_db("not-a-database");
    let text = b"Minutes of the coordination call, 3 March\n";
    std::fs::write(&db, text).expect("writing the stranger's file");
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-database-error").await?;
        let path = app.wait_for_text("database-error-path").await?;
        ensure!(path.ends_with("campaign-desk.sqlite3"), "the screen names {path:?}");
        let reason = app.wait_for_text("database-error-reason").await?;
        ensure!(!reason.is_empty(), "no reason given");
        ensure!(app.has_testid("database-open").await? && app.has_testid("database-create").await?, "no way out");
        app.screenshot("database-error").await?;
        Ok(())
    })
    .await;
    let after = std::fs::read(&db).expect("the file is still there");
    if let Some(dir) = db.parent() {
        std::fs::remove_dir_all(dir).ok();
    }
    assert_eq!(after, text, "the file was changed");
}
