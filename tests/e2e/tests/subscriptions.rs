//! Subscribed calendars in the window, against a feed served on 127.0.0.1 (`e2e::feed_server`): subscribe from the
//! calendar and see the feed's events in its colour, the feed changes → "Refresh now" shows the new events, the feed
//! is gone → an error on the subscription while the last good copy stays, one click removes it; and a calendar link
//! given at launch (as the browser's webcal handler does) is offered, not read, until the person subscribes.

use anyhow::{ensure, Context, Result};
use campaign_desk_e2e::feed_server::FeedServer;
use campaign_desk_e2e::{self as e2e, App};

/// A feed of timed events on days of the month `month` (`YYYY-MM`), at noon UTC (the same month in every zone).
fn feed(month: &str, events: &[(&str, &str, &str)]) -> String {
    let compact = month.replace('-', "");
    let mut s = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//E2E//EN\r\nX-WR-CALNAME:Partner actions\r\n",
    );
    for (uid, day, title) in events {
        s.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{compact}{day}T120000Z\r\n\
             DURATION:PT1H\r\nSUMMARY:{title}\r\nLOCATION:Plaza Miranda\r\nEND:VEVENT\r\n"
        ));
    }
    s.push_str("END:VCALENDAR\r\n");
    s
}

/// The month the window's calendar opens on (its clock, not the test's).
async fn this_month(app: &App) -> Result<String> {
    let month = app.client().execute("return new Date().toISOString().slice(0, 7)", vec![]).await?;
    month.as_str().map(str::to_owned).context("the window's month")
}

/// The subscribed events drawn, by their text (the DOM's: the month view ellipsises long titles), sorted.
async fn subscribed_titles(app: &App) -> Result<Vec<String>> {
    let read = "return [...document.querySelectorAll('[data-testid=\"calendar-subscribed-event\"]')].map((e) => e.textContent)";
    let found = app.client().execute(read, vec![]).await?;
    let mut titles: Vec<String> =
        found.as_array().context("a list")?.iter().filter_map(|t| t.as_str().map(str::to_owned)).collect();
    titles.sort();
    Ok(titles)
}

async fn wait_for_titles(app: &App, wanted: &[&str]) -> Result<Vec<String>> {
    app.wait_until(&format!("the subscribed events {wanted:?}"), || async {
        let titles = subscribed_titles(app).await?;
        let all = titles.len() == wanted.len() && wanted.iter().all(|w| titles.iter().any(|t| t.contains(w)));
        Ok(all.then_some(titles))
    })
    .await
}

