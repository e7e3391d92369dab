//! Pasting into the statement editor in the real window, from what Word and Google Docs put on the clipboard (their
//! HTML, abridged from real copies): headings, bold, italics, lists (Word's drawn bullets and numbers too) and links
//! survive as Markdown; Word's office markup, Docs' all-bold wrapper, styles, scripts, event handlers and images do
//! not.

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e::{self as e2e, App};
use fantoccini::key::Key;
use serde_json::json;

/// Word (Windows) copies a fragment of a whole HTML page: `mso-` styles, `<o:p>`, conditional comments, list
/// paragraphs drawn with a Symbol-font bullet or a number rather than `<ul>`/`<ol>`, nested by `level`.
const WORD: &str = r#"<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment--><h2 style='mso-margin-top-alt:auto'><span style='font-family:"Arial",sans-serif'>Our demands<o:p></o:p></span></h2><p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>Stop</span></b> the raids, <i>now</i>. Read <a href="https://wearemigrants.net/statements">our site</a>.<o:p></o:p></p><p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Release the detained<o:p></o:p></p><p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Stop the deportations<o:p></o:p></p><p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>from Hong Kong<o:p></o:p></p><p class=MsoNormal>Then:<o:p></o:p></p><p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Write to the minister<o:p></o:p></p><p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Join the vigil<o:p></o:p></p><p class=MsoNormal><span style='color:red'>Signed in Hong Kong</span><img src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" onerror="window.__pasted_script_ran=1"><script>window.__pasted_script_ran=1</script></p><!--EndFragment--></body></html>"#;

/// Google Docs wraps the whole copy in `<b style="font-weight:normal">` and marks bold with a style, not a tag.
const DOCS: &str = r#"<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4d1a2b3c-7fff-1234-5678-9abcdef01234"><h3 dir="ltr" style="line-height:1.38;margin-top:14pt;margin-bottom:4pt;"><span style="font-size:13pt;font-family:Arial,sans-serif;color:#434343;font-weight:400;">Who we are</span></h3><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;">Migrante</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;"> is an alliance of </span><a href="https://migrante.example.org/" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;text-decoration:underline;">migrant workers</span></a><span style="font-size:11pt;font-weight:400;">.</span></p><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;">Hong Kong</span></p></li><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;">Toronto</span></p></li></ul></b>"#;

/// Pastes `html` (with `text` as its plain-text flavour) where the editor's cursor is, as the clipboard would.
async fn paste(app: &App, html: &str, text: &str) -> Result<()> {
    let script = "const [html, text] = arguments; \
                  const data = new DataTransfer(); \
                  data.setData('text/html', html); data.setData('text/plain', text); \
                  const target = document.activeElement; \
                  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));";
    app.client().execute(script, vec![html.into(), text.into()]).await?;
    Ok(())
}

/// The statement's saved text once the page says "Saved" and the text contains `marker`.
async fn saved_body(app: &App, id: i64, marker: &str) -> Result<String> {
    app.wait_until(&format!("the saved text to contain {marker:?}"), || async {
        if !app.text_of("save-state").await?.starts_with("Saved") {
            return Ok(None);
        }
        let detail = app.invoke("statement_get", json!({ "id": id })).await?;
        let body = detail["current"]["body"].as_str().unwrap_or_default().to_owned();
        Ok(body.contains(marker).then_some(body))
    })
    .await
}

#[tokio::test]
async fn pasting_from_word_and_google_docs_keeps_the_structure_and_drops_the_rest() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        let input = json!({ "kind": "statement", "title": "Pasted", "source_lang": "en" });
        let created = app.invoke("statement_create", json!({ "input": input, "body": "Start." })).await?;
        let id = created["id"].as_i64().context("statement id")?;
        app.client().execute(&format!("location.hash = '#/statements/{id}'"), Vec::new()).await?;
        app.wait_for_testid("statement-page").await?;

        let editor = app.scrolled_into_view("statement-body").await?;
        editor.click().await?;
        editor
            .send_keys(&format!("{}{}{}", char::from(Key::Control), char::from(Key::End), char::from(Key::Null)))
            .await?;
        editor.send_keys(&char::from(Key::Enter).to_string()).await?;
        paste(&app, WORD, "Our demands\nStop the raids, now.").await?;
        let word = saved_body(&app, id, "Signed in Hong Kong").await?;
        for kept in ["## Our demands", "**Stop** the raids,", "now", "[our site](https://wearemigrants.net/statements)"]
        {
            ensure!(word.contains(kept), "{kept:?} lost in the paste from Word:\n{word}");
        }
        ensure!(word.contains("*now*") || word.contains("_now_"), "italics lost:\n{word}");
        // Word's list paragraphs become lists: bullets, a nested level, then (after a plain paragraph) numbers.
        let lists = "- Release the detained\n- Stop the deportations\n  - from Hong Kong\n\nThen:\n\n\
                     1. Write to the minister\n2. Join the vigil";
        ensure!(word.contains(lists), "Word's lists came out as\n{word}");
        for dropped in ["mso", "o:p", "MsoNormal", "<", "clip_image", "Symbol", "__pasted", "·"] {
            ensure!(!word.contains(dropped), "{dropped:?} came along from Word:\n{word}");
        }
        app.screenshot("st-paste-word").await?;

        editor
            .send_keys(&format!("{}{}{}", char::from(Key::Control), char::from(Key::End), char::from(Key::Null)))
            .await?;
        editor.send_keys(&char::from(Key::Enter).to_string()).await?;
        paste(&app, DOCS, "Who we are\nMigrante is an alliance of migrant workers.").await?;
        let docs = saved_body(&app, id, "Toronto").await?;
        for kept in [
            "### Who we are",
            "**Migrante** is an alliance of [migrant workers](https://migrante.example.org/).",
            "- Hong Kong",
            "- Toronto",
        ] {
            ensure!(docs.contains(kept), "{kept:?} lost in the paste from Google Docs:\n{docs}");
        }
        ensure!(!docs.contains("**Who") && !docs.contains("docs-internal"), "Docs' wrapper came along:\n{docs}");
        let ran = app.client().execute("return window.__pasted_script_ran === undefined", Vec::new()).await?;
        ensure!(ran.as_bool() == Some(true), "a pasted script or event handler ran");
        app.screenshot("st-paste-docs").await?;
        Ok(())
    })
    .await;
}
