//! A first sync of a large calendar says how far it is (issue #14): a campaign of 150 events shared with a new
//! Radicale calendar by the CLI beside the app binary (linked, nothing sent yet), the password given in Settings for
//! this session (no keyring under Xvfb), then "Sync now" on the campaign page shows "Sending N of 150 changes…" with a
//! bar while the events go out, and the report when they are all there.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e as e2e;
use e2e::radicale::Radicale;
use fantoccini::key::Key;

const CAMPAIGN: &str = "Alliance month";
const EVENTS: usize = 150;

fn desk(db: &Path, args: &[&str]) -> Result<serde_json::Value> {
    let app = e2e::Config::from_env()?.app;
    let cli = app.with_file_name("campaign-desk");
    ensure!(cli.is_file(), "{} is missing: build it with `cargo build --bin campaign-desk`", cli.display());
    let out = Command::new(cli)
        .arg("--db")
        .arg(db)
        .arg("--json")
        .args(args)
        .env("CAMPAIGN_DESK_CALDAV_PASSWORD", "alicepw")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent-e2e-bus")
        .output()
        .context("running campaign-desk")?;
    ensure!(out.status.success(), "campaign-desk {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    Ok(serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null))
}

/// The campaign's events as one calendar file, imported in one go (150 CLI runs would take longer than the sync).
fn events_file(dir: &Path) -> Result<PathBuf> {
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//e2e//EN\r\n");
    for i in 0..EVENTS {
        let day = 1 + i % 28;
        ics.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:progress-{i}@e2e\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Meeting {i}\r\n\
             DTSTART;TZID=Europe/Berlin:202603{day:02}T{:02}0000\r\nDTEND;TZID=Europe/Berlin:202603{day:02}T{:02}3000\r\n\
             END:VEVENT\r\n",
            8 + i % 10,
            8 + i % 10
        ));
    }
    ics.push_str("END:VCALENDAR\r\n");
    let path = dir.join("progress-events.ics");
    std::fs::write(&path, ics)?;
    Ok(path)
}

#[tokio::test]
async fn a_first_sync_of_a_large_calendar_shows_how_far_it_is() {
    let server = match Radicale::start("progress") {
        Ok(s) => s,
        Err(e) => panic!("{e:#}"),
    };
    let setup = || -> Result<PathBuf> {
        let db = e2e::fresh_db("progress");
        let args =
            ["campaign", "add", "--title", CAMPAIGN, "--kind", "other", "--start", "2026-03-01", "--end", "2026-03-31"];
        desk(&db, &args)?;
        let file = events_file(db.parent().context("db dir")?)?;
        desk(&db, &["import", "ics", file.to_str().context("path")?, "--campaign", "1"])?;
        desk(&db, &["sync", "account", "add", "--url", &server.url(), "--user", "alice"])?;
        desk(&db, &["sync", "link", "--campaign", "1", "--create", CAMPAIGN])?;
        Ok(db)
    };
    let db = match setup() {
        Ok(db) => db,
        Err(e) => panic!("{e:#}"),
    };
    e2e::run_on_db(&db, |app| async move {
        // No keyring here: the password for this session, in Settings.
        app.click_testid("nav-settings").await?;
        app.wait_for_testid("sharing-unlock").await?;
        app.settle().await?;
        app.fill_testid("sharing-unlock-password", &format!("alicepw{}", char::from(Key::Enter))).await?;
        app.wait_for_testid("sharing-session-badge").await?;

        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid_with_text("campaign-row-link", CAMPAIGN).await?;
        app.wait_for_testid("campaign-share").await?;
        let pending = app.wait_for_text("cal-share-pending").await?;
        ensure!(pending == EVENTS.to_string(), "changes waiting before the first sync: {pending:?}");
        app.click_testid("cal-share-sync-now").await?;
        let said = app
            .wait_until("the panel to say how far the sync is", || async {
                if !app.has_testid("cal-share-progress").await? {
                    return Ok(None);
                }
                let text = app.text_of("cal-share-progress").await?;
                Ok((text.contains("Sending") && !text.contains("Sending 0 ")).then_some(text))
            })
            .await?;
        ensure!(said.contains(&format!("of {EVENTS} changes to the server")), "the progress says {said:?}");
        app.scrolled_into_view("campaign-share").await?;
        app.screenshot("sharing-progress").await?;
        // 150 PUTs take Radicale a while on a busy machine: waited for up to two minutes.
        let started = std::time::Instant::now();
        while !app.has_testid("cal-share-report").await? {
            ensure!(started.elapsed() < std::time::Duration::from_secs(120), "the first sync did not end in 2 min");
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        }
        let report = app.wait_for_text("cal-share-report").await?;
        ensure!(report.starts_with(&format!("Sent {EVENTS},")), "after the first sync: {report:?}");
        ensure!(!app.has_testid("cal-share-progress").await?, "the progress stays after the run");
        Ok(())
    })
    .await;
}
