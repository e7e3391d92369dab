//! `campaign-desk find-time` on a real database file: zones from the directory, busy times from the events.

mod common;

use common::Cli;
use serde_json::Value;

/// Manila, Toronto, London and Auckland partners; their ids in that order.
fn alliance(cli: &Cli) -> Vec<String> {
    [
        ("Migrante Philippines", "Asia/Manila"),
        ("Migrante Canada", "America/Toronto"),
        ("Kanlungan UK", "Europe/London"),
        ("Migrante Aotearoa", "Pacific/Auckland"),
    ]
    .iter()
    .map(|(name, zone)| cli.ok(&["org", "add", "--name", name, "--zone", zone])["id"].to_string())
    .collect()
}

fn starts(answer: &Value) -> Vec<String> {
    answer["result"]["slots"]
        .as_array()
        .expect("slots")
        .iter()
        .map(|s| s["start"].as_str().expect("text").into())
        .collect()
}

#[test]
fn four_zones_for_a_90_minute_meeting() {
    let cli = Cli::new();
    let ids = alliance(&cli);
    let answer =
        cli.ok(&["find-time", "--with", &ids.join(","), "--length", "90m", "--from", "2025-02-18", "--days", "14"]);
    assert_eq!(answer["reference_zone"], "Asia/Manila");
    assert_eq!(answer["participants"][3]["label"], "Migrante Aotearoa");
    // Nobody set their own day: everyone has the defaults, and the query set nothing for everyone.
    let first = &answer["participants"][0];
    assert_eq!((first["working"].as_str(), first["asleep"].as_str()), (Some("09:00–18:00"), Some("23:00–07:00")));
    assert!(answer["working"].is_null());
    // 14 Manila days of half-hour starts.
    assert_eq!(answer["result"]["candidates"], 14 * 48);
    assert_eq!(answer["result"]["slots"].as_array().map(Vec::len), Some(10));
    // Tuesday in Manila, Monday and Tuesday for the others. Nobody can have all four awake in February; the best
    // leave Manila asleep at 04:00 with Toronto and Auckland in working hours, the earliest such on the first day.
    let top = &answer["result"]["slots"][0];
    assert_eq!(top["start"], "2025-02-17T20:00:00+00:00");
    assert_eq!((top["asleep"].as_u64(), top["working"].as_u64(), top["score"].as_i64()), (Some(1), Some(2), Some(17)));
    assert_eq!(
        top["text"],
        "15:00 Toronto (-1 day) · 20:00 London (-1 day) · 09:00 Auckland — everyone else awake, London outside \
         working hours; Manila at 04:00 is asleep"
    );
    let zone_starts: Vec<&str> =
        top["times"].as_array().expect("list").iter().map(|t| t["start"].as_str().expect("text")).collect();
    assert_eq!(
        zone_starts,
        [
            "2025-02-18T04:00:00+08:00",
            "2025-02-17T15:00:00-05:00",
            "2025-02-17T20:00:00+00:00",
            "2025-02-18T09:00:00+13:00"
        ]
    );
    assert_eq!(top["reason"]["asleep"][0]["label"], "Migrante Philippines");
    assert_eq!(top["times"][1]["state"], "working");

    // The table a person reads.
    let plain =
        cli.run(&["find-time", "--with", &ids.join(","), "--length", "1h30m", "--from", "2025-02-18", "--limit", "3"]);
    assert_eq!(plain.status, 0, "{}", plain.stderr);
    assert!(
        plain.stdout.starts_with("90-minute slots over 14 days from 2025-02-18 (Asia/Manila days)"),
        "{}",
        plain.stdout
    );
    assert!(plain.stdout.contains("\nWorking 09:00–18:00 Mon–Fri, asleep 23:00–07:00, each on their own clock\n"));
    assert!(
        plain.stdout.contains("672 starts looked at; 0 left out for overlapping the participants' busy events (0 in"),
        "{}",
        plain.stdout
    );
    assert!(plain.stdout.contains("Tue 18 Feb 04:00 asleep"), "{}", plain.stdout);
    assert!(plain.stdout.contains("Mon 17 Feb 15:00 working"), "{}", plain.stdout);
    assert!(
        plain.stdout.contains("\n1. 15:00 Toronto (-1 day) · 20:00 London (-1 day) · 09:00 Auckland"),
        "{}",
        plain.stdout
    );
    assert!(plain.stdout.contains("\n3. ") && !plain.stdout.contains("\n4. "), "{}", plain.stdout);
}

