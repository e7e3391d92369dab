//! Issue #16 in the real window: the whole app in Tagalog, Spanish, French and Indonesian as well as English.
//! - every main screen in every language, and in the pseudo-locale (accented, ~40 % longer), at 1024×700: no text
//!   spills out of its button, tab, badge or cell, and no screen grows wider than the window. A screenshot of each
//!   screen in each language lands in artifacts/screenshots/lang-<language>-<screen>.png.
//! - switched to Tagalog in Settings (no restart): a campaign saved without a title shows the error in Tagalog next
//!   to the field; with the week's start left to the language, the calendar's week begins on Sunday and the month
//!   names are Tagalog's. Then the same in Indonesian.

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e as e2e;
use fantoccini::Locator;

const LANGUAGES: [&str; 6] = ["en", "tl", "es", "fr", "id", "en-XA"];

async fn resize(app: &e2e::App, width: u32, height: u32) -> Result<()> {
    app.client().set_window_size(width, height).await.context("WebDriver set_window_size")?;
    app.wait_until(&format!("window.innerWidth to be {width}"), || async {
        let inner = app.client().execute("return window.innerWidth", Vec::new()).await?;
        Ok((inner.as_u64() == Some(u64::from(width))).then_some(()))
    })
    .await
}

/// Chooses the window's language in Settings and waits until the page has switched (no restart).
async fn choose_language(app: &e2e::App, language: &str) -> Result<()> {
    app.click_testid("nav-settings").await?;
    app.wait_for_testid("view-settings").await?;
    app.select_value("settings-locale", language).await?;
    app.click_testid("settings-save").await?;
    let lang = if language == "en-XA" { "en" } else { language };
    app.wait_until(&format!("the window in {language}"), || async {
        let shown = app.client().execute("return document.documentElement.lang", Vec::new()).await?;
        Ok(shown.as_str().is_some_and(|l| l == lang || l.starts_with(&format!("{lang}-"))).then_some(()))
    })
    .await
}

/// Text that does not fit where it is drawn: a control or cell whose text is wider than its box (and not cut with
/// an ellipsis on purpose), or a page wider than the window.
const OVERFLOWS: &str = r#"
const problems = [];
if (document.documentElement.scrollWidth > window.innerWidth + 1) {
  problems.push(`the page is ${document.documentElement.scrollWidth - window.innerWidth}px wider than the window`);
}
const seen = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && el.closest('[hidden], [inert]') === null; };
for (const el of document.querySelectorAll('button, a.btn, nav a, [role="tab"], .badge, .chip, th, td, label, .fc-button, .fc-col-header-cell-cushion')) {
  // Labels kept for screen readers only are 1px wide on purpose; FullCalendar's day cells hold events drawn across
  // days, which it cuts itself.
  if (!seen(el) || el.clientWidth < 4 || (el.tagName === 'TD' && el.closest('.fc-view-harness'))) continue;
  const style = getComputedStyle(el);
  if (style.textOverflow === 'ellipsis' || style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
  const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${el.textContent.trim().slice(0, 60)}"`;
  if (el.scrollWidth > el.clientWidth + 2) problems.push(`${name}: text ${el.scrollWidth}px wide in ${el.clientWidth}px`);
  // A box of fixed height whose wrapped text runs over what is below it.
  if (style.overflowY === 'visible' && el.scrollHeight > el.clientHeight + 2 && el.tagName !== 'TD' && el.tagName !== 'TH') {
    problems.push(`${name}: text ${el.scrollHeight}px high in ${el.clientHeight}px`);
  }
}
return problems;
"#;

async fn check_screen(app: &e2e::App, language: &str, screen: &str, problems: &mut Vec<String>) -> Result<()> {
    app.settle().await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    app.screenshot(&format!("lang-{language}-{screen}")).await?;
    let found = app.client().execute(OVERFLOWS, Vec::new()).await?;
    for problem in found.as_array().into_iter().flatten() {
        problems.push(format!("{language} · {screen}: {}", problem.as_str().unwrap_or_default()));
    }
    Ok(())
}

/// Each main screen, in the order a coordinator meets them.
async fn walk_screens(app: &e2e::App, language: &str, problems: &mut Vec<String>) -> Result<()> {
    app.click_testid("nav-calendar").await?;
    app.wait_for_testid("calendar").await?;
    check_screen(app, language, "1-calendar-month", problems).await?;
    app.client().find(Locator::Css(".fc-timeGridWeek-button")).await?.click().await?;
    check_screen(app, language, "2-calendar-week", problems).await?;
    app.client().find(Locator::Css(".fc-dayGridMonth-button")).await?.click().await?;

    app.click_testid("nav-campaigns").await?;
    app.wait_for_testid("view-campaigns").await?;
    check_screen(app, language, "3-campaigns", problems).await?;
    app.click_testid_with_text("campaign-row-link", "Solidarity Month for the peoples of Burma").await?;
    app.wait_for_testid("campaign-page").await?;
    check_screen(app, language, "4-campaign", problems).await?;
    app.click_testid("campaign-edit").await?;
    app.wait_for_testid("campaign-form").await?;
    check_screen(app, language, "5-campaign-form", problems).await?;
    app.click_testid("campaign-cancel").await?;

    app.click_testid("nav-statements").await?;
    app.wait_for_testid("view-statements").await?;
    check_screen(app, language, "6-statements", problems).await?;
    app.client().find(Locator::Css("[data-testid=\"statement-row-link\"]")).await?.click().await?;
    app.wait_for_testid("statement-page").await?;
    check_screen(app, language, "7-statement", problems).await?;

    app.click_testid("nav-organisations").await?;
    app.wait_for_testid("view-organisations").await?;
    check_screen(app, language, "8-organisations", problems).await?;

    app.click_testid("nav-settings").await?;
    app.wait_for_testid("view-settings").await?;
    check_screen(app, language, "9-settings", problems).await?;
    Ok(())
}

#[tokio::test]
async fn every_main_screen_fits_in_every_language_at_1024x700() {
    let db = e2e::fresh_db("languages");
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        // The pseudo-locale is offered to testers who turn it on.
        app.client().execute("localStorage.setItem('campaign-desk.devLocales', '1')", Vec::new()).await?;
        resize(&app, 1024, 700).await?;
        let mut problems = Vec::new();
        for language in LANGUAGES {
            choose_language(&app, language).await?;
            walk_screens(&app, language, &mut problems).await?;
        }
        choose_language(&app, "en").await?;
        app.client().execute("localStorage.removeItem('campaign-desk.devLocales')", Vec::new()).await?;
        ensure!(problems.is_empty(), "{} places where text does not fit:\n{}", problems.len(), problems.join("\n"));
        Ok(())
    })
    .await;
    if let Some(dir) = db.parent() {
        std::fs::remove_dir_all(dir).ok();
    }
}

