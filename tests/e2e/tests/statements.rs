//! Statements in the real window: a statement created from the UI, its text typed into the editor and autosaved,
//! the app killed (no graceful close) and relaunched on the same file with the text still there; then an approval
//! of the current revision, more typing that starts a new revision (the approval is then marked as being of the
//! older one, and publishing is refused with the core's reason), and the two revisions compared.

use std::path::Path;
use std::time::Duration;

use anyhow::{bail, ensure, Context, Result};
use campaign_desk_e2e::{self as e2e, App};
use fantoccini::key::Key;
use serde_json::json;

const TITLE: &str = "Stop the raids on Burmese workers";
const FIRST: &str = "Our alliance condemns the raids on Burmese workers in Chiang Mai.";
const MORE: &str = " We demand an end to the raids.";
const LAST: &str = " Free them all.";
const CLOSING: &str = " Closing now.";
const LOST: &str = " Almost lost.";
/// Notes whether the statements list's warm-up editor ever appears, and whether out of sight (inert, hidden).
const WATCH_WARM_UP: &str = "window.__warmUp = [false, false]; \
    new MutationObserver(() => { \
      const e = document.querySelector('[data-testid=\"markdown-editor-warm-up\"]'); \
      if (e) window.__warmUp = [true, e.closest('[inert][aria-hidden=\"true\"]') !== null]; \
    }).observe(document.body, { childList: true, subtree: true });";
/// [seen, seen out of sight, still in the page].
const WARM_UP_SEEN: &str = "return [...window.__warmUp, \
    document.querySelector('[data-testid=\"markdown-editor-warm-up\"], .md-editor') !== null];";
/// The save indicator's state (`pending` until the debounced save starts).
const SAVE_STATE: &str = "return document.querySelector('[data-testid=\"save-state\"]').dataset.state";