#[test]
fn an_organisations_events_take_its_time() {
    let cli = Cli::new();
    let ids = alliance(&cli);
    let toronto = &ids[1];
    let add = |title: &str, start: &str, end: &str, extra: &[&str]| {
        let mut args =
            vec!["event", "add", "--title", title, "--start", start, "--end", end, "--zone", "America/Toronto"];
        args.extend_from_slice(extra);
        cli.ok(&args);
    };
    let theirs = format!("{toronto}:co_organiser");
    // 15:00–16:00 in Toronto is 20:00–21:00 UTC: it covers the 19:00, 19:30, 20:00 and 20:30 UTC starts.
    add("Webinar with Migrante Canada", "2025-02-17T15:00", "2025-02-17T16:00", &["--org", &theirs]);
    // Not theirs, cancelled, or all-day: none of these take their time.
    add("Someone else's call", "2025-02-17T13:00", "2025-02-17T14:00", &[]);
    add("Cancelled call", "2025-02-17T17:00", "2025-02-17T18:00", &["--org", &theirs, "--status", "cancelled"]);
    cli.ok(&["event", "add", "--title", "Day of action", "--date", "2025-02-17", "--org", &theirs]);

    let answer = cli.ok(&[
        "find-time",
        "--with",
        &ids.join(","),
        "--length",
        "90m",
        "--from",
        "2025-02-18",
        "--days",
        "1",
        "--limit",
        "100",
    ]);
    assert_eq!(answer["participants"][1]["busy"], 1);
    assert_eq!(answer["participants"][0]["busy"], 0);
    assert_eq!(answer["result"]["ruled_out_busy"], 4);
    let all = starts(&answer);
    assert_eq!(all.len(), 48 - 4);
    for gone in ["19:00", "19:30", "20:00", "20:30"] {
        assert!(!all.contains(&format!("2025-02-17T{gone}:00+00:00")), "{gone} overlaps the webinar");
    }
    // 18:30 ends as the webinar starts and 21:00 starts as it ends: both kept, 21:00 now the best.
    assert!(all.contains(&"2025-02-17T18:30:00+00:00".to_string()));
    assert_eq!(all[0], "2025-02-17T21:00:00+00:00");

    // A person is in their organisation's zone and busy with its events.
    let person = cli.ok(&["person", "add", "--name", "Dana Reyes", "--org", toronto])["id"].to_string();
    let with_person = cli.ok(&[
        "find-time",
        "--with",
        &ids[0],
        "--person",
        &person,
        "--zones",
        "Europe/London,Pacific/Auckland",
        "--length",
        "90m",
        "--from",
        "2025-02-18",
        "--days",
        "1",
        "--limit",
        "100",
    ]);
    assert_eq!(with_person["participants"][1]["label"], "Dana Reyes");
    assert_eq!(with_person["participants"][1]["zone"], "America/Toronto");
    assert_eq!(with_person["participants"][2]["label"], "London");
    assert_eq!(starts(&with_person), all);
}

