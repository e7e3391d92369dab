//! The pickers' shared combobox (CountryPicker, ZonePicker): the keyboard moves through the list with the focus kept
//! in the input (`aria-activedescendant`), Enter picks, Esc closes only the list — the dialog around it stays, and
//! a second Esc reaches the dialog, which asks first since the form changed, with the focus on "Keep editing".

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e as e2e;
use fantoccini::key::Key;

/// An attribute of the element with this test id ("" when absent).
async fn attr_of(app: &e2e::App, testid: &str, name: &str) -> Result<String> {
    let element = app.wait_for_testid(testid).await?;
    Ok(element.attr(name).await?.unwrap_or_default())
}

/// Presses `key` in the input with this test id.
async fn press_in(app: &e2e::App, testid: &str, key: Key) -> Result<()> {
    let input = app.wait_for_testid(testid).await?;
    input.send_keys(&char::from(key).to_string()).await.with_context(|| format!("pressing a key in {testid}"))
}

/// The text of the option the input points at with `aria-activedescendant`, and whether it is marked selected.
async fn active_option(app: &e2e::App, testid: &str) -> Result<(String, String)> {
    let id = attr_of(app, testid, "aria-activedescendant").await?;
    let script = "const o = document.getElementById(arguments[0]); \
                  return o ? [o.textContent.trim(), o.getAttribute('aria-selected')] : ['', ''];";
    let found = app.client().execute(script, vec![id.into()]).await?;
    let text = found[0].as_str().unwrap_or_default().to_owned();
    let selected = found[1].as_str().unwrap_or_default().to_owned();
    Ok((text, selected))
}

#[tokio::test]
async fn pickers_are_driven_by_the_keyboard_and_esc_closes_only_the_list() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?; // where starting empty leads, once settings are saved
        app.click_testid("nav-organisations").await?;
        app.click_testid("org-new-empty").await?;
        app.wait_for_testid("org-form").await?;
        app.fill_testid("org-name", "Migrante Aotearoa").await?;

        // Typing opens the list on the first match; the arrows move the active option, the focus stays typing.
        app.fill_testid("org-country", "New").await?;
        app.wait_for_testid("org-country-option").await?;
        ensure!(attr_of(&app, "org-country", "aria-expanded").await? == "true", "the list is not marked open");
        let options = app.texts_of_all("org-country-option").await?;
        ensure!(options.len() >= 3, "options for 'New': {options:?}");
        let (first, selected) = active_option(&app, "org-country").await?;
        ensure!(first == options[0] && selected == "true", "active at first: {first:?} ({selected})");
        press_in(&app, "org-country", Key::Down).await?;
        press_in(&app, "org-country", Key::Down).await?;
        press_in(&app, "org-country", Key::Up).await?;
        let (second, selected) = active_option(&app, "org-country").await?;
        ensure!(second == options[1] && selected == "true", "after ↓↓↑ the active option is {second:?} ({selected})");

        // Esc closes the list and puts the input back; the dialog stays.
        app.press_escape().await?;
        ensure!(attr_of(&app, "org-country", "aria-expanded").await? == "false", "Esc left the list open");
        ensure!(!app.has_testid("org-country-option").await?, "Esc left the options shown");
        ensure!(app.has_testid("org-form").await?, "Esc on the list closed the dialog");
        ensure!(!app.has_testid("confirm-dialog").await?, "Esc on the list asked to discard the form");
        ensure!(app.value_of("org-country").await?.is_empty(), "Esc kept the half-typed country");

        // Typed again, Enter picks the active option and closes the list.
        app.fill_testid("org-country", "New Zea").await?;
        app.wait_for_testid("org-country-option").await?;
        press_in(&app, "org-country", Key::Enter).await?;
        let shown = app.value_of("org-country").await?;
        ensure!(shown == "New Zealand", "Enter picked {shown:?}");
        ensure!(!app.has_testid("org-country-option").await?, "the list stayed open after picking");

        // The zone picker is the same combobox.
        app.fill_testid("org-zone", "Auckland").await?;
        press_in(&app, "org-zone", Key::Enter).await?;
        let zone = app.value_of("org-zone").await?;
        ensure!(zone == "Pacific/Auckland", "the zone picker picked {zone:?}");

        // With the list closed, Esc is the dialog's: the changed form asks first, focus on the safe answer.
        app.press_escape().await?;
        app.wait_for_testid("confirm-dialog").await?;
        let focused = app
            .client()
            .execute("return document.activeElement?.getAttribute('data-testid') ?? ''", Vec::new())
            .await?;
        ensure!(focused == "confirm-cancel", "the question starts with the focus on {focused}");
        app.screenshot("combobox-esc-question").await?;
        app.press_escape().await?; // Esc on the question keeps editing
        app.wait_until("the question to go", || async { Ok((!app.has_testid("confirm-dialog").await?).then_some(())) })
            .await?;
        ensure!(app.value_of("org-country").await? == "New Zealand", "keeping lost the country");
        app.click_testid("org-save").await?;
        app.wait_until("the form to close", || async { Ok((!app.has_testid("org-form").await?).then_some(())) })
            .await?;
        let orgs = app.invoke("org_list", serde_json::json!({ "query": null })).await?;
        let saved: Vec<String> = orgs
            .as_array()
            .into_iter()
            .flatten()
            .map(|o| format!("{} {}", o["country"].as_str().unwrap_or("-"), o["zone"].as_str().unwrap_or("-")))
            .collect();
        ensure!(saved == ["NZ Pacific/Auckland"], "saved {saved:?}");
        Ok(())
    })
    .await;
}

