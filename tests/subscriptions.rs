//! Subscribed calendars against a real web server on 127.0.0.1 (tests/common/feed_server.rs), through the real CLI,
//! and the calendar's view of them through the library: the feed's events shown, a changed feed taken in on
//! refresh, a feed gone (404) or broken leaving the last good copy and the person's own events as they were.

mod common;
#[path = "common/feed_server.rs"]
mod feed_server;

use campaign_desk::calendar::Window;
use campaign_desk::subscriptions;
use campaign_desk::Store;
use chrono::NaiveDate;
use common::Cli;
use feed_server::FeedServer;

fn feed(events: &[(&str, &str, &str)]) -> String {
    let mut s = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partner//Feed//EN\r\nX-WR-CALNAME:Partner actions\r\n",
    );
    for (uid, start, title) in events {
        s.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\nSUMMARY:{title}\r\nEND:VEVENT\r\n"
        ));
    }
    s.push_str("END:VCALENDAR\r\n");
    s
}

const JANUARY: &[(&str, &str, &str)] = &[
    ("a@partner", "20270112T100000Z", "Vigil at the embassy"),
    ("b@partner", "20270119T150000Z", "Webinar: land rights"),
];

/// The subscribed instances in January 2027, as (title, start in UTC), in order.
fn shown(cli: &Cli) -> Vec<(String, String)> {
    let store = Store::open(&cli.db).expect("open");
    let window = Window {
        from: NaiveDate::from_ymd_opt(2027, 1, 1).expect("date"),
        to: NaiveDate::from_ymd_opt(2027, 2, 1).expect("date"),
        zone: chrono_tz::UTC,
    };
    subscriptions::occurrences(&store, &window, Some(chrono_tz::UTC))
        .expect("occurrences")
        .into_iter()
        .map(|o| (o.occurrence.title.to_string(), o.occurrence.start.to_string()))
        .collect()
}

fn own_event(cli: &Cli) -> serde_json::Value {
    cli.ok(&[
        "event",
        "add",
        "--title",
        "Our own assembly",
        "--start",
        "2027-01-12T09:00",
        "--end",
        "2027-01-12T10:00",
        "--zone",
        "UTC",
    ])
}

#[test]
fn a_feed_is_shown_refreshed_and_removed_without_touching_our_events() {
    let server = FeedServer::start();
    server.put("partner.ics", &feed(JANUARY));
    let cli = Cli::new();
    own_event(&cli);
    let before_export = cli.run(&["export", "ics"]).stdout;

    let s = cli.ok(&["subscribe", &server.url("partner.ics")]);
    assert_eq!(s["name"], "Partner actions", "the feed's own name: {s}");
    assert_eq!(s["events"], 2);
    assert!(s["colour"].as_str().is_some_and(|c| c.starts_with('#')), "{s}");
    let id = s["id"].as_i64().expect("id");
    assert_eq!(
        shown(&cli),
        [
            ("Vigil at the embassy".to_string(), "2027-01-12T10:00:00+00:00".to_string()),
            ("Webinar: land rights".to_string(), "2027-01-19T15:00:00+00:00".to_string()),
        ]
    );
    // Never ours: not among the events, not in an export.
    assert_eq!(cli.ok(&["event", "list"]).as_array().map(Vec::len), Some(1));
    let export = cli.run(&["export", "ics"]).stdout;
    assert!(!export.contains("Vigil"), "{export}");
    assert_eq!(export.lines().filter(|l| l.starts_with("BEGIN:VEVENT")).count(), 1);
    assert_eq!(
        before_export.lines().filter(|l| !l.starts_with("DTSTAMP")).count(),
        export.lines().filter(|l| !l.starts_with("DTSTAMP")).count()
    );

    // The partner moves one event, cancels the other and adds a third: a refresh shows exactly that.
    server.put(
        "partner.ics",
        &feed(&[
            ("a@partner", "20270113T100000Z", "Vigil at the embassy (moved)"),
            ("c@partner", "20270126T080000Z", "March"),
        ]),
    );
    let r = cli.ok(&["subscriptions", "refresh", &id.to_string()]);
    assert_eq!(r[0]["events"], 2, "{r}");
    assert!(r[0]["last_error"].is_null(), "{r}");
    assert_eq!(
        shown(&cli),
        [
            ("Vigil at the embassy (moved)".to_string(), "2027-01-13T10:00:00+00:00".to_string()),
            ("March".to_string(), "2027-01-26T08:00:00+00:00".to_string()),
        ]
    );

    // Removed in one step, its events with it; our own event stays.
    cli.ok(&["subscriptions", "rm", &id.to_string()]);
    assert!(shown(&cli).is_empty());
    assert_eq!(cli.ok(&["subscriptions", "list"]).as_array().map(Vec::len), Some(0));
    assert_eq!(cli.ok(&["event", "list"]).as_array().map(Vec::len), Some(1));
    drop(server);
}