/// The issuing organisation picked in the first session, expected first in the approval picker in the second.
static ISSUER: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// One statement through save, crash, relaunch, approval, a new revision and comparison.
#[tokio::test]
async fn statement_text_survives_a_crash_and_approvals_follow_revisions() {
    let db = e2e::fresh_db("statements");

    // 1. Demo data (organisations to issue and approve), a new statement, its text typed and saved; then kill.
    session(&db, Ending::Kill, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-statements").await?;
        app.wait_for_testid("view-statements").await?;
        // The demo's own statement (the Burma solidarity month's).
        app.wait_for_count("statement-row", 1).await?;
        app.screenshot("st-list-demo").await?;

        app.click_testid("statement-new").await?;
        app.wait_for_testid("statement-new-dialog").await?;
        app.select_value("statement-new-kind", "press_release").await?;
        // The kind's outline arrives over IPC and suggests the title (the placeholder); ours is typed.
        app.wait_until("the outline's title", || async {
            let field = app.wait_for_testid("statement-new-title").await?;
            Ok(field.attr("placeholder").await?.unwrap_or_default().starts_with("[Headline").then_some(()))
        })
        .await?;
        app.fill_testid("statement-new-title", TITLE).await?;
        app.select_index("statement-new-campaign", 1).await?;
        app.select_index("statement-new-issuers-pick", 1).await?;
        app.wait_for_count("statement-new-issuers-chip", 1).await?;
        let issuer = app.text_of("statement-new-issuers-chip").await?;
        ISSUER.set(issuer).ok();
        app.screenshot("st-new-dialog").await?;
        app.click_testid("statement-new-create").await?;

        app.wait_for_testid("statement-page").await?;
        let title = input_value(&app, "statement-title").await?;
        ensure!(title == TITLE, "title on the page: {title:?}");
        let outline = app.wait_for_text("statement-body").await?;
        ensure!(outline.contains("We demand"), "the press release outline is in the editor: {outline:?}");

        // Replace the outline with our text: select all in the editor, then type.
        let editor = app.scrolled_into_view("statement-body").await?;
        editor.click().await.context("clicking into the editor")?;
        editor.send_keys(&format!("{}a{}", char::from(Key::Control), char::from(Key::Null))).await?;
        editor.send_keys(FIRST).await.context("typing into the editor")?;
        let state = app.text_of("save-state").await?;
        ensure!(!state.starts_with("Saved"), "right after typing the page already says {state:?}");
        wait_saved(&app).await?;
        let body = app.text_of("statement-body").await?;
        ensure!(body == FIRST, "editor holds {body:?}");
        let words = app.text_of("statement-words").await?;
        ensure!(words == "11 words", "word count {words:?}");
        app.screenshot("st-editor").await?;
        Ok(())
    })
    .await;

    // 2. Relaunch on the same file: the typed text is there. Approve, type more, compare.
    session(&db, Ending::Close, |app| async move {
        app.wait_for_testid("view-campaigns").await?;
        app.script(WATCH_WARM_UP, Vec::new()).await?;
        app.click_testid("nav-statements").await?;
        app.wait_for_count("statement-row", 2).await?;
        let status = app.text_of("statement-row-status").await?;
        ensure!(status == "Draft", "status in the list {status:?}");
        app.screenshot("st-list").await?;
        // While the list is read, an editor is opened out of sight and dropped (lib/statements/warmEditor.ts).
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let warm_up = app.script(WARM_UP_SEEN, Vec::new()).await?;
        ensure!(warm_up == json!([true, true, false]), "warm-up [seen, hidden and inert, still there]: {warm_up}");
        app.click_testid_with_text("statement-row-link", TITLE).await?;
        app.wait_for_testid("statement-page").await?;
        let body = app.wait_for_text("statement-body").await?;
        ensure!(body == FIRST, "after the crash the editor holds {body:?}");
        let revision = app.text_of("statement-revision").await?;
        ensure!(revision == "Revision 1", "{revision:?}");

        // Approve the current revision through the Review tab.
        app.click_testid("statement-tab-review").await?;
        app.wait_for_testid("review-panel").await?;
        app.click_testid("review-send").await?;
        app.wait_until("status In review", || async {
            Ok((app.text_of("review-status").await? == "In review").then_some(()))
        })
        .await?;
        // The issuers and the campaign's co-organisers come first; the statement's issuer is the very first.
        let first = app
            .client()
            .execute("return document.querySelector('[data-testid=\"approve-org\"] optgroup option').value", Vec::new())
            .await?;
        let first = first.as_str().context("no organisation offered")?.to_owned();
        app.select_value("approve-org", &first).await?;
        app.click_testid("approval-record").await?;
        app.wait_for_count("approval-item", 1).await?;
        let approver = app.text_of("approval-org").await?;
        ensure!(approver == ISSUER.get().map(String::as_str).unwrap_or_default(), "approved by {approver:?}");
        ensure!(!app.has_testid("approval-stale").await?, "a fresh approval is marked stale");
        let groups = app.texts_of_all("approval-group").await?;
        ensure!(groups[0].contains("Revision 1 — the current text"), "approval groups {groups:?}");
        app.screenshot("st-review-approved").await?;

        // More text: the approved revision is closed, so this starts revision 2.
        app.click_testid("statement-tab-text").await?;
        let editor = app.scrolled_into_view("statement-body").await?;
        editor.click().await?;
        editor
            .send_keys(&format!("{}{}{}", char::from(Key::Control), char::from(Key::End), char::from(Key::Null)))
            .await?;
        editor.send_keys(MORE).await?;
        wait_saved(&app).await?;
        app.wait_until("revision 2", || async {
            Ok((app.text_of("statement-revision").await? == "Revision 2").then_some(()))
        })
        .await?;
        let body = app.text_of("statement-body").await?;
        ensure!(body == format!("{FIRST}{MORE}"), "editor holds {body:?}");

        // The approval now belongs to the older text; publishing says so.
        app.click_testid("statement-tab-review").await?;
        let stale = app.wait_for_text("approval-stale").await?;
        ensure!(stale == "Approved revision 1 · the text is now revision 2", "stale mark {stale:?}");
        app.click_testid("review-publish").await?;
        let refused = app.wait_for_text("publish-error").await?;
        ensure!(refused.contains("revision 1") && refused.contains("revision 2"), "publish refused with {refused:?}");
        ensure!(!refused.contains("issuing organisation"), "the statement has an issuer, yet: {refused:?}");
        app.screenshot("st-review-stale").await?;

        // Compare revision 1 with 2: the new words are inserted, nothing as live HTML.
        app.click_testid("statement-tab-revisions").await?;
        app.wait_for_count("revision-row", 2).await?;
        app.wait_for_testid("comparison").await?;
        let inserted = app.texts_of_all("diff-ins").await?.join("");
        ensure!(inserted.contains("We demand an end to the raids."), "inserted: {inserted:?}");
        let approved_by = app.texts_of_all("revision-approved-by").await?;
        ensure!(
            approved_by.len() == 2 && approved_by[0] == "—" && approved_by[1] != "—",
            "approved by column {approved_by:?}"
        );
        app.screenshot("st-revisions").await?;

        // Leaving the page right after typing (before the 800 ms pause) still saves the text.
        app.click_testid("statement-tab-text").await?;
        let editor = app.scrolled_into_view("statement-body").await?;
        editor.click().await?;
        editor
            .send_keys(&format!("{}{}{}", char::from(Key::Control), char::from(Key::End), char::from(Key::Null)))
            .await?;
        editor.send_keys(LAST).await?;
        app.click_testid("statement-back").await?;
        app.wait_for_count("statement-row", 2).await?;
        app.click_testid_with_text("statement-row-link", TITLE).await?;
        app.wait_for_testid("statement-page").await?;
        let body = app.wait_for_text("statement-body").await?;
        ensure!(body == format!("{FIRST}{MORE}{LAST}"), "after leaving and coming back the editor holds {body:?}");
        wait_saved(&app).await?;

        // A save the core refuses (an empty title) says so and keeps the text; fixing it saves again.
        let title = app.scrolled_into_view("statement-title").await?;
        title.click().await?;
        title
            .send_keys(&format!("{}a{}{}", char::from(Key::Control), char::from(Key::Null), char::from(Key::Backspace)))
            .await?;
        let failed = app
            .wait_until("save-state to say Not saved", || async {
                let state = app.text_of("save-state").await?;
                Ok(state.starts_with("Not saved").then_some(state))
            })
            .await?;
        ensure!(failed.contains("Title must not be empty"), "failure shown as {failed:?}");
        app.wait_for_testid("save-retry").await?;
        app.screenshot("st-not-saved").await?;
        title.send_keys(TITLE).await?;
        wait_saved(&app).await?;

        // Restore revision 1 as a new revision 3, and name it.
        app.click_testid("statement-tab-revisions").await?;
        app.click_testid("revision-restore-1").await?;
        app.wait_for_testid("confirm-dialog").await?;
        app.click_testid("confirm-ok").await?;
        app.wait_until("revision 3", || async {
            Ok((app.text_of("statement-revision").await? == "Revision 3").then_some(()))
        })
        .await?;
        app.click_testid("revision-name-3").await?;
        app.fill_testid("revision-name-input", "Sent to partners").await?;
        app.click_testid("revision-name-save").await?;
        app.wait_until("the named revision", || async {
            if app.has_testid("revision-name-input").await? {
                return Ok(None);
            }
            let rows = app.texts_of_all("revision-row").await?;
            Ok(rows.first().is_some_and(|r| r.contains("Sent to partners")).then_some(()))
        })
        .await?;
        app.screenshot("st-revisions-restored").await?;
        app.click_testid("statement-tab-text").await?;
        let body = app.wait_for_text("statement-body").await?;
        ensure!(body == FIRST, "after restoring revision 1 the editor holds {body:?}");
        Ok(())
    })
    .await;

    // 3. Typing, then closing the window before the 800 ms pause: the close waits for the save, then the app exits.
    session(&db, Ending::AppExits, |app| async move {
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-statements").await?;
        app.click_testid_with_text("statement-row-link", TITLE).await?;
        let body = app.wait_for_text("statement-body").await?;
        ensure!(body == FIRST, "editor holds {body:?}");
        let editor = app.scrolled_into_view("statement-body").await?;
        editor.click().await?;
        editor.send_keys(&format!("{}{}{}", char::from(Key::Control), char::from(Key::End), char::from(Key::Null))).await?;
        editor.send_keys(CLOSING).await?;
        // The close request the window manager would send (tauri://close-requested), while the save is pending.
        let state = app
            .client()
            .execute(
                "const state = document.querySelector('[data-testid=\"save-state\"]').dataset.state; \
                 window.__TAURI_INTERNALS__.invoke('plugin:event|emit', { event: 'tauri://close-requested', payload: null }); \
                 return state;",
                Vec::new(),
            )
            .await?;
        ensure!(state.as_str() == Some("pending"), "the save was no longer pending when the window closed: {state}");
        Ok(())
    })
    .await;

    // 4. What was typed just before closing is there.
    session(&db, Ending::Kill, |app| async move {
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-statements").await?;
        app.click_testid_with_text("statement-row-link", TITLE).await?;
        let body = app.wait_for_text("statement-body").await?;
        ensure!(body == format!("{FIRST}{CLOSING}"), "after closing the window the editor holds {body:?}");
        ensure!(!app.has_testid("recovered").await?, "nothing was lost, yet unsaved text is offered");

        // Typing, then the app killed before the 800 ms pause: the save never ran.
        let editor = app.scrolled_into_view("statement-body").await?;
        editor.click().await?;
        editor
            .send_keys(&format!("{}{}{}", char::from(Key::Control), char::from(Key::End), char::from(Key::Null)))
            .await?;
        editor.send_keys(LOST).await?;
        let state = app.client().execute(SAVE_STATE, Vec::new()).await?;
        ensure!(state.as_str() == Some("pending"), "the save was no longer pending before the kill: {state}");
        tokio::time::sleep(Duration::from_millis(300)).await;
        Ok(())
    })
    .await;

    // 5. The copy kept in the window's storage is offered back, and saved once put back.
    session(&db, Ending::Close, |app| async move {
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-statements").await?;
        app.click_testid_with_text("statement-row-link", TITLE).await?;
        let body = app.wait_for_text("statement-body").await?;
        ensure!(body == format!("{FIRST}{CLOSING}"), "the store holds {body:?}");
        app.wait_for_testid("recovered").await?;
        let state = app.client().execute(SAVE_STATE, Vec::new()).await?;
        ensure!(state.as_str() == Some("clean"), "nothing typed yet, but the save state is {state}");
        app.screenshot("st-recovered").await?;
        app.click_testid("recovered-restore").await?;
        wait_saved(&app).await?;
        let body = app.text_of("statement-body").await?;
        ensure!(body == format!("{FIRST}{CLOSING}{LOST}"), "put back: {body:?}");
        ensure!(!app.has_testid("recovered").await?, "the offer stays after putting the text back");
        Ok(())
    })
    .await;

    if let Some(dir) = db.parent() {
        std::fs::remove_dir_all(dir).ok();
    }
}