/// Enter in a picker before typing or using the arrows, or after emptying it, picks nothing (the list opens on focus
/// with the whole world in it: Enter there once made an organisation's country Afghanistan); the form gets its
/// Enter and saves what the fields hold.
#[tokio::test]
async fn enter_in_an_untouched_or_emptied_picker_picks_nothing() {
    e2e::run(|app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-start-empty").await?;
        app.wait_for_testid("view-organisations").await?;

        // A country typed, then deleted, then Enter.
        app.click_testid("org-new-empty").await?;
        app.wait_for_testid("org-form").await?;
        app.fill_testid("org-name", "Migrante Aotearoa").await?;
        app.fill_testid("org-country", "Phil").await?;
        app.wait_for_testid("org-country-option").await?;
        for _ in 0.."Phil".len() {
            press_in(&app, "org-country", Key::Backspace).await?;
        }
        enter_saves(&app, "org-country").await?;

        // The zone field focused (its list opens) and Enter at once.
        app.click_testid("org-new").await?;
        app.wait_for_testid("org-form").await?;
        app.fill_testid("org-name", "Migrante UK").await?;
        app.wait_for_testid("org-zone").await?.click().await?;
        app.wait_until("the zone list to open", || async {
            Ok((attr_of(&app, "org-zone", "aria-expanded").await? == "true").then_some(()))
        })
        .await?;
        enter_saves(&app, "org-zone").await?;

        let orgs = app.invoke("org_list", serde_json::json!({ "query": null })).await?;
        let saved: Vec<String> = orgs
            .as_array()
            .into_iter()
            .flatten()
            .map(|o| format!("{} {}", o["country"].as_str().unwrap_or("-"), o["zone"].as_str().unwrap_or("-")))
            .collect();
        ensure!(saved == ["- -", "- -"], "saved {saved:?}");
        Ok(())
    })
    .await;
}

/// Enter in the field `testid`: the form saves and closes. (The field goes with the form while WebDriver is still
/// typing the key, so the driver's "node not found" is the expected end of that key press.)
async fn enter_saves(app: &e2e::App, testid: &str) -> Result<()> {
    let _ = press_in(app, testid, Key::Enter).await;
    app.wait_until("the form to save and close", || async { Ok((!app.has_testid("org-form").await?).then_some(())) })
        .await
}
