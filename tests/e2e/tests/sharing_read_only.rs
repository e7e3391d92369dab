//! A partner who may only read the alliance's calendar (issue #14): bob's edit of a shared event is refused by the
//! server (403) and stays on his laptop; the campaign page lists it under "Changes the server refused" with "Undo my
//! change", which puts the calendar's version back without the network. Alice's calendar and bob's link are set up
//! with the CLI (`campaign-desk`, built beside the app), as an alliance's coordinator would script it.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e as e2e;
use e2e::radicale::Radicale;

const CAMPAIGN: &str = "Alliance week (from Alice)";
const EVENT: &str = "Embassy vigil";
const BOBS: &str = "Embassy vigil (Bob's idea)";

/// The CLI next to the app binary the harness runs.
fn cli_binary() -> Result<PathBuf> {
    let app = e2e::Config::from_env()?.app;
    let cli = app.with_file_name("campaign-desk");
    ensure!(cli.is_file(), "{} is missing: build it with `cargo build --bin campaign-desk`", cli.display());
    Ok(cli)
}

/// Runs the CLI with `--json` on `db` as `user` (password from the environment: no keyring), returning its exit
/// status and output.
fn desk(db: &Path, user: &str, args: &[&str]) -> Result<(i32, serde_json::Value)> {
    let out = Command::new(cli_binary()?)
        .arg("--db")
        .arg(db)
        .arg("--json")
        .args(args)
        .env("CAMPAIGN_DESK_CALDAV_PASSWORD", format!("{user}pw"))
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent-e2e-bus")
        .output()
        .context("running campaign-desk")?;
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    Ok((out.status.code().unwrap_or(-1), json))
}

fn ok(db: &Path, user: &str, args: &[&str]) -> Result<serde_json::Value> {
    let (status, json) = desk(db, user, args)?;
    ensure!(status == 0, "campaign-desk {args:?} exited {status}: {json}");
    Ok(json)
}

fn campaign(db: &Path, user: &str, title: &str) -> Result<()> {
    let args = ["campaign", "add", "--title", title, "--kind", "other", "--start", "2026-03-01", "--end", "2026-03-31"];
    ok(db, user, &args)?;
    Ok(())
}

#[tokio::test]
async fn a_change_a_read_only_calendar_refused_is_undone_in_the_window() {
    let server = match Radicale::start("read-only") {
        Ok(s) => s,
        Err(e) => panic!("{e:#}"),
    };
    let setup = || -> Result<PathBuf> {
        // Alice shares her campaign with a new calendar.
        let alice = e2e::fresh_db("read-only-alice");
        campaign(&alice, "alice", "Alliance week")?;
        let event = ["--title", EVENT, "--start", "2026-03-12T18:00", "--end", "2026-03-12T19:30"];
        ok(&alice, "alice", &[&["event", "add", "--campaign", "1"][..], &event[..]].concat())?;
        ok(&alice, "alice", &["sync", "account", "add", "--url", &server.url(), "--user", "alice"])?;
        let link = ok(&alice, "alice", &["sync", "link", "--campaign", "1", "--create", "Alliance week"])?;
        let calendar = link["calendar_url"].as_str().context("calendar url")?.to_owned();
        ok(&alice, "alice", &["sync", "run"])?;
        // Bob may only read it; his edit is refused and stays here.
        let bob = e2e::fresh_db("read-only-bob");
        campaign(&bob, "bob", CAMPAIGN)?;
        ok(&bob, "bob", &["sync", "account", "add", "--url", &server.url(), "--user", "bob"])?;
        ok(&bob, "bob", &["sync", "link", "--campaign", "1", "--calendar", &calendar])?;
        ok(&bob, "bob", &["sync", "run"])?;
        let events = ok(&bob, "bob", &["event", "list", "--campaign", "1"])?;
        let id = events[0]["id"].as_i64().context("event id")?.to_string();
        ok(&bob, "bob", &["event", "edit", &id, "--title", BOBS])?;
        let (status, report) = desk(&bob, "bob", &["sync", "run"])?;
        ensure!(status == 2 && report["errors"][0].as_str().is_some_and(|e| e.contains("403")), "{report}");
        Ok(bob)
    };
    let bob = match setup() {
        Ok(db) => db,
        Err(e) => panic!("{e:#}"),
    };
    e2e::run_on_db(&bob, |app| async move {
        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid_with_text("campaign-row-link", CAMPAIGN).await?;
        app.wait_for_testid("cal-share-refused").await?;
        let said = app.text_of("cal-share-refused").await?;
        ensure!(
            said.contains("read-only") && said.contains(&format!("Changed here: {BOBS}")),
            "the panel says {said:?}"
        );
        ensure!(!app.has_testid("cal-share-last-error").await?, "the refusal is shown twice, also as a sync problem");
        app.scrolled_into_view("campaign-share").await?;
        app.screenshot("sharing-refused").await?;

        app.click_testid("cal-share-undo").await?;
        let undone = app.wait_for_text("cal-share-undone").await?;
        ensure!(undone.contains("version is back"), "after undoing: {undone:?}");
        app.wait_gone("cal-share-refused").await?;
        app.wait_until("the calendar's title on the campaign page", || async {
            let titles = app.texts_of_all("campaign-event-open").await?;
            Ok((titles.iter().any(|t| t.contains(EVENT)) && !titles.iter().any(|t| t.contains(BOBS))).then_some(()))
        })
        .await?;
        let pending = app.text_of("cal-share-pending").await?;
        ensure!(pending == "0", "changes still waiting after the undo: {pending:?}");
        app.screenshot("sharing-refused-undone").await?;
        Ok(())
    })
    .await;
}