async fn input_value(app: &App, testid: &str) -> Result<String> {
    let element = app.wait_for_testid(testid).await?;
    Ok(element.prop("value").await?.unwrap_or_default())
}

/// Waits until the save indicator says "Saved …" (only shown once the save command returned).
async fn wait_saved(app: &App) -> Result<()> {
    app.wait_until("save-state to say Saved", || async {
        let state = app.text_of("save-state").await?;
        if state.starts_with("Not saved") {
            bail!("the save failed: {state}");
        }
        Ok(state.starts_with("Saved").then_some(()))
    })
    .await
}

#[derive(Clone, Copy, PartialEq)]
enum Ending {
    /// End the WebDriver session normally (tauri-driver closes the app).
    Close,
    /// SIGKILL the app first: no close handler, no flush, as in a crash or power cut of the process.
    Kill,
    /// The flow closed the window itself: the app must exit on its own.
    AppExits,
}

/// Like `e2e::run_on_db`, optionally killing the app process at the end instead of a graceful close.
async fn session<F, Fut>(db: &Path, ending: Ending, flow: F)
where
    F: FnOnce(App) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    let args = vec!["--db".to_owned(), db.display().to_string()];
    let app = match App::launch_with_args(args).await {
        Ok(app) => app,
        Err(error) => panic!("could not start the app: {error:#}"),
    };
    let outcome = flow(app.clone()).await;
    if outcome.is_err() {
        if let Err(error) = app.screenshot("failed-statements").await {
            eprintln!("e2e: no failure screenshot: {error:#}");
        }
    }
    let killed = match ending {
        Ending::Kill => kill_app(db),
        Ending::AppExits => wait_for_exit(db),
        Ending::Close => Ok(()),
    };
    // A session whose app was killed may not answer promptly: do not let it hang the run.
    let closed = match tokio::time::timeout(Duration::from_secs(30), app.close()).await {
        Ok(result) => result,
        Err(_) => Err(anyhow::anyhow!("no answer within 30 s")),
    };
    if let Err(error) = outcome {
        panic!("{error:#}");
    }
    if let Err(error) = killed {
        panic!("killing the app: {error:#}");
    }
    match (ending, closed) {
        (Ending::Close, Err(error)) => panic!("closing the WebDriver session: {error:#}"),
        (_, Err(error)) => eprintln!("e2e: closing the session of an app that is gone: {error:#}"),
        _ => {}
    }
}

