//! `campaign-desk poll` on a real database file: answers per slot, the winner and its rule, a closed poll, the
//! event made from it, and bad input refused with exit 2 and nothing changed.

mod common;

use common::Cli;
use serde_json::Value;

/// Manila, Toronto and London partners; their ids in that order.
fn alliance(cli: &Cli) -> Vec<String> {
    [("Migrante Philippines", "Asia/Manila"), ("Migrante Canada", "America/Toronto"), ("Kanlungan UK", "Europe/London")]
        .iter()
        .map(|(name, zone)| cli.ok(&["org", "add", "--name", name, "--zone", zone])["id"].to_string())
        .collect()
}

/// A three-slot poll asking the three; returns (poll id, slot ids).
fn new_poll(cli: &Cli, orgs: &[String], extra: &[&str]) -> (String, Vec<String>) {
    let with = orgs.join(",");
    let mut args = vec![
        "poll",
        "new",
        "--title",
        "Coordinating call",
        "--with",
        &with,
        "--length",
        "90m",
        "--slot",
        "2027-03-04T14:00Z",
        "--slot",
        "2027-03-05T01:00Z",
        "--slot",
        "2027-03-05T21:00+08:00",
    ];
    args.extend_from_slice(extra);
    let poll = cli.ok(&args);
    let slots = poll["slots"].as_array().expect("slots").iter().map(|s| s["id"].to_string()).collect();
    (poll["poll"]["id"].to_string(), slots)
}

fn answer(cli: &Cli, poll: &str, org: &str, slot: &str, answer: &str) -> Value {
    cli.ok(&["poll", "answer", poll, "--org", org, "--slot", slot, "--answer", answer])
}

