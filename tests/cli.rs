//! The CLI contract, run as a real process against a real SQLite file.

mod common;

use common::Cli;

#[test]
fn org_add_list_edit_show_and_remove() {
    let cli = Cli::new();
    let org = cli.ok(&[
        "org",
        "add",
        "--name",
        "Migrante Canada",
        "--country",
        "ca",
        "--zone",
        "America/Toronto",
        "--website",
        "migrante.ca",
    ]);
    let id = org["id"].as_i64().expect("id");
    assert_eq!(org["country"], "CA");
    assert_eq!(org["website"], "https://migrante.ca");

    let list = cli.ok(&["org", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(1));

    let edited = cli.ok(&["org", "edit", &id.to_string(), "--email", "info@migrante.example.org", "--website", ""]);
    assert_eq!(edited["email"], "info@migrante.example.org");
    assert!(edited["website"].is_null());
    assert_eq!(edited["name"], "Migrante Canada");

    let person = cli.ok(&["person", "add", "--name", "Dana Reyes", "--org", &id.to_string(), "--role", "Chair"]);
    assert_eq!(person["organisation_name"], "Migrante Canada");
    let shown = cli.ok(&["org", "show", &id.to_string()]);
    assert_eq!(shown["people"][0]["name"], "Dana Reyes");

    cli.ok(&["org", "rm", &id.to_string()]);
    let missing = cli.run(&["org", "show", &id.to_string()]);
    assert_eq!(missing.status, 2);
    assert!(missing.stderr.contains(&format!("organisation {id} does not exist")), "{}", missing.stderr);
    // The person stays, without an organisation.
    assert!(cli.ok(&["person", "show", &person["id"].to_string()])["organisation_id"].is_null());
}

#[test]
fn bad_input_is_refused_with_the_field_named_and_changes_nothing() {
    let cli = Cli::new();
    cli.ok(&["org", "add", "--name", "IMA"]);

    let empty = cli.run(&["org", "add", "--name", "  "]);
    assert_eq!(empty.status, 2);
    assert_eq!(empty.stderr.trim(), "campaign-desk: name: must not be empty");

    let dup = cli.run(&["org", "add", "--name", "ima"]);
    assert_eq!(dup.status, 2);
    assert!(dup.stderr.contains("an organisation named 'ima' already exists"), "{}", dup.stderr);

    let zone = cli.run(&["org", "add", "--name", "APMM", "--zone", "Asia/Hong_Kng"]);
    assert_eq!(zone.status, 2);
    assert!(
        zone.stderr.contains("'Asia/Hong_Kng' is not a time zone — did you mean Asia/Hong_Kong?"),
        "{}",
        zone.stderr
    );

    let inverted = cli.run(&[
        "campaign",
        "add",
        "--title",
        "Solidarity Month",
        "--kind",
        "solidarity_month",
        "--start",
        "2025-02-28",
        "--end",
        "2025-02-01",
    ]);
    assert_eq!(inverted.status, 2);
    assert!(
        inverted.stderr.contains("end_date: end date 2025-02-01 is before the start date 2025-02-28"),
        "{}",
        inverted.stderr
    );

    let kind = cli.run(&[
        "campaign",
        "add",
        "--title",
        "X",
        "--kind",
        "party",
        "--start",
        "2025-02-01",
        "--end",
        "2025-02-01",
    ]);
    assert_eq!(kind.status, 2);
    assert!(kind.stderr.contains("kind: 'party' is not one of: solidarity_month"), "{}", kind.stderr);

    assert_eq!(cli.ok(&["org", "list"]).as_array().map(Vec::len), Some(1));
    assert_eq!(cli.ok(&["campaign", "list"]).as_array().map(Vec::len), Some(0));
}

#[test]
fn campaign_show_includes_organisations_in_roles_and_events() {
    let cli = Cli::new();
    let ima = cli.ok(&["org", "add", "--name", "International Migrants Alliance", "--short", "IMA"])["id"].to_string();
    let iwa = cli.ok(&["org", "add", "--name", "International Women's Alliance"])["id"].to_string();
    let c = cli.ok(&[
        "campaign",
        "add",
        "--title",
        "Solidarity Month for the peoples of Burma",
        "--kind",
        "solidarity-month",
        "--start",
        "2025-02-01",
        "--end",
        "2025-02-28",
        "--zone",
        "Asia/Hong_Kong",
        "--hashtag",
        "StandWithBurma",
        "--org",
        &format!("{ima}:lead"),
        "--org",
        &format!("{iwa}:co_organiser"),
    ]);
    let cid = c["id"].to_string();
    assert_eq!(c["hashtags"][0], "#StandWithBurma");

    let days = cli.ok(&[
        "event",
        "add",
        "--title",
        "Days of Action",
        "--date",
        "2025-02-21",
        "--end-date",
        "2025-02-23",
        "--campaign",
        &cid,
        "--kind",
        "day_of_action",
    ]);
    assert_eq!(
        (days["all_day"].as_bool(), days["start"].as_str(), days["end"].as_str()),
        (Some(true), Some("2025-02-21"), Some("2025-02-23"))
    );
    // A timed event in a campaign takes the campaign's zone unless told otherwise.
    let webinar = cli.ok(&[
        "event",
        "add",
        "--title",
        "ZERO IN: BURMA",
        "--start",
        "2025-02-18T20:00",
        "--end",
        "2025-02-18T21:30",
        "--campaign",
        &cid,
        "--kind",
        "webinar",
        "--online-url",
        "meet.example.org/zero-in",
        "--url",
        "bit.ly/ZeroInBurma",
    ]);
    assert_eq!(webinar["zone"], "Asia/Hong_Kong");
    assert_eq!(webinar["mode"], "online");
    assert!(webinar["uid"].as_str().is_some_and(|u| u.ends_with("@campaign-desk")));

    let shown = cli.ok(&["campaign", "show", &cid]);
    assert_eq!(shown["title"], "Solidarity Month for the peoples of Burma");
    assert_eq!(shown["organisations"][0]["role"], "lead");
    assert_eq!(shown["organisations"][1]["organisation_name"], "International Women's Alliance");
    let titles: Vec<&str> =
        shown["events"].as_array().expect("events").iter().filter_map(|e| e["title"].as_str()).collect();
    assert_eq!(titles, ["ZERO IN: BURMA", "Days of Action"]);

    // Deleting the campaign takes its events with it.
    cli.ok(&["campaign", "rm", &cid]);
    assert_eq!(cli.ok(&["event", "list"]).as_array().map(Vec::len), Some(0));
}

#[test]
fn event_times_are_checked_in_their_zone() {
    let cli = Cli::new();
    let gap = cli.run(&[
        "event",
        "add",
        "--title",
        "Chapter meeting",
        "--start",
        "2025-03-09T02:30",
        "--end",
        "2025-03-09T03:30",
        "--zone",
        "America/Toronto",
    ]);
    assert_eq!(gap.status, 2);
    assert!(
        gap.stderr.contains(
            "2025-03-09T02:30 does not exist in America/Toronto: on 2025-03-09 the clocks jump from 02:00 to 03:00"
        ),
        "{}",
        gap.stderr
    );

    let no_zone =
        cli.run(&["event", "add", "--title", "Call", "--start", "2025-03-10T10:00", "--end", "2025-03-10T11:00"]);
    assert_eq!(no_zone.status, 2);
    assert!(no_zone.stderr.contains("zone: a timed event needs a time zone"), "{}", no_zone.stderr);

    let e = cli.ok(&[
        "event",
        "add",
        "--title",
        "Call",
        "--start",
        "2025-03-10T10:00",
        "--end",
        "2025-03-10T11:00",
        "--zone",
        "Europe/London",
    ]);
    assert_eq!(e["sequence"], 0);
    let id = e["id"].to_string();
    let moved = cli.ok(&["event", "edit", &id, "--start", "2025-03-10T12:00", "--end", "2025-03-10T13:00"]);
    assert_eq!(moved["sequence"], 1, "a material change raises SEQUENCE");
    let same = cli.ok(&["event", "edit", &id, "--title", "Call"]);
    assert_eq!(same["sequence"], 1, "saving without a change does not");
}

#[test]
fn demo_is_idempotent_and_shaped_like_the_sample() {
    let cli = Cli::new();
    let first = cli.ok(&["demo"]);
    assert!(first["organisations"].as_u64() >= Some(8));
    let second = cli.ok(&["demo"]);
    assert_eq!(first["statements"].as_u64(), Some(1));
    assert_eq!(
        second,
        serde_json::json!({ "organisations": 0, "people": 0, "campaigns": 0, "events": 0, "statements": 0 })
    );
    let campaigns = cli.ok(&["campaign", "list", "--search", "Burma"]);
    let burma = cli.ok(&["campaign", "show", &campaigns[0]["id"].to_string()]);
    assert_eq!(burma["organisations"].as_array().map(Vec::len), Some(6));
    let kinds: Vec<&str> =
        burma["events"].as_array().expect("events").iter().filter_map(|e| e["kind"].as_str()).collect();
    assert_eq!(kinds, ["anniversary", "webinar", "day_of_action"]);
    // One statement, in the Burma campaign, issued by the IMA, its text from the sample page.
    let statements = cli.ok(&["statement", "list"]);
    assert_eq!(statements.as_array().map(Vec::len), Some(1), "{statements}");
    assert_eq!(statements[0]["title"], "Stand with the peoples of Burma");
    assert_eq!(statements[0]["campaign_id"], campaigns[0]["id"]);
    let shown = cli.ok(&["statement", "show", &statements[0]["id"].to_string()]);
    assert!(shown.to_string().contains("aerial bombings"), "{shown}");
    assert!(shown.to_string().contains("International Migrants Alliance"), "{shown}");
}

#[test]
fn human_output_is_a_table_with_helpful_empty_states() {
    let cli = Cli::new();
    let empty = cli.run(&["org", "list"]);
    assert_eq!(empty.status, 0);
    assert!(empty.stdout.contains("No organisations yet. Add one with `campaign-desk org add --name NAME`."));
    cli.run(&["org", "add", "--name", "KABAR BUMI", "--country", "ID"]);
    let table = cli.run(&["org", "list"]).stdout;
    assert!(table.starts_with("ID  NAME"), "{table}");
    assert!(table.contains("KABAR BUMI"), "{table}");
}

#[test]
fn import_ics_dry_run_apply_and_a_broken_file_that_changes_nothing() {
    let cli = Cli::new();
    let fixture = |name: &str| format!("{}/tests/fixtures/ics/{name}", env!("CARGO_MANIFEST_DIR"));
    let google = fixture("google.ics");
    let count = |cli: &Cli| cli.ok(&["event", "list"]).as_array().map(Vec::len);

    let dry = cli.ok(&["import", "ics", &google, "--dry-run"]);
    assert_eq!((dry["new"].as_u64(), dry["applied"].as_bool()), (Some(3), Some(false)));
    assert_eq!(count(&cli), Some(0), "a dry run writes nothing");

    let applied = cli.ok(&["import", "ics", &google]);
    assert_eq!((applied["new"].as_u64(), applied["applied"].as_bool()), (Some(3), Some(true)));
    let again = cli.run(&["import", "ics", &google]);
    assert_eq!(again.status, 0, "{}", again.stderr);
    assert!(again.stdout.contains("0 new, 0 updated, 3 unchanged, 0 skipped, 0 errors; imported"), "{}", again.stdout);
    assert_eq!(count(&cli), Some(2), "the series and the press conference, once each");
    let listed = cli.run(&["import", "ics", &google, "--dry-run"]).stdout;
    let series = listed.lines().find(|l| l.contains("Tanggol Migrante network call ")).unwrap_or_default();
    for cell in ["unchanged", "2025-02-04 18:00 America/Chicago", "repeats"] {
        assert!(series.contains(cell), "the dry run lists each event: {listed}");
    }
    let json = cli.ok(&["import", "ics", &google, "--dry-run"]);
    assert_eq!(json["items"].as_array().map(Vec::len), Some(3), "--json lists them too: {json}");
    assert_eq!(
        (json["items"][0]["action"].as_str(), json["items"][0]["repeats"].as_bool()),
        (Some("unchanged"), Some(true))
    );

    let partly = cli.run(&["import", "ics", &fixture("malformed.ics")]);
    assert_eq!(partly.status, 0, "a calendar with broken events still imports the rest: {}", partly.stderr);
    assert!(partly.stdout.contains("line 9: the event has no start (DTSTART)"), "{}", partly.stdout);
    assert!(
        partly.stdout.contains("2 new, 0 updated, 0 unchanged, 2 skipped, 0 errors; imported"),
        "{}",
        partly.stdout
    );
    assert_eq!(count(&cli), Some(4));

    let dir = tempfile::tempdir().expect("tempdir");
    let html = dir.path().join("calendar.ics");
    std::fs::write(&html, "<!doctype html><title>404</title>\n").expect("write");
    let refused = cli.run(&["import", "ics", html.to_str().expect("path")]);
    assert_eq!(refused.status, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("nothing was written"), "{}", refused.stderr);
    assert!(refused.stderr.contains("this is not an iCalendar file"), "{}", refused.stderr);
    assert_eq!(count(&cli), Some(4), "the refused file added nothing");
}

/// Names, titles and file names can hold escape sequences and bidi overrides (from imports, from a file name);
/// what the CLI prints for a person shows them as escapes, while `--json` stays plain JSON.
#[test]
fn terminal_output_carries_no_escape_sequences_or_bidi_overrides() {
    let cli = Cli::new();
    let name = "Evil \u{202E}gro.example";
    cli.ok(&["org", "add", "--name", name]);
    let human = cli.run(&["org", "list"]);
    assert_eq!(human.status, 0, "{}", human.stderr);
    assert!(
        !human.stdout.contains('\u{202E}') && human.stdout.contains("Evil \\u{202e}gro.example"),
        "{}",
        human.stdout
    );
    // JSON keeps the text as it is (a JSON reader gets the real name).
    assert_eq!(cli.ok(&["org", "list"])[0]["name"], name);

    let hostile = ["\u{1b}]0;owned\u{7}", "\u{1b}[2J", "\u{9b}31m", "\r", "\u{2066}"];
    let csv = format!("x{}.csv", hostile.concat());
    let missing = cli.run(&["org", "import", "--csv", &cli.dir.path().join(&csv).display().to_string()]);
    assert_ne!(missing.status, 0);
    let zone = cli.run(&["org", "add", "--name", "Y", "--zone", &format!("Asia/{}", hostile.concat())]);
    assert_eq!(zone.status, 2);
    for r in [&missing, &zone] {
        for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\r', '\u{2066}'] {
            assert!(!r.stderr.contains(bad), "{bad:?} reached the terminal: {:?}", r.stderr);
        }
    }
    assert!(missing.stderr.contains("\\u{1b}]0;owned\\u{7}"), "{:?}", missing.stderr);
}