#[tokio::test]
async fn subscribe_refresh_fail_and_remove_in_the_window() {
    let server = FeedServer::start("window").expect("feed server");
    e2e::run(|app| async move {
        let month = this_month(&app).await?;
        // A partner's title carrying markup stays text (the feed is not ours to trust).
        let markup = "<b>Bold</b><img src=x onerror=\"document.title='pwned'\">";
        server.put(
            "partner.ics",
            &feed(
                &month,
                &[("a@p", "10", "Vigil at the embassy"), ("b@p", "20", "Webinar on land rights"), ("x@p", "25", markup)],
            ),
        )?;
        app.wait_for_testid("view-welcome").await?;
        app.click_testid("nav-calendar").await?;
        app.wait_for_testid("view-calendar").await?;
        ensure!(!app.has_testid("subscriptions").await?, "a subscriptions list before any subscription");

        app.click_testid("calendar-subscribe").await?;
        app.wait_for_testid("subscribe-dialog").await?;
        app.screenshot("subscribe-dialog").await?;
        app.fill_testid("subscribe-url", &server.url("partner.ics")).await?;
        app.click_testid("subscribe-submit").await?;
        app.wait_gone("subscribe-dialog").await?;
        wait_for_titles(&app, &["Vigil at the embassy", "Webinar on land rights", markup]).await?;
        let live = app.client().execute("return document.querySelectorAll('.fc img, .fc b').length", vec![]).await?;
        ensure!(live.as_u64() == Some(0), "a feed's title became markup ({live} elements)");
        ensure!(app.client().title().await? == "Campaign Desk", "a feed's title ran a script");
        ensure!(app.wait_for_text("subscription-name").await? == "Partner actions", "named after the feed");
        let count = app.text_of("subscription-count").await?;
        ensure!(count.contains('3'), "count {count:?}");
        // Drawn apart from ours (in italics), and not among our events.
        let style = app
            .client()
            .execute(
                "return getComputedStyle(document.querySelector('[data-testid=\"calendar-subscribed-event\"]')).fontStyle",
                vec![],
            )
            .await?;
        ensure!(style.as_str() == Some("italic"), "a subscribed event looks like ours: {style}");
        ensure!(!app.has_testid("calendar-event").await?, "a subscribed event drawn as one of ours");
        app.screenshot("subscribed-month").await?;

        // Its details are read-only: no Edit, no Delete.
        app.click_testid_with_text("calendar-subscribed-event", "Vigil").await?;
        app.wait_for_testid("subscribed-details").await?;
        let from = app.wait_for_text("subscribed-from").await?;
        ensure!(from.contains("Partner actions"), "details say {from:?}");
        ensure!(app.text_of("subscribed-location").await? == "Plaza Miranda", "place");
        app.screenshot("subscribed-details").await?;
        app.press_escape().await?;
        app.wait_gone("subscribed-details").await?;

        // The partner moves one event and adds another: Refresh now shows exactly that.
        server.put(
            "partner.ics",
            &feed(&month, &[("a@p", "11", "Vigil (moved)"), ("c@p", "15", "March to the capitol")]),
        )?;
        app.click_testid("subscription-refresh").await?;
        wait_for_titles(&app, &["Vigil (moved)", "March to the capitol"]).await?;

        // The feed is gone: the subscription says so, and the last good copy stays on the calendar.
        server.remove("partner.ics")?;
        app.click_testid("subscription-refresh").await?;
        let problem = app.wait_for_text("subscription-problem").await?;
        ensure!(problem.contains("404"), "problem {problem:?}");
        wait_for_titles(&app, &["Vigil (moved)", "March to the capitol"]).await?;
        app.settle().await?;
        ensure!(app.has_testid("subscription-problem").await?, "the problem went away");
        app.screenshot("subscription-gone").await?;

        // Broken (an error page where the calendar was): the same.
        server.put("partner.ics", "<html><body>Sign in to see this calendar</body></html>")?;
        app.click_testid("subscription-refresh").await?;
        app.wait_until("the broken feed's problem", || async {
            let text = app.text_of("subscription-problem").await.unwrap_or_default();
            Ok(text.contains("no longer a calendar").then_some(()))
        })
        .await?;
        wait_for_titles(&app, &["Vigil (moved)", "March to the capitol"]).await?;

        // One click removes it, its events with it; nothing of it ever became ours.
        app.click_testid("subscription-remove").await?;
        app.wait_gone("subscriptions").await?;
        app.wait_until("the subscribed events to go", || async { Ok(subscribed_titles(&app).await?.is_empty().then_some(())) })
            .await?;
        let ours = app.invoke("event_list", serde_json::json!({ "campaignId": null })).await?;
        ensure!(ours.as_array().is_some_and(Vec::is_empty), "subscribed events became ours: {ours}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_calendar_link_at_launch_is_offered_and_read_only_when_subscribed() {
    let server = FeedServer::start("launch").expect("feed server");
    server.put("launch.ics", &feed("2027-03", &[("x@p", "05", "Solidarity call")])).expect("feed");
    let link = server.url("launch.ics");
    let db = e2e::fresh_db("subscribe-link");
    let args = vec!["--db".to_owned(), db.display().to_string(), link.clone()];
    e2e::run_with_args(args, |app| async move {
        app.wait_for_testid("subscribe-dialog").await?;
        app.wait_for_testid("subscribe-offered").await?;
        ensure!(app.value_of("subscribe-url").await? == link, "the link is not in the field");
        app.screenshot("subscribe-offered").await?;
        ensure!(
            !server.log().contains("GET /launch.ics"),
            "the feed was read before the person asked: {}",
            server.log()
        );
        app.click_testid("subscribe-submit").await?;
        app.wait_gone("subscribe-dialog").await?;
        ensure!(server.log().contains("GET /launch.ics"), "the feed was not read: {}", server.log());
        let list = app.invoke("subscription_list", serde_json::json!({})).await?;
        ensure!(list[0]["events"] == 1 && list[0]["url"] == link.as_str(), "subscriptions: {list}");
        Ok(())
    })
    .await;
}
