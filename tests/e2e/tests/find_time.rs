//! "Find a time" (issue #18) on the demo data: five partners from Auckland to Toronto, a 90-minute meeting in the
//! week of 18 February 2025. The best slot leaves only London asleep; the grid shows each partner's hours with the
//! slot marked; "Create event" opens the editor on that slot in Auckland's zone with the partners as co-organisers,
//! and the saved event is on the calendar then.

use anyhow::{ensure, Result};
use campaign_desk_e2e as e2e;

const PARTNERS: [&str; 5] = [
    "Gabriela Aotearoa",
    "International Migrants Alliance",
    "Migrante Canada",
    "Migrante International",
    "Migrante UK",
];
const TITLE: &str = "Alliance coordinators' call";

/// Clicks the organisation's checkbox; returns whether it could be ticked (an organisation without a zone cannot).
async fn tick_org(app: &e2e::App, name: &str) -> Result<bool> {
    let script = "const [name] = arguments; \
                  const box = [...document.querySelectorAll('[data-testid=\"find-time-org\"]')] \
                    .find((b) => b.dataset.name === name); \
                  if (!box) return null; \
                  box.click(); \
                  return box.checked;";
    let checked = app.client().execute(script, vec![name.into()]).await?;
    checked.as_bool().ok_or_else(|| anyhow::anyhow!("no organisation {name:?} in the dialog"))
}