/// `campaign-desk … | head -1`: when the reader goes away the CLI stops writing and exits quietly (no panic
/// message, status 0), instead of `println!`'s "failed printing to stdout: Broken pipe" panic.
#[test]
fn a_closed_output_pipe_ends_the_command_quietly() {
    let cli = Cli::new();
    cli.ok(&["demo"]);
    for args in [&["--json", "event", "list"][..], &["event", "list"], &["export", "ics"]] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_campaign-desk"))
            .arg("--db")
            .arg(&cli.db)
            .args(args)
            .env_remove("CAMPAIGN_DESK_DB")
            .env("XDG_DATA_HOME", "/nonexistent-test-data-home")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        // Closed before anything is read: every write finds the pipe gone.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
    // And through a real shell pipe.
    let script =
        format!("'{}' --db '{}' --json event list | head -1", env!("CARGO_BIN_EXE_campaign-desk"), cli.db.display());
    let out = std::process::Command::new("/bin/sh").args(["-c", &script]).output().expect("sh");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[\n");
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Issue #13: `event edit --start` alone moves the event and keeps its length (as the form does); before, the end
/// stayed where it was, so a later start was refused ("the end is before the start") and an earlier one stretched
/// the event.
#[test]
fn a_new_start_alone_keeps_the_events_length() {
    let cli = Cli::new();
    let webinar = cli.ok(&[
        "event",
        "add",
        "--title",
        "ZERO IN: BURMA",
        "--start",
        "2025-02-18T20:00",
        "--end",
        "2025-02-18T21:30",
        "--zone",
        "Asia/Manila",
    ]);
    let id = webinar["id"].to_string();
    let moved = cli.ok(&["event", "edit", &id, "--start", "2025-03-04T19:00"]);
    assert_eq!((moved["start"].as_str(), moved["end"].as_str()), (Some("2025-03-04T19:00"), Some("2025-03-04T20:30")));
    let earlier = cli.ok(&["event", "edit", &id, "--start", "2025-01-31T23:30"]);
    assert_eq!(earlier["end"], "2025-02-01T01:00", "90 minutes, across midnight and the month");
    // Both given: both taken.
    let both = cli.ok(&["event", "edit", &id, "--start", "2025-02-01T08:00", "--end", "2025-02-01T12:00"]);
    assert_eq!(both["end"], "2025-02-01T12:00");

    // A three-day all-day action moved by its first day stays three days.
    let action =
        cli.ok(&["event", "add", "--title", "Days of Action", "--date", "2025-02-21", "--end-date", "2025-02-23"]);
    let moved = cli.ok(&["event", "edit", &action["id"].to_string(), "--date", "2025-02-28"]);
    assert_eq!((moved["start"].as_str(), moved["end"].as_str()), (Some("2025-02-28"), Some("2025-03-02")));

    // From an occurrence on (the series split): the new series keeps the occurrence's length too.
    let series = cli.ok(&[
        "event",
        "add",
        "--title",
        "Chapter meeting",
        "--start",
        "2025-03-04T19:00",
        "--end",
        "2025-03-04T20:30",
        "--zone",
        "America/Toronto",
        "--rrule",
        "FREQ=WEEKLY;COUNT=6",
    ]);
    let sid = series["id"].to_string();
    let args = ["event", "edit", &sid, "--occurrence", "2025-03-18T19:00", "--scope", "following"];
    let later = cli.ok(&[&args[..], &["--start", "2025-03-18T18:00"]].concat());
    assert_eq!((later["start"].as_str(), later["end"].as_str()), (Some("2025-03-18T18:00"), Some("2025-03-18T19:30")));
}

/// Issue #13, "every user action is one transaction": an edit from an occurrence on that is refused leaves the
/// series whole; it used to be split first, in a transaction of its own, and stay split.
#[test]
fn a_refused_edit_of_this_and_following_leaves_the_series_unsplit() {
    let cli = Cli::new();
    let series = cli.ok(&[
        "event",
        "add",
        "--title",
        "Chapter meeting",
        "--start",
        "2025-03-04T19:00",
        "--end",
        "2025-03-04T20:30",
        "--zone",
        "America/Toronto",
        "--rrule",
        "FREQ=WEEKLY;COUNT=6",
    ]);
    let id = series["id"].to_string();
    let before = cli.run(&["--json", "event", "list"]).stdout;
    for bad in [&["--title", " "][..], &["--kind", "party"], &["--start", "2025-03-18T25:00"], &["--campaign", "99"]] {
        let args =
            [&["event", "edit", &id, "--occurrence", "2025-03-18T19:00", "--scope", "following"][..], bad].concat();
        let r = cli.run(&args);
        assert_eq!(r.status, 2, "{bad:?}: {}", r.stderr);
        assert_eq!(cli.run(&["--json", "event", "list"]).stdout, before, "{bad:?} changed the events");
    }
}

/// A rule typed by a person is checked, and a series too dense for one window says where its list stops.
#[test]
fn typed_rules_are_checked_and_a_dense_series_says_it_was_cut() {
    let cli = Cli::new();
    let add = |rule: &str| {
        cli.run(&[
            "event",
            "add",
            "--title",
            "Every minute",
            "--start",
            "2025-01-01T00:00",
            "--end",
            "2025-01-01T00:01",
            "--zone",
            "UTC",
            "--rrule",
            rule,
        ])
    };
    for (rule, says) in [
        ("FREQ=WEEKLY;BYDAY=€", "has no place in one"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL=0 is not a number of periods"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never falls in February"),
        ("FREQ=YEARLY;BYWEEKNO=-53;BYYEARDAY=366;BYDAY=-1SU", "no date matches every part"),
        // Every 24 hours from midnight is never at 1 o'clock.
        ("FREQ=HOURLY;INTERVAL=24;BYHOUR=1", "this rule never repeats"),
    ] {
        let refused = add(rule);
        assert_eq!(refused.status, 2, "{rule}: {}", refused.stderr);
        assert!(refused.stderr.contains(says), "{rule}: {}", refused.stderr);
    }
    assert_eq!(add("FREQ=MINUTELY").status, 0);
    let listed = cli.run(&["event", "list", "--from", "2025-01-01", "--to", "2025-01-08", "--tz", "UTC"]);
    assert_eq!(listed.status, 0, "{}", listed.stderr);
    assert!(listed.stderr.contains("repeats more often than a window can show"), "{}", listed.stderr);
}