#[test]
fn what_cannot_be_searched_is_named_and_exits_2() {
    let cli = Cli::new();
    let ids = alliance(&cli);
    let nowhere = cli.ok(&["org", "add", "--name", "IWA"])["id"].to_string();
    let refused = |args: &[&str], wanted: &str| {
        let mut all = vec!["find-time", "--from", "2025-02-17"];
        all.extend_from_slice(args);
        let r = cli.run(&all);
        assert_eq!(r.status, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(wanted), "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty());
    };
    let with = format!("{},{nowhere}", ids[0]);
    refused(
        &["--with", &with, "--length", "90m"],
        &format!("with: organisation 'IWA' ({nowhere}) has no time zone: set one with `org edit {nowhere} --zone …`"),
    );
    refused(&["--with", "999", "--length", "90m"], "organisation 999 does not exist");
    let loner = cli.ok(&["person", "add", "--name", "Ana"])["id"].to_string();
    refused(&["--person", &loner, "--length", "90m"], "person: Ana");
    refused(&["--with", &ids[0], "--length", "ninety"], "length: 'ninety' is not a length such as 90m, 1h30m or 1:30");
    refused(&["--with", &ids[0], "--length", "25h"], "length: a meeting lasts between 1 minute and 24 hours");
    refused(&["--with", &ids[0], "--length", "1h", "--working", "9-5"], "working: '9-5' is not a range of hours");
    refused(&["--with", &ids[0], "--length", "1h", "--days", "0"], "days: look 1 to 90 days ahead");
    refused(
        &["--with", &ids[0], "--length", "1h", "--working-days", "weekdays"],
        "working_days: 'weekdays' is not a set",
    );
    refused(&["--zones", "Asia/Manilla", "--length", "1h"], "did you mean Asia/Manila?");
    refused(&["--length", "1h"], "with: choose at least one organisation, person or zone");
    let bad_day = cli.run(&["find-time", "--zones", "Asia/Manila", "--length", "1h", "--from", "17/02/2025"]);
    assert_eq!(bad_day.status, 2, "{}", bad_day.stderr);
    assert!(bad_day.stderr.contains("from: "), "{}", bad_day.stderr);

    // Everything busy: a clear sentence, not an empty table.
    let manila = format!("{}:lead", ids[0]);
    cli.ok(&[
        "event",
        "add",
        "--title",
        "Congress",
        "--start",
        "2025-02-16T00:00",
        "--end",
        "2025-02-19T00:00",
        "--zone",
        "Asia/Manila",
        "--org",
        &manila,
    ]);
    let full = cli.run(&["find-time", "--with", &ids[0], "--length", "1h", "--from", "2025-02-17", "--days", "1"]);
    assert_eq!(full.status, 0, "{}", full.stderr);
    assert!(
        full.stdout.contains("48 starts looked at; 48 left out for overlapping the participants' busy events (1 in"),
        "{}",
        full.stdout
    );
    assert!(full.stdout.contains("No free slot: every start overlaps a participant's busy event."), "{}", full.stdout);
}

#[test]
fn an_organisations_own_day_from_org_add_and_edit() {
    let cli = Cli::new();
    let gulf = cli.ok(&["org", "add", "--name", "Gulf partners", "--zone", "Asia/Riyadh", "--working-days", "sun-thu"]);
    assert_eq!(gulf["working_days"], "sun-thu");
    assert!(gulf["working_hours"].is_null());
    let gulf = gulf["id"].to_string();
    let manila = cli.ok(&["org", "add", "--name", "Migrante", "--zone", "Asia/Manila"])["id"].to_string();
    let edited = cli.ok(&["org", "edit", &manila, "--asleep", "00:00-08:00", "--working", "10:00-19:00"]);
    assert_eq!(
        (edited["sleeping_hours"].as_str(), edited["working_hours"].as_str()),
        (Some("00:00-08:00"), Some("10:00-19:00"))
    );
    let shown = cli.run(&["org", "show", &manila]);
    assert!(shown.stdout.contains("working 10:00–19:00 Mon–Fri, asleep 00:00–08:00"), "{}", shown.stdout);

    // Sunday 16 February 2025: 10:00 in Riyadh is working hours for the Gulf partners; 23:00 in Manila is awake.
    let with = format!("{gulf},{manila}");
    let search = |extra: &[&str]| {
        let mut args = vec![
            "find-time",
            "--with",
            &with,
            "--length",
            "1h",
            "--from",
            "2025-02-16",
            "--days",
            "1",
            "--limit",
            "48",
        ];
        args.extend_from_slice(extra);
        let answer = cli.ok(&args);
        let state = |start: &str, who: usize| {
            let slots = answer["result"]["slots"].as_array().expect("slots");
            let slot = slots.iter().find(|s| s["start"] == start).expect("slot");
            slot["times"][who]["state"].as_str().expect("state").to_string()
        };
        (state("2025-02-16T07:00:00+00:00", 0), state("2025-02-16T15:00:00+00:00", 1), answer)
    };
    let (riyadh_ten, manila_eleven, answer) = search(&[]);
    assert_eq!((riyadh_ten.as_str(), manila_eleven.as_str()), ("working", "awake"));
    assert_eq!(answer["participants"][0]["working_days"], "Sun–Thu");
    let plain = cli.run(&["find-time", "--with", &with, "--length", "1h", "--from", "2025-02-16", "--days", "1"]);
    assert!(
        plain.stdout.contains("Each on their own clock — Gulf partners: working 09:00–18:00 Sun–Thu, asleep 23:00–07:00; Migrante: working 10:00–19:00 Mon–Fri, asleep 00:00–08:00"),
        "{}",
        plain.stdout
    );
    // --working-days and --asleep on the command line are everyone's.
    let (riyadh_ten, manila_eleven, _) = search(&["--working-days", "mon-fri", "--asleep", "23:00-07:00"]);
    assert_eq!((riyadh_ten.as_str(), manila_eleven.as_str()), ("awake", "asleep"));

    // Bad hours are refused by field, exit 2, and change nothing; an empty value goes back to the default.
    let refused = cli.run(&["org", "edit", &manila, "--working", "9 to 5"]);
    assert_eq!(refused.status, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("working_hours: '9 to 5' is not a range of hours"), "{}", refused.stderr);
    let refused = cli.run(&["org", "edit", &manila, "--working", "07:00-16:00"]);
    assert_eq!(refused.status, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("overlap (at 07:00)"), "{}", refused.stderr);
    let refused = cli.run(&["org", "add", "--name", "X", "--working-days", "weekdays"]);
    assert_eq!(refused.status, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("working_days: 'weekdays' is not a set of days"), "{}", refused.stderr);
    let kept = cli.ok(&["org", "show", &manila]);
    assert_eq!(kept["organisation"]["working_hours"], "10:00-19:00");
    let cleared = cli.ok(&["org", "edit", &manila, "--asleep", "", "--working", ""]);
    assert!(cleared["sleeping_hours"].is_null() && cleared["working_hours"].is_null());
}
