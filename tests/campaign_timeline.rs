//! A campaign's timeline on a real database file: a weekly series expands within the campaign's dates (and not
//! beyond), a cancelled instance stays visible and marked, and an event outside the dates is listed and marked.

mod common;

use common::Cli;

#[test]
fn the_timeline_expands_series_within_the_campaign_and_marks_what_lies_outside() {
    let cli = Cli::new();
    let c = cli.ok(&[
        "campaign",
        "add",
        "--title",
        "Solidarity Month",
        "--kind",
        "solidarity_month",
        "--start",
        "2025-11-01",
        "--end",
        "2025-11-30",
        "--zone",
        "Asia/Manila",
    ]);
    let id = c["id"].as_i64().expect("id").to_string();
    let weekly = cli.ok(&[
        "event",
        "add",
        "--campaign",
        &id,
        "--title",
        "Weekly call",
        "--start",
        "2025-11-04T19:00",
        "--end",
        "2025-11-04T20:00",
        "--zone",
        "America/Toronto",
        "--rrule",
        "FREQ=WEEKLY;COUNT=10",
    ]);
    let weekly_id = weekly["id"].as_i64().expect("id").to_string();
    cli.ok(&["event", "edit", &weekly_id, "--occurrence", "2025-11-11T19:00", "--status", "cancelled"]);
    cli.ok(&[
        "event",
        "add",
        "--campaign",
        &id,
        "--title",
        "Planning meeting",
        "--start",
        "2025-10-20T10:00",
        "--end",
        "2025-10-20T11:00",
        "--zone",
        "Asia/Manila",
    ]);

    let detail = cli.ok(&["campaign", "show", &id]);
    let timeline = detail["timeline"].as_array().expect("timeline");
    let calls: Vec<&serde_json::Value> = timeline.iter().filter(|t| t["title"] == "Weekly call").collect();
    // 4, 11, 18, 25 November in Toronto (the 10-week series runs on into January, outside the campaign).
    assert_eq!(calls.len(), 4, "{timeline:#?}");
    assert!(calls.iter().all(|t| t["outside_dates"] == false && t["recurrence_id"].is_string()));
    let cancelled: Vec<_> = calls.iter().filter(|t| t["status"] == "cancelled").collect();
    assert_eq!(cancelled.len(), 1, "the cancelled instance is kept and marked");
    assert!(cancelled[0]["start"].as_str().expect("start").starts_with("2025-11-11T19:00"), "{:?}", cancelled[0]);

    let outside: Vec<_> = timeline.iter().filter(|t| t["outside_dates"] == true).collect();
    assert_eq!(outside.len(), 1);
    assert_eq!(outside[0]["title"], "Planning meeting");
    assert_eq!(detail["events"].as_array().expect("events").len(), 2, "the events themselves are listed once");
}
