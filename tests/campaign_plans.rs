//! `campaign new --template` and `campaign duplicate` through the CLI on a real database file.

mod common;

use common::Cli;

#[test]
fn a_solidarity_month_from_its_template() {
    let cli = Cli::new();
    let made = cli.ok(&[
        "campaign",
        "new",
        "--template",
        "solidarity-month",
        "--start",
        "2026-02-01",
        "--title",
        "Solidarity Month 2026",
        "--zone",
        "Asia/Manila",
    ]);
    assert_eq!(made["campaign"]["end_date"], "2026-02-28");
    let events = made["events"].as_array().expect("events");
    assert_eq!(events.len(), 4);
    assert!(events.iter().all(|e| e["status"] == "tentative"), "skeleton events wait for confirmation");
    assert_eq!(events[1]["kind"], "webinar");
    assert_eq!(made["tasks"].as_array().map(Vec::len), Some(6));

    let bad = cli.run(&["campaign", "new", "--template", "picnic", "--start", "2026-02-01", "--title", "x"]);
    assert_eq!(bad.status, 2);
    assert!(bad.stderr.contains("template") && bad.stderr.contains("solidarity_month"), "{}", bad.stderr);
    let listed = cli.ok(&["campaign", "list"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "a refused template writes nothing");
}

/// Issue #13: templates laid events out in UTC. Without `--zone` a plan is laid out in the home zone of the settings
/// (which the app's first start asks for): the campaign, and its events' wall clocks, in that zone.
#[test]
fn a_template_without_a_zone_is_laid_out_in_the_home_zone() {
    let cli = Cli::new();
    cli.ok(&["org", "list"]); // creates the database file
    {
        let mut store = campaign_desk::Store::open(&cli.db).expect("store");
        let settings = campaign_desk::domain::Settings { home_zone: "America/Toronto".into(), ..Default::default() };
        store.save_settings(&settings).expect("settings");
    }
    let made = cli.ok(&["campaign", "new", "--template", "webinar", "--start", "2026-03-10", "--title", "Webinar"]);
    assert_eq!(made["campaign"]["zone"], "America/Toronto");
    let events = made["events"].as_array().expect("events");
    assert!(!events.is_empty());
    for e in events {
        assert!(e["all_day"] == true || e["zone"] == "America/Toronto", "{e}");
    }
    // The same plan with a zone given keeps that zone.
    let given = cli.ok(&[
        "campaign",
        "new",
        "--template",
        "webinar",
        "--start",
        "2026-04-10",
        "--title",
        "Webinar 2",
        "--zone",
        "Asia/Manila",
    ]);
    assert_eq!(given["campaign"]["zone"], "Asia/Manila");
}

#[test]
fn next_years_edition_keeps_weekday_rules_and_leaves_this_years_changes() {
    let cli = Cli::new();
    let c = cli.ok(&[
        "campaign",
        "add",
        "--title",
        "Remembrance 2025",
        "--kind",
        "anniversary",
        "--start",
        "2025-11-01",
        "--end",
        "2025-11-30",
        "--zone",
        "Europe/London",
    ]);
    let id = c["id"].as_i64().expect("id").to_string();
    let series = cli.ok(&[
        "event",
        "add",
        "--campaign",
        &id,
        "--title",
        "Remembrance vigil 2025",
        "--start",
        "2025-11-16T15:00",
        "--end",
        "2025-11-16T16:00",
        "--zone",
        "Europe/London",
        "--rrule",
        "FREQ=YEARLY;BYMONTH=11;BYDAY=3SU",
    ]);
    let series_id = series["id"].as_i64().expect("event id").to_string();
    cli.ok(&["event", "edit", &series_id, "--occurrence", "2025-11-16T15:00", "--title", "This year's theme"]);
    cli.ok(&["event", "add", "--campaign", &id, "--title", "Assembly", "--date", "2025-11-20"]);
    let task =
        cli.ok(&["task", "add", "--campaign", &id, "--title", "Print the 2025 programme", "--due", "2025-11-10"]);
    cli.ok(&["task", "done", &task["id"].as_i64().expect("task id").to_string()]);

    let next = cli.ok(&["campaign", "duplicate", &id, "--shift-to", "2026-11-01"]);
    assert_eq!(next["campaign"]["title"], "Remembrance 2026");
    assert_eq!(next["campaign"]["end_date"], "2026-11-30");
    assert_eq!(next["campaign"]["status"], "planning");
    let events = next["events"].as_array().expect("events");
    let vigil = events.iter().find(|e| e["title"] == "Remembrance vigil 2026").expect("vigil");
    assert_eq!(vigil["start"], "2026-11-15T15:00", "the third Sunday of November 2026");
    assert_eq!(vigil["changes"].as_array().map(Vec::len), Some(0), "this year's theme stays with this year");
    let assembly = events.iter().find(|e| e["title"] == "Assembly").expect("assembly");
    assert_eq!(assembly["start"], "2026-11-20", "a single event keeps its distance from the first day");
    let tasks = next["tasks"].as_array().expect("tasks");
    assert_eq!(tasks[0]["title"], "Print the 2026 programme");
    assert_eq!(tasks[0]["due_date"], "2026-11-10");
    assert_eq!(tasks[0]["done_at"], serde_json::Value::Null, "carried tasks start open");
    assert_ne!(vigil["uid"], series["uid"], "a new edition has events of its own");
}