/// The app processes (running, not zombies) whose command line has `--db <db>`: the one this test launched.
fn app_pids(db: &Path) -> Result<Vec<u32>> {
    let needle = db.display().to_string();
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc")? {
        let entry = entry?;
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else { continue };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else { continue };
        let args: Vec<String> = cmdline.split(|b| *b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
        let is_app = args.first().is_some_and(|a| a.ends_with("campaign-desk-app"));
        if is_app && args.iter().any(|a| a == &needle) && !is_gone(pid) {
            pids.push(pid);
        }
    }
    Ok(pids)
}

/// Gone, or a zombie waiting for WebKitWebDriver to reap it.
fn is_gone(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(stat) => stat.rsplit_once(')').is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
    }
}

/// Waits (up to 10 s) for the app to exit by itself.
fn wait_for_exit(db: &Path) -> Result<()> {
    for _ in 0..100 {
        if app_pids(db)?.is_empty() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    bail!("the app did not exit within 10 s after its window was asked to close")
}

/// Sends SIGKILL to the app process this test launched.
fn kill_app(db: &Path) -> Result<()> {
    let pids = app_pids(db)?;
    ensure!(pids.len() == 1, "expected one app process with --db {}, found {pids:?}", db.display());
    let status = std::process::Command::new("kill").args(["-KILL", &pids[0].to_string()]).status()?;
    ensure!(status.success(), "kill -KILL {} failed", pids[0]);
    // Wait for it to be gone before the next launch opens the same file.
    for _ in 0..50 {
        if is_gone(pids[0]) {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    bail!("process {} still there after SIGKILL", pids[0])
}