#[test]
fn a_feed_gone_or_broken_keeps_the_last_good_copy_and_says_why() {
    let server = FeedServer::start();
    server.put("partner.ics", &feed(JANUARY));
    let cli = Cli::new();
    own_event(&cli);
    let id = cli.ok(&["subscribe", &server.url("partner.ics"), "--name", "Partners", "--colour", "#16a085"])["id"]
        .as_i64()
        .expect("id");
    let good = shown(&cli);
    assert_eq!(good.len(), 2);

    // Gone: 404.
    server.remove("partner.ics");
    let gone = cli.run(&["--json", "subscriptions", "refresh"]);
    assert_ne!(gone.status, 0, "{}", gone.stdout);
    let listed = &gone.json()[0];
    let error = listed["last_error"].as_str().expect("an error is recorded");
    assert!(error.contains("no longer at") && error.contains("404"), "{error}");
    assert_eq!(listed["events"], 2);
    assert_eq!(shown(&cli), good, "the last good copy stays");
    assert!(cli.ok(&["subscriptions", "list"])[0]["last_fetched"].is_string());

    // Broken: an HTML page where the calendar was.
    server.put("partner.ics", "<!doctype html><html><body>Please sign in</body></html>");
    let broken = cli.run(&["--json", "subscriptions", "refresh", &id.to_string()]);
    assert_ne!(broken.status, 0);
    let error = broken.json()[0]["last_error"].as_str().expect("error").to_string();
    assert!(error.contains("no longer a calendar"), "{error}");
    assert_eq!(shown(&cli), good);

    // Back: the error clears.
    server.put("partner.ics", &feed(&JANUARY[..1]));
    let back = cli.ok(&["subscriptions", "refresh", &id.to_string()]);
    assert!(back[0]["last_error"].is_null(), "{back}");
    assert_eq!(shown(&cli).len(), 1);
    assert_eq!(cli.ok(&["event", "list"]).as_array().map(Vec::len), Some(1), "our own event was never touched");
    assert_eq!(back[0]["colour"], "#16a085");
    assert_eq!(back[0]["name"], "Partners");
}

#[test]
fn nothing_is_kept_from_a_link_that_is_refused_or_not_a_calendar() {
    let server = FeedServer::start();
    server.put("page.html", "<html>not a calendar</html>");
    let cli = Cli::new();
    let cases = [
        (server.url("missing.ics"), "404"),
        (server.url("page.html"), "is not a calendar"),
        // Plain http is for this machine only; nothing is sent to example.org.
        ("http://example.org/feed.ics".to_string(), "not encrypted"),
        ("ftp://example.org/feed.ics".to_string(), "webcal://"),
        (server.url("page.html").replace("http://", "webcal://"), "cannot reach"),
    ];
    for (link, says) in cases {
        let r = cli.run(&["subscribe", &link]);
        assert_ne!(r.status, 0, "{link}");
        assert!(r.stderr.contains(says), "{link}: {}", r.stderr);
    }
    let bad_colour = cli.run(&["subscribe", &server.url("page.html"), "--colour", "red"]);
    assert_eq!(bad_colour.status, 2);
    assert!(bad_colour.stderr.contains("colour"), "{}", bad_colour.stderr);
    assert_eq!(cli.ok(&["subscriptions", "list"]).as_array().map(Vec::len), Some(0));

    // The same feed twice is refused.
    server.put("f.ics", &feed(JANUARY));
    cli.ok(&["subscribe", &server.url("f.ics")]);
    let again = cli.run(&["subscribe", &server.url("f.ics")]);
    assert_eq!(again.status, 2);
    assert!(again.stderr.contains("already subscribed"), "{}", again.stderr);
    assert!(cli.run(&["subscriptions", "rm", "999"]).stderr.contains("does not exist"));
}