#[test]
fn three_organisations_answer_and_the_winner_becomes_the_event() {
    let cli = Cli::new();
    let orgs = alliance(&cli);
    let campaign = cli.ok(&[
        "campaign",
        "add",
        "--title",
        "Solidarity month",
        "--kind",
        "other",
        "--start",
        "2027-03-01",
        "--end",
        "2027-03-31",
    ])["id"]
        .to_string();
    let (poll, slots) = new_poll(&cli, &orgs, &["--campaign", &campaign]);
    let shown = cli.ok(&["poll", "show", &poll]);
    assert_eq!(shown["poll"]["zone"], "Asia/Manila", "the first organisation's zone");
    assert_eq!(shown["campaign_title"], "Solidarity month");
    assert!(shown["leader"].is_null());
    assert_eq!(shown["summary"], "No answers yet.");
    // Each slot on every clock: 14:00 UTC is 22:00 in Manila, 09:00 in Toronto, 14:00 in London.
    let first = &shown["slots"][0];
    assert_eq!(first["start"], "2027-03-04T14:00:00Z");
    assert_eq!(first["end"], "2027-03-04T15:30:00Z");
    let locals: Vec<&str> = first["times"].as_array().unwrap().iter().map(|t| t["local"].as_str().unwrap()).collect();
    assert_eq!(locals, ["22:00", "09:00", "14:00"]);
    assert_eq!(first["times"][1]["state"], "working");
    assert_eq!(first["times"][1]["label"], "Migrante Canada");
    // The third slot was given in Manila's offset: 13:00 UTC.
    assert_eq!(shown["slots"][2]["start"], "2027-03-05T13:00:00Z");
    assert_eq!(shown["slots"][1]["times"][1]["day_shift"], -1, "01:00 UTC on the 5th is the 4th in Toronto");

    // Slot 1: yes, yes, no. Slot 2: yes, yes, if need be. Slot 3: no answers but one.
    answer(&cli, &poll, &orgs[0], &slots[0], "yes");
    answer(&cli, &poll, &orgs[1], &slots[0], "yes");
    answer(&cli, &poll, &orgs[2], &slots[0], "no");
    answer(&cli, &poll, &orgs[0], &slots[1], "yes");
    answer(&cli, &poll, &orgs[1], &slots[1], "yes");
    let after = answer(&cli, &poll, &orgs[2], &slots[1], "if-need-be");
    answer(&cli, &poll, &orgs[2], &slots[2], "yes");
    assert_eq!(after["leader"].to_string(), slots[1], "two yes each; the second has no no");
    assert_eq!(after["decided_by"], "fewest_no");
    let counts = |v: &Value, i: usize| {
        let s = &v["slots"][i];
        (s["yes"].as_u64(), s["if_need_be"].as_u64(), s["no"].as_u64(), s["waiting"].as_u64())
    };
    assert_eq!(counts(&after, 0), (Some(2), Some(0), Some(1), Some(0)));
    assert_eq!(counts(&after, 1), (Some(2), Some(1), Some(0), Some(0)));
    assert_eq!(after["slots"][1]["answers"][2]["answer"], "if_need_be");
    // An answer changed is replaced, not added.
    let changed = answer(&cli, &poll, &orgs[2], &slots[0], "if-need-be");
    assert_eq!(counts(&changed, 0), (Some(2), Some(1), Some(0), Some(0)));
    assert_eq!(changed["leader"].to_string(), slots[0], "tied on every count: the earliest");
    assert_eq!(changed["decided_by"], "earliest");
    answer(&cli, &poll, &orgs[2], &slots[0], "no");

    // What a person reads.
    let plain = cli.run(&["poll", "show", &poll]);
    assert_eq!(plain.status, 0, "{}", plain.stderr);
    assert!(
        plain.stdout.contains("Fri 5 Mar 09:00 Manila leads: 2 yes, 1 if need be, 0 no — tied on yes, fewest no."),
        "{}",
        plain.stdout
    );
    assert!(
        plain.stdout.contains("The winner has the most yes, then the fewest no, then the most if need be"),
        "{}",
        plain.stdout
    );
    assert!(plain.stdout.contains("Thu 4 Mar 20:00 (awake)"), "{}", plain.stdout);

    // Closing on the winner, with its event: Manila's clock, the three as co-organisers, the campaign.
    let closed = cli.ok(&["poll", "close", &poll, "--create-event"]);
    assert_eq!(closed["poll"]["chosen_slot_id"].to_string(), slots[1]);
    assert!(closed["poll"]["closed_at"].is_string());
    let event = closed["poll"]["event_id"].to_string();
    let made = cli.ok(&["event", "show", &event]);
    let made = if made["event"].is_object() { made["event"].clone() } else { made };
    assert_eq!(made["title"], "Coordinating call");
    assert_eq!(made["zone"], "Asia/Manila");
    assert_eq!(made["start"], "2027-03-05T09:00");
    assert_eq!(made["end"], "2027-03-05T10:30");
    assert_eq!(made["campaign_id"].to_string(), campaign);
    let roles: Vec<(String, String)> = made["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["organisation_id"].to_string(), o["role"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(roles, orgs.iter().map(|o| (o.clone(), "co_organiser".to_string())).collect::<Vec<_>>());

    // A closed poll takes no more answers, and is not closed twice.
    let refused = cli.run(&["poll", "answer", &poll, "--org", &orgs[0], "--slot", &slots[2], "--answer", "no"]);
    assert_eq!(refused.status, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains(&format!("poll {poll} was closed on")), "{}", refused.stderr);
    assert!(refused.stderr.contains("it takes no more answers"), "{}", refused.stderr);
    let again = cli.run(&["poll", "close", &poll, "--create-event"]);
    assert_eq!(again.status, 2, "{}", again.stderr);
    assert!(again.stderr.contains(&format!("it became event {event}")), "{}", again.stderr);
    assert_eq!(cli.ok(&["poll", "show", &poll])["slots"][2]["no"], 0);

    let list = cli.ok(&["poll", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(list[0]["event_id"].to_string(), event);
    let listed = cli.run(&["poll", "list"]);
    assert!(listed.stdout.contains(&format!("closed on slot {}", slots[1])), "{}", listed.stdout);
}

#[test]
fn ties_are_broken_by_yes_then_no_then_if_need_be_then_time() {
    let cli = Cli::new();
    let orgs = alliance(&cli);
    let (poll, slots) = new_poll(&cli, &orgs, &[]);
    // Most yes wins even against fewer no.
    answer(&cli, &poll, &orgs[0], &slots[2], "yes");
    answer(&cli, &poll, &orgs[1], &slots[2], "yes");
    answer(&cli, &poll, &orgs[2], &slots[2], "no");
    let v = answer(&cli, &poll, &orgs[0], &slots[0], "yes");
    assert_eq!((v["leader"].to_string(), v["decided_by"].as_str()), (slots[2].clone(), Some("most_yes")));
    answer(&cli, &poll, &orgs[1], &slots[0], "yes");
    let v = answer(&cli, &poll, &orgs[2], &slots[0], "no");
    assert_eq!(v["decided_by"], "earliest", "slot 1 and 3 now tie on every count");
    assert_eq!(v["leader"].to_string(), slots[0]);
    answer(&cli, &poll, &orgs[0], &slots[1], "yes");
    answer(&cli, &poll, &orgs[1], &slots[1], "yes");
    let v = answer(&cli, &poll, &orgs[2], &slots[1], "no");
    assert_eq!(v["leader"].to_string(), slots[0], "three slots tied: the earliest");
    let v = answer(&cli, &poll, &orgs[2], &slots[2], "if-need-be");
    assert_eq!((v["leader"].to_string(), v["decided_by"].as_str()), (slots[2].clone(), Some("fewest_no")));
    // Closing on another slot than the winner, without an event, then making the event later.
    let closed = cli.ok(&["poll", "close", &poll, "--slot", &slots[1]]);
    assert_eq!(closed["poll"]["chosen_slot_id"].to_string(), slots[1]);
    assert!(closed["poll"]["event_id"].is_null());
    assert!(closed["summary"]
        .as_str()
        .unwrap()
        .starts_with("Chosen: Fri 5 Mar 09:00 Manila, 2 yes, 0 if need be, 1 no."));
    let made = cli.ok(&["poll", "close", &poll, "--create-event"]);
    assert!(made["poll"]["event_id"].is_number());
    assert_eq!(made["poll"]["chosen_slot_id"].to_string(), slots[1]);
}

#[test]
fn bad_input_is_named_exits_2_and_changes_nothing() {
    let cli = Cli::new();
    let orgs = alliance(&cli);
    let with = orgs.join(",");
    let refused = |args: &[&str], wanted: &str| {
        let r = cli.run(args);
        assert_eq!(r.status, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(wanted), "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
    };
    let new = |extra: &[&str]| {
        let mut args = vec!["poll", "new", "--title", "Call", "--with", &with, "--length", "1h"];
        args.extend_from_slice(extra);
        args.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let run = |args: Vec<String>, wanted: &str| refused(&args.iter().map(String::as_str).collect::<Vec<_>>(), wanted);
    run(new(&["--slot", "2027-03-04T14:00Z"]), "slot: give at least two candidate slots");
    run(new(&["--slot", "2027-03-04T14:00Z", "--slot", "2027-03-04T15:00"]), "slot: '2027-03-04T15:00' has no offset");
    run(new(&["--slot", "2027-03-04T14:00Z", "--slot", "2027-03-04T16:00+02:00"]), "is given twice");
    run(new(&["--slot", "2027-03-04T14:00Z", "--slot", "tomorrow"]), "'tomorrow' is not a date and time");
    let mut long = new(&["--slot", "2027-03-04T14:00Z", "--slot", "2027-03-05T14:00Z"]);
    long[7] = "ninety".into();
    run(long, "length: 'ninety' is not a length");
    refused(
        &[
            "poll",
            "new",
            "--title",
            " ",
            "--with",
            "999",
            "--length",
            "1h",
            "--slot",
            "2027-03-04T14:00Z",
            "--slot",
            "2027-03-05T14:00Z",
        ],
        "title",
    );
    refused(
        &[
            "poll",
            "new",
            "--title",
            "Call",
            "--with",
            "999",
            "--length",
            "1h",
            "--slot",
            "2027-03-04T14:00Z",
            "--slot",
            "2027-03-05T14:00Z",
        ],
        "organisation 999 does not exist",
    );
    refused(
        &[
            "poll",
            "new",
            "--title",
            "Call",
            "--with",
            &orgs[0],
            "--length",
            "1h",
            "--slot",
            "2027-03-04T14:00Z",
            "--slot",
            "2027-03-05T14:00Z",
            "--campaign",
            "77",
        ],
        "campaign 77 does not exist",
    );
    assert_eq!(cli.ok(&["poll", "list"]).as_array().map(Vec::len), Some(0), "nothing was created");

    let (poll, slots) = new_poll(&cli, &orgs[..2], &[]);
    let (other, other_slots) = new_poll(&cli, &orgs, &[]);
    refused(
        &["poll", "answer", &poll, "--org", &orgs[0], "--slot", &slots[0], "--answer", "maybe"],
        "answer: 'maybe' is not one of",
    );
    refused(
        &["poll", "answer", &poll, "--org", &orgs[2], "--slot", &slots[0], "--answer", "yes"],
        "was not asked in poll",
    );
    refused(
        &["poll", "answer", &poll, "--org", &orgs[0], "--slot", &other_slots[0], "--answer", "yes"],
        &format!("slot {} is not one of poll {poll}'s slots", other_slots[0]),
    );
    refused(
        &["poll", "answer", "999", "--org", &orgs[0], "--slot", &slots[0], "--answer", "yes"],
        "poll 999 does not exist",
    );
    refused(&["poll", "show", "999"], "poll 999 does not exist");
    refused(&["poll", "close", &poll], "has no answers yet");
    refused(&["poll", "close", &poll, "--slot", &other_slots[0]], "is not one of poll");
    let shown = cli.ok(&["poll", "show", &poll]);
    assert!(shown["poll"]["closed_at"].is_null());
    assert!(shown["slots"].as_array().unwrap().iter().all(|s| s["waiting"] == 2));
    let _ = other;
    // --json failures are data too.
    let r = cli.run(&["--json", "poll", "show", "999"]);
    assert_eq!(r.status, 2);
    assert_eq!(r.json()["error"]["kind"], "not_found");
}