#[tokio::test]
async fn five_partners_find_a_90_minute_slot_and_make_it_an_event() {
    let db = e2e::fresh_db("find-time");
    e2e::run_on_db(&db, |app| async move {
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("welcome-demo").await?;
        app.wait_for_testid("view-campaigns").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("view-calendar").await?;

        app.click_testid("calendar-find-time").await?;
        app.wait_for_testid("find-time").await?;
        // Nobody chosen: the dialog says what to do instead of searching.
        app.click_testid("find-time-search").await?;
        let hint = app.wait_for_text("find-time-error").await?;
        ensure!(hint == "Choose at least one organisation or time zone.", "with nobody chosen: {hint:?}");

        for name in PARTNERS {
            ensure!(tick_org(&app, name).await?, "{name} could not be chosen");
        }
        ensure!(!tick_org(&app, "ILPS Commission 10").await?, "an organisation without a zone was chosen");
        app.select_value("find-time-length", "90").await?;
        // Days out of range and no first day: each said under its field (the walk found Find doing nothing at
        // 0 or 500 days, and the core's "from: '' is not a date (expected YYYY-MM-DD)" above a field showing dd/mm).
        app.set_value("find-time-days", "500").await?;
        app.click_testid("find-time-search").await?;
        let days = app.wait_for_text("find-time-days-error").await?;
        ensure!(days == "Look 1 to 90 days ahead", "500 days: {days:?}");
        ensure!(!app.has_testid("find-time-error").await?, "the days' error also shown above the results");
        app.set_value("find-time-days", "0").await?;
        app.click_testid("find-time-search").await?;
        app.wait_for_text("find-time-days-error").await?;
        app.set_value("find-time-days", "7").await?;
        app.set_value("find-time-from", "").await?;
        app.click_testid("find-time-search").await?;
        let from = app.wait_for_text("find-time-from-error").await?;
        ensure!(from == "Choose the first day to look at.", "no first day: {from:?}");
        ensure!(!app.has_testid("find-time-days-error").await?, "the days' error stayed");
        app.set_value("find-time-from", "2025-02-18").await?;
        app.click_testid("find-time-search").await?;
        app.wait_for_count("find-time-slot", 5).await?;
        ensure!(!app.has_testid("find-time-from-error").await?, "the first day's error stayed after a search");

        // Auckland's days, its first one starting at 11:00 UTC on the 17th: 7 × 48 starts; the demo's events of
        // these partners (the Burma webinar, the Hong Kong forum) rule some out.
        let summary = app.text_of("find-time-summary").await?;
        ensure!(summary.starts_with("336 start times looked at; 10 left out"), "summary {summary:?}");
        let slots = app.texts_of_all("find-time-slot").await?;
        let best = slots.first().map(String::as_str).unwrap_or_default();
        // Five different times (not the same hour at 14:00, 14:30 and 15:00), each with its day.
        ensure!(slots.len() == 5, "suggestions {slots:?}");
        ensure!(slots[1].starts_with("Tue, Feb 18") && slots[1].contains("15:30 Auckland"), "second {:?}", slots[1]);
        ensure!(
            best.starts_with("Tue, Feb 18")
                && best.contains("14:00 Auckland · 09:00 Hong Kong · 20:00 Toronto (−1 day) · 09:00 Manila")
                && best.contains("everyone else awake, Toronto outside working hours; London at 01:00 is asleep"),
            "best slot {best:?}"
        );

        // The grid: one row per partner, Auckland's Tuesday 18 February, the slot's two hours marked in each row.
        let day = app.text_of("find-time-day").await?;
        ensure!(day == "Hours on Tuesday, February 18 in Auckland", "grid day {day:?}");
        ensure!(app.texts_of_all("find-time-row").await?.len() == 5, "grid rows");
        let script = "const rows = [...document.querySelectorAll('[data-testid=\"find-time-row\"]')]; \
                      return rows.map((r) => [...r.querySelectorAll('td.chosen')] \
                        .map((c) => c.dataset.state + ' ' + c.querySelector('.hour').textContent).join(','));";
        let chosen = app.client().execute(script, Vec::new()).await?;
        let want = serde_json::json!([
            "working 14,working 15",
            "working 09,working 10",
            "awake 20,awake 21",
            "working 09,working 10",
            "asleep 01,asleep 02"
        ]);
        ensure!(chosen == want, "marked cells {chosen}");
        app.screenshot("find-time").await?;
        let bottom =
            "document.querySelector('[data-testid=\"find-time-slot\"]:last-child').scrollIntoView({ block: 'end' })";
        app.client().execute(bottom, Vec::new()).await?;
        app.screenshot("find-time-suggestions").await?;

        // The best slot as an event: Auckland's 14:00–15:30, the five partners as co-organisers.
        app.click_testid("find-time-create").await?;
        app.wait_for_testid("event-form").await?;
        ensure!(!app.has_testid("find-time").await?, "the dialog stayed open under the editor");
        let orgs = app.texts_of_all("event-org-row").await?;
        ensure!(orgs.len() == 5 && orgs.iter().any(|o| o.contains("Migrante UK")), "organisations {orgs:?}");
        app.fill_testid("event-title", TITLE).await?;
        app.screenshot("find-time-editor").await?;
        app.click_testid("event-save").await?;
        app.wait_until("the editor to close", || async { Ok((!app.has_testid("event-form").await?).then_some(())) })
            .await?;

        let window = app
            .invoke(
                "occurrence_list",
                serde_json::json!({
                    "from": "2025-02-18", "to": "2025-02-19", "zone": "Pacific/Auckland",
                    "filter": { "campaign_id": null, "organisation_id": null, "kind": null }
                }),
            )
            .await?;
        let call = window["occurrences"]
            .as_array()
            .and_then(|list| list.iter().find(|o| o["title"] == TITLE))
            .ok_or_else(|| anyhow::anyhow!("the new event is not on 18 February: {window}"))?;
        ensure!(
            call["start"] == "2025-02-18T14:00:00+13:00" && call["end"] == "2025-02-18T15:30:00+13:00",
            "event at {} – {}",
            call["start"],
            call["end"]
        );
        let event = app.invoke("event_get", serde_json::json!({ "id": call["event_id"] })).await?;
        ensure!(event["zone"] == "Pacific/Auckland", "zone {}", event["zone"]);
        let roles: Vec<&str> =
            event["organisations"].as_array().into_iter().flatten().filter_map(|o| o["role"].as_str()).collect();
        ensure!(roles == ["co_organiser"; 5], "roles {roles:?}");

        // Asked again, the slot the new event takes is gone.
        app.click_testid("calendar-find-time").await?;
        app.wait_for_testid("find-time").await?;
        for name in PARTNERS {
            tick_org(&app, name).await?;
        }
        app.set_value("find-time-from", "2025-02-18").await?;
        app.set_value("find-time-days", "7").await?;
        app.click_testid("find-time-search").await?;
        app.wait_for_count("find-time-slot", 5).await?;
        let again = app.texts_of_all("find-time-slot").await?;
        let first = again.first().map(String::as_str).unwrap_or_default();
        ensure!(!first.contains("14:00 Auckland"), "the taken slot is still offered: {first:?}");
        Ok(())
    })
    .await;
}
