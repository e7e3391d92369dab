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

/// A folder for files the person "double-clicks": beside the harness's scratch folder, not under any folder the
/// harness allows with `--allow-files`, so the app may read such a file only because it was named on its command
/// line.
fn outside_allowed_folders(name: &str) -> anyhow::Result<std::path::PathBuf> {
    let data = std::env::var_os("E2E_DATA_DIR").context("E2E_DATA_DIR: run through scripts/e2e.sh")?;
    let dir = std::path::Path::new(&data).parent().context("E2E_DATA_DIR has a parent")?.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

#[tokio::test]
async fn an_ics_file_on_the_command_line_opens_its_import_preview() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/ics");
    let dir = outside_allowed_folders("opened-files").expect("a folder outside the allowed ones");
    // As a partner's attachment lands in Downloads: a space in the name.
    let file = dir.join("partner calendar.ics");
    std::fs::copy(fixtures.join("google.ics"), &file).expect("copy the fixture");
    let other = dir.join("not-opened.ics");
    std::fs::copy(fixtures.join("outlook.ics"), &other).expect("copy the fixture");
    let db = e2e::fresh_db("opened-file");
    let args = vec!["--db".to_owned(), db.display().to_string(), file.display().to_string()];
    let shown_file = file.clone();
    e2e::run_with_args(args, |app| async move {
        let file = shown_file;
        app.wait_for_testid("ics-import-dialog").await?;
        app.wait_for_count("ics-row", 3).await?;
        let rows = app.texts_of_all("ics-row").await?;
        for title in ["Tanggol Migrante network call", "Press conference on ICE raids"] {
            ensure!(rows.iter().any(|r| r.contains(title)), "no {title:?} in the preview: {rows:?}");
        }
        // Read from the DOM: WebKitWebDriver counts the ellipsised name as not visible, though it is on screen.
        let read = "return document.querySelector('[data-testid=\"ics-file-name\"]')?.title ?? null";
        let shown = app.client().execute(read, vec![]).await?;
        ensure!(shown.as_str() == Some(&*file.display().to_string()), "the dialog names {shown}");
        app.screenshot("opened-file-preview").await?;

        // Naming one file grants that file only: another one beside it is still refused.
        let refused = app
            .invoke(
                "ics_import",
                serde_json::json!({ "path": other, "campaignId": null, "floatingZone": null, "dryRun": true }),
            )
            .await;
        ensure!(
            refused.as_ref().is_err_and(|e| e.to_string().contains("forbidden")),
            "a file not opened was read: {refused:?}"
        );

        app.click_testid("ics-import-confirm").await?;
        app.wait_for_testid("ics-result").await?;
        app.click_testid("ics-done").await?;
        let events = app.invoke("event_list", serde_json::json!({ "campaignId": null })).await?;
        let count = events.as_array().map_or(0, Vec::len);
        ensure!(count >= 2, "after the import the database holds {count} events: {events}");
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn a_missing_file_on_the_command_line_is_named_in_the_preview() {
    let dir = outside_allowed_folders("missing-file").expect("a folder outside the allowed ones");
    let file = dir.join("gone.ics");
    let db = e2e::fresh_db("missing-file");
    let args = vec!["--db".to_owned(), db.display().to_string(), file.display().to_string()];
    e2e::run_with_args(args, |app| async move {
        app.wait_for_testid("ics-import-dialog").await?;
        let error = app.wait_for_text("ics-error").await?;
        ensure!(error.contains("gone.ics"), "the error does not name the file: {error:?}");
        ensure!(!app.has_testid("ics-row").await?, "a preview of a file that does not exist");
        app.screenshot("opened-file-missing").await?;
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(dir);
}

/// Run by scripts/package-check.sh on the app extracted from the .deb (and with the rest of the suite on the build):
/// it starts, shows its window under its name, and the window shows the app.
#[tokio::test]
async fn the_installed_app_opens_its_window() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        let title = app.client().title().await?;
        ensure!(title == "Campaign Desk", "the window is titled {title:?}");
        Ok(())
    })
    .await;
}
