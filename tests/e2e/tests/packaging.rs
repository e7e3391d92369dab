//! What an installed copy shows about itself: Settings → About (version, licence, where the data lives, the
//! diagnostics a bug report needs, with no personal data in them).

use anyhow::{ensure, Context};
use campaign_desk_e2e as e2e;

#[tokio::test]
async fn about_shows_version_licence_files_and_diagnostics() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("nav-settings").await?;
        app.wait_for_testid("view-settings").await?;
        let about = app.scrolled_into_view("settings-about").await?;
        ensure!(about.is_displayed().await?, "the About section is not shown");

        let version = app.wait_for_text("about-version").await?;
        let sidebar_version = app.wait_for_text("app-version").await?;
        ensure!(version == sidebar_version, "About says {version:?}, the sidebar {sidebar_version:?}");
        let licence = app.text_of("about-licence").await?;
        ensure!(licence.contains("AGPL-3.0-or-later"), "licence: {licence:?}");

        let db = app.db_path().context("the harness gives each session a database")?.to_path_buf();
        let database = app.wait_for_text("about-database").await?;
        ensure!(database == db.display().to_string(), "database {database:?}, expected {}", db.display());
        let backups = app.wait_for_text("about-backups").await?;
        let expected = db.parent().context("db folder")?.join("backups");
        ensure!(backups == expected.display().to_string(), "backups {backups:?}, expected {}", expected.display());

        // Four lines: the app's version, the web view's, SQLite's and the OS; no path of this machine in them.
        let diagnostics = app.wait_for_text("about-diagnostics").await?;
        let lines: Vec<&str> = diagnostics.lines().collect();
        ensure!(lines.len() == 4, "diagnostics: {diagnostics:?}");
        let number = version.trim_start_matches(|c: char| !c.is_ascii_digit());
        ensure!(lines[0] == format!("Campaign Desk {number}"), "first line {:?} for {version:?}", lines[0]);
        ensure!(
            lines[1].starts_with("WebKitGTK: 2.") && lines[1].chars().any(|c| c.is_ascii_digit()),
            "web view line {:?}",
            lines[1]
        );
        ensure!(lines[2].starts_with("SQLite: 3."), "SQLite line {:?}", lines[2]);
        ensure!(lines[3].starts_with("OS: ") && lines[3].contains("linux"), "OS line {:?}", lines[3]);
        let folder = db.parent().context("db folder")?.display().to_string();
        ensure!(!diagnostics.contains(&folder), "the diagnostics name the data folder: {diagnostics:?}");
        app.screenshot("settings-about").await?;

        // Copy: either on the clipboard, with exactly the text shown, or a message saying to copy it by hand.
        app.click_testid("about-copy").await?;
        let note = app.wait_for_text("about-note").await?;
        if note == "Copied to the clipboard" {
            let read = "const done = arguments[0]; navigator.clipboard.readText().then(done, () => done(null));";
            let copied = app.client().execute_async(read, vec![]).await?;
            if let Some(text) = copied.as_str() {
                ensure!(text == diagnostics, "the clipboard holds {text:?}");
            }
        } else {
            ensure!(note.contains("copy it by hand"), "unexpected note {note:?}");
        }
        Ok(())
    })
    .await;
}
