//! Measurement (not a test; ignored by `make test`, run by scripts/bench-statement-ui.sh): how long a 20-page
//! statement (≈ 10,000 words) takes from the click in the list until its text is in the editor and editable, in
//! the real window, timed in the page with `performance.now()`. Numbers go to BENCHMARKS.md. Each round shows the
//! list for a second first, as a person reads it before clicking (the list warms the editor meanwhile).

use anyhow::Context;
use campaign_desk_e2e as e2e;
use serde_json::json;

fn body() -> String {
    let sentence = "Migrant domestic workers across the region keep households and whole economies running, yet \
        they are still denied the protection of labour laws, the right to organise and the right to stay. ";
    (1..=20)
        .map(|n| {
            let paragraphs: String = (0..3).map(|p| format!("{}\n\n", sentence.repeat(4 + p))).collect();
            format!("## Part {n}\n\n{paragraphs}- Regularise every worker\n- End the raids\n\n> We are workers.\n\n")
        })
        .collect()
}

/// Clicks the statement's row and returns the milliseconds until the editor holds the last part, editable.
const OPEN: &str = "const [done] = arguments; \
    const t0 = performance.now(); \
    document.querySelector('[data-testid=\"statement-row-link\"]').click(); \
    const poll = () => { \
      const e = document.querySelector('[data-testid=\"statement-body\"]'); \
      if (e && e.isContentEditable && e.textContent.includes('Part 20')) { \
        requestAnimationFrame(() => done(performance.now() - t0)); \
      } else { setTimeout(poll, 1); } \
    }; \
    poll();";

#[tokio::test]
#[ignore = "a measurement for BENCHMARKS.md, run by scripts/bench-statement-ui.sh"]
async fn open_a_twenty_page_statement() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        let input = json!({ "kind": "statement", "title": "Twenty pages", "source_lang": "en" });
        app.invoke("statement_create", json!({ "input": input, "body": body() })).await?;
        let mut samples = Vec::new();
        for _ in 0..7 {
            app.client().execute("location.hash = '#/statements'", Vec::new()).await?;
            app.wait_for_testid("statement-row-link").await?;
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            let ms = app.client().execute_async(OPEN, Vec::new()).await?;
            samples.push(ms.as_f64().context("a time")?);
        }
        println!("statement-load open (click → editable, 20 pages): {samples:.0?} ms");
        samples.sort_by(f64::total_cmp);
        println!(
            "statement-load open median {:.0} ms, max {:.0} ms",
            samples[samples.len() / 2],
            samples[samples.len() - 1]
        );
        Ok(())
    })
    .await;
}
