//! A statement's translation, sign-ons and exports in the real window: a Spanish translation typed beside its
//! source and autosaved; the source changed, so the translation is marked outdated and shows, paragraph by
//! paragraph, what changed (as <ins>/<del> text); "mark as updated"; an endorsement from the directory; then the
//! statement exported as Word and PDF through the same command the Share tab calls, and read back by python-docx and
//! pdftotext (tools we did not write).

use std::path::PathBuf;

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e::{self as e2e, App};
use fantoccini::key::Key;
use serde_json::json;

const SOURCE: &str = "We stand with the workers of Chiang Mai.\n\nWe call for solidarity.";
const SPANISH: &str = "Estamos con los trabajadores de Chiang Mai.";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Waits until the indicator `testid` says "Saved …".
async fn wait_saved(app: &App, testid: &str) -> Result<()> {
    app.wait_until(&format!("{testid} to say Saved"), || async {
        Ok(app.text_of(testid).await?.starts_with("Saved").then_some(()))
    })
    .await
}

async fn type_at_end(app: &App, testid: &str, text: &str) -> Result<()> {
    let editor = app.scrolled_into_view(testid).await?;
    editor.click().await?;
    editor.send_keys(&format!("{}{}{}", char::from(Key::Control), char::from(Key::End), char::from(Key::Null))).await?;
    editor.send_keys(text).await.context("typing")?;
    Ok(())
}

#[tokio::test]
async fn a_translation_follows_its_source_and_exports_read_back() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        let orgs = app.invoke("org_list", json!({})).await?;
        let orgs = orgs.as_array().context("organisations")?;
        ensure!(orgs.len() >= 2, "demo organisations: {}", orgs.len());
        let (issuer, endorser) = (orgs[0]["id"].clone(), orgs[1]["name"].as_str().unwrap_or_default().to_owned());
        let input = json!({ "kind": "statement", "title": "Solidarity with Chiang Mai", "source_lang": "en",
                            "issuer_ids": [issuer], "place": "Hong Kong", "dated": "2025-12-18" });
        let created = app.invoke("statement_create", json!({ "input": input, "body": SOURCE })).await?;
        let id = created["id"].as_i64().context("statement id")?;
        app.client().execute(&format!("location.hash = '#/statements/{id}'"), Vec::new()).await?;
        app.wait_for_testid("statement-page").await?;

        // A Spanish translation, typed beside its source.
        app.click_testid("statement-tab-translations").await?;
        app.wait_for_testid("translations-panel").await?;
        app.click_testid("translation-add").await?;
        app.click_testid("translation-suggest-es").await?;
        app.wait_for_testid("translation-editor").await?;
        let source = app.wait_for_text("translation-source-body").await?;
        ensure!(source.contains("We call for solidarity"), "the source beside it: {source:?}");
        let title = app.wait_for_testid("translation-title").await?;
        title.clear().await?;
        title.send_keys("Solidaridad con Chiang Mai").await?;
        type_at_end(&app, "translation-body", SPANISH).await?;
        wait_saved(&app, "translation-save-state").await?;
        ensure!(!app.has_testid("translation-outdated-es").await?, "a fresh translation is not outdated");
        app.screenshot("st-translation").await?;

        // The source moves on: the translation is outdated and shows what changed.
        app.click_testid("statement-tab-text").await?;
        type_at_end(&app, "statement-body", " Now.").await?;
        app.wait_until("the source to be saved", || async {
            Ok(app.text_of("save-state").await?.starts_with("Saved").then_some(()))
        })
        .await?;
        app.click_testid("statement-tab-translations").await?;
        app.wait_for_testid("translation-outdated-es").await?;
        app.click_testid("translation-item-es").await?;
        app.wait_for_testid("translation-changed").await?;
        // The words that changed arrive a moment after the banner (the comparison is asked of the core).
        app.wait_until("the change shown as inserted words", || async {
            let inserted = app
                .client()
                .execute(
                    "return [...document.querySelectorAll('[data-testid=\"translation-changed\"] ins')].map((e) => e.textContent).join('|')",
                    Vec::new(),
                )
                .await?;
            Ok(inserted.as_str().is_some_and(|s| s.contains("Now.")).then_some(()))
        })
        .await?;
        app.screenshot("st-translation-outdated").await?;
        app.click_testid("translation-mark-updated").await?;
        app.wait_until("the outdated mark to go", || async {
            Ok((!app.has_testid("translation-outdated-es").await?).then_some(()))
        })
        .await?;

        // A sign-on from the directory.
        app.click_testid("statement-tab-sign-ons").await?;
        app.wait_for_testid("endorsements-panel").await?;
        app.click_testid("endorsement-source-organisation").await?;
        app.select_index("endorsement-organisation", 2).await?;
        app.click_testid("endorsement-add").await?;
        app.wait_for_count("endorsement", 1).await?;
        app.screenshot("st-sign-ons").await?;

        // Share: the same command the tab's "Save as…" calls, then read back by tools we did not write.
        app.click_testid("statement-tab-share").await?;
        app.wait_for_testid("statement-share").await?;
        app.screenshot("st-share").await?;
        let scratch = e2e::fresh_db("statement-exports");
        let dir = scratch.parent().context("scratch dir")?.to_path_buf();
        let (docx, pdf) = (dir.join("s.docx"), dir.join("s.pdf"));
        for (format, path) in [("docx", &docx), ("pdf", &pdf)] {
            let args = json!({ "id": id, "format": format, "lang": "all", "path": path });
            app.invoke("statement_export", args).await?;
        }
        let text = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output().context("running pdftotext")?;
        let text = String::from_utf8_lossy(&text.stdout);
        for want in ["Solidarity with Chiang Mai", "Now.", "Solidaridad con Chiang Mai", SPANISH] {
            ensure!(text.contains(want), "pdftotext misses {want:?}: {text}");
        }
        let python = repo().join(".venv/bin/python");
        let script = "import docx, sys; print('\\n'.join(p.text for p in docx.Document(sys.argv[1]).paragraphs))";
        let read = std::process::Command::new(&python).args(["-c", script]).arg(&docx).output().context("python-docx")?;
        ensure!(read.status.success(), "python-docx: {}", String::from_utf8_lossy(&read.stderr));
        let text = String::from_utf8_lossy(&read.stdout);
        for want in ["Solidarity with Chiang Mai", "Solidaridad con Chiang Mai", SPANISH, &endorser] {
            ensure!(text.contains(want), "python-docx misses {want:?}: {text}");
        }
        std::fs::remove_dir_all(&dir).ok();
        Ok(())
    })
    .await;
}
