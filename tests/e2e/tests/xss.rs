//! The XSS corpus (tests/fixtures/xss-payloads.txt) in the real window: every payload as a statement title, body,
//! translation and hashtag-free field, as organisation names (issuers, endorsers) and a campaign title, shown in the
//! lists, the statement page's tabs (the TipTap editor renders the body), the campaign page and the search palette.
//! After each screen: no dialog function was called (the payloads call alert/confirm/prompt), no element carries an
//! inline event handler, no script/iframe/object/embed was added, and no resource was fetched from anywhere but
//! the app itself (the payloads point at evil.example).

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e::{self as e2e, App};
use serde_json::{json, Value};

fn payloads() -> Vec<String> {
    let path = format!("{}/../fixtures/xss-payloads.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(str::to_owned).collect()
}

/// Replaces the dialog functions with counters and notes what the page holds before any user text is shown.
const TRAP: &str = "window.__xss = 0; \
    for (const f of ['alert', 'confirm', 'prompt', 'print', 'open']) window[f] = () => { window.__xss += 1; }; \
    window.__scripts = document.scripts.length;";

/// What the screen did with the payloads: calls of the trapped functions, inline handlers, foreign elements,
/// requests that left the app.
const CHECK: &str = "const handlers = [...document.querySelectorAll('*')] \
      .filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).map((e) => e.tagName); \
    const foreign = document.querySelectorAll('iframe, object, embed, frame, base, meta[http-equiv]').length; \
    const app = [location.origin, 'ipc:', 'tauri:', 'http://ipc.localhost', 'data:application/font']; \
    const requests = performance.getEntriesByType('resource').map((r) => r.name) \
      .filter((n) => !app.some((o) => n.startsWith(o))); \
    return { calls: window.__xss, handlers, foreign, scripts: document.scripts.length - window.__scripts, requests };";

async fn check(app: &App, screen: &str) -> Result<()> {
    app.settle().await?;
    let r = app.client().execute(CHECK, Vec::new()).await?;
    ensure!(r["calls"] == 0, "{screen}: a payload ran ({} dialog calls)", r["calls"]);
    ensure!(r["handlers"].as_array().is_some_and(Vec::is_empty), "{screen}: inline handlers on {}", r["handlers"]);
    ensure!(r["foreign"] == 0, "{screen}: {} iframe/object/embed/base/meta elements", r["foreign"]);
    ensure!(r["scripts"] == 0, "{screen}: {} scripts added", r["scripts"]);
    ensure!(r["requests"].as_array().is_some_and(Vec::is_empty), "{screen}: requests left the app: {}", r["requests"]);
    Ok(())
}

/// Cuts a payload to what a field takes (titles 300 characters, names 200).
fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

#[tokio::test]
async fn the_xss_corpus_stays_text_everywhere_it_is_shown() {
    let all = payloads();
    assert!(all.len() >= 100, "the corpus holds {} payloads", all.len());
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_until("the welcome screen to go", || async { Ok((!app.has_testid("view-welcome").await?).then_some(())) })
            .await?;
        app.client().execute(TRAP, Vec::new()).await?;
        // The trap itself works: a call counts (then the count starts again).
        let probe = app.client().execute("alert(1); const n = window.__xss; window.__xss = 0; return n;", Vec::new()).await?;
        ensure!(probe == 1, "the alert trap did not count a call: {probe}");

        let mut orgs: Vec<Value> = Vec::new();
        for (i, p) in all.iter().take(40).enumerate() {
            // Names are unique in the directory (some payloads differ only in case): a number keeps them apart.
            let name = format!("{} {i}", cut(p, 190));
            let org = app.invoke("org_create", json!({ "input": { "name": name, "notes": p } })).await?;
            orgs.push(org["id"].clone());
        }
        let campaign = app
            .invoke("campaign_create", json!({ "input": {
                "title": cut(&all[0], 200), "kind": "day_of_action", "start_date": "2025-03-08", "end_date": "2025-03-08",
                "zone": "Asia/Manila", "description": all.join("\n"), "colour": "#4557d6" } }))
            .await?;
        let body = all.join("\n\n");
        let mut first = None;
        for (i, p) in all.iter().enumerate().step_by(5) {
            let input = json!({ "kind": "statement", "title": cut(p, 300), "source_lang": "en", "place": cut(p, 200),
                                "campaign_id": campaign["id"], "issuer_ids": [orgs[i % orgs.len()]] });
            let s = app.invoke("statement_create", json!({ "input": input, "body": body })).await?;
            first.get_or_insert(s["id"].as_i64().context("statement id")?);
        }
        let id = first.context("a statement")?;
        app.invoke("translation_save", json!({ "id": id, "lang": "es", "title": cut(&all[1], 300), "body": body })).await?;
        for org in orgs.iter().skip(1).take(10) {
            app.invoke("statement_endorse", json!({ "id": id, "input": { "organisation_id": org, "note": all[2] } })).await?;
        }

        app.click_testid("nav-statements").await?;
        app.wait_for_testid("statement-row").await?;
        check(&app, "statements list").await?;
        app.client().execute(&format!("location.hash = '#/statements/{id}'"), Vec::new()).await?;
        app.wait_for_testid("statement-body").await?;
        check(&app, "statement editor").await?;
        for tab in ["review", "revisions", "translations", "sign-ons", "share"] {
            app.click_testid(&format!("statement-tab-{tab}")).await?;
            app.settle().await?;
            check(&app, &format!("statement tab {tab}")).await?;
        }
        app.click_testid("statement-tab-translations").await?;
        app.click_testid("translation-item-es").await?;
        app.wait_for_testid("translation-editor").await?;
        check(&app, "translation editor").await?;
        app.screenshot("xss-statement").await?;
        // Looking is not editing: the editor read the raw HTML in the Markdown without saving anything back.
        let revision = app.text_of("statement-revision").await?;
        ensure!(revision == "Revision 1", "opening the statement saved a new revision: {revision:?}");
        let translation = app.text_of("translation-save-state").await?;
        ensure!(!translation.contains("Unsaved"), "opening the translation marked it changed: {translation:?}");

        app.click_testid("nav-campaigns").await?;
        app.wait_for_testid("campaign-row-link").await?;
        app.click_testid("campaign-row-link").await?;
        app.wait_for_testid("campaign-page").await?;
        app.wait_for_testid("campaign-statement").await?;
        check(&app, "campaign page").await?;
        app.click_testid("nav-organisations").await?;
        app.wait_for_testid("org-row").await?;
        app.click_testid("org-row").await?;
        check(&app, "organisations").await?;

        app.press_ctrl('k').await?;
        app.wait_for_testid("search-input").await?;
        app.fill_testid("search-input", "script alert").await?;
        app.wait_for_testid("search-hit").await?;
        check(&app, "search palette").await?;
        // The snippets (cut by the core since the index keeps no texts) mark the words the query begins, as text.
        let marks = app
            .script(
                "return [...document.querySelectorAll('[data-testid=\"search-hit\"] mark')].map((m) => m.textContent)",
                Vec::new(),
            )
            .await?;
        let marks: Vec<String> = serde_json::from_value(marks)?;
        ensure!(!marks.is_empty(), "no match is marked in the search hits");
        ensure!(
            marks.iter().all(|m| ["script", "alert"].iter().any(|w| m.to_lowercase().starts_with(w))),
            "marked words the query does not begin: {marks:?}"
        );
        app.screenshot("xss-search").await?;
        Ok(())
    })
    .await;
}