/// The weekday of the month view's first column (0 = Sunday), and the month's title, as shown.
async fn week_and_month(app: &e2e::App) -> Result<(i64, String)> {
    app.click_testid("nav-calendar").await?;
    app.wait_for_testid("calendar").await?;
    app.client().find(Locator::Css(".fc-dayGridMonth-button")).await?.click().await?;
    app.settle().await?;
    let script = "const first = document.querySelector('.fc-daygrid-day')?.getAttribute('data-date'); \
                  return [first ? new Date(`${first}T00:00:00Z`).getUTCDay() : -1, \
                  document.querySelector('.fc-toolbar-title')?.textContent ?? '']";
    let shown = app.client().execute(script, Vec::new()).await?;
    Ok((shown[0].as_i64().unwrap_or(-1), shown[1].as_str().unwrap_or_default().to_owned()))
}

#[tokio::test]
async fn tagalog_then_indonesian_errors_week_and_months() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        // (language, its month names, one of which titles the calendar's month)
        let cases = [
            ("tl", "Disyembre|Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre"),
            ("id", "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"),
        ];
        app.client().execute("location.hash = '#/campaigns/new'", Vec::new()).await?;
        app.wait_for_testid("campaign-form").await?;
        app.click_testid("campaign-save").await?;
        let english_error = app.wait_for_text("campaign-title-error").await?;
        app.click_testid("campaign-cancel").await?;
        for (language, months) in cases {
            choose_language(&app, language).await?;
            app.select_value("settings-week-start", "auto").await?;
            app.click_testid("settings-save").await?;
            app.client().execute("location.hash = '#/campaigns/new'", Vec::new()).await?;
            app.wait_for_testid("campaign-form").await?;
            app.click_testid("campaign-save").await?;
            let error = app.wait_for_text("campaign-title-error").await?;
            ensure!(error != english_error && !error.is_empty(), "{language}: the title's error is still {error:?}");
            app.screenshot(&format!("lang-{language}-title-error")).await?;
            app.click_testid("campaign-cancel").await?;

            let (weekday, title) = week_and_month(&app).await?;
            ensure!(weekday == 0, "{language}: the week starts on day {weekday} (0 = Sunday)");
            ensure!(months.split('|').any(|m| title.contains(m)), "{language}: the month is titled {title:?}");
            app.screenshot(&format!("lang-{language}-calendar")).await?;
        }
        // Back to the defaults, for the tests after this one (the clock and week start live in this WebKit's storage).
        choose_language(&app, "en").await?;
        app.select_value("settings-week-start", "1").await?;
        app.click_testid("settings-save").await?;
        Ok(())
    })
    .await;
}
